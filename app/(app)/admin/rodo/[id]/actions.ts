'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import {
  completeRequest,
  decideRequest,
  eraseRequestCase,
  extendRequest,
  liftRequestRestriction,
  recordRequestRestrictionNotice,
  refuseErasure,
  registerRequest,
  restrictRequestCase,
} from '@/lib/rodo/requests';
import { runAction } from '@/lib/run-action';

/*
 * The register of data-subject requests (lib/rodo/requests.ts): registering one and each step of
 * its handling. The domain functions parse the raw input with the forms' own schemas.
 */

type Step = (actor: Awaited<ReturnType<typeof requireActor>>, input: unknown) => Promise<unknown>;

/** One step on a request: the register, the request's page and the inbox show it at once. */
function runStep(fn: Step, input: unknown) {
  return runAction(async () => {
    await fn(await requireActor(), input);
    revalidatePath('/admin/rodo', 'layout');
    revalidatePath('/pulpit');
  });
}

export async function registerRequestAction(input: unknown) {
  return runAction(async () => {
    const r = await registerRequest(await requireActor(), input);
    revalidatePath('/admin/rodo', 'layout');
    revalidatePath('/pulpit');
    return { id: r.id, number: r.number };
  });
}

export async function extendRequestAction(input: unknown) {
  return runStep(extendRequest, input);
}
export async function decideRequestAction(input: unknown) {
  return runStep(decideRequest, input);
}
export async function completeRequestAction(input: unknown) {
  return runStep(completeRequest, input);
}
export async function restrictRequestCaseAction(input: unknown) {
  return runStep(restrictRequestCase, input);
}
export async function recordRestrictionNoticeAction(input: unknown) {
  return runStep(recordRequestRestrictionNotice, input);
}
export async function liftRestrictionAction(input: unknown) {
  return runStep(liftRequestRestriction, input);
}
export async function refuseErasureAction(input: unknown) {
  return runStep(refuseErasure, input);
}
export async function eraseRequestCaseAction(input: unknown) {
  return runStep(eraseRequestCase, input);
}
