'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { createNextIpp } from '@/lib/cases/ipp';
import { runAction } from '@/lib/run-action';

/** The form carries its caseId; the domain checks it like any other input. */
function refresh(input: unknown) {
  const id = Number((input as { caseId?: unknown } | null)?.caseId);
  if (Number.isInteger(id) && id > 0) revalidatePath(`/sprawy/${id}`, 'layout');
}

/** The IPP list's action: starts the case's next IPP (the first, or one continuing the previous). */
export async function createNextIppAction(input: unknown) {
  return runAction(async () => {
    const r = await createNextIpp(await requireActor(), input);
    refresh(input);
    return r;
  });
}
