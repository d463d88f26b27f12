import { and, eq, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  activityRecords,
  caseEvaluations,
  coachingSessions,
  caseMonitoring,
  cases,
  caseSessions,
  documents,
  implementations,
  ipps,
  pzkAttendance,
  pzkConsultations,
  pzkMeetings,
  pzkMembers,
  pzks,
  pzkWorkPlans,
  scheduleItems,
  services,
  trainingParticipants,
  trainings,
  tracks,
} from '@/db/schema';
import { aggregateFigures, type FigureRows, type Figures } from './aggregate';
import { clock } from '@/lib/clock';

export * from './aggregate';

const emptyRows = (startDate: string): FigureRows => ({
  startDate,
  pzkCount: 0,
  signedDocuments: [],
  members: [],
  workPlans: [],
  scheduleItems: [],
  meetings: [],
  consultations: 0,
  trainingParticipants: [],
  teamSessions: [],
  caseSessions: [],
  services: [],
  activities: [],
  cases: [],
});

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/**
 * The rows behind the figures of each implementation in `ids` (no access check: callers check it).
 * A handful of queries for any number of implementations, so the regional report stays cheap.
 *
 * What counts for an implementation:
 * - institutions engaged: parties of its PZK agreements and declarations of accession in force;
 * - trainings: participations in trainings held for it (basic ones), or — from its start on — of
 *   people of its gminas or of its PZK members' accounts;
 * - consultations: slots of the mobile consultation point whose time has come (`now`).
 */
export async function loadFigureRows(db: DbOrTx, ids: number[], now = clock.now()): Promise<Map<number, FigureRows>> {
  const out = new Map<number, FigureRows>();
  if (!ids.length) return out;
  const impls = await db.select({ id: implementations.id, startDate: implementations.startDate }).from(implementations).where(inArray(implementations.id, ids));
  for (const i of impls) out.set(i.id, emptyRows(i.startDate));
  const implIds = impls.map((i) => i.id);
  if (!implIds.length) return out;
  const rowsOf = (id: number | null) => (id == null ? undefined : out.get(id));

  const pzkList = await db.select({ id: pzks.id, implementationId: pzks.implementationId, gminaId: pzks.gminaId }).from(pzks).where(inArray(pzks.implementationId, implIds));
  const implOfPzk = new Map(pzkList.map((p) => [p.id, p.implementationId]));
  for (const p of pzkList) rowsOf(p.implementationId)!.pzkCount++;
  const pzkIds = pzkList.length ? pzkList.map((p) => p.id) : [-1];
  const gminaIds = (await db.select({ gminaId: tracks.gminaId, implementationId: tracks.implementationId }).from(tracks).where(and(eq(tracks.kind, 'gmina'), eq(tracks.cycle, 1), inArray(tracks.implementationId, implIds)))).filter((t) => t.gminaId != null);
  const implsOfGmina = new Map<number, number[]>();
  for (const t of gminaIds) implsOfGmina.set(t.gminaId!, [...(implsOfGmina.get(t.gminaId!) ?? []), t.implementationId!]);

  const [docs, members, plans, items, meetings, consultations, sessions, serviceRows, activities, caseRows, teamRows] = await Promise.all([
    db
      .select({ implementationId: documents.implementationId, content: documents.content })
      .from(documents)
      .where(and(inArray(documents.implementationId, implIds), isNotNull(documents.gminaId), inArray(documents.kind, ['agreement_pzk', 'pzk_accession']), inArray(documents.status, ['signed', 'amended']))),
    db.select({ pzkId: pzkMembers.pzkId, removedAt: pzkMembers.removedAt, proposed: pzkMembers.proposed, userId: pzkMembers.userId }).from(pzkMembers).where(inArray(pzkMembers.pzkId, pzkIds)),
    db.select({ pzkId: pzkWorkPlans.pzkId, version: pzkWorkPlans.version }).from(pzkWorkPlans).where(inArray(pzkWorkPlans.pzkId, pzkIds)),
    db
      .select({ implementationId: tracks.implementationId, status: scheduleItems.status })
      .from(scheduleItems)
      .innerJoin(tracks, eq(tracks.id, scheduleItems.trackId))
      .where(and(eq(tracks.kind, 'gmina'), inArray(tracks.implementationId, implIds))),
    db
      .select({
        pzkId: pzkMeetings.pzkId,
        published: sql<boolean>`${pzkMeetings.minutesPublishedAt} is not null`,
        present: sql<number>`(select count(*) from ${pzkAttendance} a where a.meeting_id = ${pzkMeetings.id} and a.present)::int`,
        listed: sql<number>`(select count(*) from ${pzkAttendance} a where a.meeting_id = ${pzkMeetings.id})::int`,
      })
      .from(pzkMeetings)
      .where(inArray(pzkMeetings.pzkId, pzkIds)),
    db
      .select({ pzkId: pzkMeetings.pzkId, n: sql<number>`count(*)::int` })
      .from(pzkConsultations)
      .innerJoin(pzkMeetings, eq(pzkMeetings.id, pzkConsultations.meetingId))
      .where(and(inArray(pzkMeetings.pzkId, pzkIds), lte(pzkConsultations.startsAt, now)))
      .groupBy(pzkMeetings.pzkId),
    db
      .select({ pzkId: cases.pzkId, kind: caseSessions.kind })
      .from(caseSessions)
      .innerJoin(cases, eq(cases.id, caseSessions.caseId))
      .where(inArray(cases.pzkId, pzkIds)),
    db
      .select({ pzkId: services.pzkId, status: services.status, createdAt: services.createdAt, updatedAt: services.updatedAt, version: services.version })
      .from(services)
      .where(and(eq(services.scope, 'pzk'), inArray(services.pzkId, pzkIds))),
    db.select({ implementationId: activityRecords.implementationId, kind: activityRecords.kind, participants: activityRecords.participants }).from(activityRecords).where(inArray(activityRecords.implementationId, implIds)),
    db
      .select({ id: cases.id, pzkId: cases.pzkId, status: cases.status, qualifiedOn: cases.qualifiedOn, outcome: caseEvaluations.outcome, evaluatedOn: caseEvaluations.evaluatedOn, results: caseEvaluations.results })
      .from(cases)
      .leftJoin(caseEvaluations, eq(caseEvaluations.caseId, cases.id))
      .where(inArray(cases.pzkId, pzkIds)),
    db
      .select({ pzkId: coachingSessions.pzkId, kind: coachingSessions.kind, hours: coachingSessions.hours, participantCount: coachingSessions.participantCount })
      .from(coachingSessions)
      .where(inArray(coachingSessions.pzkId, pzkIds)),
  ]);

  for (const d of docs) rowsOf(d.implementationId)?.signedDocuments.push({ partyInstitutionIds: d.content.parties.map((p) => p.institutionId) });
  for (const m of members) rowsOf(implOfPzk.get(m.pzkId)!)?.members.push({ removed: m.removedAt != null, proposed: m.proposed });
  for (const p of plans) rowsOf(implOfPzk.get(p.pzkId)!)?.workPlans.push({ versions: p.version });
  for (const i of items) rowsOf(i.implementationId)?.scheduleItems.push({ status: i.status });
  for (const m of meetings) rowsOf(implOfPzk.get(m.pzkId)!)?.meetings.push({ published: Boolean(m.published), present: Number(m.present), listed: Number(m.listed) });
  for (const c of consultations) {
    const r = rowsOf(implOfPzk.get(c.pzkId)!);
    if (r) r.consultations += Number(c.n);
  }
  for (const s of sessions) rowsOf(implOfPzk.get(s.pzkId)!)?.caseSessions.push({ kind: s.kind });
  for (const s of serviceRows) rowsOf(implOfPzk.get(s.pzkId!)!)?.services.push({ status: s.status, createdAt: iso(s.createdAt), updatedAt: iso(s.updatedAt), version: s.version });
  for (const a of activities) rowsOf(a.implementationId)?.activities.push({ kind: a.kind, participants: a.participants });
  for (const t of teamRows) rowsOf(implOfPzk.get(t.pzkId)!)?.teamSessions.push({ kind: t.kind, hours: Number(t.hours), participantCount: t.participantCount });

  // Scaling: the IPPs' goals, the monitoring meetings and the final evaluation's results.
  const caseIds = caseRows.length ? caseRows.map((c) => c.id) : [-1];
  const [ippRows, monitoring] = await Promise.all([
    db.select({ caseId: ipps.caseId, sequence: ipps.sequence, startsOn: ipps.startsOn, goals: ipps.goals }).from(ipps).where(inArray(ipps.caseId, caseIds)),
    db.select({ caseId: caseMonitoring.caseId, heldOn: caseMonitoring.heldOn, scales: caseMonitoring.scales }).from(caseMonitoring).where(inArray(caseMonitoring.caseId, caseIds)),
  ]);
  for (const c of caseRows) {
    const entries = monitoring.filter((m) => m.caseId === c.id).map((m) => ({ heldOn: m.heldOn, scales: m.scales }));
    if (c.evaluatedOn && c.results) entries.push({ heldOn: c.evaluatedOn, scales: c.results });
    rowsOf(implOfPzk.get(c.pzkId)!)?.cases.push({
      status: c.status,
      qualifiedOn: c.qualifiedOn,
      outcome: c.outcome ?? null,
      ipps: ippRows.filter((i) => i.caseId === c.id).map((i) => ({ sequence: i.sequence, startsOn: i.startsOn, goals: i.goals })),
      entries,
    });
  }

  // Szkoła Kooperacji: trainings held for the implementation, or attended by its people.
  const memberUsers = new Map<string, number[]>();
  for (const m of members) {
    if (!m.userId || m.removedAt) continue;
    const impl = implOfPzk.get(m.pzkId)!;
    memberUsers.set(m.userId, [...new Set([...(memberUsers.get(m.userId) ?? []), impl])]);
  }
  const userIds = [...memberUsers.keys()];
  const gminaKeys = [...implsOfGmina.keys()];
  const participantRows = await db
    .select({ trainingId: trainings.id, hours: trainings.hours, kind: trainings.kind, heldOn: trainings.heldOn, trainingImpl: trainings.implementationId, attended: trainingParticipants.attended, gminaId: trainingParticipants.gminaId, userId: trainingParticipants.userId })
    .from(trainingParticipants)
    .innerJoin(trainings, eq(trainings.id, trainingParticipants.trainingId))
    .where(
      or(
        inArray(trainings.implementationId, implIds),
        gminaKeys.length ? inArray(trainingParticipants.gminaId, gminaKeys) : sql`false`,
        userIds.length ? inArray(trainingParticipants.userId, userIds) : sql`false`,
      ),
    );
  for (const p of participantRows) {
    const targets = new Set<number>();
    if (p.trainingImpl != null && out.has(p.trainingImpl)) targets.add(p.trainingImpl);
    else {
      for (const id of p.gminaId != null ? (implsOfGmina.get(p.gminaId) ?? []) : []) targets.add(id);
      for (const id of p.userId ? (memberUsers.get(p.userId) ?? []) : []) targets.add(id);
    }
    for (const id of targets) {
      const r = out.get(id)!;
      if (p.trainingImpl === id || p.heldOn >= r.startDate) r.trainingParticipants.push({ kind: p.kind, attended: p.attended, trainingId: p.trainingId, hours: p.hours == null ? null : Number(p.hours) });
    }
  }
  return out;
}

/** The step 9.2 figures of one implementation, computed from the data (no access check). */
export async function implementationFigures(db: DbOrTx, implementationId: number, now = clock.now()): Promise<Figures> {
  const rows = (await loadFigureRows(db, [implementationId], now)).get(implementationId);
  if (!rows) throw new Error(`No implementation ${implementationId}`);
  return aggregateFigures(rows);
}
