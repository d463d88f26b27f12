'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { editSubstep } from '@/lib/model/catalogue';
import { runAction } from '@/lib/run-action';

export async function editSubstepAction(input: unknown) {
  return runAction(async () => {
    const created = await editSubstep(await requireActor(), input);
    revalidatePath('/model', 'layout');
    return created;
  });
}
