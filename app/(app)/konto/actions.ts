'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { changePassword, signOutEverywhere } from '@/lib/auth/sessions';
import { runAction } from '@/lib/run-action';

/** The session is over on the server already; the browser's cookie goes too. */
async function dropSessionCookie() {
  const jar = await cookies();
  for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token']) jar.delete(name);
}

export async function signOutEverywhereAction() {
  await signOutEverywhere(await requireActor());
  await dropSessionCookie();
  redirect('/logowanie?wylogowano=wszedzie');
}

export async function changePasswordAction(input: unknown) {
  return runAction(async () => {
    await changePassword(await requireActor(), input);
    await dropSessionCookie();
  });
}
