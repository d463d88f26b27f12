'use server';
import { acceptInvitation } from '@/lib/accounts/invitations';
import { clientIp } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';

export async function acceptInvitationAction(input: unknown) {
  return runAction(async () => acceptInvitation(input, await clientIp()));
}
