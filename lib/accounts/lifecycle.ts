import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { executeRows, type Db } from '@/db/client';
import { retentionRules, roleAssignments, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { clock, dateInPoland } from '@/lib/clock';
import { addDays, addMonths, isoToPolish } from '@/lib/model/dates';
import { appUrl, notifyAccountOwner } from '@/lib/notifications/outbox';
import { count, WORDS } from '@/lib/plural';
import { INACTIVE_MONTHS, INACTIVE_REASON, WARN_DAYS_BEFORE, inactivityStep, lastActivityDay, retentionEnded } from './inactive';

export interface AccountLifecycleResult {
  warned: number;
  disabled: number;
  requestsCleared: number;
  failuresCompacted: number;
}

/** The retention of a record kind counted in days (retention_rules.days), 90 when unset. */
export async function retentionDays(db: Db, kind: 'account_request_rejected' | 'login_failure'): Promise<number> {
  const [r] = await db.select({ days: retentionRules.days }).from(retentionRules).where(eq(retentionRules.kind, kind));
  return r?.days ?? 90;
}

/** The instant stamped for work done "on `today`": now, or — when the worker is run for another day — that day's noon in Poland. */
function instantOf(today: string): Date {
  return today === clock.today() ? clock.now() : new Date(`${today}T10:00:00Z`);
}

/** The województwo whose ROPS sees the account (that of its first assignment; null for a national administrator). */
async function homeVoivodeships(db: Db, userIds: string[]): Promise<Map<string, number | null>> {
  const home = new Map<string, number | null>();
  if (!userIds.length) return home;
  const rows = await db
    .select({ userId: roleAssignments.userId, voivodeshipId: roleAssignments.voivodeshipId })
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.id));
  for (const r of rows) if (!home.has(r.userId)) home.set(r.userId, r.voivodeshipId);
  return home;
}

const warningMessage = (lastActivity: string, disableOn: string) => ({
  subject: `Twoje konto zostanie zablokowane ${isoToPolish(disableOn)} — zaloguj się, aby je zachować`,
  body:
    `Od ${isoToPolish(lastActivity)} nie logujesz się na Platformie Modelu Kooperacji. Konta nieużywane przez ${count(INACTIVE_MONTHS, WORDS.month)} są blokowane automatycznie, ` +
    `dlatego Twoje konto zostanie zablokowane ${isoToPolish(disableOn)}.\n\n` +
    `Aby zachować konto, wystarczy zalogować się przed tym dniem: ${appUrl('/logowanie')}\n\n` +
    'Jeśli konto nie jest Ci już potrzebne, nic nie musisz robić. Zablokowane konto może odblokować administrator ROPS Twojego województwa.',
});

/**
 * Warns and disables inactive accounts (lib/accounts/inactive.ts). Every account is handled in its
 * own transaction whose update repeats the conditions it was chosen by, so two workers running at
 * once (or a login in between) change nothing twice: one warning, one disabling.
 *
 * National administrators are treated like everyone else: a dormant account with the widest rights
 * is the one most worth closing; `npm run admin:create -- <e-mail>` makes it active again (and
 * restarts its clock).
 */
async function inactiveAccounts(db: Db, today: string) {
  const at = instantOf(today);
  // A loose pre-selection (a week's margin); the rules decide on each account.
  const horizon = addDays(addMonths(today, -(INACTIVE_MONTHS - 1)), 7);
  const candidates = await db
    .select({ id: users.id, email: users.email, lastLoginAt: users.lastLoginAt, decidedAt: users.decidedAt, createdAt: users.createdAt, inactivityWarnedAt: users.inactivityWarnedAt })
    .from(users)
    .where(and(eq(users.status, 'active'), sql`greatest(${users.lastLoginAt}, ${users.decidedAt}, ${users.createdAt}) < ${horizon}::date`));
  const home = await homeVoivodeships(
    db,
    candidates.map((c) => c.id),
  );
  let warned = 0;
  let disabled = 0;
  for (const u of candidates) {
    const lastActivity = lastActivityDay(u);
    const step = inactivityStep(lastActivity, u.inactivityWarnedAt ? dateInPoland(u.inactivityWarnedAt) : null, today);
    if (step.kind === 'none') continue;
    const voivodeshipId = home.get(u.id) ?? null;
    // Unchanged since it was read (compared by day: the stamps carry microseconds): still active, no
    // later login or decision, and the same warning (none yet, or the one this disabling follows).
    const warnedDay = sql`(${users.inactivityWarnedAt} at time zone 'Europe/Warsaw')::date`;
    const unchanged = and(
      eq(users.id, u.id),
      eq(users.status, 'active'),
      sql`(greatest(${users.lastLoginAt}, ${users.decidedAt}, ${users.createdAt}) at time zone 'Europe/Warsaw')::date <= ${lastActivity}::date`,
      step.kind === 'warn'
        ? sql`(${users.inactivityWarnedAt} is null or ${warnedDay} < ${lastActivity}::date)`
        : sql`${warnedDay} = ${dateInPoland(u.inactivityWarnedAt!)}::date`,
    );
    await db.transaction(async (tx) => {
      if (step.kind === 'warn') {
        const changed = await tx.update(users).set({ inactivityWarnedAt: at }).where(unchanged).returning({ id: users.id });
        if (!changed.length) return;
        await notifyAccountOwner(tx, { id: u.id, email: u.email }, voivodeshipId, warningMessage(lastActivity, step.disableOn));
        await audit(tx, null, { action: 'account.inactivity_warned', entityType: 'user', entityId: u.id, voivodeshipId, details: { lastActivityOn: lastActivity, disableOn: step.disableOn } });
        warned++;
      } else {
        const changed = await tx
          .update(users)
          .set({ status: 'disabled', statusReason: INACTIVE_REASON, decidedAt: at, decidedBy: null })
          .where(unchanged)
          .returning({ id: users.id });
        if (!changed.length) return;
        await revokeAllSessions(tx, u.id);
        await audit(tx, null, { action: 'account.disabled_inactive', entityType: 'user', entityId: u.id, voivodeshipId, details: { lastActivityOn: lastActivity, warnDaysBefore: WARN_DAYS_BEFORE } });
        disabled++;
      }
    });
  }
  return { warned, disabled };
}

/** The personal fields of rejected account requests decided (or, with no decision recorded, made) `days` or more days ago are removed; the request itself stays. */
async function clearRejectedRequests(db: Db, today: string) {
  const days = await retentionDays(db, 'account_request_rejected');
  const rejected = await db
    .select({ id: users.id, decidedAt: users.decidedAt, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.status, 'rejected'), isNull(users.personalDataRemovedAt)));
  const due = rejected.filter((u) => retentionEnded(dateInPoland(u.decidedAt ?? u.createdAt), days, today));
  const at = instantOf(today);
  const home = await homeVoivodeships(
    db,
    due.map((u) => u.id),
  );
  let cleared = 0;
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const changed = await tx
        .update(users)
        .set({
          name: 'Dane usunięte',
          email: `usuniete-${id}@konto.invalid`,
          jobTitle: '',
          statusReason: null,
          // Not a hash argon2 can match: nobody can sign in with any password.
          passwordHash: '!usuniete',
          personalDataRemovedAt: at,
        })
        .where(and(eq(users.id, id), eq(users.status, 'rejected'), isNull(users.personalDataRemovedAt)))
        .returning({ id: users.id });
      if (!changed.length) return;
      await audit(tx, null, { action: 'account.request_data_removed', entityType: 'user', entityId: id, voivodeshipId: home.get(id) ?? null, details: { days } });
      cleared++;
    });
  }
  return cleared;
}

/**
 * Login failures `days` or more days old (by their day in Poland) become a count per day
 * (login_failure_counts, added to a day already counted) and are deleted — one statement, one
 * transaction with its audit entry. Throttling reads only the last hour, so it is untouched.
 */
async function compactLoginFailures(db: Db, today: string) {
  const days = await retentionDays(db, 'login_failure');
  const cutoff = addDays(today, -days);
  return db.transaction(async (tx) => {
    const [row] = await executeRows<{ n: number | string }>(
      tx,
      sql`with gone as (
            delete from login_failures where (at at time zone 'Europe/Warsaw')::date <= ${cutoff}::date
            returning (at at time zone 'Europe/Warsaw')::date as day
          ), counted as (
            insert into login_failure_counts (day, failures)
            select day, count(*)::int from gone group by day
            on conflict (day) do update set failures = login_failure_counts.failures + excluded.failures
          )
          select count(*)::int as n from gone`,
    );
    const n = Number(row?.n ?? 0);
    if (n > 0) await audit(tx, null, { action: 'login_failures.compacted', entityType: 'user', voivodeshipId: null, details: { count: n, olderThanDays: days } });
    return n;
  });
}

/** Inactive accounts (warning, then disabling), rejected requests' personal data, old login failures. Idempotent. */
export async function runAccountLifecycle(db: Db, today: string): Promise<AccountLifecycleResult> {
  const { warned, disabled } = await inactiveAccounts(db, today);
  const requestsCleared = await clearRejectedRequests(db, today);
  const failuresCompacted = await compactLoginFailures(db, today);
  return { warned, disabled, requestsCleared, failuresCompacted };
}
