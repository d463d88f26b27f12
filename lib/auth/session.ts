import 'server-only';
import { getServerSession } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import type { Actor } from './actor';
import { loadActiveUser } from './assignments';
import { trustedClientIp } from '@/lib/http/request-ip';
import { requestPath } from '@/lib/http/request-path';
import { REQUEST_ID_HEADER } from '@/lib/http/headers';
import { noteRequestUser } from '@/lib/http/request-log';
import { authOptions } from './options';
import { loginHref } from './return-path';
import { isSessionOpen } from './sessions';

export const ACTIVE_ROLE_COOKIE = 'kooperacja-rola';

/** The client's address established by the front server (lib/http/client-ip.ts), or null. */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  return trustedClientIp((name) => h.get(name));
}

/**
 * The signed-in user acting in their chosen assignment, or null. The JWT only names the user;
 * status and roles are read from the database on every request, so disabling an account or
 * removing a role takes effect at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.userId;
  if (!userId) return null;
  // The session row must still be open: signed out, signed out everywhere, a new password or a
  // blocked account end it even for a token copied earlier.
  const [user, open] = await Promise.all([loadActiveUser(getDb(), userId), isSessionOpen(getDb(), session.sessionId, userId)]);
  if (!user || !open) return null;
  noteRequestUser((await headers()).get(REQUEST_ID_HEADER), user.id);
  const chosen = Number((await cookies()).get(ACTIVE_ROLE_COOKIE)?.value);
  const scope = user.assignments.find((a) => a.id === chosen) ?? user.assignments[0];
  return { userId: user.id, email: user.email, name: user.name, scope, assignments: user.assignments, ip: await clientIp(), sessionId: session.sessionId };
});

/** For pages and actions that need a signed-in user: sends anyone else to the login page, and back here after it. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(loginHref(await requestPath()));
  return actor;
}
