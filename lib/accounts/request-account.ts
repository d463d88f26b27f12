import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas, institutions, powiats, roleAssignments, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { levelOf } from '@/lib/auth/assignments';
import { hashPassword } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import { invalidError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { requestAccountSchema } from './schemas';

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

/**
 * A visitor asks for an account. It stays pending until a ROPS administrator of the chosen
 * województwo decides. The requested role becomes an assignment that only counts once approved.
 */
export async function requestAccount(input: unknown, ip: string | null) {
  const v = parseInput(requestAccountSchema, input);
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
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, v.email));
  if (existing) errors.email = ['Konto z tym adresem e-mail już istnieje lub czeka na zatwierdzenie.'];
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
  try {
    return await db.transaction(async (tx) => {
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
      return { id: user.id };
    });
  } catch (e) {
    // Two requests with the same e-mail at once: the unique index decides.
    if (isUniqueViolation(e)) throw invalidError({ email: ['Konto z tym adresem e-mail już istnieje lub czeka na zatwierdzenie.'] });
    throw e;
  }
}
