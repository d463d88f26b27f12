'use server';
import { revalidatePath } from 'next/cache';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { submitNeed } from '@/lib/school/needs';
import { addInstitutionParticipant, addUserParticipant, closeAttendance, removeParticipant, saveTraining, saveTrainingAttendance } from '@/lib/school/trainings';
import { runAction } from '@/lib/run-action';

const action =
  <T,>(fn: (actor: Actor, input: unknown) => Promise<T>) =>
  async (input: unknown) =>
    runAction(async () => {
      const r = await fn(await requireActor(), input);
      revalidatePath('/szkola', 'layout');
      return r;
    });

export async function saveTrainingAction(input: unknown) {
  return action(saveTraining)(input);
}
export async function addUserParticipantAction(input: unknown) {
  return action(addUserParticipant)(input);
}
export async function addInstitutionParticipantAction(input: unknown) {
  return action(addInstitutionParticipant)(input);
}
export async function removeParticipantAction(input: unknown) {
  return action(removeParticipant)(input);
}
export async function saveTrainingAttendanceAction(input: unknown) {
  return action(saveTrainingAttendance)(input);
}
export async function closeAttendanceAction(input: unknown) {
  return action((actor, i) => closeAttendance(actor, i))(input);
}
export async function submitNeedAction(input: unknown) {
  return action(submitNeed)(input);
}
