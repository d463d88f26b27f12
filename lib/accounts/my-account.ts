import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditFolds, auditLog, institutions, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { roleLabel } from '@/lib/auth/roles';
import { retentionDays } from './lifecycle';

/*
 * What the platform holds about the signed-in user, and the log of their own logins (issue 16,
 * item 3; RODO art. 15 for one's own account). Only the actor's own records are reachable: every
 * query is keyed by the actor's user id, never by an argument.
 */

/** The actor's own account: personal data, institution, roles and areas, key dates. */
export async function getMyData(actor: Actor) {
  const db = getDb();
  const [u] = await db
    .select({
      name: users.name,
      email: users.email,
      jobTitle: users.jobTitle,
      institutionName: institutions.name,
      createdAt: users.createdAt,
      decidedAt: users.decidedAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(eq(users.id, actor.userId));
  if (!u) return null;
  return {
    ...u,
    roles: actor.assignments.map((a) => ({ id: a.id, role: roleLabel(a.role), area: a.scopeLabel })),
  };
}

export const LOGIN_ACTIONS = ['login.succeeded', 'login.failed', 'login.throttled'] as const;
export type LoginAction = (typeof LOGIN_ACTIONS)[number];

/** The result of a login attempt, in Polish. */
export const LOGIN_RESULTS: Record<LoginAction, string> = {
  'login.succeeded': 'udane',
  'login.failed': 'nieudane (błędne hasło)',
  'login.throttled': 'wstrzymane (zbyt wiele nieudanych prób)',
};

/**
 * The actor's last 50 login attempts from the audit log, newest first: when, from which address,
 * the result, and how many more times a folded entry (throttled attempts) happened in its window.
 */
export async function listMyLogins(actor: Actor) {
  const rows = await getDb()
    .select({ id: auditLog.id, at: auditLog.at, ip: auditLog.ip, action: auditLog.action, repeats: auditFolds.repeats })
    .from(auditLog)
    .leftJoin(auditFolds, eq(auditFolds.key, auditLog.foldKey))
    .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, actor.userId), eq(auditLog.userId, actor.userId), inArray(auditLog.action, [...LOGIN_ACTIONS])))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(50);
  return rows.map((r) => ({ id: r.id, at: r.at, ip: r.ip, action: r.action as LoginAction, result: LOGIN_RESULTS[r.action as LoginAction], repeats: r.repeats ?? 0 }));
}

/** How long the details of failed logins are kept (retention_rules 'login_failure'), for the note on /konto. */
export const loginFailureDays = () => retentionDays(getDb(), 'login_failure');
