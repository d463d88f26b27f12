'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveDiagnosis } from '@/lib/cases/diagnosis';
import { runAction } from '@/lib/run-action';

/** The form carries its caseId; the domain checks it like any other input. */
export async function saveDiagnosisAction(input: unknown) {
  return runAction(async () => {
    const r = await saveDiagnosis(await requireActor(), input);
    revalidatePath(`/sprawy/${Number((input as { caseId?: unknown } | null)?.caseId)}`, 'layout');
    return r;
  });
}
