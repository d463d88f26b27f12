'use server';
import { revalidatePath } from 'next/cache';
import { clientIp, getActor } from '@/lib/auth/session';
import { cancelRegistration, registerForEvent } from '@/lib/events/events';
import { runAction } from '@/lib/run-action';

/** The public registration form: no account needed; the client address counts for the abuse limit. */
export async function registerAction(input: unknown) {
  return runAction(async () => {
    const r = await registerForEvent(await getActor(), input, await clientIp());
    revalidatePath('/wydarzenia', 'layout');
    return r;
  });
}

/** The cancellation page's button (a POST; opening the link never cancels). */
export async function cancelRegistrationAction(input: unknown) {
  return runAction(async () => {
    const r = await cancelRegistration(input, await clientIp());
    revalidatePath('/wydarzenia', 'layout');
    return r;
  });
}
