'use server';
import { revalidatePath } from 'next/cache';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { recordMonitoring, recordSession } from '@/lib/cases/monitoring';
import { runAction } from '@/lib/run-action';

/** Every form carries its caseId; the domain checks it like any other input. */
const refresh = (input: unknown) => {
  const id = Number((input as { caseId?: unknown } | null)?.caseId);
  if (Number.isInteger(id) && id > 0) {
    revalidatePath(`/sprawy/${id}/monitoring`);
    revalidatePath(`/sprawy/${id}`);
  }
  revalidatePath('/pulpit');
};

const action =
  <T,>(fn: (actor: Actor, input: unknown) => Promise<T>) =>
  async (input: unknown) =>
    runAction(async () => {
      const r = await fn(await requireActor(), input);
      refresh(input);
      return r;
    });

export async function recordMonitoringAction(input: unknown) {
  return action((actor, i) => recordMonitoring(actor, i))(input);
}
export async function recordSessionAction(input: unknown) {
  return action((actor, i) => recordSession(actor, i))(input);
}
