'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { editRecurring, editStep, editSubstep } from '@/lib/model/catalogue';
import type { CatalogueEditKind } from '@/lib/model/catalogue-edit';
import { proposeCatalogueChange } from '@/lib/model/proposals';
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

/** A ROPS administrator's proposed catalogue edit, for the national administrator to decide. */
async function propose(kind: CatalogueEditKind, input: unknown) {
  return runAction(async () => {
    const proposal = await proposeCatalogueChange(await requireActor(), kind, input);
    revalidatePath('/admin/propozycje', 'layout');
    return proposal;
  });
}

export async function proposeSubstepAction(input: unknown) {
  return propose('substep', input);
}

export async function proposeStepAction(input: unknown) {
  return propose('step', input);
}

export async function proposeRecurringAction(input: unknown) {
  return propose('recurring', input);
}
