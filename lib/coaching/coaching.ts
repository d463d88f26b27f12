import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { coachingSessions, implementations } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { conflictError, invalidError, notFoundError, refusedChange } from '@/lib/errors';
import { isoToPolish } from '@/lib/model/dates';
import { loadPzk } from '@/lib/pzk/pzk';
import { parseInput } from '@/lib/validation/parse';
import { coachingDeleteSchema, coachingSessionSchema } from './schemas';

/*
 * Coaching and supervision of the people working with families in a PZK's gmina (the case teams;
 * in Kooperacje 3D the ZZK — pilot: "ponad 500 godzin coachingu", "superwizja w ramach ZZK"; the
 * rural model's step 7.1 has them too, so both variants share this code). A session lives in its
 * PZK's place: whoever does not find the PZK does not find its sessions (NOT_FOUND, as the PZK
 * area answers); a PZK's people without `coaching.view` are refused (FORBIDDEN). No family data.
 */

const NOT_FOUND = 'Nie znaleziono sesji.';

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
    .select({ id: coachingSessions.id, version: coachingSessions.version, kind: coachingSessions.kind })
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
  version: coachingSessions.version,
};

/** The PZK's sessions, newest first, with the sums of its town. */
export async function listCoachingSessions(actor: Actor, pzkId: number) {
  const { pzk, canManage } = await coachingPzk(actor, pzkId, 'view');
  const db = getDb();
  const [sessions, startDate] = await Promise.all([
    db.select(sessionFields).from(coachingSessions).where(eq(coachingSessions.pzkId, pzk.id)).orderBy(desc(coachingSessions.heldOn), desc(coachingSessions.id)),
    implementationStart(db, pzk.implementationId),
  ]);
  // The PZK is its town's team: its sessions' sums are the town's (the reports sum per PZK too, lib/evaluation/figures-3d.ts).
  const hoursOf = (kind: (typeof sessions)[number]['kind']) => sessions.filter((x) => x.kind === kind).reduce((sum, x) => sum + x.hours, 0);
  const totals = { coachingHours: hoursOf('coaching'), supervisionHours: hoursOf('supervision'), sessions: sessions.length };
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
    if (v.sessionId) {
      const current = await sessionOf(tx, pzk.id, v.sessionId);
      const [saved] = await tx
        .update(coachingSessions)
        .set({ ...values, version: sql`${coachingSessions.version} + 1` })
        .where(and(eq(coachingSessions.id, current.id), eq(coachingSessions.version, v.version)))
        .returning({ id: coachingSessions.id, version: coachingSessions.version });
      if (!saved) throw conflictError();
      await audit(tx, actor, { action: 'coaching.session_saved', entityType: 'coaching_session', entityId: saved.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, kind: v.kind, hours: v.hours, edited: true } });
      return saved;
    }
    const [saved] = await tx
      .insert(coachingSessions)
      .values({ ...values, pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, createdBy: actor.userId })
      .returning({ id: coachingSessions.id, version: coachingSessions.version });
    await audit(tx, actor, { action: 'coaching.session_saved', entityType: 'coaching_session', entityId: saved.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, kind: v.kind, hours: v.hours } });
    return saved;
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
    await audit(tx, actor, { action: 'coaching.session_deleted', entityType: 'coaching_session', entityId: gone.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, kind: current.kind } });
    return gone;
  });
}
