'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { addJournalEntry } from '@/lib/cases/journal';
import { runAction } from '@/lib/run-action';

/** An entry of the dziennik współpracy; the form carries its caseId, the domain checks it. */
export async function addJournalEntryAction(input: unknown) {
  return runAction(async () => {
    const r = await addJournalEntry(await requireActor(), input);
    const id = Number((input as { caseId?: unknown } | null)?.caseId);
    if (Number.isInteger(id) && id > 0) revalidatePath(`/sprawy/${id}/dziennik`);
    return r;
  });
}
