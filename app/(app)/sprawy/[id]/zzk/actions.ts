'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { recordZzkMeeting, setZzkDecisionStatus, updateZzkMeeting } from '@/lib/cases/zzk';
import { runAction } from '@/lib/run-action';

const caseIdOf = (input: unknown) => {
  const id = Number((input as { caseId?: unknown } | null)?.caseId);
  return Number.isInteger(id) && id > 0 ? id : null;
};

/** A new meeting of the case team (ZZK); the form carries its caseId, the domain checks it. */
export async function recordZzkMeetingAction(input: unknown) {
  return runAction(async () => {
    const r = await recordZzkMeeting(await requireActor(), input);
    const id = caseIdOf(input);
    if (id) revalidatePath(`/sprawy/${id}/zzk`);
    return r;
  });
}

/** A meeting corrected (its version guards a stale form). */
export async function updateZzkMeetingAction(input: unknown) {
  return runAction(async () => {
    const r = await updateZzkMeeting(await requireActor(), input);
    const id = caseIdOf(input);
    if (id) revalidatePath(`/sprawy/${id}/zzk`, 'layout');
    return r;
  });
}

/** A decision marked done or open again. */
export async function setZzkDecisionStatusAction(input: unknown) {
  return runAction(async () => {
    const r = await setZzkDecisionStatus(await requireActor(), input);
    const id = caseIdOf(input);
    if (id) revalidatePath(`/sprawy/${id}/zzk`, 'layout');
    return r;
  });
}
