'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { decideQualification } from '@/lib/cases/qualification';
import { runAction } from '@/lib/run-action';

/** The form carries its caseId; the domain checks it like any other input. */
export async function decideQualificationAction(input: unknown) {
  return runAction(async () => {
    const r = await decideQualification(await requireActor(), input);
    const id = Number((input as { caseId?: unknown } | null)?.caseId);
    revalidatePath(`/sprawy/${id}`, 'layout');
    revalidatePath('/sprawy');
    return r;
  });
}
