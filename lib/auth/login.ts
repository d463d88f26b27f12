import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { loginFailures, roleAssignments, users, userSessions } from '@/db/schema';
import { ACCOUNT_DELAY_FROM, OWNER_WARN_AT, PER_IP, PER_PAIR, WINDOW_MINUTES, accountDelaySeconds } from '../accounts/login-limits';
import { audit, auditFolded } from '../audit';
import { clock } from '../clock';
import { notifyAccountOwner } from '../notifications/outbox';
import { dummyHash, verifyPassword } from './password';

export type LoginErrorCode = 'INVALID' | 'THROTTLED' | 'PENDING' | 'REJECTED' | 'DISABLED';

export class LoginError extends Error {
  constructor(readonly code: LoginErrorCode, readonly reason?: string | null) {
    // next-auth passes only the message to the client; the login page maps it to Polish.
    super(reason ? `${code}:${reason}` : code);
  }
}

/** How long a signed-in session lasts (the JWT's maxAge and the session row's expiry). */
export const SESSION_HOURS = 8;

interface Attempt {
  ip: string | null;
  userAgent?: string | null;
}

const sameIp = (ip: string | null) => (ip ? eq(loginFailures.ip, ip) : isNull(loginFailures.ip));

/** Failures that count against this attempt: of the (account, address) pair, the address, the account. */
async function failureCounts(db: Db, email: string, ip: string | null) {
  const windowStart = sql`now() - make_interval(mins => ${WINDOW_MINUTES})`;
  const [row] = await db
    .select({
      pair: sql<number>`count(*) filter (where ${loginFailures.email} = ${email} and ${sameIp(ip)} and ${loginFailures.at} > ${windowStart})::int`,
      byIp: sql<number>`count(*) filter (where ${sameIp(ip)} and ${loginFailures.at} > ${windowStart})::int`,
      account: sql<number>`count(*) filter (where ${loginFailures.email} = ${email})::int`,
      // Measured by the database's clock, the one that stamped the failures.
      secondsSinceLast: sql<number | null>`extract(epoch from now() - max(${loginFailures.at}) filter (where ${loginFailures.email} = ${email}))::float8`,
    })
    .from(loginFailures)
    .where(and(sql`(${loginFailures.email} = ${email} or ${sameIp(ip)})`, gt(loginFailures.at, sql`now() - interval '1 hour'`)));
  return row;
}

/** The województwo whose ROPS sees this user's logins: that of their first assignment. */
async function homeVoivodeship(db: Db, userId: string): Promise<number | null> {
  const [home] = await db
    .select({ voivodeshipId: roleAssignments.voivodeshipId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId))
    .orderBy(asc(roleAssignments.id))
    .limit(1);
  return home?.voivodeshipId ?? null;
}

/**
 * Checks an e-mail and password and, when they match an active account, opens a session (its id
 * goes into the JWT). Account status is revealed only to someone who knows the password, so the
 * form cannot be used to find out who has an account; throttling answers the same for known and
 * unknown e-mails.
 */
export async function verifyLogin(db: Db, emailRaw: string, password: string, attempt: Attempt) {
  const email = emailRaw.trim().toLowerCase().slice(0, 254);
  const ip = attempt.ip;
  const user = await db.query.users.findFirst({
    where: eq(users.email, email),
    columns: { id: true, email: true, name: true, passwordHash: true, status: true, statusReason: true },
  });
  const voivodeshipId = user ? await homeVoivodeship(db, user.id) : null;
  const who = user ? { userId: user.id, email } : undefined;

  const counts = await failureCounts(db, email, ip);
  const delay = accountDelaySeconds(counts.account);
  const waiting = counts.secondsSinceLast !== null && Number(counts.secondsSinceLast) < delay;
  if (counts.pair >= PER_PAIR || counts.byIp >= PER_IP || (counts.account >= ACCOUNT_DELAY_FROM && waiting)) {
    const entry = user
      ? { action: 'login.throttled' as const, entityType: 'user' as const, entityId: user.id, voivodeshipId, anonymous: who, details: { failuresLastHour: counts.account } }
      : { action: 'login.unknown_account' as const, entityType: 'user' as const, details: { throttled: true } };
    await auditFolded(db, null, entry, { key: user ? `login-throttled:${user.id}:${ip}` : `login-unknown:${ip}`, window: user ? { minutes: 10 } : 'day' }, ip);
    throw new LoginError('THROTTLED');
  }

  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok) {
    await db.transaction(async (tx) => {
      await tx.insert(loginFailures).values({ email, ip });
      if (!user) {
        // Unknown e-mails: one entry per address and day with a count, visible to every ROPS administrator.
        await auditFolded(tx, null, { action: 'login.unknown_account', entityType: 'user' }, { key: `login-unknown:${ip}`, window: 'day' }, ip);
        return;
      }
      await audit(tx, null, { action: 'login.failed', entityType: 'user', entityId: user.id, voivodeshipId, anonymous: who }, ip);
      if (counts.account + 1 >= OWNER_WARN_AT) {
        const first = await auditFolded(
          tx,
          null,
          { action: 'login.owner_warned', entityType: 'user', entityId: user.id, voivodeshipId, anonymous: who, details: { failuresLastHour: counts.account + 1 } },
          { key: `owner-warned:${user.id}`, window: 'day' },
          ip,
        );
        if (first) {
          await notifyAccountOwner(tx, { id: user.id, email: user.email }, voivodeshipId, {
            subject: 'Ktoś próbował zalogować się na Twoje konto',
            body:
              `Ktoś próbował zalogować się na Twoje konto na Platformie Kooperacja, podając błędne hasło (${counts.account + 1} razy w ciągu ostatniej godziny).\n\n` +
              'Jeśli to nie Ty — Twoje konto jest bezpieczne, dopóki nikt nie zna hasła. Jeśli Twoje hasło mogło wyciec, zmień je i skontaktuj się z administratorem ROPS. ' +
              'Jeśli to Ty — odczekaj chwilę i spróbuj ponownie.',
          });
        }
      }
    });
    throw new LoginError('INVALID');
  }
  if (user.status === 'pending') throw new LoginError('PENDING');
  if (user.status === 'rejected') throw new LoginError('REJECTED', user.statusReason);
  if (user.status === 'disabled') throw new LoginError('DISABLED', user.statusReason);

  const sessionId = await db.transaction(async (tx) => {
    await tx.delete(loginFailures).where(and(eq(loginFailures.email, email), sameIp(ip)));
    // A login keeps the account: the inactivity clock restarts and a warning no longer applies (lib/accounts/inactive.ts).
    await tx.update(users).set({ lastLoginAt: clock.now(), inactivityWarnedAt: null }).where(eq(users.id, user.id));
    const [s] = await tx
      .insert(userSessions)
      .values({ userId: user.id, expiresAt: sql`now() + make_interval(hours => ${SESSION_HOURS})`, ip, userAgent: attempt.userAgent?.slice(0, 300) ?? null })
      .returning({ id: userSessions.id });
    await audit(tx, null, { action: 'login.succeeded', entityType: 'user', entityId: user.id, voivodeshipId, anonymous: who }, ip);
    return s.id;
  });
  return { id: user.id, email: user.email, name: user.name, sessionId };
}
