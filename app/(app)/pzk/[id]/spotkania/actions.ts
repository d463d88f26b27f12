'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { addConsultation, addDecision, deleteConsultation, saveAttendance, saveMeeting, saveMinutes, setDecisionStatus } from '@/lib/pzk/meetings';
import { runAction } from '@/lib/run-action';

/** Every form carries its pzkId; the domain checks it like any other input. */
const refresh = (input: unknown) => {
  const id = Number((input as { pzkId?: unknown } | null)?.pzkId);
  if (Number.isInteger(id) && id > 0) revalidatePath(`/pzk/${id}/spotkania`, 'layout');
};

const action =
  <T,>(fn: (actor: Awaited<ReturnType<typeof requireActor>>, input: unknown) => Promise<T>) =>
  async (input: unknown) =>
    runAction(async () => {
      const r = await fn(await requireActor(), input);
      refresh(input);
      return r;
    });

export async function saveMeetingAction(input: unknown) {
  return action(saveMeeting)(input);
}
export async function saveAttendanceAction(input: unknown) {
  return action(saveAttendance)(input);
}
export async function addDecisionAction(input: unknown) {
  return action(addDecision)(input);
}
export async function setDecisionStatusAction(input: unknown) {
  return action(setDecisionStatus)(input);
}
export async function addConsultationAction(input: unknown) {
  return action(addConsultation)(input);
}
export async function deleteConsultationAction(input: unknown) {
  return action(deleteConsultation)(input);
}
export async function saveMinutesAction(input: unknown) {
  return action(saveMinutes)(input);
}
