'use server';
import { revalidatePath } from 'next/cache';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { announceEnd, recordExtension } from '@/lib/cases/cases';
import { saveEvaluation } from '@/lib/cases/evaluation';
import { runAction } from '@/lib/run-action';

/** Every form carries its caseId; the domain checks it like any other input. */
const action =
  <T,>(fn: (actor: Actor, input: unknown) => Promise<T>) =>
  async (input: unknown) =>
    runAction(async () => {
      const r = await fn(await requireActor(), input);
      const id = Number((input as { caseId?: unknown } | null)?.caseId);
      if (Number.isInteger(id) && id > 0) revalidatePath(`/sprawy/${id}`, 'layout');
      revalidatePath('/sprawy');
      return r;
    });

export async function saveEvaluationAction(input: unknown) {
  return action(saveEvaluation)(input);
}
export async function recordExtensionAction(input: unknown) {
  return action(recordExtension)(input);
}
export async function announceEndAction(input: unknown) {
  return action(announceEnd)(input);
}
