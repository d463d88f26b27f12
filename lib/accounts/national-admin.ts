import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { roleAssignments, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import { LIMITS, emailField, passwordField, requiredText } from '@/lib/validation/fields';
import { parseInput } from '@/lib/validation/parse';
import { clock } from '@/lib/clock';

/*
 * The national administrator of the model is made from the command line only
 * (`npm run admin:create`, scripts/admin-create.ts), never through the app: no role in the app may
 * grant it. Free of 'server-only' so that the script can import it.
 */

export const nationalAdminSchema = z.object({
  email: emailField,
  name: requiredText(LIMITS.name).optional(),
  password: passwordField.optional(),
});

/** A strong password for a new account when none is given: 24 characters, 144 random bits. */
export const generatePassword = () => crypto.randomBytes(18).toString('base64url');

export interface NationalAdminResult {
  userId: string;
  email: string;
  /** A new account was created (otherwise an existing one got the role). */
  created: boolean;
  roleAdded: boolean;
  /** An existing account that was not active (pending, blocked, rejected) was made active. */
  activated: boolean;
  /** The generated password of a new account, to be shown once; null when it was given or the account existed. */
  generatedPassword: string | null;
}

/**
 * Creates an active user with the national administrator's role (no województwo), or gives the
 * role to the existing user with that e-mail (their password is kept). Audited.
 */
export async function createNationalAdmin(db: Db, input: unknown, meta: { operator: string }): Promise<NationalAdminResult> {
  const v = parseInput(nationalAdminSchema, input);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id, status: users.status }).from(users).where(eq(users.email, v.email));
    let userId: string;
    let generatedPassword: string | null = null;
    let activated = false;
    if (existing) {
      userId = existing.id;
      if (existing.status !== 'active') {
        await tx.update(users).set({ status: 'active', statusReason: null, decidedAt: clock.now() }).where(eq(users.id, userId));
        activated = true;
      }
    } else {
      const password = v.password ?? (generatedPassword = generatePassword());
      const [row] = await tx
        .insert(users)
        .values({ email: v.email, name: v.name ?? ROLES.national_admin.label, jobTitle: ROLES.national_admin.label, passwordHash: await hashPassword(password), status: 'active', decidedAt: clock.now() })
        .returning({ id: users.id });
      userId = row.id;
    }
    const [has] = await tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.role, 'national_admin')));
    if (!has) await tx.insert(roleAssignments).values({ userId, role: 'national_admin', voivodeshipId: null });
    const result = { userId, email: v.email, created: !existing, roleAdded: !has, activated, generatedPassword };
    if (result.created || result.roleAdded || activated) {
      await audit(tx, null, {
        action: 'national_admin.granted',
        entityType: 'user',
        entityId: userId,
        voivodeshipId: null,
        details: { email: v.email, created: result.created, roleAdded: result.roleAdded, activated, via: 'npm run admin:create', operator: meta.operator },
      });
    }
    return result;
  });
}
