'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveContract } from '@/lib/cases/ipp';
import { runAction } from '@/lib/run-action';

/** The form carries its caseId; the domain checks it like any other input. */
function refresh(input: unknown) {
  const id = Number((input as { caseId?: unknown } | null)?.caseId);
  if (Number.isInteger(id) && id > 0) revalidatePath(`/sprawy/${id}`, 'layout');
}

/** The kontrakt page's action: saves the kontrakt generated from the IPP. */
export async function saveContractAction(input: unknown) {
  return runAction(async () => {
    const r = await saveContract(await requireActor(), input);
    refresh(input);
    return r;
  });
}
