'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { createInstitution, updateInstitution } from '@/lib/institutions/institutions';
import { runAction } from '@/lib/run-action';

export async function createInstitutionAction(input: unknown) {
  return runAction(async () => {
    const row = await createInstitution(await requireActor(), input);
    revalidatePath('/instytucje');
    return row;
  });
}

export async function updateInstitutionAction(input: unknown) {
  return runAction(async () => {
    const row = await updateInstitution(await requireActor(), input);
    revalidatePath(`/instytucje/${row.id}`);
    return row;
  });
}
