import 'server-only';
import { and, asc, desc, eq, exists, inArray, isNull, max, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type DbOrTx } from '@/db/client';
import {
  activityRecords,
  catalogueVersions,
  evaluationAnswers,
  files,
  gminas,
  implementations,
  institutions,
  notificationPeople,
  powiats,
  pzkMembers,
  pzks,
  roleAssignments,
  scheduleItems,
  tracks,
  users,
  voivodeships,
} from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, type Action, type ResourceScope, type Scope } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { conflictError, invalidError, notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { uploadProblem } from '@/lib/files';
import { pzkName } from '@/lib/pzk/pzk';
import { storeUpload } from '@/lib/uploads';
import { parseInput } from '@/lib/validation/parse';
import { aggregateFigures, totalFigures, type Figures } from './aggregate';
import { loadFigureRows } from './figures';
import { loadTown3dFigures, pzkIdsOf, sumTown3d, type Figures3dCounts, type Town3dFigures } from './figures-3d';
import { variantOfImplementation, wordsFor } from '@/lib/model/variant';
import { QUESTION_KEYS } from './labels';
import { activityDeleteSchema, activitySchema, answersSchema } from './schemas';
import { clock } from '@/lib/clock';
import { implementationLabel as labelOfImplementation } from '@/lib/implementations/identifiers';
import { polishOrder, polishSortKey } from '@/lib/polish-order';
import { byPolish } from '@/lib/text';

/*
 * Stage IV (steps 9.2, 10.1, 10.2): the evaluation report of an implementation, its activity
 * records, the team's answers to the key questions, the regional report, certificates and
 * references. An implementation lives in its powiat and its gminas: whoever's territory covers
 * the powiat or one of the gminas reads its report (others get NOT_FOUND, as if it did not exist);
 * the PCPR animator of the powiat and the GOPS animators of its gminas write.
 */

export interface ImplementationPlace {
  id: number;
  voivodeshipId: number;
  voivodeshipName: string;
  powiatId: number;
  powiatName: string;
  startDate: string;
  /** The latest planned end in its schedules: the implementation's planned end. */
  endDate: string | null;
  gminas: { id: number; name: string; teryt: string }[];
}

/** "powiat sokólski, od 01.09.2026 (Dąbrowa Białostocka, Korycin)" — lib/implementations/identifiers.ts. */
export const implementationLabel = (p: Pick<ImplementationPlace, 'powiatName' | 'startDate' | 'gminas'>) => labelOfImplementation({ ...p, gminas: p.gminas.map((g) => g.name) });
const labelFromList = (p: { powiatName: string; startDate: string; gminaNames: string }) => labelOfImplementation({ ...p, gminas: p.gminaNames.split(', ') });

async function placeOf(db: DbOrTx, id: number): Promise<ImplementationPlace | null> {
  const [row] = await db
    .select({ id: implementations.id, voivodeshipId: implementations.voivodeshipId, voivodeshipName: voivodeships.name, powiatId: implementations.powiatId, powiatName: powiats.name, startDate: implementations.startDate })
    .from(implementations)
    .innerJoin(powiats, eq(powiats.id, implementations.powiatId))
    .innerJoin(voivodeships, eq(voivodeships.id, implementations.voivodeshipId))
    .where(eq(implementations.id, id));
  if (!row) return null;
  const [gs, [end]] = await Promise.all([
    db
      .select({ id: gminas.id, name: gminas.name, teryt: gminas.teryt })
      .from(tracks)
      .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
      .where(and(eq(tracks.implementationId, id), eq(tracks.kind, 'gmina'), eq(tracks.cycle, 1)))
      .orderBy(polishOrder(gminas.name)),
    db
      .select({ end: max(scheduleItems.plannedEnd) })
      .from(scheduleItems)
      .innerJoin(tracks, eq(tracks.id, scheduleItems.trackId))
      .where(and(eq(tracks.implementationId, id), eq(tracks.kind, 'gmina'))),
  ]);
  return { ...row, endDate: end?.end ?? null, gminas: gs };
}

/** The powiat (for powiat-wide roles and institutions) and each gmina of the implementation. */
export function resourcesOf(p: Pick<ImplementationPlace, 'voivodeshipId' | 'powiatId' | 'gminas'>): ResourceScope[] {
  return [{ voivodeshipId: p.voivodeshipId, powiatId: p.powiatId, gminaId: null }, ...p.gminas.map((g) => ({ voivodeshipId: p.voivodeshipId, powiatId: p.powiatId, gminaId: g.id }))];
}
const canAny = (scope: Scope, action: Action, p: ImplementationPlace) => resourcesOf(p).some((r) => can(scope, action, r));

/** ROPS issues certificates and references (the model: "przygotowuje je ROPS"). */
export const mayCertify = (scope: Scope, p: ImplementationPlace) => (scope.role === 'rops_admin' || scope.role === 'rops_adviser') && canAny(scope, 'evaluation.view', p);

/** The implementation, if the actor may read its evaluation; `need` raises the bar. */
export async function loadImplementation(actor: Actor, id: number, need: 'view' | 'manage' | 'answer' | 'certify' = 'view') {
  const place = await placeOf(getDb(), id);
  if (!place) throw notFoundError('Nie znaleziono wdrożenia.');
  if (!canAny(actor.scope, 'evaluation.view', place)) throw refusedError('evaluation', place.id, place.voivodeshipId, 'Nie znaleziono wdrożenia.');
  const canManage = canAny(actor.scope, 'evaluation.manage', place);
  const canCertify = mayCertify(actor.scope, place);
  // The team's answers: the animators and the councillors responsible for the evaluation (step 10.2).
  const canAnswer = canAny(actor.scope, 'evaluation.answer', place);
  if (need === 'answer' && !canAnswer) throw refusedChange('evaluation', place.id, place.voivodeshipId, 'Odpowiedzi zespołu zapisują animatorzy wdrożenia i radni odpowiedzialni za ewaluację.');
  if (need === 'manage' && !canManage) throw refusedChange('evaluation', place.id, place.voivodeshipId, 'Działania i odpowiedzi zespołu zapisują animatorzy wdrożenia: PCPR i GOPS.');
  if (need === 'certify' && !canCertify) throw refusedChange('evaluation', place.id, place.voivodeshipId, 'Certyfikaty i referencje przygotowuje ROPS.');
  return { place, canManage, canAnswer, canCertify };
}

// ---------------------------------------------------------------------------
// Lists and the report
// ---------------------------------------------------------------------------

/** The implementations the actor sees, each with whether the team's answers are written. */
export async function listEvaluations(actor: Actor) {
  await authorize(actor, 'evaluation.view');
  const t2 = alias(tracks, 'scope_tracks');
  const db = getDb();
  const rows = await db
    .select({
      id: implementations.id,
      startDate: implementations.startDate,
      powiatName: powiats.name,
      gminaNames: sql<string>`string_agg(${gminas.name}, ', ' order by ${polishSortKey(gminas.name)})`,
      answersUpdatedAt: evaluationAnswers.updatedAt,
    })
    .from(implementations)
    .innerJoin(powiats, eq(powiats.id, implementations.powiatId))
    .innerJoin(tracks, and(eq(tracks.implementationId, implementations.id), eq(tracks.kind, 'gmina'), eq(tracks.cycle, 1)))
    .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
    .leftJoin(evaluationAnswers, eq(evaluationAnswers.implementationId, implementations.id))
    .where(
      or(
        scopeWhere(actor.scope, { voivodeshipId: implementations.voivodeshipId, powiatId: implementations.powiatId }),
        exists(
          db
            .select({ one: sql`1` })
            .from(t2)
            .where(and(eq(t2.implementationId, implementations.id), eq(t2.kind, 'gmina'), scopeWhere(actor.scope, { voivodeshipId: t2.voivodeshipId, powiatId: t2.powiatId, gminaId: t2.gminaId }))),
        ),
      ),
    )
    .groupBy(implementations.id, powiats.name, evaluationAnswers.updatedAt)
    .orderBy(polishOrder(powiats.name), asc(implementations.startDate), asc(implementations.id));
  return {
    rows: rows.map((r) => ({ ...r, label: labelFromList(r) })),
    canRegional: can(actor.scope, 'regional_report.view', { voivodeshipId: actor.scope.voivodeshipId }),
  };
}

async function answersOf(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ answers: evaluationAnswers.answers, recommendations: evaluationAnswers.recommendations, version: evaluationAnswers.version, updatedAt: evaluationAnswers.updatedAt, updatedByName: users.name })
    .from(evaluationAnswers)
    .leftJoin(users, eq(users.id, evaluationAnswers.updatedBy))
    .where(eq(evaluationAnswers.implementationId, id));
  return row ?? null;
}

/** The step 9.2 report: the figures computed from the data, and the team's written answers. */
export async function getReport(actor: Actor, id: number, now = clock.now()) {
  const { place, canManage, canAnswer, canCertify } = await loadImplementation(actor, id);
  const db = getDb();
  const [rows, answers, variant] = await Promise.all([loadFigureRows(db, [id], now), answersOf(db, id), variantOfImplementation(db, id).then((v) => v ?? 'rural')]);
  // Kooperacje 3D: the variant's words and its figures per town (null in the rural model).
  const towns3d = variant === 'urban_3d' ? await loadTown3dFigures(db, await pzkIdsOf(db, [id])) : null;
  return {
    place,
    label: implementationLabel(place),
    variant,
    words: wordsFor(variant),
    figures: aggregateFigures(rows.get(id)!),
    towns3d,
    answers: answers ? { answers: answers.answers, recommendations: answers.recommendations, version: answers.version, updatedAt: answers.updatedAt, updatedByName: answers.updatedByName } : null,
    canManage,
    canAnswer,
    canCertify,
    canRegional: can(actor.scope, 'regional_report.view', { voivodeshipId: place.voivodeshipId }),
  };
}
export type EvaluationReport = Awaited<ReturnType<typeof getReport>>;

/** Saves the team's answers (optimistic locking: a save based on an older version is refused). */
export async function saveAnswers(actor: Actor, input: unknown) {
  const v = parseInput(answersSchema, input);
  const { place } = await loadImplementation(actor, v.implementationId, 'answer');
  const answers = Object.fromEntries(QUESTION_KEYS.map((k) => [k, v.answers[k] ?? '']));
  return getDb().transaction(async (tx) => {
    const saved =
      v.version === 0
        ? await tx.insert(evaluationAnswers).values({ implementationId: place.id, answers, recommendations: v.recommendations, updatedBy: actor.userId }).onConflictDoNothing().returning({ version: evaluationAnswers.version })
        : await tx
            .update(evaluationAnswers)
            .set({ answers, recommendations: v.recommendations, version: sql`${evaluationAnswers.version} + 1`, updatedBy: actor.userId, updatedAt: sql`now()` })
            .where(and(eq(evaluationAnswers.implementationId, place.id), eq(evaluationAnswers.version, v.version)))
            .returning({ version: evaluationAnswers.version });
    if (!saved.length) throw conflictError();
    const answered = QUESTION_KEYS.filter((k) => answers[k]).length;
    await audit(tx, actor, { action: 'evaluation.answers_saved', entityType: 'evaluation', entityId: place.id, voivodeshipId: place.voivodeshipId, details: { version: saved[0].version, answered } });
    return { version: saved[0].version };
  });
}

// ---------------------------------------------------------------------------
// Activity records (steps 7.3 and 10.1)
// ---------------------------------------------------------------------------

/** A GOPS animator records for their own gmina (or the whole implementation); PCPR for any of its gminas. */
function mayTouch(actor: Actor, place: ImplementationPlace, gminaId: number | null) {
  if (gminaId == null) return true;
  return can(actor.scope, 'evaluation.manage', { voivodeshipId: place.voivodeshipId, powiatId: place.powiatId, gminaId });
}

export async function listActivities(actor: Actor, id: number) {
  const { place, canManage } = await loadImplementation(actor, id);
  const rows = await getDb()
    .select({
      id: activityRecords.id,
      kind: activityRecords.kind,
      title: activityRecords.title,
      startsOn: activityRecords.startsOn,
      endsOn: activityRecords.endsOn,
      gminaId: activityRecords.gminaId,
      gminaName: gminas.name,
      partners: activityRecords.partners,
      participants: activityRecords.participants,
      outcome: activityRecords.outcome,
      fileId: activityRecords.fileId,
      fileName: files.name,
      createdAt: activityRecords.createdAt,
    })
    .from(activityRecords)
    .leftJoin(gminas, eq(gminas.id, activityRecords.gminaId))
    .leftJoin(files, eq(files.id, activityRecords.fileId))
    .where(eq(activityRecords.implementationId, place.id))
    .orderBy(desc(activityRecords.startsOn), desc(activityRecords.id));
  return {
    place,
    label: implementationLabel(place),
    canManage,
    activities: rows.map((r) => ({ ...r, canChange: canManage && mayTouch(actor, place, r.gminaId) })),
    /** The gminas the actor may record an activity for. */
    gminaOptions: place.gminas.filter((g) => canManage && mayTouch(actor, place, g.id)),
  };
}

async function activityOf(db: DbOrTx, implementationId: number, activityId: number) {
  const [a] = await db.select().from(activityRecords).where(and(eq(activityRecords.id, activityId), eq(activityRecords.implementationId, implementationId)));
  if (!a) throw notFoundError('Nie znaleziono działania.');
  return a;
}

export interface Upload {
  name: string;
  data: Uint8Array;
}

/** Adds or changes an activity record; an attached file (PDF, JPEG, PNG) replaces the previous one. */
export async function saveActivity(actor: Actor, input: unknown, upload?: Upload | null) {
  const v = parseInput(activitySchema, input);
  const { place } = await loadImplementation(actor, v.implementationId, 'manage');
  if (v.gminaId != null && !place.gminas.some((g) => g.id === v.gminaId)) throw invalidError({ gminaId: ['Wybierz jedną z gmin wdrożenia.'] });
  if (!mayTouch(actor, place, v.gminaId)) throw invalidError({ gminaId: ['Animator GOPS zapisuje działania swojej gminy albo całego wdrożenia.'] });
  const hasFile = upload && upload.data.length > 0;
  if (hasFile) {
    const problem = await uploadProblem(upload.data);
    if (problem) throw invalidError({ file: [problem] });
  }
  const db = getDb();
  return db.transaction(async (tx) => {
    const current = v.activityId ? await activityOf(tx, place.id, v.activityId) : null;
    if (current && !mayTouch(actor, place, current.gminaId)) throw refusedChange('activity', current.id, place.voivodeshipId, 'To działanie innej gminy zmienia jej animator GOPS lub animator PCPR.');
    const file = hasFile ? await storeUpload(tx, upload, actor.userId, 'zalacznik') : null;
    const fileId = file ? file.id : v.removeFile ? null : (current?.fileId ?? null);
    const values = {
      kind: v.kind,
      title: v.title,
      startsOn: v.startsOn,
      endsOn: v.endsOn ?? null,
      gminaId: v.gminaId,
      partners: v.partners,
      participants: v.participants,
      outcome: v.outcome,
      fileId,
    };
    const [row] = current
      ? await tx.update(activityRecords).set(values).where(eq(activityRecords.id, current.id)).returning({ id: activityRecords.id })
      : await tx
          .insert(activityRecords)
          .values({ ...values, implementationId: place.id, createdBy: actor.userId })
          .returning({ id: activityRecords.id });
    if (current?.fileId && current.fileId !== fileId) await tx.delete(files).where(eq(files.id, current.fileId));
    await audit(tx, actor, { action: 'activity.saved', entityType: 'activity', entityId: row.id, voivodeshipId: place.voivodeshipId, details: { implementationId: place.id, kind: v.kind, edited: !!current, ...(file ? { sha256: file.sha256 } : {}) } });
    return { id: row.id };
  });
}

export async function deleteActivity(actor: Actor, input: unknown) {
  const v = parseInput(activityDeleteSchema, input);
  const { place } = await loadImplementation(actor, v.implementationId, 'manage');
  return getDb().transaction(async (tx) => {
    const current = await activityOf(tx, place.id, v.activityId);
    if (!mayTouch(actor, place, current.gminaId)) throw refusedChange('activity', current.id, place.voivodeshipId, 'To działanie innej gminy usuwa jej animator GOPS lub animator PCPR.');
    await tx.delete(activityRecords).where(eq(activityRecords.id, current.id));
    if (current.fileId) await tx.delete(files).where(eq(files.id, current.fileId));
    await audit(tx, actor, { action: 'activity.deleted', entityType: 'activity', entityId: current.id, voivodeshipId: place.voivodeshipId, details: { implementationId: place.id, kind: current.kind, title: current.title } });
  });
}

/** An activity's attachment, for those who read the implementation's evaluation. */
export async function getActivityFile(actor: Actor, implementationId: number, fileId: string) {
  const { place } = await loadImplementation(actor, implementationId);
  const [row] = await getDb()
    .select({ name: files.name, mime: files.mime, data: files.data })
    .from(files)
    .innerJoin(activityRecords, eq(activityRecords.fileId, files.id))
    .where(and(eq(files.id, fileId), eq(activityRecords.implementationId, place.id)));
  if (!row) throw notFoundError('Nie znaleziono pliku.');
  return row;
}

// ---------------------------------------------------------------------------
// The regional report (ROPS, WZK)
// ---------------------------------------------------------------------------

/** Every implementation of the actor's województwo: its figures and recommendations, and the totals. */
export async function regionalReport(actor: Actor, now = clock.now()) {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'regional_report.view', { voivodeshipId });
  const db = getDb();
  const [[voiv], impls] = await Promise.all([
    db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId)),
    db
      .select({
        id: implementations.id,
        startDate: implementations.startDate,
        powiatName: powiats.name,
        gminaNames: sql<string>`string_agg(${gminas.name}, ', ' order by ${polishSortKey(gminas.name)})`,
        recommendations: evaluationAnswers.recommendations,
        variant: catalogueVersions.variant,
      })
      .from(implementations)
      .innerJoin(catalogueVersions, eq(catalogueVersions.id, implementations.catalogueVersionId))
      .innerJoin(powiats, eq(powiats.id, implementations.powiatId))
      .innerJoin(tracks, and(eq(tracks.implementationId, implementations.id), eq(tracks.kind, 'gmina'), eq(tracks.cycle, 1)))
      .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
      .leftJoin(evaluationAnswers, eq(evaluationAnswers.implementationId, implementations.id))
      .where(eq(implementations.voivodeshipId, voivodeshipId))
      .groupBy(implementations.id, powiats.name, evaluationAnswers.recommendations, catalogueVersions.variant)
      .orderBy(polishOrder(powiats.name), asc(implementations.startDate), asc(implementations.id)),
  ]);
  const rows = await loadFigureRows(
    db,
    impls.map((i) => i.id),
    now,
  );
  const all = impls.map((i) => rows.get(i.id)!);
  // Kooperacje 3D: a row per town of the 3D implementations, and their sum.
  const ids3d = impls.filter((i) => i.variant === 'urban_3d').map((i) => i.id);
  const towns = await loadTown3dFigures(db, await pzkIdsOf(db, ids3d));
  const labelOf = new Map(impls.map((i) => [i.id, labelFromList(i)]));
  return {
    voivodeshipName: voiv?.name ?? '',
    implementations: impls.map((i) => ({ id: i.id, label: labelFromList(i), variant: i.variant, startDate: i.startDate, recommendations: i.recommendations ?? '', figures: aggregateFigures(rows.get(i.id)!) })),
    totals: totalFigures(all) as Figures,
    towns3d: towns.map((t): Town3dFigures & { implementationLabel: string } => ({ ...t, implementationLabel: labelOf.get(t.implementationId) ?? '' })),
    totals3d: towns.length ? (sumTown3d(towns) as Figures3dCounts) : null,
  };
}
export type RegionalReport = Awaited<ReturnType<typeof regionalReport>>;

// ---------------------------------------------------------------------------
// Certificates and references (step 10.2, prepared by ROPS)
// ---------------------------------------------------------------------------

export interface CertificatePerson {
  name: string;
  function: string;
  institutionName: string;
  team: string;
}

/** One certificate per person of the implementation's PZKs (and per WZK member of the województwo). */
export async function certificatePeople(actor: Actor, id: number) {
  const { place } = await loadImplementation(actor, id, 'certify');
  const db = getDb();
  const [members, wzk, [rops]] = await Promise.all([
    db
      .select({ userId: pzkMembers.userId, name: pzkMembers.name, function: pzkMembers.function, institutionId: pzkMembers.institutionId, institutionName: institutions.name, gminaName: gminas.name })
      .from(pzkMembers)
      .innerJoin(pzks, eq(pzks.id, pzkMembers.pzkId))
      .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
      .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
      .where(and(eq(pzks.implementationId, place.id), isNull(pzkMembers.removedAt), eq(pzkMembers.proposed, false)))
      .orderBy(polishOrder(gminas.name), polishOrder(pzkMembers.name)),
    db
      .selectDistinct({ userId: users.id, name: users.name, function: users.jobTitle, institutionName: institutions.name })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .leftJoin(institutions, eq(institutions.id, users.institutionId))
      .where(and(eq(roleAssignments.role, 'wzk_member'), eq(roleAssignments.voivodeshipId, place.voivodeshipId), eq(users.status, 'active')))
      .then((rows) => rows.sort(byPolish((r) => r.name))),
    ropsName(db, place.voivodeshipId),
  ]);
  // A person on two teams (the PCPR animator, say) gets one certificate naming both.
  const people = new Map<string, CertificatePerson>();
  for (const m of members) {
    const key = m.userId ?? `${m.name}|${m.institutionId ?? ''}`;
    const team = pzkName(m.gminaName);
    const seen = people.get(key);
    if (seen) seen.team = `${seen.team}, ${team}`;
    else people.set(key, { name: m.name, function: m.function, institutionName: m.institutionName ?? '', team });
  }
  const wzkTeam = `Wojewódzki Zespół Kooperacji (województwo ${place.voivodeshipName})`;
  return {
    place,
    label: implementationLabel(place),
    rops,
    people: [...people.values(), ...wzk.map((w) => ({ name: w.name, function: w.function, institutionName: w.institutionName ?? '', team: wzkTeam }))],
  };
}

export async function ropsName(db: DbOrTx, voivodeshipId: number): Promise<[{ name: string; city: string }]> {
  const [r] = await db
    .select({ name: institutions.name, city: institutions.city })
    .from(institutions)
    .where(and(eq(institutions.voivodeshipId, voivodeshipId), eq(institutions.type, 'rops')))
    .orderBy(asc(institutions.id))
    .limit(1);
  return [r ?? { name: 'Regionalny Ośrodek Polityki Społecznej', city: '' }];
}

// The references (step 10.4): lib/evaluation/references.ts.
