import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { loginFailures, roleAssignments, users } from '@/db/schema';
import { THROTTLE_MINUTES, THROTTLE_PER_EMAIL, THROTTLE_PER_IP } from '../accounts/login-limits';
import { audit } from '../audit';
import { dummyHash, verifyPassword } from './password';


export type LoginErrorCode = 'INVALID' | 'THROTTLED' | 'PENDING' | 'REJECTED' | 'DISABLED';

export class LoginError extends Error {
  constructor(readonly code: LoginErrorCode, readonly reason?: string | null) {
    // next-auth passes only the message to the client; the login page maps it to Polish.
    super(reason ? `${code}:${reason}` : code);
  }
}

/**
 * Checks an e-mail and password. Account status is revealed only to someone who knows the
 * password, so the form cannot be used to find out who has an account.
 */
export async function verifyLogin(db: Db, emailRaw: string, password: string, ip: string) {
  const email = emailRaw.trim().toLowerCase();
  const since = new Date(Date.now() - THROTTLE_MINUTES * 60_000);
  const [emailFailures] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(gt(loginFailures.at, since), eq(loginFailures.email, email)));
  const [ipFailures] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(gt(loginFailures.at, since), eq(loginFailures.ip, ip)));
  if (emailFailures.n >= THROTTLE_PER_EMAIL || ipFailures.n >= THROTTLE_PER_IP) {
    throw new LoginError('THROTTLED');
  }

  const user = await db.query.users.findFirst({
    where: eq(users.email, email),
    columns: { id: true, email: true, name: true, passwordHash: true, status: true, statusReason: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok) {
    await db.transaction(async (tx) => {
      await tx.insert(loginFailures).values({ email, ip });
      await audit(tx, null, { action: 'login.failed', entityType: 'user', entityId: user?.id, anonymous: { userId: user?.id, email } }, ip);
    });
    throw new LoginError('INVALID');
  }
  if (user.status === 'pending') throw new LoginError('PENDING');
  if (user.status === 'rejected') throw new LoginError('REJECTED', user.statusReason);
  if (user.status === 'disabled') throw new LoginError('DISABLED', user.statusReason);

  // The entry goes to the województwo of the user's first assignment, so its ROPS sees it.
  const [home] = await db
    .select({ voivodeshipId: roleAssignments.voivodeshipId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, user.id))
    .orderBy(asc(roleAssignments.id))
    .limit(1);
  await db.transaction(async (tx) => {
    await tx.delete(loginFailures).where(eq(loginFailures.email, email));
    await audit(
      tx,
      null,
      { action: 'login.succeeded', entityType: 'user', entityId: user.id, voivodeshipId: home?.voivodeshipId, anonymous: { userId: user.id, email } },
      ip,
    );
  });
  return { id: user.id, email: user.email, name: user.name };
}
