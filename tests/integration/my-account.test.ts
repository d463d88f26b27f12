import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { institutions, loginFailures, users } from '@/db/schema';
import { getMyData, listMyLogins, loginFailureDays } from '@/lib/accounts/my-account';
import { verifyLogin } from '@/lib/auth/login';
import { JANOW, PASSWORD, makeActor } from '../factories';

const db = () => getDb();
const attempt = (email: string, password: string, ip: string) => verifyLogin(db(), email, password, { ip }).then(
  () => 'OK',
  (e: Error) => e.message,
);

describe('/konto: my data and my own logins only', () => {
  it('shows what the platform holds about me: name, e-mail, institution, job title, roles and areas, dates', async () => {
    const me = await makeActor('gops_animator', JANOW);
    const other = await makeActor('gops_animator', JANOW);
    await db().update(users).set({ jobTitle: 'starszy pracownik socjalny' }).where(eq(users.id, me.userId));
    expect(await attempt(me.email, PASSWORD, '10.8.0.1')).toBe('OK');
    const data = await getMyData(me);
    const [u] = await db().select({ institutionId: users.institutionId }).from(users).where(eq(users.id, me.userId));
    const [inst] = await db().select({ name: institutions.name }).from(institutions).where(eq(institutions.id, u.institutionId!));
    expect(data).toMatchObject({ name: 'Test gops_animator', email: me.email, jobTitle: 'starszy pracownik socjalny', institutionName: inst.name });
    expect(data!.roles).toEqual([{ id: me.assignments[0].id, role: 'Animator GOPS', area: me.assignments[0].scopeLabel }]);
    expect(data!.lastLoginAt).toBeInstanceOf(Date);
    expect(data!.createdAt).toBeInstanceOf(Date);
    // The other user's data never comes back for me.
    expect(JSON.stringify(data)).not.toContain(other.email);
  });

  it('lists my succeeded, failed and throttled logins, newest first, with the address and the result in Polish — never anyone else’s', async () => {
    const me = await makeActor('gops_animator', JANOW);
    const other = await makeActor('gops_animator', JANOW);
    expect(await attempt(me.email, PASSWORD, '10.8.1.1')).toBe('OK');
    expect(await attempt(me.email, 'zle-haslo-1', '10.8.1.2')).toBe('INVALID');
    // Five failures of this account from one address lock the pair (lib/accounts/login-limits.ts).
    await db()
      .insert(loginFailures)
      .values(Array.from({ length: 5 }, () => ({ email: me.email, ip: '10.8.1.3' })));
    expect(await attempt(me.email, PASSWORD, '10.8.1.3')).toBe('THROTTLED');
    // The other user's attempts, also from my addresses.
    expect(await attempt(other.email, PASSWORD, '10.8.1.1')).toBe('OK');
    expect(await attempt(other.email, 'zle', '10.8.1.2')).toBe('INVALID');

    const mine = await listMyLogins(me);
    expect(mine.map((l) => [l.ip, l.result])).toEqual([
      ['10.8.1.3', 'wstrzymane (zbyt wiele nieudanych prób)'],
      ['10.8.1.2', 'nieudane (błędne hasło)'],
      ['10.8.1.1', 'udane'],
    ]);
    for (let i = 1; i < mine.length; i++) expect(mine[i - 1].at.getTime()).toBeGreaterThanOrEqual(mine[i].at.getTime());
    const theirs = await listMyLogins(other);
    expect(theirs.map((l) => l.result)).toEqual(['nieudane (błędne hasło)', 'udane']);
  });

  it('keeps at most the last 50', async () => {
    const me = await makeActor('gops_animator', JANOW);
    // From changing addresses, so throttling does not stop them.
    for (let i = 0; i < 52; i++) expect(await attempt(me.email, PASSWORD, `10.8.2.${i}`)).toBe('OK');
    const mine = await listMyLogins(me);
    expect(mine).toHaveLength(50);
    expect(mine[0].ip).toBe('10.8.2.51');
  });

  it('says how long failed-login details are kept (the retention rule, 90 days by default)', async () => {
    expect(await loginFailureDays()).toBe(90);
  });
});
