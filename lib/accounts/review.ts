import 'server-only';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { roleAssignments, users, type UserStatus } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { AuditAction } from '@/lib/audit-labels';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { ASSIGNMENT_PLACES, summarise } from '@/lib/auth/assignments';
import { AppError, notFoundError, refusedError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { decideSchema, rejectSchema } from './schemas';
import { polishOrder } from '@/lib/polish-order';
import { clock, dateInPoland } from '@/lib/clock';
import { addDays } from '@/lib/model/dates';
import { INACTIVE_REASON, WARN_DAYS_BEFORE, currentWarning, disablingDay, lastActivityDay } from './inactive';

/** Users whose (first) assignment lies in the admin's województwo, with a given status. */
export async function listAccounts(actor: Actor, statuses: UserStatus[]) {
  await authorize(actor, 'account.review');
  const db = getDb();
  const inMyVoivodeship = db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(eq(roleAssignments.voivodeshipId, actor.scope.voivodeshipId));
  const rows = await db.query.users.findMany({
    where: and(inArray(users.status, statuses), inArray(users.id, inMyVoivodeship)),
    columns: { id: true, email: true, name: true, jobTitle: true, status: true, statusReason: true, createdAt: true, decidedAt: true },
    with: {
      institution: { columns: { name: true } },
      assignments: { with: ASSIGNMENT_PLACES },
    },
    orderBy: statuses.includes('pending') ? [asc(users.createdAt)] : [polishOrder(users.name)],
  });
  return rows.map(({ assignments, ...u }) => ({
    ...u,
    institutionName: u.institution?.name ?? null,
    assignments: assignments.map(summarise).filter((a) => a !== null),
  }));
}

async function decide(actor: Actor, userId: string, from: UserStatus[], to: UserStatus, reason: string | null, action: AuditAction) {
  await authorize(actor, 'account.review');
  const db = getDb();
  // The user must have an assignment in the admin's województwo; otherwise it is not theirs to see.
  const [inScope] = await db
    .select({ voivodeshipId: roleAssignments.voivodeshipId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.voivodeshipId, actor.scope.voivodeshipId)))
    .limit(1);
  if (!inScope) {
    // Another województwo's account is refused like a missing one, and the refusal audited there.
    const [elsewhere] = await db.select({ voivodeshipId: roleAssignments.voivodeshipId }).from(roleAssignments).where(eq(roleAssignments.userId, userId)).limit(1);
    throw elsewhere ? refusedError('user', userId, elsewhere.voivodeshipId, 'Nie znaleziono takiego konta.') : notFoundError('Nie znaleziono takiego konta.');
  }
  await db.transaction(async (tx) => {
    // The status condition makes two admins deciding at once safe: the second finds nothing to change.
    const changed = await tx
      .update(users)
      .set({ status: to, statusReason: reason, decidedAt: clock.now(), decidedBy: actor.userId, ...(to === 'active' ? { inactivityWarnedAt: null } : {}) })
      .where(and(eq(users.id, userId), inArray(users.status, from)))
      .returning({ id: users.id, email: users.email });
    if (changed.length === 0) {
      throw new AppError('CONFLICT', 'Stan tego konta zmienił się w międzyczasie — odśwież listę.');
    }
    // A blocked account's sessions end with it (the status is checked on each request as well).
    if (to === 'disabled') await revokeAllSessions(tx, userId);
    await audit(tx, actor, { action, entityType: 'user', entityId: userId, details: { email: changed[0].email, reason } });
  });
}

export async function approveAccount(actor: Actor, input: unknown) {
  const { userId } = parseInput(decideSchema, input);
  return decide(actor, userId, ['pending'], 'active', null, 'account.approved');
}

export async function rejectAccount(actor: Actor, input: unknown) {
  const { userId, reason } = parseInput(rejectSchema, input);
  return decide(actor, userId, ['pending'], 'rejected', reason, 'account.rejected');
}

export async function disableAccount(actor: Actor, input: unknown) {
  await authorize(actor, 'user.manage');
  const { userId, reason } = parseInput(rejectSchema, input);
  if (userId === actor.userId) throw new AppError('INVALID', 'Nie możesz zablokować własnego konta.');
  return decide(actor, userId, ['active'], 'disabled', reason, 'account.disabled');
}

export async function enableAccount(actor: Actor, input: unknown) {
  await authorize(actor, 'user.manage');
  const { userId } = parseInput(decideSchema, input);
  return decide(actor, userId, ['disabled'], 'active', null, 'account.enabled');
}

/**
 * Unused accounts of the admin's województwo: active ones to be disabled within 30 days (with the
 * day, lib/accounts/inactive.ts), and those disabled for inactivity (to be unblocked with
 * enableAccount, which restarts the clock).
 */
export async function listInactiveAccounts(actor: Actor) {
  await authorize(actor, 'user.manage');
  const db = getDb();
  const today = clock.today();
  const inMyVoivodeship = db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(eq(roleAssignments.voivodeshipId, actor.scope.voivodeshipId));
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      status: users.status,
      statusReason: users.statusReason,
      createdAt: users.createdAt,
      decidedAt: users.decidedAt,
      lastLoginAt: users.lastLoginAt,
      inactivityWarnedAt: users.inactivityWarnedAt,
    })
    .from(users)
    .where(and(inArray(users.status, ['active', 'disabled']), inArray(users.id, inMyVoivodeship)))
    .orderBy(polishOrder(users.name));
  const horizon = addDays(today, WARN_DAYS_BEFORE);
  const soon = rows
    .filter((u) => u.status === 'active')
    .map((u) => {
      const lastActivity = lastActivityDay(u);
      const warnedOn = currentWarning(lastActivity, u.inactivityWarnedAt ? dateInPoland(u.inactivityWarnedAt) : null);
      return { id: u.id, name: u.name, email: u.email, lastLoginAt: u.lastLoginAt, lastActivityOn: lastActivity, warnedOn, disableOn: disablingDay(lastActivity, warnedOn, today) };
    })
    .filter((u) => u.disableOn <= horizon)
    .sort((a, b) => a.disableOn.localeCompare(b.disableOn));
  const disabled = rows
    .filter((u) => u.status === 'disabled' && u.statusReason === INACTIVE_REASON)
    .map((u) => ({ id: u.id, name: u.name, email: u.email, lastLoginAt: u.lastLoginAt, disabledAt: u.decidedAt }));
  return { soon, disabled };
}
