'use server';
import { revalidatePath } from 'next/cache';
import { revokeInvitation } from '@/lib/accounts/invitations';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';

export async function revokeInvitationAction(input: unknown) {
  return runAction(async () => {
    const r = await revokeInvitation(await requireActor(), input);
    revalidatePath('/admin/zaproszenia');
    return r;
  });
}
