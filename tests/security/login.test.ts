import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, loginFailures, userSessions } from '@/db/schema';
import { accountDelaySeconds, OWNER_WARN_AT, PER_IP, PER_PAIR } from '@/lib/accounts/login-limits';
import { listAuditEntries } from '@/lib/audit-log';
import { verifyLogin } from '@/lib/auth/login';
import { changePassword, isSessionOpen, revokeAllSessions, revokeSession, signOutEverywhere } from '@/lib/auth/sessions';
import { disableAccount } from '@/lib/accounts/review';
import { MAZOWIECKIE, PASSWORD, PODLASKIE, makeActor, uid } from '../factories';

// Issue 12, findings 2 and 3: throttling that no one can use to lock anyone out, and failed or
// throttled logins in the audit log of the account's województwo.

const attempt = (email: string, password: string, ip: string | null) =>
  verifyLogin(getDb(), email, password, { ip }).then(
    () => 'OK',
    (e: Error) => e.message,
  );

/** Moves the account's recorded failures into the past, as if `seconds` had gone by. */
const ageFailures = (email: string, seconds: number) =>
  getDb().update(loginFailures).set({ at: sql`${loginFailures.at} - make_interval(secs => ${seconds})` }).where(eq(loginFailures.email, email));

const failuresFrom = (email: string, ips: string[], minutesAgo = 5) =>
  getDb().insert(loginFailures).values(ips.map((ip) => ({ email, ip, at: sql`now() - make_interval(mins => ${minutesAgo})` })));

describe('login throttling', () => {
  it('locks the (account, address) pair after 5 failures, not the account: the owner signs in from elsewhere', async () => {
    const a = await makeActor('gops_animator', '2011022');
    for (let i = 0; i < PER_PAIR; i++) expect(await attempt(a.email, 'zle-haslo-123', '203.0.113.7')).toBe('INVALID');
    // The right password from the locked pair is refused too: the attacker learns nothing.
    expect(await attempt(a.email, PASSWORD, '203.0.113.7')).toBe('THROTTLED');
    await ageFailures(a.email, 120); // past the account's short delay, inside the pair's 15 minutes
    expect(await attempt(a.email, PASSWORD, '203.0.113.7')).toBe('THROTTLED');
    expect(await attempt(a.email, PASSWORD, '198.51.100.20')).toBe('OK');
  });

  it('answers the same for an unknown e-mail at every stage', async () => {
    const email = `nikt.${uid()}@test.pl`;
    for (let i = 0; i < PER_PAIR; i++) expect(await attempt(email, 'zle-haslo-123', '203.0.113.8')).toBe('INVALID');
    expect(await attempt(email, 'zle-haslo-123', '203.0.113.8')).toBe('THROTTLED');
  });

  it('delays an account attacked from many addresses, with a delay that grows, but never locks it', async () => {
    expect([4, 5, 6, 7, 10, 11, 30].map(accountDelaySeconds)).toEqual([0, 1, 2, 4, 32, 60, 60]);
    const a = await makeActor('gops_animator', '2011022');
    await failuresFrom(a.email, ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4', '192.0.2.5', '192.0.2.6'], 0);
    // Six failures: the next attempt waits 2 s after the latest, whoever makes it.
    expect(await attempt(a.email, PASSWORD, '198.51.100.30')).toBe('THROTTLED');
    await ageFailures(a.email, 3);
    expect(await attempt(a.email, PASSWORD, '198.51.100.30')).toBe('OK');
  });

  it('limits one address across many accounts', async () => {
    const a = await makeActor('gops_animator', '2011022');
    await getDb()
      .insert(loginFailures)
      .values(Array.from({ length: PER_IP }, (_, i) => ({ email: `x${i}.${uid()}@test.pl`, ip: '203.0.113.99' })));
    expect(await attempt(a.email, PASSWORD, '203.0.113.99')).toBe('THROTTLED');
    expect(await attempt(a.email, PASSWORD, '203.0.113.100')).toBe('OK');
  });

  it('e-mails the owner once a day after repeated failures', async () => {
    const a = await makeActor('pcpr_animator', '2011');
    await failuresFrom(a.email, Array.from({ length: OWNER_WARN_AT - 1 }, (_, i) => `192.0.2.${50 + i}`), 10);
    expect(await attempt(a.email, 'zle-haslo-123', '192.0.2.200')).toBe('INVALID');
    await ageFailures(a.email, 3600 - 700); // keep them inside the hour, past the delay
    expect(await attempt(a.email, 'zle-haslo-123', '192.0.2.201')).toBe('INVALID');
    const mails = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toEmail, a.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'account_security', subject: 'Ktoś próbował zalogować się na Twoje konto', voivodeshipId: a.scope.voivodeshipId });
    expect(mails[0].body).not.toContain('zle-haslo');
  });
});

describe('login audit', () => {
  it('puts failed and throttled logins of an account in its województwo, where its ROPS administrator reads them', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const rops = await makeActor('rops_admin', PODLASKIE);
    const otherRops = await makeActor('rops_admin', MAZOWIECKIE);
    for (let i = 0; i < PER_PAIR + 2; i++) await attempt(a.email, 'zle-haslo-123', '203.0.113.41');
    const entries = await getDb().select().from(auditLog).where(eq(auditLog.entityId, a.userId));
    const failed = entries.filter((e) => e.action === 'login.failed');
    expect(failed).toHaveLength(PER_PAIR);
    expect(failed.every((e) => e.voivodeshipId === a.scope.voivodeshipId && e.ip === '203.0.113.41')).toBe(true);
    // Two throttled attempts: one entry, the second counted as a repeat.
    const { rows } = await listAuditEntries(rops, { action: 'login.throttled', user: a.email });
    expect(rows).toHaveLength(1);
    expect(rows[0].repeats).toBe(1);
    expect((await listAuditEntries(otherRops, { action: 'login.throttled', user: a.email })).rows).toHaveLength(0);
  });

  it('folds attempts on unknown e-mails into one entry per address and day, seen by every ROPS administrator', async () => {
    const ip = '203.0.113.77';
    for (let i = 0; i < 3; i++) await attempt(`nikt.${uid()}@test.pl`, 'cokolwiek-123', ip);
    const entries = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'login.unknown_account'), eq(auditLog.ip, ip)));
    expect(entries).toHaveLength(1);
    expect(entries[0].voivodeshipId).toBeNull();
    for (const teryt of [PODLASKIE, MAZOWIECKIE]) {
      const { rows } = await listAuditEntries(await makeActor('rops_admin', teryt), { action: 'login.unknown_account' });
      expect(rows.find((r) => r.ip === ip)?.repeats).toBe(2);
    }
  });
});

describe('server-side sessions', () => {
  it('a login opens a session that sign-out, sign-out everywhere and blocking end', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const first = await verifyLogin(getDb(), a.email, PASSWORD, { ip: '198.51.100.1', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/150' });
    const second = await verifyLogin(getDb(), a.email, PASSWORD, { ip: '198.51.100.2' });
    expect(await isSessionOpen(getDb(), first.sessionId, a.userId)).toBe(true);
    // Another user's id with this session: not open.
    expect(await isSessionOpen(getDb(), first.sessionId, (await makeActor('gops_animator', '2011022')).userId)).toBe(false);
    await revokeSession(getDb(), first.sessionId);
    expect(await isSessionOpen(getDb(), first.sessionId, a.userId)).toBe(false);
    expect(await isSessionOpen(getDb(), second.sessionId, a.userId)).toBe(true);
    await revokeAllSessions(getDb(), a.userId);
    expect(await isSessionOpen(getDb(), second.sessionId, a.userId)).toBe(false);
    const [row] = await getDb().select().from(userSessions).where(eq(userSessions.id, first.sessionId));
    expect(row).toMatchObject({ ip: '198.51.100.1', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/150' });
  });

  it('an expired session is not open', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const { sessionId } = await verifyLogin(getDb(), a.email, PASSWORD, { ip: null });
    await getDb().update(userSessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(userSessions.id, sessionId));
    expect(await isSessionOpen(getDb(), sessionId, a.userId)).toBe(false);
    expect(await isSessionOpen(getDb(), 'not-a-uuid', a.userId)).toBe(false);
    expect(await isSessionOpen(getDb(), undefined, a.userId)).toBe(false);
  });

  it('a new password ends every session, this one too; the wrong current password changes nothing', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const { sessionId } = await verifyLogin(getDb(), a.email, PASSWORD, { ip: '198.51.100.5' });
    const me = { ...a, sessionId };
    const wrong = await changePassword(me, { currentPassword: 'nie-to-haslo-1', password: 'Nowe-haslo-2027', passwordConfirm: 'Nowe-haslo-2027' }).catch((e) => e);
    expect(wrong.fieldErrors).toEqual({ currentPassword: ['Obecne hasło jest nieprawidłowe.'] });
    expect(await isSessionOpen(getDb(), sessionId, a.userId)).toBe(true);
    await changePassword(me, { currentPassword: PASSWORD, password: 'Nowe-haslo-2027', passwordConfirm: 'Nowe-haslo-2027' });
    expect(await isSessionOpen(getDb(), sessionId, a.userId)).toBe(false);
    expect(await attempt(a.email, PASSWORD, '198.51.100.5')).toBe('INVALID');
    expect(await attempt(a.email, 'Nowe-haslo-2027', '198.51.100.5')).toBe('OK');
  });

  it('signing out everywhere and blocking the account end every session', async () => {
    const a = await makeActor('gops_animator', '2011022');
    const one = await verifyLogin(getDb(), a.email, PASSWORD, { ip: null });
    await signOutEverywhere({ ...a, sessionId: one.sessionId });
    expect(await isSessionOpen(getDb(), one.sessionId, a.userId)).toBe(false);
    const two = await verifyLogin(getDb(), a.email, PASSWORD, { ip: null });
    await disableAccount(await makeActor('rops_admin', PODLASKIE), { userId: a.userId, reason: 'Koniec zatrudnienia' });
    expect(await isSessionOpen(getDb(), two.sessionId, a.userId)).toBe(false);
  });
});
