import 'server-only';
import { getServerSession } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import type { Actor } from './actor';
import { loadActiveUser } from './assignments';
import { authOptions } from './options';

export const ACTIVE_ROLE_COOKIE = 'kooperacja-rola';

export async function clientIp(): Promise<string | null> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || null;
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
  const user = await loadActiveUser(getDb(), userId);
  if (!user) return null;
  const chosen = Number((await cookies()).get(ACTIVE_ROLE_COOKIE)?.value);
  const scope = user.assignments.find((a) => a.id === chosen) ?? user.assignments[0];
  return { userId: user.id, email: user.email, name: user.name, scope, assignments: user.assignments, ip: await clientIp() };
});

/** For pages and actions that need a signed-in user: sends anyone else to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/logowanie');
  return actor;
}
