'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { deleteCoachingSession, saveCoachingSession } from '@/lib/coaching/coaching';
import { runAction } from '@/lib/run-action';

/** Every form carries its pzkId; the domain checks it like any other input. */
const refresh = (input: unknown) => {
  const id = Number((input as { pzkId?: unknown } | null)?.pzkId);
  if (Number.isInteger(id) && id > 0) revalidatePath(`/pzk/${id}/coaching`, 'layout');
};

export async function saveCoachingSessionAction(input: unknown) {
  return runAction(async () => {
    const r = await saveCoachingSession(await requireActor(), input);
    refresh(input);
    return r;
  });
}

export async function deleteCoachingSessionAction(input: unknown) {
  return runAction(async () => {
    const r = await deleteCoachingSession(await requireActor(), input);
    refresh(input);
    return r;
  });
}
