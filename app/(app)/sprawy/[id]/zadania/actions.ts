'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { reportTask } from '@/lib/cases/team-work';
import { runAction } from '@/lib/run-action';

/** A report on an IPP task; the form carries its caseId and the task's version, the domain checks both. */
export async function reportTaskAction(input: unknown) {
  return runAction(async () => {
    const r = await reportTask(await requireActor(), input);
    const id = Number((input as { caseId?: unknown } | null)?.caseId);
    if (Number.isInteger(id) && id > 0) {
      revalidatePath(`/sprawy/${id}/zadania`);
      revalidatePath(`/sprawy/${id}/monitoring`);
    }
    revalidatePath('/pulpit');
    return r;
  });
}
