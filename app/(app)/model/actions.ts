'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { editRecurring, editStep, editSubstep } from '@/lib/model/catalogue';
import { runAction } from '@/lib/run-action';

export async function editSubstepAction(input: unknown) {
  return runAction(async () => {
    const created = await editSubstep(await requireActor(), input);
    revalidatePath('/model', 'layout');
    return created;
  });
}

export async function editStepAction(input: unknown) {
  return runAction(async () => {
    const created = await editStep(await requireActor(), input);
    revalidatePath('/model', 'layout');
    return created;
  });
}

export async function editRecurringAction(input: unknown) {
  return runAction(async () => {
    const created = await editRecurring(await requireActor(), input);
    revalidatePath('/model', 'layout');
    return created;
  });
}
