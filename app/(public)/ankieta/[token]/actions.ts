'use server';
import { clientIp } from '@/lib/auth/session';
import { answerByLink } from '@/lib/questionnaires/links';
import { runAction } from '@/lib/run-action';

/** The anonymous answer through a link: no login; the address only feeds the throttle. */
export async function answerByLinkAction(input: unknown) {
  return runAction(async () => answerByLink(input, await clientIp()));
}
