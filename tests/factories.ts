import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas, institutions, powiats, roleAssignments, users, voivodeships, type InstitutionType, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { loadActiveUser } from '@/lib/auth/assignments';
import { hashPassword } from '@/lib/auth/password';

export const uid = () => crypto.randomBytes(5).toString('hex');
export const PASSWORD = 'Haslo-testowe-123';

let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(PASSWORD));

/** A unit of the TERC register loaded into every test database, by its TERYT code. */
export async function unit(teryt: string) {
  const db = getDb();
  if (teryt.length === 7) {
    const [g] = await db.select().from(gminas).where(eq(gminas.teryt, teryt));
    return { voivodeshipId: g.voivodeshipId, powiatId: g.powiatId, gminaId: g.id, name: g.name };
  }
  if (teryt.length === 4) {
    const [p] = await db.select().from(powiats).where(eq(powiats.teryt, teryt));
    return { voivodeshipId: p.voivodeshipId, powiatId: p.id, gminaId: null, name: p.name };
  }
  const [v] = await db.select().from(voivodeships).where(eq(voivodeships.teryt, teryt));
  return { voivodeshipId: v.id, powiatId: null, gminaId: null, name: v.name };
}

// Places used across tests: two gminas of powiat sokólski, one of białostocki, one in mazowieckie.
export const JANOW = '2011022';
export const DABROWA = '2011013';
export const SOKOLSKI = '2011';
export const CHOROSZCZ = '2002013';
export const PODLASKIE = '20';
export const MAZOWIECKIE = '14';
export const WARSZAWA_POWIAT = '1465';

export async function makeInstitution(teryt: string, type: InstitutionType = 'ops', name?: string) {
  const t = await unit(teryt);
  const [row] = await getDb()
    .insert(institutions)
    .values({
      name: name ?? `Instytucja ${uid()}`,
      type,
      voivodeshipId: t.voivodeshipId,
      powiatId: t.powiatId,
      gminaId: t.gminaId,
      street: 'ul. Testowa 1',
      postalCode: '16-130',
      city: 'Janów',
    })
    .returning();
  return row;
}

/**
 * An active user holding `role` over the unit `teryt` (for pzk_member: over a new institution
 * there), returned as the Actor domain functions receive.
 */
export async function makeActor(role: Role, teryt: string, opts: { status?: 'active' | 'pending' | 'disabled' | 'rejected'; email?: string } = {}): Promise<Actor> {
  const db = getDb();
  const t = await unit(teryt);
  const inst = await makeInstitution(teryt, role.startsWith('rops') ? 'rops' : 'ops');
  const email = opts.email ?? `${role}.${uid()}@test.kooperacja.pl`;
  const [user] = await db
    .insert(users)
    .values({ email, name: `Test ${role}`, jobTitle: 'tester', passwordHash: await passwordHash(), institutionId: inst.id, status: opts.status ?? 'active' })
    .returning({ id: users.id });
  await db.insert(roleAssignments).values({
    userId: user.id,
    role,
    voivodeshipId: t.voivodeshipId,
    powiatId: t.powiatId,
    gminaId: t.gminaId,
    institutionId: role === 'pzk_member' ? inst.id : null,
  });
  return actorFor(user.id, email);
}

/** An active national administrator of the model (no województwo, no institution). */
export async function makeNationalAdmin(): Promise<Actor> {
  const db = getDb();
  const email = `national_admin.${uid()}@test.kooperacja.pl`;
  const [user] = await db.insert(users).values({ email, name: 'Test national_admin', jobTitle: 'tester', passwordHash: await passwordHash(), status: 'active' }).returning({ id: users.id });
  await db.insert(roleAssignments).values({ userId: user.id, role: 'national_admin', voivodeshipId: null });
  return actorFor(user.id, email);
}

export async function actorFor(userId: string, email = ''): Promise<Actor> {
  const loaded = await loadActiveUser(getDb(), userId);
  if (!loaded) return { userId, email, name: '', scope: undefined as never, assignments: [], ip: '127.0.0.1' };
  return { userId, email: loaded.email, name: loaded.name, scope: loaded.assignments[0], assignments: loaded.assignments, ip: '127.0.0.1' };
}

/** A complete, valid account request (the public form /rejestracja) for a GOPS animator of Janów. */
export async function validAccountRequest(overrides: Record<string, unknown> = {}) {
  const g = await unit(JANOW);
  const inst = await makeInstitution(JANOW, 'ops');
  return {
    name: 'Zażółć Gęślą-Jaźń',
    email: `wniosek.${uid()}@test.kooperacja.pl`,
    password: 'bardzo-tajne-haslo',
    passwordConfirm: 'bardzo-tajne-haslo',
    jobTitle: 'pracownik socjalny',
    role: 'gops_animator',
    voivodeshipId: String(g.voivodeshipId),
    powiatId: String(g.powiatId),
    gminaId: String(g.gminaId),
    institutionId: String(inst.id),
    ...overrides,
  };
}

/** Another active "Członek PZK" of the same institution as `of` (a colleague, not on any team in person). */
export async function makeColleague(of: Actor): Promise<Actor> {
  const db = getDb();
  const email = `pzk_member.${uid()}@test.kooperacja.pl`;
  const [user] = await db
    .insert(users)
    .values({ email, name: `Współpracownik ${uid()}`, jobTitle: 'pedagog', passwordHash: await passwordHash(), institutionId: of.scope.institutionId, status: 'active' })
    .returning({ id: users.id });
  const s = of.scope;
  await db.insert(roleAssignments).values({ userId: user.id, role: 'pzk_member', voivodeshipId: s.voivodeshipId, powiatId: s.powiatId, gminaId: s.gminaId, institutionId: s.institutionId });
  return actorFor(user.id, email);
}
