import 'server-only';
import { and, count, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { emailOutbox, gminas, institutions, powiats, requestThrottle, roleAssignments, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { levelOf } from '@/lib/auth/assignments';
import { hashPassword } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import { AppError, invalidError } from '@/lib/errors';
import { appUrl, notifyAccountOwner } from '@/lib/notifications/outbox';
import { parseInput } from '@/lib/validation/parse';
import { requestAccountSchema } from './schemas';

/** Account requests allowed per client address within an hour. */
export const ACCOUNT_REQUESTS_PER_IP = 5;
/** Requests whose address is unknown share one bucket, with a higher limit. */
export const ACCOUNT_REQUESTS_UNKNOWN_IP = 50;
export const THROTTLE_KIND = 'account_request';
export const THROTTLED_MESSAGE = 'Zbyt wiele wniosków z tego adresu. Spróbuj ponownie za godzinę.';

/** The subject of the e-mail to the owner of an address someone requested an account with. */
export const ACCOUNT_EXISTS_SUBJECT = 'Wniosek o konto z Twoim adresem e-mail';
const accountExistsMessage = () => ({
  subject: ACCOUNT_EXISTS_SUBJECT,
  body:
    'Ktoś złożył na Platformie Kooperacja wniosek o konto z Twoim adresem e-mail. Jeśli to Ty — masz już konto: zaloguj się lub poproś administratora ROPS o pomoc. Jeśli to nie Ty, zignoruj tę wiadomość.\n\n' +
    `Logowanie: ${appUrl('/logowanie')}`,
});

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

const sameBucket = (ip: string | null) => (ip === null ? isNull(requestThrottle.ip) : eq(requestThrottle.ip, ip));

async function throttled(ip: string | null) {
  const [{ n }] = await getDb()
    .select({ n: count() })
    .from(requestThrottle)
    .where(and(eq(requestThrottle.kind, THROTTLE_KIND), sameBucket(ip), gt(requestThrottle.at, sql`now() - interval '1 hour'`)));
  return n >= (ip === null ? ACCOUNT_REQUESTS_UNKNOWN_IP : ACCOUNT_REQUESTS_PER_IP);
}

/**
 * A visitor asks for an account. It stays pending until a ROPS administrator of the chosen
 * województwo decides. The requested role becomes an assignment that only counts once approved.
 *
 * The answer does not tell whether the address already has an account (any status): then nothing
 * is created and its owner gets an e-mail instead (at most one a day). Both paths hash the password,
 * so they also take about as long. Each client address may send a few requests an hour.
 */
export async function requestAccount(input: unknown, ip: string | null): Promise<void> {
  const v = parseInput(requestAccountSchema, input);
  if (await throttled(ip)) throw new AppError('INVALID', THROTTLED_MESSAGE);
  const db = getDb();

  // The territory chain must be consistent; the narrowest unit chosen fixes the rest.
  const gmina = v.gminaId
    ? (await db.select().from(gminas).where(eq(gminas.id, v.gminaId)))[0]
    : undefined;
  const powiat = v.powiatId
    ? (await db.select().from(powiats).where(eq(powiats.id, v.powiatId)))[0]
    : undefined;
  const [institution] = await db
    .select()
    .from(institutions)
    .where(and(eq(institutions.id, v.institutionId), eq(institutions.voivodeshipId, v.voivodeshipId)));
  const errors: Record<string, string[]> = {};
  if (v.powiatId && powiat?.voivodeshipId !== v.voivodeshipId) errors.powiatId = ['Ten powiat nie leży w wybranym województwie.'];
  if (v.gminaId && gmina?.powiatId !== v.powiatId) errors.gminaId = ['Ta gmina nie leży w wybranym powiecie.'];
  if (!institution) errors.institutionId = ['Wybierz instytucję z wybranego województwa.'];
  if (Object.keys(errors).length) throw invalidError(errors);

  // An institution-scoped role takes its territory from the institution.
  // A powiat-only role ignores a gmina chosen by the way.
  const levels = ROLES[v.role].levels;
  const scope = levels.includes('institution')
    ? { powiatId: institution.powiatId, gminaId: institution.gminaId, institutionId: institution.id }
    : levels.includes('voivodeship')
      ? { powiatId: null, gminaId: null, institutionId: null }
      : { powiatId: v.powiatId ?? null, gminaId: levels.includes('gmina') ? (v.gminaId ?? null) : null, institutionId: null };
  if (!levelOf({ role: v.role, ...scope })) throw invalidError({ role: ['Ta rola wymaga innego obszaru — wybierz powiat lub gminę.'] });

  const passwordHash = await hashPassword(v.password);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, v.email));
  if (existing) return requestedAgain(v.email, v.role, ip);
  try {
    await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: v.email, name: v.name, passwordHash, jobTitle: v.jobTitle, institutionId: institution.id, status: 'pending' })
        .returning({ id: users.id });
      await tx.insert(roleAssignments).values({ userId: user.id, role: v.role, voivodeshipId: v.voivodeshipId, ...scope });
      await audit(
        tx,
        null,
        { action: 'account.requested', entityType: 'user', entityId: user.id, voivodeshipId: v.voivodeshipId, anonymous: { userId: user.id, email: v.email }, details: { role: v.role } },
        ip,
      );
      await tx.insert(requestThrottle).values({ kind: THROTTLE_KIND, ip });
    });
  } catch (e) {
    // Two requests with the same e-mail at once: the unique index decides, the second is a repeat.
    if (isUniqueViolation(e)) return requestedAgain(v.email, v.role, ip);
    throw e;
  }
}

/**
 * A request for an address that already has an account: nothing is created; the owner is told by
 * e-mail (once a day at most) and the attempt is recorded in the owner's województwo.
 */
async function requestedAgain(email: string, role: string, ip: string | null) {
  await getDb().transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: users.id, email: users.email, voivodeshipId: sql<number | null>`coalesce(${roleAssignments.voivodeshipId}, ${institutions.voivodeshipId})` })
      .from(users)
      .leftJoin(roleAssignments, and(eq(roleAssignments.userId, users.id), isNotNull(roleAssignments.voivodeshipId)))
      .leftJoin(institutions, eq(institutions.id, users.institutionId))
      .where(eq(users.email, email))
      .orderBy(roleAssignments.id)
      .limit(1);
    if (!owner) return;
    const queued = await warnOwner(tx, owner);
    await audit(
      tx,
      null,
      { action: 'account.request_duplicate', entityType: 'user', entityId: owner.id, voivodeshipId: owner.voivodeshipId, anonymous: { userId: owner.id, email }, details: { role, ownerEmailed: queued } },
      ip,
    );
    await tx.insert(requestThrottle).values({ kind: THROTTLE_KIND, ip });
  });
}

async function warnOwner(tx: DbOrTx, owner: { id: string; email: string; voivodeshipId: number | null }) {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(emailOutbox)
    .where(
      and(
        // The województwo and the day narrow it down by the outbox's (voivodeship, created) index.
        owner.voivodeshipId === null ? isNull(emailOutbox.voivodeshipId) : eq(emailOutbox.voivodeshipId, owner.voivodeshipId),
        gt(emailOutbox.createdAt, sql`now() - interval '1 day'`),
        eq(emailOutbox.toEmail, owner.email),
        eq(emailOutbox.subject, ACCOUNT_EXISTS_SUBJECT),
      ),
    );
  if (n > 0) return false;
  await notifyAccountOwner(tx, owner, owner.voivodeshipId, accountExistsMessage());
  return true;
}
