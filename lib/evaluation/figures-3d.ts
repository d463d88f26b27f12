import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { cases, coachingSessions, gminas, pzkMeetings, pzks, services, zzkDecisions, zzkMeetings } from '@/db/schema';
import { comparePl } from '@/lib/text';

/*
 * Kooperacje 3D figures (issue 17, item 7) per PZK, i.e. per town: how the PZK was formed (2 + 1
 * meetings), the ZZK's work with families, coaching and supervision, the Lokalny Koszyk Usług.
 * Numbers only; lib/evaluation/labels.ts words them. No access check: callers check it.
 */

export interface Town3dFigures {
  pzkId: number;
  implementationId: number;
  gminaId: number;
  gminaName: string;
  /** PZK forming meetings held: minutes published. */
  initiatingMeetings: number;
  formalisingMeetings: number;
  zzkMeetings: number;
  zzkMeetingsWithFamily: number;
  zzkDecisionsOpen: number;
  zzkDecisionsDone: number;
  coachingHours: number;
  coachingSessions: number;
  supervisionHours: number;
  supervisionSessions: number;
  /** The PZK's internal mini-trainings (step 7.1). */
  internalTrainingSessions: number;
  internalTrainingHours: number;
  internalTrainingParticipants: number;
  /** Service cards of the LKU: the PZK's published services. */
  lkuCards: number;
}

export type Figures3dCounts = Omit<Town3dFigures, 'pzkId' | 'implementationId' | 'gminaId' | 'gminaName'>;

const ZERO: Figures3dCounts = {
  initiatingMeetings: 0,
  formalisingMeetings: 0,
  zzkMeetings: 0,
  zzkMeetingsWithFamily: 0,
  zzkDecisionsOpen: 0,
  zzkDecisionsDone: 0,
  coachingHours: 0,
  coachingSessions: 0,
  supervisionHours: 0,
  supervisionSessions: 0,
  internalTrainingSessions: 0,
  internalTrainingHours: 0,
  internalTrainingParticipants: 0,
  lkuCards: 0,
};

/** Hours to the half hour, without float noise (0.1 + 0.2). */
const hours = (n: number) => Math.round(n * 10) / 10;

/**
 * The 3D figures of each PZK in `pzkIds`, ordered by town name (six grouped queries whatever the
 * number of PZKs, so the regional report stays cheap). Unknown ids are left out.
 */
export async function loadTown3dFigures(db: DbOrTx, pzkIds: number[]): Promise<Town3dFigures[]> {
  if (!pzkIds.length) return [];
  const list = await db
    .select({ pzkId: pzks.id, implementationId: pzks.implementationId, gminaId: pzks.gminaId, gminaName: gminas.name })
    .from(pzks)
    .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
    .where(inArray(pzks.id, pzkIds));
  if (!list.length) return [];
  const ids = list.map((p) => p.pzkId);
  const [forming, zzk, decisions, coaching, cards] = await Promise.all([
    db
      .select({ pzkId: pzkMeetings.pzkId, kind: pzkMeetings.kind, n: sql<number>`count(*)::int` })
      .from(pzkMeetings)
      .where(and(inArray(pzkMeetings.pzkId, ids), inArray(pzkMeetings.kind, ['initiating', 'formalising']), isNotNull(pzkMeetings.minutesPublishedAt)))
      .groupBy(pzkMeetings.pzkId, pzkMeetings.kind),
    db
      .select({ pzkId: cases.pzkId, n: sql<number>`count(*)::int`, withFamily: sql<number>`(count(*) filter (where ${zzkMeetings.familyPresent}))::int` })
      .from(zzkMeetings)
      .innerJoin(cases, eq(cases.id, zzkMeetings.caseId))
      .where(inArray(cases.pzkId, ids))
      .groupBy(cases.pzkId),
    db
      .select({ pzkId: cases.pzkId, status: zzkDecisions.status, n: sql<number>`count(*)::int` })
      .from(zzkDecisions)
      .innerJoin(cases, eq(cases.id, zzkDecisions.caseId))
      .where(inArray(cases.pzkId, ids))
      .groupBy(cases.pzkId, zzkDecisions.status),
    db
      .select({
        pzkId: coachingSessions.pzkId,
        kind: coachingSessions.kind,
        n: sql<number>`count(*)::int`,
        hours: sql<number>`coalesce(sum(${coachingSessions.hours}), 0)::float8`,
        people: sql<number>`coalesce(sum(${coachingSessions.participantCount}), 0)::int`,
      })
      .from(coachingSessions)
      .where(inArray(coachingSessions.pzkId, ids))
      .groupBy(coachingSessions.pzkId, coachingSessions.kind),
    db
      .select({ pzkId: services.pzkId, n: sql<number>`count(*)::int` })
      .from(services)
      .where(and(eq(services.scope, 'pzk'), eq(services.status, 'published'), inArray(services.pzkId, ids)))
      .groupBy(services.pzkId),
  ]);
  const out = new Map<number, Town3dFigures>(list.map((p) => [p.pzkId, { ...p, ...ZERO }]));
  for (const m of forming) {
    const t = out.get(m.pzkId)!;
    if (m.kind === 'initiating') t.initiatingMeetings = Number(m.n);
    else t.formalisingMeetings = Number(m.n);
  }
  for (const z of zzk) {
    const t = out.get(z.pzkId)!;
    t.zzkMeetings = Number(z.n);
    t.zzkMeetingsWithFamily = Number(z.withFamily);
  }
  for (const d of decisions) {
    const t = out.get(d.pzkId)!;
    if (d.status === 'done') t.zzkDecisionsDone = Number(d.n);
    else t.zzkDecisionsOpen = Number(d.n);
  }
  for (const c of coaching) {
    const t = out.get(c.pzkId)!;
    if (c.kind === 'coaching') {
      t.coachingHours = hours(Number(c.hours));
      t.coachingSessions = Number(c.n);
    } else if (c.kind === 'supervision') {
      t.supervisionHours = hours(Number(c.hours));
      t.supervisionSessions = Number(c.n);
    } else {
      t.internalTrainingHours = hours(Number(c.hours));
      t.internalTrainingSessions = Number(c.n);
      t.internalTrainingParticipants = Number(c.people);
    }
  }
  for (const c of cards) if (c.pzkId != null) out.get(c.pzkId)!.lkuCards = Number(c.n);
  return [...out.values()].sort((a, b) => comparePl(a.gminaName, b.gminaName) || a.pzkId - b.pzkId);
}

/** The PZK ids of implementations (`implementationId` → its PZKs). */
export async function pzkIdsOf(db: DbOrTx, implementationIds: number[]): Promise<number[]> {
  if (!implementationIds.length) return [];
  const rows = await db.select({ id: pzks.id }).from(pzks).where(inArray(pzks.implementationId, implementationIds));
  return rows.map((r) => r.id);
}

/** The sum over towns (hours re-rounded). */
export function sumTown3d(towns: Figures3dCounts[]): Figures3dCounts {
  const total = { ...ZERO };
  for (const t of towns) for (const k of Object.keys(ZERO) as (keyof Figures3dCounts)[]) total[k] += t[k];
  total.coachingHours = hours(total.coachingHours);
  total.supervisionHours = hours(total.supervisionHours);
  total.internalTrainingHours = hours(total.internalTrainingHours);
  return total;
}
