'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { cancelEvent, closeAttendance, saveEvent, sendInvitations } from '@/lib/events/events';
import { runAction } from '@/lib/run-action';

const refresh = () => {
  revalidatePath('/kalendarz', 'layout');
  revalidatePath('/wydarzenia', 'layout');
};

export async function saveEventAction(input: unknown) {
  return runAction(async () => {
    const r = await saveEvent(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function sendInvitationsAction(input: unknown) {
  return runAction(async () => {
    const r = await sendInvitations(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function closeAttendanceAction(input: unknown) {
  return runAction(async () => {
    const r = await closeAttendance(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function cancelEventAction(input: unknown) {
  return runAction(async () => {
    const r = await cancelEvent(await requireActor(), input);
    refresh();
    return r;
  });
}
