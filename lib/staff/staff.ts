import 'server-only';
import { and, asc, countDistinct, type AnyColumn, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseTeam, cases, gminas, institutions, roleAssignments, staffProfiles, trainingParticipants, trainings, users, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { canOpen } from '@/lib/auth/policy';
import { roleLabel } from '@/lib/auth/roles';
import { audit } from '@/lib/audit';
import { clock } from '@/lib/clock';
import { conflictError, notFoundError, refusedError } from '@/lib/errors';
import { comparePl } from '@/lib/text';
import { IN_WORK_STATUSES } from '@/lib/cases/vocabulary';
import { TRAINING_KINDS } from '@/lib/school/training-schemas';
import { GMINA_KIND_LABELS } from '@/lib/territory/labels';
import { parseInput } from '@/lib/validation/parse';
import { strongCompetences, type Specialisation } from './competences';
import { staffProfileSchema } from './schemas';

/*
 * Staff profiles and the OPS staff overview (issue 17, item 6; kooperacje-3d-zasoby-kadrowe:
 * "rozpoznanie zasobów kadrowych i dokonanie doboru"; WRZOS: "indywidualna ścieżka rozwoju").
 * One's own profile is reached only through the actor's user id. The overview and others' profiles
 * cover the people with a social worker, OPS animator or network worker assignment in one gmina,
 * for those who choose who works in a ZZK there (policy `staff.view`); a person outside the
 * reader's gminas is not found. The overview carries numbers only — never a family's data.
 */

/** The roles whose holders in a gmina make up its OPS staff. */
export const STAFF_ROLES = ['social_worker', 'gops_animator', 'network_worker'] as const satisfies readonly Role[];

const EMPTY_PROFILE = { qualifications: '', specialisation: 'none' as Specialisation, specialisationArea: '', competences: {} as Record<string, number>, developmentPath: '', version: 0, updatedAt: null as Date | null };

const profileColumns = {
  qualifications: staffProfiles.qualifications,
  specialisation: staffProfiles.specialisation,
  specialisationArea: staffProfiles.specialisationArea,
  competences: staffProfiles.competences,
  developmentPath: staffProfiles.developmentPath,
  version: staffProfiles.version,
  updatedAt: staffProfiles.updatedAt,
};

async function profileOf(db: DbOrTx, userId: string) {
  const [p] = await db.select(profileColumns).from(staffProfiles).where(eq(staffProfiles.userId, userId));
  return p ?? EMPTY_PROFILE;
}

/** The Szkoła Kooperacji trainings the person attended (from the trainings' attendance lists), newest first. */
async function trainingsOf(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ id: trainings.id, topic: trainings.topic, kind: trainings.kind, heldOn: trainings.heldOn, certificateNumber: trainingParticipants.certificateNumber })
    .from(trainingParticipants)
    .innerJoin(trainings, eq(trainings.id, trainingParticipants.trainingId))
    .where(and(eq(trainingParticipants.userId, userId), eq(trainingParticipants.attended, true)))
    .orderBy(desc(trainings.heldOn), desc(trainings.id));
  return rows.map((r) => ({ ...r, kindLabel: TRAINING_KINDS[r.kind] }));
}

/** "Mój profil zawodowy": the actor's profile (empty, version 0, until first saved) and attended trainings. */
export async function myProfile(actor: Actor) {
  await authorize(actor, 'staff.profile');
  const db = getDb();
  const [profile, attended, [me]] = await Promise.all([
    profileOf(db, actor.userId),
    trainingsOf(db, actor.userId),
    db.select({ name: users.name, jobTitle: users.jobTitle }).from(users).where(eq(users.id, actor.userId)),
  ]);
  return { name: me?.name ?? actor.name, jobTitle: me?.jobTitle ?? '', profile, trainings: attended };
}

/** Saves the actor's own profile: created at version 0, then only over the version the form was opened with. */
export async function saveMyProfile(actor: Actor, input: unknown) {
  await authorize(actor, 'staff.profile');
  const v = parseInput(staffProfileSchema, input);
  const fields = { qualifications: v.qualifications, specialisation: v.specialisation, specialisationArea: v.specialisationArea, competences: v.competences, developmentPath: v.developmentPath, updatedAt: clock.now() };
  return getDb().transaction(async (tx) => {
    const [saved] =
      v.version === 0
        ? await tx.insert(staffProfiles).values({ userId: actor.userId, ...fields }).onConflictDoNothing().returning({ version: staffProfiles.version })
        : await tx
            .update(staffProfiles)
            .set({ ...fields, version: sql`${staffProfiles.version} + 1` })
            .where(and(eq(staffProfiles.userId, actor.userId), eq(staffProfiles.version, v.version)))
            .returning({ version: staffProfiles.version });
    if (!saved) throw conflictError();
    await audit(tx, actor, { action: 'staff.profile_saved', entityType: 'staff_profile', entityId: actor.userId, details: { version: saved.version } });
    return { version: saved.version };
  });
}

type GminaRow = { id: number; name: string; kind: keyof typeof GMINA_KIND_LABELS; voivodeshipId: number; powiatId: number };
const gminaLabel = (g: Pick<GminaRow, 'name' | 'kind'>) => `${g.name} (${GMINA_KIND_LABELS[g.kind]})`;
const gminaColumns = { id: gminas.id, name: gminas.name, kind: gminas.kind, voivodeshipId: gminas.voivodeshipId, powiatId: gminas.powiatId };
const covered = (actor: Actor, g: GminaRow) => canOpen(actor, 'staff.view', { voivodeshipId: g.voivodeshipId, powiatId: g.powiatId, gminaId: g.id });

/** Active accounts holding a staff role in the gmina: one row per person and role. */
function staffAssignments(db: DbOrTx, gminaId: number) {
  return db
    .selectDistinct({ userId: users.id, name: users.name, jobTitle: users.jobTitle, role: roleAssignments.role })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.gminaId, gminaId), inArray(roleAssignments.role, [...STAFF_ROLES]), eq(users.status, 'active')));
}

/**
 * The OPS staff of one gmina, for choosing who works in a ZZK: each person's roles, job title,
 * specialisation, strong competences (self-rated 4–5), attended trainings, and open cases of the
 * gmina where they are the key worker or on the case team. An OPS animator or network worker sees
 * its own gmina; ROPS picks one of its województwo's gminas that have such staff (`gminas`).
 */
export async function staffOverview(actor: Actor, gminaId?: number) {
  await authorize(actor, 'staff.view');
  const db = getDb();
  const regional = actor.scope.level === 'voivodeship';
  const options = regional
    ? (
        await db
          .selectDistinct(gminaColumns)
          .from(gminas)
          .innerJoin(roleAssignments, eq(roleAssignments.gminaId, gminas.id))
          .innerJoin(users, eq(users.id, roleAssignments.userId))
          .where(and(eq(gminas.voivodeshipId, actor.scope.voivodeshipId), inArray(roleAssignments.role, [...STAFF_ROLES]), eq(users.status, 'active')))
      )
        .sort((a, b) => comparePl(a.name, b.name))
        .map((g) => ({ value: g.id, label: gminaLabel(g) }))
    : [];
  const target = gminaId ?? (regional ? null : actor.scope.gminaId);
  if (target == null) return { gmina: null, choosesGmina: regional, gminas: options, people: [] };
  const [g] = await db.select(gminaColumns).from(gminas).where(eq(gminas.id, target));
  if (!g || !covered(actor, g)) throw notFoundError('Nie znaleziono gminy w Twoim obszarze działania.');

  const rows = await staffAssignments(db, g.id);
  const ids = [...new Set(rows.map((r) => r.userId))];
  const gmina = { id: g.id, label: gminaLabel(g) };
  if (!ids.length) return { gmina, choosesGmina: regional, gminas: options, people: [] };
  const inIds = (c: AnyColumn) => inArray(c, ids);
  const openInGmina = and(eq(cases.gminaId, g.id), inArray(cases.status, [...IN_WORK_STATUSES]));
  const [profiles, trained, keyWorker, team] = await Promise.all([
    db.select({ userId: staffProfiles.userId, specialisation: staffProfiles.specialisation, specialisationArea: staffProfiles.specialisationArea, competences: staffProfiles.competences }).from(staffProfiles).where(inIds(staffProfiles.userId)),
    db
      .select({ userId: trainingParticipants.userId, n: countDistinct(trainingParticipants.trainingId) })
      .from(trainingParticipants)
      .where(and(inIds(trainingParticipants.userId), eq(trainingParticipants.attended, true)))
      .groupBy(trainingParticipants.userId),
    db.select({ userId: cases.keyWorkerId, n: countDistinct(cases.id) }).from(cases).where(and(inIds(cases.keyWorkerId), openInGmina)).groupBy(cases.keyWorkerId),
    db
      .select({ userId: caseTeam.userId, n: countDistinct(caseTeam.caseId) })
      .from(caseTeam)
      .innerJoin(cases, eq(cases.id, caseTeam.caseId))
      .where(and(inIds(caseTeam.userId), openInGmina))
      .groupBy(caseTeam.userId),
  ]);
  const byUser = <T extends { userId: string | null }>(list: T[]) => new Map(list.map((r) => [r.userId, r]));
  const [p, t, k, z] = [byUser(profiles), byUser(trained), byUser(keyWorker), byUser(team)];
  const people = ids
    .map((id) => {
      const mine = rows.filter((r) => r.userId === id);
      const profile = p.get(id);
      return {
        userId: id,
        name: mine[0].name,
        jobTitle: mine[0].jobTitle,
        roles: STAFF_ROLES.filter((role) => mine.some((r) => r.role === role)).map((role) => ({ role, label: roleLabel(role) })),
        hasProfile: profile != null,
        specialisation: (profile?.specialisation ?? 'none') as Specialisation,
        specialisationArea: profile?.specialisationArea ?? '',
        strongCompetences: strongCompetences(profile?.competences ?? {}),
        trainings: Number(t.get(id)?.n ?? 0),
        keyWorkerCases: Number(k.get(id)?.n ?? 0),
        caseTeamCases: Number(z.get(id)?.n ?? 0),
      };
    })
    .sort((a, b) => comparePl(a.name, b.name));
  return { gmina, choosesGmina: regional, gminas: options, people };
}

/**
 * Another person's profile, read only: for a `staff.view` reader covering a gmina where the person
 * holds a staff role (an active account); anyone else is answered "not found".
 */
export async function staffProfile(actor: Actor, userId: string) {
  await authorize(actor, 'staff.view');
  const db = getDb();
  const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(userId);
  const places = uuidLike
    ? await db
        .selectDistinct({ ...gminaColumns, role: roleAssignments.role })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .innerJoin(gminas, eq(gminas.id, roleAssignments.gminaId))
        .where(and(eq(roleAssignments.userId, userId), inArray(roleAssignments.role, [...STAFF_ROLES]), eq(users.status, 'active')))
        .orderBy(asc(gminas.id))
    : [];
  const seen = places.filter((g) => covered(actor, g));
  if (!seen.length) {
    if (places.length) throw refusedError('staff_profile', userId, places[0].voivodeshipId, 'Nie znaleziono profilu.');
    throw notFoundError('Nie znaleziono profilu.');
  }
  const [[person], profile, attended] = await Promise.all([
    db.select({ name: users.name, jobTitle: users.jobTitle, institutionName: institutions.name }).from(users).leftJoin(institutions, eq(institutions.id, users.institutionId)).where(eq(users.id, userId)),
    profileOf(db, userId),
    trainingsOf(db, userId),
  ]);
  const roles = [...new Map(seen.map((g) => [`${g.role}:${g.id}`, { role: g.role, label: roleLabel(g.role), gmina: gminaLabel(g), gminaId: g.id }])).values()];
  return { userId, name: person.name, jobTitle: person.jobTitle, institutionName: person.institutionName, roles, profile, trainings: attended };
}
