'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';
import { saveRegionalEvaluation } from '@/lib/wzk/evaluation';
import { addWzkDecision, saveWzkAttendance, saveWzkMeeting, saveWzkMinutes, setWzkDecisionStatus } from '@/lib/wzk/meetings';

const action =
  <T,>(fn: (actor: Awaited<ReturnType<typeof requireActor>>, input: unknown) => Promise<T>, path = '/wzk') =>
  async (input: unknown) =>
    runAction(async () => {
      const r = await fn(await requireActor(), input);
      revalidatePath(path, 'layout');
      return r;
    });

export async function saveWzkMeetingAction(input: unknown) {
  return action(saveWzkMeeting)(input);
}
export async function saveWzkAttendanceAction(input: unknown) {
  return action(saveWzkAttendance)(input);
}
export async function addWzkDecisionAction(input: unknown) {
  return action(addWzkDecision)(input);
}
export async function setWzkDecisionStatusAction(input: unknown) {
  return action(setWzkDecisionStatus)(input);
}
export async function saveWzkMinutesAction(input: unknown) {
  return action(saveWzkMinutes)(input);
}
export async function saveRegionalEvaluationAction(input: unknown) {
  return action(saveRegionalEvaluation, '/ewaluacja/region')(input);
}
