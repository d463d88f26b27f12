import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { catalogueRecurringTasks, documents, occurrences, trackEvents, tracks, voivodeships, wzkAttendance, wzkDecisions, wzkMeetings } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { clock, dateInPoland } from '@/lib/clock';
import { conflictError, invalidError, notFoundError } from '@/lib/errors';
import { refreshTrackSummary } from '@/lib/implementations/summary';
import { warsawLocalToUtc } from '@/lib/pzk/meeting-schemas';
import { formatDate } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { BINDING_STATUSES, membersFromAgreements, occurrenceForDay, WZK_TASK_CODE, type WzkMember } from './rules';
import { wzkAttendanceSchema, wzkDecisionSchema, wzkDecisionStatusSchema, wzkMeetingSchema, wzkMinutesSchema } from './schemas';

/*
 * The Wojewódzki Zespół Kooperacji at work: its meetings (at least quarterly), attendance by party of
 * the regional agreement, decisions tracked as tasks, minutes. ROPS keeps them (wzk.manage), WZK
 * members read them (wzk.view), always within the actor's own województwo. Published minutes mark the
 * regional track's "Spotkanie WZK" occurrence of the meeting's quarter done.
 */

/** The regional agreements of the województwo and the members their binding ones make. */
export async function wzkMembership(db: DbOrTx, voivodeshipId: number) {
  const rows = await db
    .select({ id: documents.id, number: documents.number, status: documents.status, voivodeshipId: documents.voivodeshipId, content: documents.content, effectiveOn: documents.effectiveOn })
    .from(documents)
    .where(and(eq(documents.kind, 'agreement_regional'), eq(documents.voivodeshipId, voivodeshipId)))
    .orderBy(asc(documents.id));
  const members = membersFromAgreements(
    rows.map((r) => ({ id: r.id, number: r.number, status: r.status, voivodeshipId: r.voivodeshipId, parties: r.content.parties })),
    voivodeshipId,
  );
  const binding = rows.filter((r) => (BINDING_STATUSES as readonly string[]).includes(r.status));
  return {
    members,
    /** The agreements in force (signed or amended), for the member list's source. */
    agreements: binding.map((r) => ({ id: r.id, number: r.number, effectiveOn: r.effectiveOn })),
    /** The latest agreement in any other state (a draft to finish, one terminated), when none binds. */
    pending: binding.length ? null : (rows.filter((r) => r.status !== 'terminated').at(-1) ?? null),
  };
}

async function meetingRow(db: DbOrTx, meetingId: number) {
  const [m] = await db.select().from(wzkMeetings).where(eq(wzkMeetings.id, meetingId));
  if (!m) throw notFoundError('Nie znaleziono spotkania WZK.');
  return m;
}

/** The meeting, when the actor may do `action` in its województwo (refusals audited by authorize). */
async function meetingFor(db: DbOrTx, actor: Actor, meetingId: number, action: 'wzk.view' | 'wzk.manage') {
  const m = await meetingRow(db, meetingId);
  await authorize(actor, action, { voivodeshipId: m.voivodeshipId });
  return m;
}

/** The regional track's quarterly WZK occurrences of the województwo. */
function wzkOccurrences(db: DbOrTx, voivodeshipId: number) {
  return db
    .select({ id: occurrences.id, trackId: occurrences.trackId, periodStart: occurrences.periodStart, dueDate: occurrences.dueDate, status: occurrences.status })
    .from(occurrences)
    .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
    .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
    .where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, voivodeshipId), eq(catalogueRecurringTasks.code, WZK_TASK_CODE)))
    .orderBy(asc(occurrences.periodStart));
}

const ended = (m: { startsAt: Date; durationMinutes: number }, now: Date) => m.startsAt.getTime() + m.durationMinutes * 60_000 <= now.getTime();

/** The WZK page: members from the agreement, upcoming and past meetings, open decisions. */
export async function getWzk(actor: Actor, now = clock.now()) {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'wzk.view', { voivodeshipId });
  const db = getDb();
  const [[voiv], membership, meetings, openDecisions] = await Promise.all([
    db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId)),
    wzkMembership(db, voivodeshipId),
    db
      .select({ id: wzkMeetings.id, startsAt: wzkMeetings.startsAt, durationMinutes: wzkMeetings.durationMinutes, place: wzkMeetings.place, onlineUrl: wzkMeetings.onlineUrl, minutesPublishedAt: wzkMeetings.minutesPublishedAt })
      .from(wzkMeetings)
      .where(eq(wzkMeetings.voivodeshipId, voivodeshipId))
      .orderBy(asc(wzkMeetings.startsAt)),
    db
      .select({ id: wzkDecisions.id, text: wzkDecisions.text, ownerName: wzkDecisions.ownerName, dueOn: wzkDecisions.dueOn, meetingId: wzkDecisions.meetingId, meetingStartsAt: wzkMeetings.startsAt })
      .from(wzkDecisions)
      .innerJoin(wzkMeetings, eq(wzkMeetings.id, wzkDecisions.meetingId))
      .where(and(eq(wzkMeetings.voivodeshipId, voivodeshipId), eq(wzkDecisions.status, 'open')))
      .orderBy(sql`${wzkDecisions.dueOn} asc nulls last`, asc(wzkDecisions.id)),
  ]);
  return {
    voivodeshipName: voiv?.name ?? '',
    canManage: can(actor.scope, 'wzk.manage', { voivodeshipId }),
    ...membership,
    upcoming: meetings.filter((m) => !ended(m, now)),
    past: meetings.filter((m) => ended(m, now)).reverse(),
    openDecisions,
  };
}

/** One meeting with its attendance, decisions and the schedule occurrence it fulfils (or would). */
export async function getWzkMeeting(actor: Actor, meetingId: number) {
  const db = getDb();
  const m = await meetingFor(db, actor, meetingId, 'wzk.view');
  const [membership, attendance, decisions, occ] = await Promise.all([
    wzkMembership(db, m.voivodeshipId),
    db.select().from(wzkAttendance).where(eq(wzkAttendance.meetingId, m.id)).orderBy(asc(wzkAttendance.partyName)),
    db.select().from(wzkDecisions).where(eq(wzkDecisions.meetingId, m.id)).orderBy(asc(wzkDecisions.id)),
    wzkOccurrences(db, m.voivodeshipId),
  ]);
  const occurrence = m.occurrenceId ? (occ.find((o) => o.id === m.occurrenceId) ?? null) : occurrenceForDay(occ, dateInPoland(m.startsAt));
  const { createdBy: _c, ...meeting } = m;
  return { canManage: can(actor.scope, 'wzk.manage', { voivodeshipId: m.voivodeshipId }), meeting, members: membership.members, attendance, decisions, occurrence };
}

/** Plans a meeting of the actor's WZK or saves changes to one (optimistic locking on `version`). */
export async function saveWzkMeeting(actor: Actor, input: unknown) {
  const v = parseInput(wzkMeetingSchema, input);
  const db = getDb();
  const values = { startsAt: warsawLocalToUtc(v.startsAt)!, durationMinutes: v.durationMinutes, place: v.place, onlineUrl: v.onlineUrl, agenda: v.agenda };
  if (v.meetingId) {
    const current = await meetingFor(db, actor, v.meetingId, 'wzk.manage');
    return db.transaction(async (tx) => {
      const [saved] = await tx
        .update(wzkMeetings)
        .set({ ...values, version: sql`${wzkMeetings.version} + 1` })
        .where(and(eq(wzkMeetings.id, current.id), eq(wzkMeetings.version, v.version)))
        .returning({ id: wzkMeetings.id, version: wzkMeetings.version });
      if (!saved) throw conflictError();
      await audit(tx, actor, { action: 'wzk.meeting_saved', entityType: 'wzk_meeting', entityId: saved.id, voivodeshipId: current.voivodeshipId, details: { edited: true } });
      return saved;
    });
  }
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'wzk.manage', { voivodeshipId });
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(wzkMeetings)
      .values({ ...values, voivodeshipId, createdBy: actor.userId })
      .returning({ id: wzkMeetings.id, version: wzkMeetings.version });
    await audit(tx, actor, { action: 'wzk.meeting_saved', entityType: 'wzk_meeting', entityId: saved.id, voivodeshipId, details: { created: true } });
    return saved;
  });
}

/** Saves the attendance as a whole: one row per member (party) of the WZK; only members may be listed. */
export async function saveWzkAttendance(actor: Actor, input: unknown) {
  const v = parseInput(wzkAttendanceSchema, input);
  const db = getDb();
  const m = await meetingFor(db, actor, v.meetingId, 'wzk.manage');
  const { members } = await wzkMembership(db, m.voivodeshipId);
  const byKey = new Map(members.map((x) => [x.key, x]));
  const keys = v.rows.map((r) => r.partyKey);
  if (keys.some((k) => !byKey.has(k))) throw invalidError({ rows: ['Na liście obecności mogą być tylko strony porozumienia wojewódzkiego (członkowie WZK).'] });
  if (new Set(keys).size !== keys.length) throw invalidError({ rows: ['Każdy członek WZK może być na liście tylko raz.'] });
  return db.transaction(async (tx) => {
    await tx.delete(wzkAttendance).where(eq(wzkAttendance.meetingId, m.id));
    if (v.rows.length)
      await tx.insert(wzkAttendance).values(v.rows.map((r) => ({ meetingId: m.id, partyKey: r.partyKey, partyName: byKey.get(r.partyKey)!.name, personName: r.present ? r.personName : '', present: r.present })));
    const present = v.rows.filter((r) => r.present).length;
    await audit(tx, actor, { action: 'wzk.attendance_saved', entityType: 'wzk_meeting', entityId: m.id, voivodeshipId: m.voivodeshipId, details: { present, absent: v.rows.length - present } });
    return { present, absent: v.rows.length - present };
  });
}

function memberOf(members: WzkMember[], key: string) {
  const found = members.find((x) => x.key === key);
  if (!found) throw invalidError({ ownerPartyKey: ['Odpowiedzialny musi być członkiem WZK (stroną porozumienia wojewódzkiego).'] });
  return found;
}

/** Records a decision of the meeting as a task: owner (a member party) and due date. */
export async function addWzkDecision(actor: Actor, input: unknown) {
  const v = parseInput(wzkDecisionSchema, input);
  const db = getDb();
  const m = await meetingFor(db, actor, v.meetingId, 'wzk.manage');
  const owner = memberOf((await wzkMembership(db, m.voivodeshipId)).members, v.ownerPartyKey);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(wzkDecisions)
      .values({ meetingId: m.id, text: v.text, ownerPartyKey: owner.key, ownerName: owner.name, dueOn: v.dueOn })
      .returning({ id: wzkDecisions.id, version: wzkDecisions.version });
    await audit(tx, actor, { action: 'wzk.decision_changed', entityType: 'wzk_meeting', entityId: m.id, voivodeshipId: m.voivodeshipId, details: { decisionId: row.id, added: true } });
    return row;
  });
}

/** Marks a decision done or reopens it (optimistic locking on the decision's version). */
export async function setWzkDecisionStatus(actor: Actor, input: unknown) {
  const v = parseInput(wzkDecisionStatusSchema, input);
  const db = getDb();
  const [d] = await db.select({ id: wzkDecisions.id, meetingId: wzkDecisions.meetingId }).from(wzkDecisions).where(eq(wzkDecisions.id, v.decisionId));
  if (!d) throw notFoundError('Nie znaleziono ustalenia.');
  const m = await meetingFor(db, actor, d.meetingId, 'wzk.manage');
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .update(wzkDecisions)
      .set({ status: v.status, doneAt: v.status === 'done' ? clock.now() : null, version: sql`${wzkDecisions.version} + 1` })
      .where(and(eq(wzkDecisions.id, d.id), eq(wzkDecisions.version, v.version)))
      .returning({ id: wzkDecisions.id, version: wzkDecisions.version });
    if (!saved) throw conflictError();
    await audit(tx, actor, { action: 'wzk.decision_changed', entityType: 'wzk_meeting', entityId: m.id, voivodeshipId: m.voivodeshipId, details: { decisionId: d.id, status: v.status } });
    return saved;
  });
}

/**
 * Saves the minutes; `publish` (non-empty minutes only) stamps the publication time and marks the
 * regional track's WZK occurrence of the quarter holding the meeting's day done, remembering it.
 */
export async function saveWzkMinutes(actor: Actor, input: unknown) {
  const v = parseInput(wzkMinutesSchema, input);
  if (v.publish && !v.minutes) throw invalidError({ minutes: ['Protokół do opublikowania nie może być pusty.'] });
  const db = getDb();
  const m = await meetingFor(db, actor, v.meetingId, 'wzk.manage');
  return db.transaction(async (tx) => {
    const day = dateInPoland(m.startsAt);
    const occ = v.publish ? (m.occurrenceId ? { id: m.occurrenceId } : occurrenceForDay(await wzkOccurrences(tx, m.voivodeshipId), day)) : null;
    const [saved] = await tx
      .update(wzkMeetings)
      .set({ minutes: v.minutes, ...(v.publish ? { minutesPublishedAt: clock.now(), occurrenceId: occ?.id ?? null } : {}), version: sql`${wzkMeetings.version} + 1` })
      .where(and(eq(wzkMeetings.id, m.id), eq(wzkMeetings.version, v.version)))
      .returning({ id: wzkMeetings.id, version: wzkMeetings.version, minutesPublishedAt: wzkMeetings.minutesPublishedAt, occurrenceId: wzkMeetings.occurrenceId });
    if (!saved) throw conflictError();
    if (occ) {
      const [done] = await tx
        .update(occurrences)
        .set({ status: 'done', doneOn: day })
        .where(and(eq(occurrences.id, occ.id), sql`${occurrences.status} <> 'done'`))
        .returning({ trackId: occurrences.trackId });
      if (done) {
        await tx.insert(trackEvents).values({ trackId: done.trackId, userId: actor.userId, userName: actor.name, text: `Opublikowano protokół ze spotkania WZK z ${formatDate(day)}: spotkanie w harmonogramie odbyte.` });
        await refreshTrackSummary(tx, [done.trackId]);
      }
    }
    await audit(tx, actor, {
      action: v.publish ? 'wzk.minutes_published' : 'wzk.meeting_saved',
      entityType: 'wzk_meeting',
      entityId: m.id,
      voivodeshipId: m.voivodeshipId,
      details: { minutes: true, ...(v.publish ? { occurrenceId: occ?.id ?? null } : {}) },
    });
    return saved;
  });
}
