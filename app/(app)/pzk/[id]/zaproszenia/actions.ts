'use server';
import { revalidatePath } from 'next/cache';
import { invitePeople, invitePerson } from '@/lib/accounts/invitations';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';

export async function invitePersonAction(input: unknown) {
  return runAction(async () => {
    const r = await invitePerson(await requireActor(), input);
    revalidatePath('/pzk', 'layout');
    return r;
  });
}

export async function invitePeopleAction(input: unknown) {
  return runAction(async () => {
    const r = await invitePeople(await requireActor(), input);
    revalidatePath('/pzk', 'layout');
    return r;
  });
}
