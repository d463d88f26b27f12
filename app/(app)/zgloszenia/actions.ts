'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { resubmitNotification, reviewNotification, submitNotification } from '@/lib/implementations/notifications';
import { resubmitSchema } from '@/lib/implementations/schemas';
import { runAction } from '@/lib/run-action';
import { parseInput } from '@/lib/validation/parse';

export async function submitNotificationAction(input: unknown) {
  return runAction(async () => {
    const row = await submitNotification(await requireActor(), input);
    revalidatePath('/zgloszenia');
    return row;
  });
}

export async function resubmitNotificationAction(ref: unknown, input: unknown) {
  return runAction(async () => {
    const { id, version } = parseInput(resubmitSchema, ref);
    const row = await resubmitNotification(await requireActor(), id, version, input);
    revalidatePath('/zgloszenia', 'layout');
    return row;
  });
}

export async function reviewNotificationAction(input: unknown) {
  return runAction(async () => {
    const result = await reviewNotification(await requireActor(), input);
    revalidatePath('/zgloszenia', 'layout');
    revalidatePath('/wdrozenia');
    return result;
  });
}
