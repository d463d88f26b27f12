import { and, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, loginFailureCounts, loginFailures, users, userSessions } from '@/db/schema';
import { runAccountLifecycle } from '@/lib/accounts/lifecycle';
import { createNationalAdmin } from '@/lib/accounts/national-admin';
import { enableAccount, listInactiveAccounts } from '@/lib/accounts/review';
import { verifyLogin } from '@/lib/auth/login';
import { clock, setClockForTests } from '@/lib/clock';
import { addDays, addMonths, isoToPolish } from '@/lib/model/dates';
import { MAZOWIECKIE, JANOW, PASSWORD, PODLASKIE, makeActor, makeNationalAdmin, uid } from '../factories';

/*
 * The account lifecycle worker (issue 16, item 3) on a scenario set in the past, relative to the
 * real today: an account last active three years ago is warned and disabled on days long gone, so
 * accounts made by other tests (created today) are never inactive on those days.
 */

const db = () => getDb();
const TODAY = clock.today();
/** Noon of a day in Poland, as an instant. */
const noon = (iso: string) => new Date(`${iso}T10:00:00Z`);
const LAST = addMonths(TODAY, -36);
const DISABLE_ON = addMonths(LAST, 12);
const WARN_ON = addDays(DISABLE_ON, -30);

/** An active GOPS animator of Janów whose last login (and everything else) was on `last`. */
async function dormant(last: string, opts: { login?: boolean } = {}) {
  const a = await makeActor('gops_animator', JANOW);
  // A real login first: it opens a session the disabling must end.
  if (opts.login) await verifyLogin(db(), a.email, PASSWORD, { ip: '10.9.0.1' });
  await db().update(users).set({ createdAt: noon(addDays(last, -10)), decidedAt: noon(addDays(last, -5)), lastLoginAt: noon(last) }).where(eq(users.id, a.userId));
  return a;
}

const userRow = async (id: string) => (await db().select().from(users).where(eq(users.id, id)))[0];
const mailsTo = (id: string) => db().select().from(emailOutbox).where(eq(emailOutbox.toUserId, id));
const entries = (id: string, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, id), eq(auditLog.action, action)));
const openSessions = (id: string) =>
  db()
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(and(eq(userSessions.userId, id), isNull(userSessions.revokedAt)));
const loginError = (p: Promise<unknown>) => p.then(() => 'OK', (e: Error) => e.message);

describe('inactive accounts: one warning 30 days before, disabling after 12 months', () => {
  it('warns once on the day 30 days before, disables on the day 12 months after, ending every session', async () => {
    const a = await dormant(LAST, { login: true });
    expect(await openSessions(a.userId)).toHaveLength(1);

    await runAccountLifecycle(db(), addDays(WARN_ON, -1));
    expect((await userRow(a.userId)).inactivityWarnedAt).toBeNull();
    expect(await mailsTo(a.userId)).toHaveLength(0);

    const first = await runAccountLifecycle(db(), WARN_ON);
    expect(first.warned).toBeGreaterThanOrEqual(1);
    await runAccountLifecycle(db(), WARN_ON);
    await runAccountLifecycle(db(), addDays(WARN_ON, 1));
    const mails = await mailsTo(a.userId);
    expect(mails).toHaveLength(1);
    expect(mails[0].toEmail).toBe(a.email);
    expect(mails[0].subject).toContain(isoToPolish(DISABLE_ON));
    expect(mails[0].body).toContain(isoToPolish(DISABLE_ON));
    expect(mails[0].body).toMatch(/wystarczy zalogować się przed tym dniem/);
    expect(await entries(a.userId, 'account.inactivity_warned')).toHaveLength(1);

    await runAccountLifecycle(db(), addDays(DISABLE_ON, -1));
    expect((await userRow(a.userId)).status).toBe('active');

    const run = await runAccountLifecycle(db(), DISABLE_ON);
    expect(run.disabled).toBeGreaterThanOrEqual(1);
    const u = await userRow(a.userId);
    expect(u.status).toBe('disabled');
    expect(u.statusReason).toBe('Konto zablokowane automatycznie: brak logowania od 12 miesięcy');
    expect(await openSessions(a.userId)).toHaveLength(0);
    const [entry] = await entries(a.userId, 'account.disabled_inactive');
    expect(entry.userId).toBeNull();
    expect(entry.voivodeshipId).not.toBeNull();
    expect(JSON.stringify(entry.details)).not.toContain(a.email);
    await runAccountLifecycle(db(), addDays(DISABLE_ON, 1));
    expect(await entries(a.userId, 'account.disabled_inactive')).toHaveLength(1);
    expect(await loginError(verifyLogin(db(), a.email, PASSWORD, { ip: '10.9.0.1' }))).toBe('DISABLED:Konto zablokowane automatycznie: brak logowania od 12 miesięcy');
  });

  it('an account found unwarned past its 12 months is warned, and disabled only 30 days later', async () => {
    const a = await dormant(LAST);
    const late = addDays(DISABLE_ON, 5);
    await runAccountLifecycle(db(), late);
    expect((await userRow(a.userId)).status).toBe('active');
    expect((await mailsTo(a.userId))[0].subject).toContain(isoToPolish(addDays(late, 30)));
    await runAccountLifecycle(db(), addDays(late, 29));
    expect((await userRow(a.userId)).status).toBe('active');
    await runAccountLifecycle(db(), addDays(late, 30));
    expect((await userRow(a.userId)).status).toBe('disabled');
  });

  it('a login clears the warning and restarts the clock', async () => {
    const a = await dormant(LAST);
    await runAccountLifecycle(db(), WARN_ON);
    expect((await userRow(a.userId)).inactivityWarnedAt).not.toBeNull();
    const before = clock.now().getTime();
    expect(await loginError(verifyLogin(db(), a.email, PASSWORD, { ip: '10.9.0.2' }))).toBe('OK');
    const u = await userRow(a.userId);
    expect(u.inactivityWarnedAt).toBeNull();
    expect(u.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await runAccountLifecycle(db(), DISABLE_ON);
    await runAccountLifecycle(db(), TODAY);
    expect((await userRow(a.userId)).status).toBe('active');
  });

  it('re-enabling by the ROPS administrator restarts the clock: no disabling on the old warning, a new warning 11 months on', async () => {
    const a = await dormant(LAST);
    await runAccountLifecycle(db(), WARN_ON);
    await runAccountLifecycle(db(), DISABLE_ON);
    expect((await userRow(a.userId)).status).toBe('disabled');

    const admin = await makeActor('rops_admin', PODLASKIE);
    expect((await listInactiveAccounts(admin)).disabled.map((u) => u.id)).toContain(a.userId);
    expect((await listInactiveAccounts(await makeActor('rops_admin', MAZOWIECKIE))).disabled.map((u) => u.id)).not.toContain(a.userId);

    const enabledOn = addDays(DISABLE_ON, 10);
    setClockForTests(noon(enabledOn));
    try {
      await enableAccount(admin, { userId: a.userId });
    } finally {
      setClockForTests(null);
    }
    expect((await userRow(a.userId)).inactivityWarnedAt).toBeNull();
    await runAccountLifecycle(db(), addDays(enabledOn, 31));
    expect((await userRow(a.userId)).status).toBe('active');
    const nextWarning = addDays(addMonths(enabledOn, 12), -30);
    await runAccountLifecycle(db(), addDays(nextWarning, -1));
    expect(await mailsTo(a.userId)).toHaveLength(1);
    await runAccountLifecycle(db(), nextWarning);
    expect(await mailsTo(a.userId)).toHaveLength(2);
    expect((await userRow(a.userId)).status).toBe('active');
  });

  it('the ROPS list shows accounts to be disabled within 30 days with the day, and not the others', async () => {
    const admin = await makeActor('rops_admin', PODLASKIE);
    // Relative to the real today: 12 months end in about 20 days, but no warning has gone yet, so the
    // account gets its 30 days from the warning the worker sends today.
    const soon = await dormant(addDays(addMonths(TODAY, -12), 20));
    const later = await dormant(addDays(addMonths(TODAY, -12), 45));
    const list = await listInactiveAccounts(admin);
    expect(list.soon.find((u) => u.id === soon.userId)).toMatchObject({ email: soon.email, warnedOn: null, disableOn: addDays(TODAY, 30) });
    expect(list.soon.map((u) => u.id)).not.toContain(later.userId);
    expect((await listInactiveAccounts(await makeActor('rops_admin', MAZOWIECKIE))).soon.map((u) => u.id)).not.toContain(soon.userId);
  });

  it('pending and rejected accounts are not inactive', async () => {
    const pending = await makeActor('gops_animator', JANOW, { status: 'pending' });
    await db().update(users).set({ createdAt: noon(LAST), decidedAt: null }).where(eq(users.id, pending.userId));
    await runAccountLifecycle(db(), addDays(DISABLE_ON, 40));
    expect((await userRow(pending.userId)).status).toBe('pending');
    expect(await mailsTo(pending.userId)).toHaveLength(0);
  });

  it('a national administrator is disabled like anyone; `npm run admin:create` makes the account active again and restarts the clock', async () => {
    const n = await makeNationalAdmin();
    await db().update(users).set({ createdAt: noon(LAST), decidedAt: noon(LAST), lastLoginAt: null }).where(eq(users.id, n.userId));
    await runAccountLifecycle(db(), WARN_ON);
    await runAccountLifecycle(db(), DISABLE_ON);
    const u = await userRow(n.userId);
    expect(u.status).toBe('disabled');
    const [entry] = await entries(n.userId, 'account.disabled_inactive');
    expect(entry.voivodeshipId).toBeNull();
    const result = await createNationalAdmin(db(), { email: n.email }, { operator: 'test' });
    expect(result.activated).toBe(true);
    await runAccountLifecycle(db(), TODAY);
    expect((await userRow(n.userId)).status).toBe('active');
  });
});

describe('retention of account data', () => {
  it("a rejected request's personal fields are removed 90 days after the decision, not 89", async () => {
    const decided = addDays(TODAY, -400);
    const a = await makeActor('gops_animator', JANOW, { status: 'rejected' });
    await db().update(users).set({ decidedAt: noon(decided), statusReason: 'Brak zatrudnienia w GOPS' }).where(eq(users.id, a.userId));
    const r89 = await runAccountLifecycle(db(), addDays(decided, 89));
    expect((await userRow(a.userId)).email).toBe(a.email);
    expect(r89.requestsCleared).toBe(0);

    const r90 = await runAccountLifecycle(db(), addDays(decided, 90));
    expect(r90.requestsCleared).toBe(1);
    const u = await userRow(a.userId);
    expect(u).toMatchObject({ name: 'Dane usunięte', email: `usuniete-${a.userId}@konto.invalid`, jobTitle: '', statusReason: null, status: 'rejected' });
    expect(u.personalDataRemovedAt).not.toBeNull();
    expect(u.passwordHash).not.toMatch(/^\$argon2/);
    const [entry] = await entries(a.userId, 'account.request_data_removed');
    expect(JSON.stringify(entry)).not.toContain(a.email);
    expect(JSON.stringify(entry)).not.toContain('Brak zatrudnienia');
    // Nobody can sign in with the old address or the old password; running again changes nothing.
    expect(await loginError(verifyLogin(db(), a.email, PASSWORD, { ip: '10.9.0.3' }))).toBe('INVALID');
    expect(await loginError(verifyLogin(db(), u.email, PASSWORD, { ip: '10.9.0.3' }))).toBe('INVALID');
    expect((await runAccountLifecycle(db(), addDays(decided, 91))).requestsCleared).toBe(0);
    expect(await entries(a.userId, 'account.request_data_removed')).toHaveLength(1);
  });

  it('login failures 90 days old become counts per Polish day (added to a counted day) and go; newer ones and throttling stay', async () => {
    const email = `old.${uid()}@test.kooperacja.pl`;
    const dayA = addDays(TODAY, -120);
    const dayB = addDays(TODAY, -90);
    const keep = addDays(TODAY, -89);
    await db().insert(loginFailureCounts).values({ day: dayA, failures: 5 });
    await db()
      .insert(loginFailures)
      .values([
        { email, ip: '10.9.1.1', at: noon(dayA) },
        // 23:30 UTC is already the next day in Poland.
        { email, ip: '10.9.1.1', at: new Date(`${addDays(dayA, -1)}T23:30:00Z`) },
        { email, ip: '10.9.1.2', at: noon(dayB) },
        { email, ip: '10.9.1.3', at: noon(keep) },
      ]);
    // A live attack: five failures from one address in the last minutes lock that address for this account.
    const victim = await makeActor('gops_animator', JANOW);
    for (let i = 0; i < 5; i++) await loginError(verifyLogin(db(), victim.email, 'zle-haslo', { ip: '10.9.2.1' }));

    const run = await runAccountLifecycle(db(), TODAY);
    expect(run.failuresCompacted).toBe(3);
    const counts = await db().select().from(loginFailureCounts).where(inArray(loginFailureCounts.day, [dayA, dayB, keep]));
    expect(Object.fromEntries(counts.map((c) => [c.day, c.failures]))).toEqual({ [dayA]: 7, [dayB]: 1 });
    const left = await db().select({ ip: loginFailures.ip }).from(loginFailures).where(eq(loginFailures.email, email));
    expect(left.map((r) => r.ip)).toEqual(['10.9.1.3']);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'login_failures.compacted'));
    expect(entry).toMatchObject({ chain: 0, voivodeshipId: null, details: { count: 3, olderThanDays: 90 } });

    expect(await db().select().from(loginFailures).where(eq(loginFailures.email, victim.email))).toHaveLength(5);
    expect(await loginError(verifyLogin(db(), victim.email, PASSWORD, { ip: '10.9.2.1' }))).toBe('THROTTLED');
    expect((await runAccountLifecycle(db(), TODAY)).failuresCompacted).toBe(0);
  });
});
