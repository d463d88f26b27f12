import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { users, userSessions } from '@/db/schema';
import { changePasswordSchema } from '@/lib/accounts/schemas';
import { audit } from '@/lib/audit';
import { invalidError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import type { Actor } from './actor';
import { hashPassword, verifyPassword } from './password';

/*
 * Server-side sessions. The JWT names a row of user_sessions; every request checks the row is
 * neither revoked nor expired (lib/auth/session.ts), so a token copied before signing out is
 * worthless afterwards.
 */

export const sessionIsOpen = (sessionId: string, userId: string) =>
  and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`));

export async function isSessionOpen(db: DbOrTx, sessionId: string | undefined, userId: string): Promise<boolean> {
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return false;
  const [row] = await db.select({ id: userSessions.id }).from(userSessions).where(sessionIsOpen(sessionId, userId)).limit(1);
  return !!row;
}

/** Ends one session (sign-out). */
export async function revokeSession(db: DbOrTx, sessionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await db.update(userSessions).set({ revokedAt: sql`now()` }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Ends every open session of a user (sign-out everywhere, a new password, a blocked account). */
export async function revokeAllSessions(db: DbOrTx, userId: string) {
  await db.update(userSessions).set({ revokedAt: sql`now()` }).where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
}

/** The actor's open sessions, newest first, the current one marked. */
export async function listMySessions(actor: Actor) {
  const rows = await getDb()
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, expiresAt: userSessions.expiresAt, ip: userSessions.ip, userAgent: userSessions.userAgent })
    .from(userSessions)
    .where(and(eq(userSessions.userId, actor.userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .orderBy(desc(userSessions.createdAt))
    .limit(50);
  return rows.map((r) => ({ ...r, current: r.id === actor.sessionId }));
}

export async function signOutEverywhere(actor: Actor) {
  await getDb().transaction(async (tx) => {
    await revokeAllSessions(tx, actor.userId);
    await audit(tx, actor, { action: 'session.revoked_all', entityType: 'user', entityId: actor.userId });
  });
}

/** A new password ends every session, this one too: the user signs in again with it. */
export async function changePassword(actor: Actor, input: unknown) {
  const v = parseInput(changePasswordSchema, input);
  const db = getDb();
  const [u] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!u || !(await verifyPassword(u.passwordHash, v.currentPassword))) throw invalidError({ currentPassword: ['Obecne hasło jest nieprawidłowe.'] });
  const passwordHash = await hashPassword(v.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
    await revokeAllSessions(tx, actor.userId);
    await audit(tx, actor, { action: 'account.password_changed', entityType: 'user', entityId: actor.userId });
  });
}
