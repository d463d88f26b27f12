import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, requestThrottle, roleAssignments, users } from '@/db/schema';
import {
  ACCOUNT_EXISTS_SUBJECT,
  ACCOUNT_REQUESTS_PER_IP,
  ACCOUNT_REQUESTS_UNKNOWN_IP,
  THROTTLE_KIND,
  THROTTLED_MESSAGE,
  requestAccount,
} from '@/lib/accounts/request-account';
import { runAction } from '@/lib/run-action';
import { JANOW, MAZOWIECKIE, PODLASKIE, makeActor, unit, validAccountRequest as validRequest } from '../factories';

/*
 * Issue 12, finding 7: the account request form must not tell whether an address has an account.
 * A request for an existing address is answered exactly like a new one, creates nothing, and the
 * owner gets an e-mail instead (once a day). Each client address may send a few requests an hour.
 */

/** The public form's server action does exactly this (app/(public)/rejestracja/actions.ts). */
const submit = (input: unknown, ip: string | null) =>
  runAction(async () => {
    await requestAccount(input, ip);
  });

/** A fresh address per test, so the per-IP buckets of the tests do not meet. */
let lastOctet = 0;
const freshIp = () => `198.51.100.${++lastOctet}`;

const usersWith = async (email: string) => (await getDb().select({ n: count() }).from(users).where(eq(users.email, email)))[0].n;
const ownerMails = async (email: string) =>
  getDb()
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.subject, ACCOUNT_EXISTS_SUBJECT), eq(emailOutbox.toEmail, email)));

describe('account request for an address that already has an account', () => {
  it('answers exactly as for a new address and creates nothing, whatever the account\'s status', async () => {
    const fresh = await submit(await validRequest(), freshIp());
    expect(fresh).toEqual({ ok: true, data: undefined });

    for (const status of ['active', 'pending', 'rejected', 'disabled'] as const) {
      const owner = await makeActor('rops_admin', MAZOWIECKIE, { status });
      const [before] = await getDb().select().from(users).where(eq(users.id, owner.userId));
      const assignmentsBefore = await getDb().select().from(roleAssignments).where(eq(roleAssignments.userId, owner.userId));

      const input = await validRequest({ email: owner.email.toUpperCase(), name: 'Ktoś Inny' });
      const repeated = await submit(input, freshIp());
      expect(repeated, status).toEqual(fresh);
      await expect(requestAccount({ ...input, email: owner.email }, freshIp()), status).resolves.toBeUndefined();

      expect(await usersWith(owner.email), status).toBe(1);
      const [after] = await getDb().select().from(users).where(eq(users.id, owner.userId));
      expect(after, status).toEqual(before);
      expect(await getDb().select().from(roleAssignments).where(eq(roleAssignments.userId, owner.userId)), status).toEqual(assignmentsBefore);
    }
  });

  it('queues one e-mail a day to the owner and records the attempt in the owner\'s województwo, without the password', async () => {
    const owner = await makeActor('pcpr_animator', '2011');
    const input = await validRequest({ email: owner.email });
    // The request without an address goes to the bucket all unknown addresses share, which another
    // test fills up: it starts empty here.
    await getDb().delete(requestThrottle).where(and(eq(requestThrottle.kind, THROTTLE_KIND), isNull(requestThrottle.ip)));
    await requestAccount(input, freshIp());
    await requestAccount(input, freshIp());
    await requestAccount(input, null);

    const mails = await ownerMails(owner.email);
    expect(mails).toHaveLength(1);
    const podlaskie = await unit(PODLASKIE);
    // An account-safety message: sent whatever the owner's notification settings.
    expect(mails[0]).toMatchObject({ toUserId: owner.userId, voivodeshipId: podlaskie.voivodeshipId, status: 'pending', kind: 'account_security' });
    expect(mails[0].body).toContain(
      'Ktoś złożył na Platformie Kooperacja wniosek o konto z Twoim adresem e-mail. Jeśli to Ty — masz już konto: zaloguj się lub poproś administratora ROPS o pomoc. Jeśli to nie Ty, zignoruj tę wiadomość.',
    );
    expect(mails[0].body).not.toContain(input.password);

    const entries = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.request_duplicate'), eq(auditLog.entityId, owner.userId)));
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      expect(e.voivodeshipId).toBe(podlaskie.voivodeshipId);
      expect(JSON.stringify(e)).not.toContain(input.password);
    }
    // No "account requested" entry names the existing account.
    expect(await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'account.requested'), eq(auditLog.entityId, owner.userId)))).toEqual([]);

    // A day later the owner may be told again.
    await getDb().update(emailOutbox).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(emailOutbox.id, mails[0].id));
    await requestAccount(input, freshIp());
    expect(await ownerMails(owner.email)).toHaveLength(2);
  });

  it('a new address still gets a pending account and no e-mail of this kind', async () => {
    const input = await validRequest();
    await requestAccount(input, freshIp());
    const [u] = await getDb().select({ status: users.status }).from(users).where(eq(users.email, input.email));
    expect(u.status).toBe('pending');
    expect(await ownerMails(input.email)).toEqual([]);
  });
});

describe('account requests per client address', () => {
  it(`accepts ${ACCOUNT_REQUESTS_PER_IP} an hour from one address, refuses the next with a Polish form error; another address is fine`, async () => {
    const ip = freshIp();
    const owner = await makeActor('gops_animator', JANOW);
    // Requests for an existing address count like any other (or the limit would tell them apart).
    for (let i = 0; i < ACCOUNT_REQUESTS_PER_IP; i++) {
      expect(await submit(await validRequest(i === 2 ? { email: owner.email } : {}), ip), `request ${i + 1}`).toEqual({ ok: true, data: undefined });
    }
    const usersBefore = (await getDb().select({ n: count() }).from(users))[0].n;
    const mailsBefore = (await getDb().select({ n: count() }).from(emailOutbox))[0].n;

    const sixth = await validRequest();
    expect(await submit(sixth, ip)).toEqual({ ok: false, code: 'INVALID', message: THROTTLED_MESSAGE, fieldErrors: undefined });
    // Refused the same way for an existing address: nothing created, nobody e-mailed.
    const otherOwner = await makeActor('gops_animator', JANOW);
    expect(await submit(await validRequest({ email: otherOwner.email }), ip)).toMatchObject({ ok: false, message: THROTTLED_MESSAGE });
    expect(await usersWith(sixth.email)).toBe(0);
    expect((await getDb().select({ n: count() }).from(users))[0].n).toBe(usersBefore + 1); // otherOwner, made by the test
    expect((await getDb().select({ n: count() }).from(emailOutbox))[0].n).toBe(mailsBefore);

    expect(await submit(sixth, freshIp())).toEqual({ ok: true, data: undefined });
    expect(await usersWith(sixth.email)).toBe(1);
  });

  it('counts only the last hour', async () => {
    const ip = freshIp();
    await getDb()
      .insert(requestThrottle)
      .values(Array.from({ length: ACCOUNT_REQUESTS_PER_IP }, () => ({ kind: THROTTLE_KIND, ip, at: sql`now() - interval '61 minutes'` })));
    expect(await submit(await validRequest(), ip)).toEqual({ ok: true, data: undefined });
  });

  it(`requests from an unknown address share one bucket of ${ACCOUNT_REQUESTS_UNKNOWN_IP} an hour`, async () => {
    const db = getDb();
    const [{ n: already }] = await db
      .select({ n: count() })
      .from(requestThrottle)
      .where(and(eq(requestThrottle.kind, THROTTLE_KIND), sql`${requestThrottle.ip} is null`, sql`${requestThrottle.at} > now() - interval '1 hour'`));
    const missing = ACCOUNT_REQUESTS_UNKNOWN_IP - already;
    expect(missing).toBeGreaterThan(1);
    await db.insert(requestThrottle).values(Array.from({ length: missing - 1 }, () => ({ kind: THROTTLE_KIND, ip: null })));
    expect(await submit(await validRequest(), null)).toEqual({ ok: true, data: undefined });
    const refused = await validRequest();
    expect(await submit(refused, null)).toMatchObject({ ok: false, code: 'INVALID', message: THROTTLED_MESSAGE });
    expect(await usersWith(refused.email)).toBe(0);
    // A known address is not in that bucket.
    expect(await submit(refused, freshIp())).toEqual({ ok: true, data: undefined });
  });
});
