import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { institutions, pzkInstitutionProfiles, pzkMembers } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { AppError, conflictError, invalidError, notFoundError, refusedChange } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { signedInstitutions } from './access';
import { loadPzk, satisfies } from './pzk';
import { CORE_ROLES, memberChangeSchema, memberSchema, profileSchema, type TeamRole } from './schemas';
import { polishOrder } from '@/lib/polish-order';

export type MemberStatus =
  /** Its institution signed the PZK agreement or a declaration (in force). */
  | 'full'
  /** On the list, its institution has not signed (yet), or its agreement ended. */
  | 'invited'
  /** Proposed by a member; the PCPR animator has not accepted yet. */
  | 'proposed'
  /** A person taking part on their own (the leader-expert, a councillor). */
  | 'person';

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  full: 'pełny członek',
  invited: 'zaproszony — bez podpisanego porozumienia',
  proposed: 'zaproponowany — czeka na decyzję animatora PCPR',
  person: 'członek osobiście',
};

/**
 * The team's page: who is in it, in which role and with what standing. Contact details are only
 * for members (guests see names and roles).
 */
export async function getPzkTeam(actor: Actor, pzkId: number) {
  const pzk = await loadPzk(actor, pzkId);
  const db = getDb();
  const [rows, signed] = await Promise.all([
    db
      .select({ m: pzkMembers, institutionName: institutions.name })
      .from(pzkMembers)
      .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
      .where(and(eq(pzkMembers.pzkId, pzkId), isNull(pzkMembers.removedAt)))
      .orderBy(asc(pzkMembers.createdAt), asc(pzkMembers.id)),
    signedInstitutions(db, pzk),
  ]);
  const personal = satisfies(pzk.access, 'member');
  const order = (r: TeamRole) => (r === 'invited' ? 99 : CORE_ROLES.indexOf(r));
  const members = rows
    .map(({ m, institutionName }) => {
      const status: MemberStatus = m.proposed ? 'proposed' : !m.institutionId ? 'person' : signed.has(m.institutionId) ? 'full' : 'invited';
      return {
        id: m.id,
        version: m.version,
        name: m.name,
        function: m.function,
        teamRole: m.teamRole,
        institutionId: m.institutionId,
        institutionName,
        status,
        signedBy: m.institutionId ? (signed.get(m.institutionId) ?? null) : null,
        email: personal ? m.email : null,
        phone: personal ? m.phone : null,
      };
    })
    .sort((a, b) => order(a.teamRole) - order(b.teamRole));
  // Institutions that signed but have nobody on the list yet still count as members.
  const listed = new Set(members.map((m) => m.institutionId));
  const unlisted = [...signed.keys()].filter((id) => !listed.has(id));
  const extra = unlisted.length ? await db.select({ id: institutions.id, name: institutions.name }).from(institutions).where(inArray(institutions.id, unlisted)) : [];
  return { pzk, members, signedWithoutPeople: extra.map((i) => ({ ...i, signedBy: signed.get(i.id)! })), canManage: pzk.access === 'manage', canPropose: pzk.access === 'member' };
}

/**
 * Adds a person to the team. The PCPR animator decides the composition: what others add is a
 * proposal the animator accepts or removes.
 */
export async function addMember(actor: Actor, input: unknown) {
  const v = parseInput(memberSchema, input);
  const pzk = await loadPzk(actor, v.pzkId, 'member');
  if (pzk.access === 'observer') throw refusedChange('pzk', pzk.id, pzk.voivodeshipId, 'ROPS ma wgląd w zespół bez możliwości zmian.');
  const db = getDb();
  if (v.institutionId) {
    const [inst] = await db.select({ voivodeshipId: institutions.voivodeshipId }).from(institutions).where(eq(institutions.id, v.institutionId));
    if (!inst || inst.voivodeshipId !== pzk.voivodeshipId) throw invalidError({ institutionId: ['Tej instytucji nie ma w rejestrze województwa.'] });
  }
  const proposed = pzk.access !== 'manage';
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(pzkMembers)
      .values({ pzkId: pzk.id, institutionId: v.institutionId ?? null, name: v.name, function: v.function, teamRole: v.teamRole, email: v.email ?? null, phone: v.phone ?? null, proposed, proposedBy: proposed ? actor.userId : null })
      .returning({ id: pzkMembers.id });
    await audit(tx, actor, { action: proposed ? 'pzk.member_proposed' : 'pzk.member_added', entityType: 'pzk', entityId: pzk.id, voivodeshipId: pzk.voivodeshipId, details: { memberId: row.id, institutionId: v.institutionId ?? null } });
    return { id: row.id, proposed };
  });
}

async function memberForChange(actor: Actor, input: unknown) {
  const v = parseInput(memberChangeSchema, input);
  const [m] = await getDb().select().from(pzkMembers).where(eq(pzkMembers.id, v.memberId));
  if (!m || m.removedAt) throw notFoundError('Nie ma takiej osoby w zespole.');
  const pzk = await loadPzk(actor, m.pzkId, 'manage');
  return { v, m, pzk };
}

/** The PCPR animator accepts a proposed member. */
export async function acceptMember(actor: Actor, input: unknown) {
  const { v, m, pzk } = await memberForChange(actor, input);
  if (!m.proposed) throw new AppError('INVALID', 'Ta osoba jest już w zespole.');
  return getDb().transaction(async (tx) => {
    const [saved] = await tx
      .update(pzkMembers)
      .set({ proposed: false, version: sql`${pzkMembers.version} + 1` })
      .where(and(eq(pzkMembers.id, m.id), eq(pzkMembers.version, v.version)))
      .returning({ id: pzkMembers.id });
    if (!saved) throw conflictError();
    await audit(tx, actor, { action: 'pzk.member_added', entityType: 'pzk', entityId: pzk.id, voivodeshipId: pzk.voivodeshipId, details: { memberId: m.id, accepted: true } });
  });
}

/** The PCPR animator takes a person off the team (or declines a proposal). Kept for the record. */
export async function removeMember(actor: Actor, input: unknown) {
  const { v, m, pzk } = await memberForChange(actor, input);
  return getDb().transaction(async (tx) => {
    const [saved] = await tx
      .update(pzkMembers)
      .set({ removedAt: sql`now()`, version: sql`${pzkMembers.version} + 1` })
      .where(and(eq(pzkMembers.id, m.id), eq(pzkMembers.version, v.version)))
      .returning({ id: pzkMembers.id });
    if (!saved) throw conflictError();
    await audit(tx, actor, { action: 'pzk.member_removed', entityType: 'pzk', entityId: pzk.id, voivodeshipId: pzk.voivodeshipId, details: { memberId: m.id, institutionId: m.institutionId } });
  });
}

/** The contact list: members only (it holds work e-mails and phones). */
export async function contactList(actor: Actor, pzkId: number) {
  const team = await getPzkTeam(actor, pzkId);
  if (!satisfies(team.pzk.access, 'member')) throw refusedChange('pzk', team.pzk.id, team.pzk.voivodeshipId, 'Lista kontaktów jest dostępna tylko dla członków zespołu.');
  return { pzk: team.pzk, contacts: team.members.filter((m) => m.status !== 'proposed') };
}

/** Tabela prezentacji podmiotów: a row per full member institution; members see all rows. */
export async function getProfiles(actor: Actor, pzkId: number) {
  const pzk = await loadPzk(actor, pzkId, 'member');
  const db = getDb();
  const signed = await signedInstitutions(db, pzk);
  const ids = [...signed.keys()];
  const [insts, rows] = await Promise.all([
    ids.length ? db.select({ id: institutions.id, name: institutions.name }).from(institutions).where(inArray(institutions.id, ids)).orderBy(polishOrder(institutions.name)) : Promise.resolve([]),
    db.select().from(pzkInstitutionProfiles).where(eq(pzkInstitutionProfiles.pzkId, pzkId)),
  ]);
  return {
    pzk,
    rows: insts.map((i) => ({ institution: i, profile: rows.find((r) => r.institutionId === i.id) ?? null, canEdit: canEditProfile(actor, pzk.access, i.id) })),
  };
}

/** An institution describes itself; the PCPR animator may fill a row in for it. */
function canEditProfile(actor: Actor, access: string, institutionId: number) {
  return access === 'manage' || (access === 'member' && actor.scope.level === 'institution' && actor.scope.institutionId === institutionId);
}

export async function saveProfile(actor: Actor, input: unknown) {
  const v = parseInput(profileSchema, input);
  const pzk = await loadPzk(actor, v.pzkId, 'member');
  const db = getDb();
  if (!(await signedInstitutions(db, pzk)).has(v.institutionId)) throw invalidError({ institutionId: ['Ta instytucja nie jest członkiem zespołu.'] });
  if (!canEditProfile(actor, pzk.access, v.institutionId)) throw refusedChange('pzk', pzk.id, pzk.voivodeshipId, 'Opis instytucji uzupełnia ona sama lub animator PCPR.');
  const values = { scope: v.scope, competences: v.competences, legalLimits: v.legalLimits, contactPerson: v.contactPerson, updatedBy: actor.userId, updatedAt: sql`now()` };
  return db.transaction(async (tx) => {
    const saved =
      v.version === 0
        ? await tx.insert(pzkInstitutionProfiles).values({ pzkId: pzk.id, institutionId: v.institutionId, ...values }).onConflictDoNothing().returning({ version: pzkInstitutionProfiles.version })
        : await tx
            .update(pzkInstitutionProfiles)
            .set({ ...values, version: sql`${pzkInstitutionProfiles.version} + 1` })
            .where(and(eq(pzkInstitutionProfiles.pzkId, pzk.id), eq(pzkInstitutionProfiles.institutionId, v.institutionId), eq(pzkInstitutionProfiles.version, v.version)))
            .returning({ version: pzkInstitutionProfiles.version });
    if (!saved.length) throw conflictError();
    await audit(tx, actor, { action: 'pzk.profile_saved', entityType: 'pzk', entityId: pzk.id, voivodeshipId: pzk.voivodeshipId, details: { institutionId: v.institutionId } });
    return saved[0];
  });
}

/** Institutions that may be added: those of the PZK's powiat (and its gminas) and of the województwo. */
export async function institutionOptions(actor: Actor, pzkId: number) {
  const pzk = await loadPzk(actor, pzkId, 'member');
  return getDb()
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(and(eq(institutions.voivodeshipId, pzk.voivodeshipId), sql`(${institutions.powiatId} = ${pzk.powiatId} or ${institutions.powiatId} is null)`))
    .orderBy(polishOrder(institutions.name))
    .limit(2000);
}
