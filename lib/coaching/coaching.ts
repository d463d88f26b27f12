import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { catalogueRecurringTasks, coachingSessions, implementations, occurrences, trackEvents, tracks } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { conflictError, invalidError, notFoundError, refusedChange } from '@/lib/errors';
import { refreshTrackSummary } from '@/lib/implementations/summary';
import { isoToPolish } from '@/lib/model/dates';
import { loadPzk } from '@/lib/pzk/pzk';
import { parseInput } from '@/lib/validation/parse';
import { coachingDeleteSchema, coachingSessionSchema } from './schemas';
import { nextOccurrenceState, occurrenceForDate } from './supervision-rule';

/*
 * Step 7.1 of every PZK, rural and Kooperacje 3D alike: the team's internal mini-trainings, coaching
 * and team supervision (3D pilot: "ponad 500 godzin coachingu", "superwizja w ramach ZZK"; rural:
 * "Superwizor jest dostępny dla zespołu minimum raz na trzy miesiące"). A recorded supervision marks
 * the gmina's "Superwizja zespołowa" occurrence of its period done (supervision-rule.ts). A session lives in its
 * PZK's place: whoever does not find the PZK does not find its sessions (NOT_FOUND, as the PZK
 * area answers); a PZK's people without `coaching.view` are refused (FORBIDDEN). No family data.
 */

const NOT_FOUND = 'Nie znaleziono sesji.';

type LoadedPzk = Awaited<ReturnType<typeof loadPzk>>;

async function coachingPzk(actor: Actor, pzkId: number, need: 'view' | 'manage') {
  const pzk = await loadPzk(actor, pzkId, 'guest');
  const place = { voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId };
  const canManage = can(actor.scope, 'coaching.manage', place);
  if (!canManage && !can(actor.scope, 'coaching.view', place)) {
    throw refusedChange('pzk', pzk.id, pzk.voivodeshipId, 'Sesje coachingu i superwizji widzą animatorzy, pracownik ds. sieci i ROPS.');
  }
  if (need === 'manage' && !canManage) {
    throw refusedChange('pzk', pzk.id, pzk.voivodeshipId, 'Sesje coachingu i superwizji zapisują animatorzy i pracownik ds. sieci; ROPS je przegląda.');
  }
  return { pzk, canManage };
}

/** The day the PZK's implementation started: no session of its team is earlier. */
async function implementationStart(db: DbOrTx, implementationId: number) {
  const [row] = await db.select({ startDate: implementations.startDate }).from(implementations).where(eq(implementations.id, implementationId));
  return row.startDate;
}

async function sessionOf(db: DbOrTx, pzkId: number, sessionId: number) {
  const [s] = await db
    .select({ id: coachingSessions.id, version: coachingSessions.version, kind: coachingSessions.kind, occurrenceId: coachingSessions.occurrenceId })
    .from(coachingSessions)
    .where(and(eq(coachingSessions.id, sessionId), eq(coachingSessions.pzkId, pzkId)));
  if (!s) throw notFoundError(NOT_FOUND);
  return s;
}

const sessionFields = {
  id: coachingSessions.id,
  kind: coachingSessions.kind,
  heldOn: coachingSessions.heldOn,
  hours: coachingSessions.hours,
  leader: coachingSessions.leader,
  participants: coachingSessions.participants,
  participantCount: coachingSessions.participantCount,
  topic: coachingSessions.topic,
  occurrenceId: coachingSessions.occurrenceId,
  version: coachingSessions.version,
};

const SUPERVISION_TASK_CODE = 'superwizja';

/** The "Superwizja zespołowa" occurrences of the PZK's gmina schedule while its cycle is open (closed cycles are read-only). */
function supervisionOccurrences(db: DbOrTx, pzk: LoadedPzk, ...extra: SQL[]) {
  return db
    .select({ id: occurrences.id, trackId: occurrences.trackId, periodStart: occurrences.periodStart, dueDate: occurrences.dueDate, status: occurrences.status, doneOn: occurrences.doneOn, note: occurrences.note })
    .from(occurrences)
    .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
    .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
    .where(
      and(
        eq(tracks.kind, 'gmina'),
        eq(tracks.implementationId, pzk.implementationId),
        eq(tracks.gminaId, pzk.gminaId),
        isNull(tracks.closedAt),
        eq(catalogueRecurringTasks.code, SUPERVISION_TASK_CODE),
        ...extra,
      ),
    )
    .orderBy(asc(occurrences.periodStart));
}

/** The occurrence a supervision held on `heldOn` fulfils, or null (no period holds the date, or not a supervision). */
async function occurrenceOfSession(db: DbOrTx, pzk: LoadedPzk, kind: string, heldOn: string): Promise<number | null> {
  if (kind !== 'supervision') return null;
  return occurrenceForDate(heldOn, await supervisionOccurrences(db, pzk));
}

/**
 * Brings the occurrences in `ids` in line with the supervisions linked to them: done by the earliest,
 * or back to planned when none is left (supervision-rule.ts); logs it on the track and refreshes its summary.
 */
async function syncOccurrences(tx: DbOrTx, actor: Actor, pzk: LoadedPzk, ids: (number | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((x): x is number => x != null))];
  if (!wanted.length) return;
  const [occs, linked] = await Promise.all([
    supervisionOccurrences(tx, pzk, inArray(occurrences.id, wanted)),
    tx
      .select({ occurrenceId: coachingSessions.occurrenceId, heldOn: coachingSessions.heldOn, topic: coachingSessions.topic })
      .from(coachingSessions)
      .where(and(inArray(coachingSessions.occurrenceId, wanted), eq(coachingSessions.kind, 'supervision'))),
  ]);
  const touched = new Set<number>();
  for (const o of occs) {
    const next = nextOccurrenceState(o, linked.filter((l) => l.occurrenceId === o.id));
    if (!next) continue;
    await tx.update(occurrences).set(next).where(eq(occurrences.id, o.id));
    const period = `${isoToPolish(o.periodStart)}–${isoToPolish(o.dueDate)}`;
    const text =
      next.status === 'done'
        ? `Zapisano superwizję zespołową z ${isoToPolish(next.doneOn!)}: superwizja w harmonogramie (okres ${period}) odbyta.`
        : `Usunięto lub przeniesiono superwizję zespołową: superwizja w harmonogramie (okres ${period}) znów zaplanowana.`;
    await tx.insert(trackEvents).values({ trackId: o.trackId, userId: actor.userId, userName: actor.name, text });
    touched.add(o.trackId);
  }
  if (touched.size) await refreshTrackSummary(tx, [...touched]);
}

/** The PZK's sessions, newest first, with the sums of its town. */
export async function listCoachingSessions(actor: Actor, pzkId: number) {
  const { pzk, canManage } = await coachingPzk(actor, pzkId, 'view');
  const db = getDb();
  const [sessions, startDate] = await Promise.all([
    db.select(sessionFields).from(coachingSessions).where(eq(coachingSessions.pzkId, pzk.id)).orderBy(desc(coachingSessions.heldOn), desc(coachingSessions.id)),
    implementationStart(db, pzk.implementationId),
  ]);
  // The PZK is its town's team: its sessions' sums are the town's (the reports sum per PZK too, lib/evaluation/figures-3d.ts).
  const hoursOf = (kind: (typeof sessions)[number]['kind']) => Math.round(sessions.filter((x) => x.kind === kind).reduce((sum, x) => sum + x.hours, 0) * 10) / 10;
  const totals = { internalTrainingHours: hoursOf('internal_training'), coachingHours: hoursOf('coaching'), supervisionHours: hoursOf('supervision'), sessions: sessions.length };
  return { pzk, canManage, implementationStart: startDate, sessions, totals };
}

/** One session for its edit form (those who may record sessions). */
export async function coachingSessionForEdit(actor: Actor, pzkId: number, sessionId: number) {
  const { pzk } = await coachingPzk(actor, pzkId, 'manage');
  const [session] = await getDb()
    .select(sessionFields)
    .from(coachingSessions)
    .where(and(eq(coachingSessions.id, sessionId), eq(coachingSessions.pzkId, pzk.id)));
  if (!session) throw notFoundError(NOT_FOUND);
  return { pzk, session, implementationStart: await implementationStart(getDb(), pzk.implementationId) };
}

/** Records a session or saves changes to one (optimistic locking on `version`). */
export async function saveCoachingSession(actor: Actor, input: unknown) {
  const v = parseInput(coachingSessionSchema, input);
  const { pzk } = await coachingPzk(actor, v.pzkId, 'manage');
  const db = getDb();
  const start = await implementationStart(db, pzk.implementationId);
  if (v.heldOn < start) throw invalidError({ heldOn: [`Data sesji nie może być wcześniejsza niż początek wdrożenia (${isoToPolish(start)}).`] });
  const values = { kind: v.kind, heldOn: v.heldOn, hours: v.hours, leader: v.leader, participants: v.participants, participantCount: v.participantCount, topic: v.topic };
  return db.transaction(async (tx) => {
    const occurrenceId = await occurrenceOfSession(tx, pzk, v.kind, v.heldOn);
    if (v.sessionId) {
      const current = await sessionOf(tx, pzk.id, v.sessionId);
      const [saved] = await tx
        .update(coachingSessions)
        .set({ ...values, occurrenceId, version: sql`${coachingSessions.version} + 1` })
        .where(and(eq(coachingSessions.id, current.id), eq(coachingSessions.version, v.version)))
        .returning({ id: coachingSessions.id, version: coachingSessions.version });
      if (!saved) throw conflictError();
      // The date may have left the period (or the kind changed): the previous occurrence is judged again too.
      await syncOccurrences(tx, actor, pzk, [current.occurrenceId, occurrenceId]);
      await audit(tx, actor, { action: 'coaching.session_saved', entityType: 'coaching_session', entityId: saved.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, kind: v.kind, hours: v.hours, occurrenceId, edited: true } });
      return { ...saved, occurrenceId };
    }
    const [saved] = await tx
      .insert(coachingSessions)
      .values({ ...values, occurrenceId, pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, createdBy: actor.userId })
      .returning({ id: coachingSessions.id, version: coachingSessions.version });
    await syncOccurrences(tx, actor, pzk, [occurrenceId]);
    await audit(tx, actor, { action: 'coaching.session_saved', entityType: 'coaching_session', entityId: saved.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, kind: v.kind, hours: v.hours, occurrenceId } });
    return { ...saved, occurrenceId };
  });
}

/** Deletes a session (after the page's confirmation); a session changed meanwhile is not deleted (CONFLICT). */
export async function deleteCoachingSession(actor: Actor, input: unknown) {
  const v = parseInput(coachingDeleteSchema, input);
  const { pzk } = await coachingPzk(actor, v.pzkId, 'manage');
  return getDb().transaction(async (tx) => {
    const current = await sessionOf(tx, pzk.id, v.sessionId);
    const [gone] = await tx
      .delete(coachingSessions)
      .where(and(eq(coachingSessions.id, current.id), eq(coachingSessions.version, v.version)))
      .returning({ id: coachingSessions.id });
    if (!gone) throw conflictError();
    await syncOccurrences(tx, actor, pzk, [current.occurrenceId]);
    await audit(tx, actor, { action: 'coaching.session_deleted', entityType: 'coaching_session', entityId: gone.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, kind: current.kind, occurrenceId: current.occurrenceId } });
    return gone;
  });
}
