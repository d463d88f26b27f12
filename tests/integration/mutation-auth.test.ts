import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, loginFailures, roleAssignments, users, userSessions } from '@/db/schema';
import { OWNER_WARN_AT, PER_PAIR, WINDOW_MINUTES } from '@/lib/accounts/login-limits';
import { loadActiveUser } from '@/lib/auth/assignments';
import { SESSION_HOURS, verifyLogin } from '@/lib/auth/login';
import { changePassword, isSessionOpen, listMySessions, revokeSession, signOutEverywhere } from '@/lib/auth/sessions';
import { setClockForTests } from '@/lib/clock';
import { MAZOWIECKIE, PASSWORD, PODLASKIE, makeActor, makeInstitution, uid, unit } from '../factories';

/*
 * Written for the mutation run (docs/testing.md): the login's edges the throttling tests in
 * tests/security/login.test.ts do not reach — how the e-mail is read, attempts without an address,
 * the end of the 15-minute and one-hour windows, the owner's warning at exactly the OWNER_WARN_AT-th
 * failure, what a success clears and records — and the shape checks on session ids.
 */

const db = () => getDb();
const attempt = (email: string, password: string, ip: string | null) =>
  verifyLogin(db(), email, password, { ip }).then(
    () => 'OK',
    (e: Error) => e.message,
  );
const failuresFrom = (email: string, ips: (string | null)[], minutesAgo: number) =>
  db().insert(loginFailures).values(ips.map((ip) => ({ email, ip, at: sql`now() - make_interval(mins => ${minutesAgo})` })));
const failuresOf = (email: string) => db().select({ ip: loginFailures.ip }).from(loginFailures).where(eq(loginFailures.email, email));
const addresses = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `192.0.2.${from + i}`);

describe('how the login reads the e-mail', () => {
  it('ignores surrounding spaces and letter case', async () => {
    const a = await makeActor('gops_animator', '2011022');
    expect(await attempt(`  ${a.email.toUpperCase()} `, PASSWORD, '198.51.100.60')).toBe('OK');
  });

  it('counts failures under the normalised e-mail, so changing its case does not escape the pair’s lock', async () => {
    const a = await makeActor('gops_animator', '2011022');
    for (let i = 0; i < PER_PAIR; i++) await attempt(i % 2 ? a.email.toUpperCase() : ` ${a.email}`, 'zle-haslo-123', '203.0.113.61');
    expect((await failuresOf(a.email)).length).toBe(PER_PAIR);
    await db().update(loginFailures).set({ at: sql`${loginFailures.at} - interval '2 minutes'` }).where(eq(loginFailures.email, a.email));
    expect(await attempt(a.email.toUpperCase(), PASSWORD, '203.0.113.61')).toBe('THROTTLED');
  });
});

describe('attempts without a known address', () => {
  it('failures without an address lock the account for attempts without an address, like any one address', async () => {
    const a = await makeActor('gops_animator', '2011022');
    await failuresFrom(a.email, Array(PER_PAIR).fill(null), 3);
    expect(await attempt(a.email, PASSWORD, null)).toBe('THROTTLED');
    // From a known address the same account is still open (the account itself is never locked).
    expect(await attempt(a.email, PASSWORD, '198.51.100.62')).toBe('OK');
  });
});

describe('the windows of the throttling', () => {
  it(`a pair’s failures older than ${WINDOW_MINUTES} minutes no longer lock it`, async () => {
    const a = await makeActor('gops_animator', '2011022');
    await failuresFrom(a.email, Array(PER_PAIR).fill('203.0.113.63'), WINDOW_MINUTES + 1);
    expect(await attempt(a.email, PASSWORD, '203.0.113.63')).toBe('OK');
  });

  it(`a pair’s failures inside the ${WINDOW_MINUTES} minutes lock it even after the account’s delay`, async () => {
    const a = await makeActor('gops_animator', '2011022');
    await failuresFrom(a.email, Array(PER_PAIR).fill('203.0.113.64'), WINDOW_MINUTES - 2);
    expect(await attempt(a.email, PASSWORD, '203.0.113.64')).toBe('THROTTLED');
  });

  it('failures older than an hour neither delay the account nor warn its owner', async () => {
    const a = await makeActor('pcpr_animator', '2011');
    await failuresFrom(a.email, addresses(OWNER_WARN_AT + 5, 10), 61);
    expect(await attempt(a.email, 'zle-haslo-123', '198.51.100.65')).toBe('INVALID');
    expect(await attempt(a.email, PASSWORD, '198.51.100.66')).toBe('OK');
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.toEmail, a.email))).toHaveLength(0);
  });
});

describe('the owner’s warning', () => {
  it(`is sent at the ${OWNER_WARN_AT}th failure within an hour, not at the one before`, async () => {
    const a = await makeActor('pcpr_animator', '2011');
    await failuresFrom(a.email, addresses(OWNER_WARN_AT - 2, 100), 20);
    // The 9th failure: nothing yet.
    expect(await attempt(a.email, 'zle-haslo-123', '198.51.100.67')).toBe('INVALID');
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.toEmail, a.email))).toHaveLength(0);
    // Past the account's delay (2^(9−5) = 16 s after the latest failure), the 10th: the e-mail.
    await db().update(loginFailures).set({ at: sql`${loginFailures.at} - interval '1 minute'` }).where(eq(loginFailures.email, a.email));
    expect(await attempt(a.email, 'zle-haslo-123', '198.51.100.68')).toBe('INVALID');
    const mails = await db().select().from(emailOutbox).where(eq(emailOutbox.toEmail, a.email));
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain(`(${OWNER_WARN_AT} razy w ciągu ostatniej godziny)`);
    const [warned] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'login.owner_warned'), eq(auditLog.entityId, a.userId)));
    expect(warned).toMatchObject({ voivodeshipId: a.scope.voivodeshipId, details: { failuresLastHour: OWNER_WARN_AT } });
  });
});

describe('a successful login', () => {
  it('clears the failures of its own address only, and a later wrong password starts counting from zero', async () => {
    const a = await makeActor('gops_animator', '2011022');
    await failuresFrom(a.email, ['203.0.113.70', '203.0.113.70', '203.0.113.71'], 5);
    expect(await attempt(a.email, PASSWORD, '203.0.113.70')).toBe('OK');
    expect((await failuresOf(a.email)).map((f) => f.ip)).toEqual(['203.0.113.71']);
  });

  it(`opens a session of ${SESSION_HOURS} hours, keeping at most 300 characters of the browser’s name`, async () => {
    const a = await makeActor('gops_animator', '2011022');
    const before = Date.now();
    const { sessionId, id, email, name } = await verifyLogin(db(), a.email, PASSWORD, { ip: '198.51.100.72', userAgent: 'M'.repeat(400) });
    expect({ id, email, name }).toEqual({ id: a.userId, email: a.email, name: 'Test gops_animator' });
    const [s] = await db().select().from(userSessions).where(eq(userSessions.id, sessionId));
    expect(s.userAgent).toBe('M'.repeat(300));
    const hours = (s.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(SESSION_HOURS);
    expect(hours).toBeLessThan(SESSION_HOURS + 0.1);
    const withoutAgent = await verifyLogin(db(), a.email, PASSWORD, { ip: null });
    const [s2] = await db().select().from(userSessions).where(eq(userSessions.id, withoutAgent.sessionId));
    expect(s2.userAgent).toBeNull();
  });

  it('is recorded in the audit log of the województwo of the user’s first assignment', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const mazowieckie = await unit(MAZOWIECKIE);
    await db().insert(roleAssignments).values({ userId: a.userId, role: 'rops_adviser', voivodeshipId: mazowieckie.voivodeshipId });
    await attempt(a.email, PASSWORD, '198.51.100.73');
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'login.succeeded'), eq(auditLog.entityId, a.userId)));
    expect(entry.voivodeshipId).toBe((await unit(PODLASKIE)).voivodeshipId);
  });

  it('an account refused or blocked with a reason says so only to whoever knows the password', async () => {
    const rejected = await makeActor('gops_animator', '2011022', { status: 'rejected' });
    await db().update(users).set({ statusReason: 'Brak zatrudnienia w GOPS' }).where(eq(users.id, rejected.userId));
    expect(await attempt(rejected.email, PASSWORD, '198.51.100.74')).toBe('REJECTED:Brak zatrudnienia w GOPS');
    expect(await attempt(rejected.email, 'zle-haslo-123', '198.51.100.74')).toBe('INVALID');
    const pending = await makeActor('gops_animator', '2011022', { status: 'pending' });
    expect(await attempt(pending.email, PASSWORD, '198.51.100.75')).toBe('PENDING');
    const disabled = await makeActor('gops_animator', '2011022', { status: 'disabled' });
    expect(await attempt(disabled.email, PASSWORD, '198.51.100.76')).toBe('DISABLED');
  });
});

describe('session ids', () => {
  it('only a well-formed id is looked up: anything longer, shorter or with other characters is not open, without a database error', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const { sessionId } = await verifyLogin(db(), a.email, PASSWORD, { ip: null });
    expect(await isSessionOpen(db(), sessionId.toUpperCase(), a.userId)).toBe(true);
    for (const bad of [`x${sessionId}`, `${sessionId}x`, sessionId.slice(1), `${sessionId.slice(0, 35)}g`, `${sessionId.slice(0, 35)} `, '']) {
      expect(await isSessionOpen(db(), bad, a.userId), bad).toBe(false);
      await expect(revokeSession(db(), bad)).resolves.toBeUndefined();
    }
    expect(await isSessionOpen(db(), sessionId, a.userId)).toBe(true);
  });

  it('signing out twice keeps the time of the first sign-out', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const { sessionId } = await verifyLogin(db(), a.email, PASSWORD, { ip: null });
    await revokeSession(db(), sessionId);
    await db().update(userSessions).set({ revokedAt: sql`${userSessions.revokedAt} - interval '1 hour'` }).where(eq(userSessions.id, sessionId));
    const [first] = await db().select({ revokedAt: userSessions.revokedAt }).from(userSessions).where(eq(userSessions.id, sessionId));
    await revokeSession(db(), sessionId);
    const [after] = await db().select({ revokedAt: userSessions.revokedAt }).from(userSessions).where(eq(userSessions.id, sessionId));
    expect(after.revokedAt).toEqual(first.revokedAt);
  });

  it('the list of one’s sessions holds the open ones only, newest first, with the current one marked', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const older = await verifyLogin(db(), a.email, PASSWORD, { ip: '198.51.100.80' });
    const current = await verifyLogin(db(), a.email, PASSWORD, { ip: '198.51.100.81' });
    const ended = await verifyLogin(db(), a.email, PASSWORD, { ip: '198.51.100.82' });
    const expired = await verifyLogin(db(), a.email, PASSWORD, { ip: '198.51.100.83' });
    await db().update(userSessions).set({ createdAt: sql`now() - interval '1 hour'` }).where(eq(userSessions.id, older.sessionId));
    await revokeSession(db(), ended.sessionId);
    await db().update(userSessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(userSessions.id, expired.sessionId));
    const someoneElse = await makeActor('gops_animator', '2011022');
    await verifyLogin(db(), someoneElse.email, PASSWORD, { ip: null });
    const list = await listMySessions({ ...a, sessionId: current.sessionId });
    expect(list.map((s) => [s.id, s.current])).toEqual([
      [current.sessionId, true],
      [older.sessionId, false],
    ]);
  });
});

describe('the user as every request loads it', () => {
  it('keeps the usable assignments in the order they were given, and drops one at no usable level', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const sokolski = await unit('2011');
    await db().insert(roleAssignments).values({ userId: a.userId, role: 'gops_animator', voivodeshipId: sokolski.voivodeshipId, powiatId: sokolski.powiatId });
    await db().insert(roleAssignments).values({ userId: a.userId, role: 'pcpr_animator', voivodeshipId: sokolski.voivodeshipId, powiatId: sokolski.powiatId });
    const loaded = await loadActiveUser(db(), a.userId);
    expect(loaded?.assignments.map((s) => [s.role, s.level, s.scopeLabel])).toEqual([
      ['gops_animator', 'gmina', 'gmina Janów (powiat sokólski)'],
      ['pcpr_animator', 'powiat', 'powiat sokólski'],
    ]);
    expect(loaded).toMatchObject({ id: a.userId, email: a.email, name: 'Test gops_animator' });
  });

  it('an account that is not active, or has no usable assignment, or does not exist, loads as nobody', async () => {
    for (const status of ['pending', 'disabled', 'rejected'] as const) {
      const a = await makeActor('gops_animator', '2011022', { status });
      expect(await loadActiveUser(db(), a.userId), status).toBeNull();
    }
    const unusable = await makeActor('gops_animator', '2011022');
    await db().update(roleAssignments).set({ gminaId: null }).where(eq(roleAssignments.userId, unusable.userId));
    expect(await loadActiveUser(db(), unusable.userId)).toBeNull();
    expect(await loadActiveUser(db(), crypto.randomUUID())).toBeNull();
  });
});

afterEach(() => setClockForTests(null));

/** The audit entries of one action, with how many repeats each folded. */
const entriesOf = (action: string, where: { entityId?: string; ip?: string }) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), where.entityId ? eq(auditLog.entityId, where.entityId) : undefined, where.ip ? eq(auditLog.ip, where.ip) : undefined));
const later = (minutes: number) => setClockForTests(new Date(Date.now() + minutes * 60_000));

describe('login events in the audit log', () => {
  it('each is an event of a user account, with what it needs to be read', async () => {
    const a = await makeActor('gops_animator', '2011022');
    await attempt(a.email, 'zle-haslo-123', '203.0.113.90');
    await attempt(a.email, PASSWORD, '203.0.113.91');
    const unknownIp = '203.0.113.92';
    await attempt(`nikt.${uid()}@test.pl`, 'zle-haslo-123', unknownIp);
    expect(await entriesOf('login.failed', { entityId: a.userId })).toMatchObject([{ entityType: 'user', voivodeshipId: a.scope.voivodeshipId }]);
    expect(await entriesOf('login.succeeded', { entityId: a.userId })).toMatchObject([{ entityType: 'user', voivodeshipId: a.scope.voivodeshipId }]);
    expect(await entriesOf('login.unknown_account', { ip: unknownIp })).toMatchObject([{ entityType: 'user', entityId: null, voivodeshipId: null }]);
  });

  it('throttled attempts fold per account and address for 10 minutes; another address or a later window is a new entry', async () => {
    const a = await makeActor('gops_animator', '2011022');
    await failuresFrom(a.email, ['203.0.113.93', '203.0.113.93', '203.0.113.93', '203.0.113.93', '203.0.113.93', '203.0.113.94', '203.0.113.94', '203.0.113.94', '203.0.113.94', '203.0.113.94'], 3);
    for (const ip of ['203.0.113.93', '203.0.113.93', '203.0.113.94']) expect(await attempt(a.email, PASSWORD, ip)).toBe('THROTTLED');
    const entries = await entriesOf('login.throttled', { entityId: a.userId });
    expect(entries.map((e) => [e.ip, e.entityType, e.details])).toEqual([
      ['203.0.113.93', 'user', { failuresLastHour: 10 }],
      ['203.0.113.94', 'user', { failuresLastHour: 10 }],
    ]);
    later(11);
    expect(await attempt(a.email, PASSWORD, '203.0.113.93')).toBe('THROTTLED');
    expect(await entriesOf('login.throttled', { entityId: a.userId })).toHaveLength(3);
  });

  it('unknown e-mails fold per address and day: a throttled one says so; another address or the next day is a new entry', async () => {
    const ip = '203.0.113.95';
    await failuresFrom(`nikt.${uid()}@test.pl`, Array(30).fill(ip), 2);
    expect(await attempt(`nikt.${uid()}@test.pl`, 'zle-haslo-123', ip)).toBe('THROTTLED');
    expect(await entriesOf('login.unknown_account', { ip })).toMatchObject([{ entityType: 'user', details: { throttled: true } }]);
    await attempt(`nikt.${uid()}@test.pl`, 'zle-haslo-123', '203.0.113.96');
    expect(await entriesOf('login.unknown_account', { ip: '203.0.113.96' })).toHaveLength(1);
    later(24 * 60 + 1);
    await attempt(`nikt.${uid()}@test.pl`, 'zle-haslo-123', '203.0.113.96');
    expect(await entriesOf('login.unknown_account', { ip: '203.0.113.96' })).toHaveLength(2);
  });

  it('throttled attempts on unknown e-mails also fold per address and day', async () => {
    const [a, b] = ['203.0.113.97', '203.0.113.98'];
    for (const ip of [a, b]) await failuresFrom(`nikt.${uid()}@test.pl`, Array(30).fill(ip), 2);
    for (const ip of [a, a, b]) expect(await attempt(`nikt.${uid()}@test.pl`, 'zle-haslo-123', ip)).toBe('THROTTLED');
    expect([(await entriesOf('login.unknown_account', { ip: a })).length, (await entriesOf('login.unknown_account', { ip: b })).length]).toEqual([1, 1]);
    later(24 * 60 + 1);
    expect(await attempt(`nikt.${uid()}@test.pl`, 'zle-haslo-123', a)).toBe('THROTTLED');
    expect(await entriesOf('login.unknown_account', { ip: a })).toHaveLength(2);
  });

  it('each attacked account’s owner is warned, once a day: two accounts, two e-mails; the next day, another', async () => {
    const owners = [await makeActor('pcpr_animator', '2011'), await makeActor('pcpr_animator', '2011')];
    for (const o of owners) {
      await failuresFrom(o.email, addresses(OWNER_WARN_AT - 1, 150), 20);
      expect(await attempt(o.email, 'zle-haslo-123', '198.51.100.97')).toBe('INVALID');
    }
    const mails = async (email: string) => (await db().select().from(emailOutbox).where(eq(emailOutbox.toEmail, email))).length;
    expect([await mails(owners[0].email), await mails(owners[1].email)]).toEqual([1, 1]);
    const [warned] = await entriesOf('login.owner_warned', { entityId: owners[0].userId });
    expect(warned.entityType).toBe('user');
    later(24 * 60 + 1);
    await db().update(loginFailures).set({ at: sql`${loginFailures.at} - interval '1 minute'` }).where(eq(loginFailures.email, owners[0].email));
    expect(await attempt(owners[0].email, 'zle-haslo-123', '198.51.100.98')).toBe('INVALID');
    expect(await mails(owners[0].email)).toBe(2);
  });
});

describe('the account’s delay from its 5th failure within the hour', () => {
  it('five failures just now from five addresses make a sixth address wait a second', async () => {
    const a = await makeActor('gops_animator', '2011022');
    await failuresFrom(a.email, addresses(5, 200), 0);
    expect(await attempt(a.email, PASSWORD, '198.51.100.99')).toBe('THROTTLED');
  });
});

describe('odd logins', () => {
  it('an e-mail longer than any account’s is cut to 254 characters and refused like any unknown one', async () => {
    expect(await attempt(`${'a'.repeat(300)}@test.pl`, 'zle-haslo-123', '198.51.100.100')).toBe('INVALID');
  });

  it('an account without any role assignment: a wrong password is recorded without a województwo', async () => {
    const email = `bez.roli.${uid()}@test.pl`;
    const [u] = await db().insert(users).values({ email, name: 'Bez roli', jobTitle: 'tester', passwordHash: 'not-a-hash', status: 'active' }).returning({ id: users.id });
    expect(await attempt(email, 'zle-haslo-123', '198.51.100.101')).toBe('INVALID');
    expect(await entriesOf('login.failed', { entityId: u.id })).toMatchObject([{ voivodeshipId: null }]);
  });
});

describe('session events in the audit log', () => {
  it('signing out everywhere and a new password are recorded as events of the user', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const { sessionId } = await verifyLogin(db(), a.email, PASSWORD, { ip: null });
    await signOutEverywhere({ ...a, sessionId });
    await changePassword({ ...a, sessionId }, { currentPassword: PASSWORD, password: 'Nowe-haslo-2027', passwordConfirm: 'Nowe-haslo-2027' });
    expect(await entriesOf('session.revoked_all', { entityId: a.userId })).toMatchObject([{ entityType: 'user', userId: a.userId }]);
    expect(await entriesOf('account.password_changed', { entityId: a.userId })).toMatchObject([{ entityType: 'user', userId: a.userId }]);
  });
});

describe('scope names need the names of the places', () => {
  it('a ROPS assignment names its województwo, a PZK member’s its institution; pages lead to the gmina’s and powiat’s TERYT', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    expect(rops.scope.scopeLabel).toBe('województwo podlaskie');
    const inst = await makeInstitution('2011022', 'ops', `Szkoła ${uid()}`);
    const member = await makeActor('pzk_member', '2011022');
    await db().update(roleAssignments).set({ institutionId: inst.id }).where(eq(roleAssignments.userId, member.userId));
    expect((await loadActiveUser(db(), member.userId))?.assignments[0].scopeLabel).toBe(inst.name);
    expect((await makeActor('gops_animator', '2011022')).scope.homeHref).toBe('/gminy/2011022');
    expect((await makeActor('pcpr_animator', '2011')).scope.homeHref).toBe('/powiaty/2011');
  });
});
