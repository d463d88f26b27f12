import 'server-only';
import { appUrl, notifyPzk } from '@/lib/notifications/outbox';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { MinutesPdfData } from '@/components/pdf/MinutesPdf';
import { getDb, type DbOrTx } from '@/db/client';
import { catalogueRecurringTasks, institutions, occurrences, pzkAttendance, pzkConsultations, pzkDecisions, pzkMeetings, pzkMembers, trackEvents, tracks } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { refreshTrackSummary } from '@/lib/implementations/summary';
import { VARIANT_SHORT } from '@/lib/model/catalogue-edit';
import { conflictError, invalidError, notFoundError, RefusedError, refusedChange } from '@/lib/errors';
import type { PdfFile } from '@/lib/pdf/reports';
import { printMinutes } from '@/lib/pdf/minutes';
import { formatDate, formatDateTime } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { meetingsToIcs, type IcsMeeting } from './ics';
import { agendaChecklist, agendaPointsOf, kindAllowed, kindTitle } from './meeting-kinds';
import { completeFormingStep, formingMeetings } from './meeting-forming';

export { formingMeetings };
import { AGENDA_AREAS, MEETING_KINDS, attendanceSchema, consultationDeleteSchema, consultationSchema, decisionSchema, decisionStatusSchema, meetingSchema, minutesSchema, warsawLocalToUtc } from './meeting-schemas';
import { loadPzk } from './pzk';
import { clock, dateInPoland } from '@/lib/clock';
import { memberAccountId } from './member-account';
import { polishOrder } from '@/lib/polish-order';
import { openTrack } from '@/lib/implementations/open-track';

/** The schedule's recurring task that a monthly PZK meeting fulfils. */
export const MEETING_TASK_CODE = 'spotkanie-pzk';

type LoadedPzk = Awaited<ReturnType<typeof loadPzk>>;

/**
 * A PZK's meeting pages are members' pages (observers — ROPS — read them). Both animators run the
 * team's meetings: the PCPR animator (who manages the PZK) and the GOPS animator of its gmina.
 */
async function meetingPzk(actor: Actor, pzkId: number, meetingId?: number) {
  const pzk = await loadPzk(actor, pzkId, 'member').catch(async (e) => {
    throw await asMeetingRefusal(e, pzkId, meetingId);
  });
  const canRun = pzk.access === 'manage' || (pzk.access !== 'observer' && can(actor.scope, 'service.manage', { voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId }));
  return { pzk, canRun };
}

async function runnerPzk(actor: Actor, pzkId: number, meetingId?: number) {
  const r = await meetingPzk(actor, pzkId, meetingId);
  if (!r.canRun) throw await asMeetingRefusal(refusedChange('pzk', pzkId, r.pzk.voivodeshipId, 'Spotkania zespołu planują i prowadzą animatorzy: PCPR i GOPS.'), pzkId, meetingId);
  return r.pzk;
}

/** A refusal of the team, when one of its meetings was asked for, is audited as that meeting's. */
async function asMeetingRefusal(e: unknown, pzkId: number, meetingId: number | undefined) {
  if (!(e instanceof RefusedError) || meetingId == null) return e;
  const [m] = await getDb().select({ id: pzkMeetings.id }).from(pzkMeetings).where(and(eq(pzkMeetings.id, meetingId), eq(pzkMeetings.pzkId, pzkId)));
  if (!m) return e;
  return new RefusedError(e.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'NOT_FOUND', e.message, { type: 'pzk_meeting', id: m.id, voivodeshipId: e.entity.voivodeshipId });
}

/** The meeting, only when it belongs to this PZK (otherwise it does not exist for the caller). */
async function meetingOf(db: DbOrTx, pzkId: number, meetingId: number) {
  const [m] = await db.select().from(pzkMeetings).where(and(eq(pzkMeetings.id, meetingId), eq(pzkMeetings.pzkId, pzkId)));
  if (!m) throw notFoundError('Nie znaleziono spotkania.');
  return m;
}

/** The gmina track's planned monthly-meeting occurrences of this PZK. */
function occurrenceQuery(db: DbOrTx, pzk: LoadedPzk, ...extra: SQL[]) {
  return db
    .select({ id: occurrences.id, trackId: occurrences.trackId, dueDate: occurrences.dueDate, periodStart: occurrences.periodStart, status: occurrences.status, name: catalogueRecurringTasks.name })
    .from(occurrences)
    .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
    .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
    .where(and(eq(tracks.kind, 'gmina'), openTrack, eq(tracks.implementationId, pzk.implementationId), eq(tracks.gminaId, pzk.gminaId), eq(catalogueRecurringTasks.code, MEETING_TASK_CODE), ...extra));
}

const meetingListFields = {
  id: pzkMeetings.id,
  kind: pzkMeetings.kind,
  startsAt: pzkMeetings.startsAt,
  durationMinutes: pzkMeetings.durationMinutes,
  place: pzkMeetings.place,
  onlineUrl: pzkMeetings.onlineUrl,
  minutesPublishedAt: pzkMeetings.minutesPublishedAt,
  occurrenceId: pzkMeetings.occurrenceId,
};

/** The meetings page: upcoming and past meetings, months of the schedule still to plan, open decisions. */
export async function listMeetings(actor: Actor, pzkId: number, now = clock.now()) {
  const { pzk, canRun } = await meetingPzk(actor, pzkId);
  const db = getDb();
  const [meetings, slots, openDecisions] = await Promise.all([
    db.select(meetingListFields).from(pzkMeetings).where(eq(pzkMeetings.pzkId, pzk.id)).orderBy(asc(pzkMeetings.startsAt)),
    occurrenceQuery(db, pzk, eq(occurrences.status, 'planned'), sql`not exists (select 1 from ${pzkMeetings} pm where pm.occurrence_id = ${occurrences.id})`).orderBy(asc(occurrences.dueDate)),
    db
      .select({ id: pzkDecisions.id, text: pzkDecisions.text, dueOn: pzkDecisions.dueOn, meetingId: pzkDecisions.meetingId, meetingStartsAt: pzkMeetings.startsAt, ownerName: pzkMembers.name })
      .from(pzkDecisions)
      .innerJoin(pzkMeetings, eq(pzkMeetings.id, pzkDecisions.meetingId))
      .leftJoin(pzkMembers, eq(pzkMembers.id, pzkDecisions.ownerMemberId))
      .where(and(eq(pzkMeetings.pzkId, pzk.id), eq(pzkDecisions.status, 'open')))
      .orderBy(sql`${pzkDecisions.dueOn} asc nulls last`, asc(pzkDecisions.id)),
  ]);
  // A meeting is "upcoming" until it has ended.
  const ended = (m: (typeof meetings)[number]) => m.startsAt.getTime() + m.durationMinutes * 60_000 <= now.getTime();
  // Kooperacje 3D: how far the team is in forming itself (2 initiating + 1 formalising meeting).
  const forming = kindAllowed('initiating', pzk.variant) ? (await formingMeetings(db, [pzk.id])).get(pzk.id)! : null;
  return {
    pzk,
    canRun,
    forming,
    upcoming: meetings.filter((m) => !ended(m)),
    past: meetings.filter(ended).reverse(),
    scheduleSlots: slots.map((s) => ({ id: s.id, dueDate: s.dueDate, periodStart: s.periodStart, name: s.name })),
    openDecisions,
  };
}

/** One meeting with everything its page shows. */
export async function getMeeting(actor: Actor, pzkId: number, meetingId: number) {
  const { pzk, canRun } = await meetingPzk(actor, pzkId, meetingId);
  const db = getDb();
  const meeting = await meetingOf(db, pzk.id, meetingId);
  const [team, attendance, decisions, consultations, occurrence] = await Promise.all([
    db
      .select({ id: pzkMembers.id, name: pzkMembers.name, function: pzkMembers.function, teamRole: pzkMembers.teamRole, userId: pzkMembers.userId, institutionId: pzkMembers.institutionId, institutionName: institutions.name })
      .from(pzkMembers)
      .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
      .where(and(eq(pzkMembers.pzkId, pzk.id), isNull(pzkMembers.removedAt), eq(pzkMembers.proposed, false)))
      .orderBy(polishOrder(institutions.name), polishOrder(pzkMembers.name)),
    db
      .select({ memberId: pzkAttendance.memberId, present: pzkAttendance.present, name: pzkMembers.name, institutionName: institutions.name })
      .from(pzkAttendance)
      .innerJoin(pzkMembers, eq(pzkMembers.id, pzkAttendance.memberId))
      .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
      .where(eq(pzkAttendance.meetingId, meeting.id))
      .orderBy(polishOrder(institutions.name), polishOrder(pzkMembers.name)),
    db
      .select({ id: pzkDecisions.id, text: pzkDecisions.text, ownerMemberId: pzkDecisions.ownerMemberId, ownerName: pzkMembers.name, ownerUserId: memberAccountId, dueOn: pzkDecisions.dueOn, status: pzkDecisions.status, doneAt: pzkDecisions.doneAt, version: pzkDecisions.version })
      .from(pzkDecisions)
      .leftJoin(pzkMembers, eq(pzkMembers.id, pzkDecisions.ownerMemberId))
      .where(eq(pzkDecisions.meetingId, meeting.id))
      .orderBy(asc(pzkDecisions.id)),
    db.select({ id: pzkConsultations.id, specialist: pzkConsultations.specialist, startsAt: pzkConsultations.startsAt, forWhom: pzkConsultations.forWhom }).from(pzkConsultations).where(eq(pzkConsultations.meetingId, meeting.id)).orderBy(asc(pzkConsultations.startsAt)),
    meeting.occurrenceId ? occurrenceQuery(db, pzk, eq(occurrences.id, meeting.occurrenceId)) : Promise.resolve([]),
  ]);
  const { createdBy: _createdBy, ...fields } = meeting;
  return {
    pzk,
    canRun,
    meeting: fields,
    occurrence: occurrence[0] ? { id: occurrence[0].id, periodStart: occurrence[0].periodStart, dueDate: occurrence[0].dueDate, status: occurrence[0].status } : null,
    team: team.map(({ userId: _u, ...m }) => m),
    attendance,
    decisions: decisions.map(({ ownerUserId, ...d }) => ({ ...d, canChange: canRun || (pzk.access !== 'observer' && ownerUserId != null && ownerUserId === actor.userId) })),
    consultations,
  };
}

/** An occurrence may be fulfilled by one meeting of this PZK's own track. */
async function checkOccurrence(db: DbOrTx, pzk: LoadedPzk, occurrenceId: number | undefined, meetingId: number | undefined) {
  if (!occurrenceId) return null;
  const [occ] = await occurrenceQuery(db, pzk, eq(occurrences.id, occurrenceId));
  if (!occ) throw invalidError({ occurrenceId: ['Tego spotkania nie ma w harmonogramie zespołu.'] });
  const [taken] = await db.select({ id: pzkMeetings.id }).from(pzkMeetings).where(eq(pzkMeetings.occurrenceId, occurrenceId));
  if (taken && taken.id !== meetingId) throw invalidError({ occurrenceId: ['To spotkanie z harmonogramu jest już zaplanowane.'] });
  return occ;
}

/** Plans a meeting or saves changes to one (optimistic locking on `version`). */
export async function saveMeeting(actor: Actor, input: unknown) {
  const v = parseInput(meetingSchema, input);
  const pzk = await runnerPzk(actor, v.pzkId, v.meetingId);
  if (!kindAllowed(v.kind, pzk.variant)) throw invalidError({ kind: [`${kindTitle(v.kind)} nie występuje w wariancie modelu tego zespołu (${VARIANT_SHORT[pzk.variant]}).`] });
  const startsAt = warsawLocalToUtc(v.startsAt)!;
  const done = new Set(v.agendaDone);
  const values = {
    kind: v.kind,
    // In the kind's order, each key once.
    agendaDone: agendaPointsOf(v.kind)
      .map((p) => p.key)
      .filter((k) => done.has(k)),
    startsAt,
    durationMinutes: v.durationMinutes,
    place: v.place,
    onlineUrl: v.onlineUrl,
    agendaResources: v.agendaResources,
    agendaCases: v.agendaCases,
    agendaMethods: v.agendaMethods,
  };
  const db = getDb();
  return db.transaction(async (tx) => {
    if (v.meetingId) {
      const current = await meetingOf(tx, pzk.id, v.meetingId);
      const occurrenceId = v.occurrenceId ?? current.occurrenceId ?? undefined;
      await checkOccurrence(tx, pzk, occurrenceId, current.id);
      const [saved] = await tx
        .update(pzkMeetings)
        .set({ ...values, occurrenceId: occurrenceId ?? null, version: sql`${pzkMeetings.version} + 1` })
        .where(and(eq(pzkMeetings.id, current.id), eq(pzkMeetings.version, v.version)))
        .returning({ id: pzkMeetings.id, version: pzkMeetings.version });
      if (!saved) throw conflictError();
      await audit(tx, actor, { action: 'pzk.meeting_saved', entityType: 'pzk_meeting', entityId: saved.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, kind: v.kind, edited: true } });
      return saved;
    }
    await checkOccurrence(tx, pzk, v.occurrenceId, undefined);
    const [saved] = await tx
      .insert(pzkMeetings)
      .values({ ...values, pzkId: pzk.id, occurrenceId: v.occurrenceId ?? null, createdBy: actor.userId })
      .returning({ id: pzkMeetings.id, version: pzkMeetings.version });
    await audit(tx, actor, { action: 'pzk.meeting_saved', entityType: 'pzk_meeting', entityId: saved.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, kind: v.kind, occurrenceId: v.occurrenceId ?? null } });
    await notifyPzk(
      tx,
      pzk.id,
      'meeting_new',
      { subject: `${pzk.name}: ${v.kind === 'regular' ? 'nowe spotkanie' : MEETING_KINDS[v.kind]} ${formatDateTime(values.startsAt)}`, body: `${actor.name} zaplanował(a) spotkanie zespołu ${pzk.name} na ${formatDateTime(values.startsAt)}.\n\n${appUrl(`/pzk/${pzk.id}/spotkania/${saved.id}`)}` },
      { exceptUserId: actor.userId },
    );
    return saved;
  });
}

/** Saves the attendance list as a whole: the listed members were present, the rest of the team absent. */
export async function saveAttendance(actor: Actor, input: unknown) {
  const v = parseInput(attendanceSchema, input);
  const pzk = await runnerPzk(actor, v.pzkId, v.meetingId);
  const db = getDb();
  return db.transaction(async (tx) => {
    const meeting = await meetingOf(tx, pzk.id, v.meetingId);
    const team = await tx
      .select({ id: pzkMembers.id })
      .from(pzkMembers)
      .where(and(eq(pzkMembers.pzkId, pzk.id), isNull(pzkMembers.removedAt), eq(pzkMembers.proposed, false)));
    const ids = new Set(team.map((m) => m.id));
    const present = new Set(v.present);
    if ([...present].some((id) => !ids.has(id))) throw invalidError({ present: ['Na liście obecności mogą być tylko członkowie zespołu.'] });
    await tx.delete(pzkAttendance).where(eq(pzkAttendance.meetingId, meeting.id));
    if (team.length) await tx.insert(pzkAttendance).values(team.map((m) => ({ meetingId: meeting.id, memberId: m.id, present: present.has(m.id) })));
    await audit(tx, actor, { action: 'pzk.attendance_saved', entityType: 'pzk_meeting', entityId: meeting.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, present: present.size, absent: team.length - present.size } });
    return { present: present.size, absent: team.length - present.size };
  });
}

async function activeMember(db: DbOrTx, pzkId: number, memberId: number) {
  const [m] = await db
    .select({ id: pzkMembers.id })
    .from(pzkMembers)
    .where(and(eq(pzkMembers.id, memberId), eq(pzkMembers.pzkId, pzkId), isNull(pzkMembers.removedAt), eq(pzkMembers.proposed, false)));
  return m ?? null;
}

/** Records a decision (ustalenie) of the meeting, with an owner from the team and a due date. */
export async function addDecision(actor: Actor, input: unknown) {
  const v = parseInput(decisionSchema, input);
  const pzk = await runnerPzk(actor, v.pzkId, v.meetingId);
  return getDb().transaction(async (tx) => {
    const meeting = await meetingOf(tx, pzk.id, v.meetingId);
    if (!(await activeMember(tx, pzk.id, v.ownerMemberId))) throw invalidError({ ownerMemberId: ['Osoba odpowiedzialna musi być członkiem zespołu.'] });
    const [row] = await tx.insert(pzkDecisions).values({ meetingId: meeting.id, text: v.text, ownerMemberId: v.ownerMemberId, dueOn: v.dueOn }).returning({ id: pzkDecisions.id, version: pzkDecisions.version });
    await audit(tx, actor, { action: 'pzk.decision_changed', entityType: 'pzk_meeting', entityId: meeting.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, decisionId: row.id, added: true } });
    await notifyPzk(
      tx,
      pzk.id,
      'task_assigned',
      { subject: `${pzk.name}: przydzielono Ci zadanie`, body: `Na spotkaniu zespołu ${pzk.name} przydzielono Ci zadanie${v.dueOn ? ` z terminem ${formatDate(v.dueOn)}` : ''}.\n\n${appUrl(`/pzk/${pzk.id}/spotkania/${meeting.id}`)}` },
      { onlyMemberIds: [v.ownerMemberId] },
    );
    return row;
  });
}

/** Marks a decision done or reopens it: the animators, or the member who owns it. */
export async function setDecisionStatus(actor: Actor, input: unknown) {
  const v = parseInput(decisionStatusSchema, input);
  const { pzk, canRun } = await meetingPzk(actor, v.pzkId);
  const db = getDb();
  const [d] = await db
    .select({ id: pzkDecisions.id, meetingId: pzkDecisions.meetingId, ownerUserId: memberAccountId })
    .from(pzkDecisions)
    .innerJoin(pzkMeetings, eq(pzkMeetings.id, pzkDecisions.meetingId))
    .leftJoin(pzkMembers, eq(pzkMembers.id, pzkDecisions.ownerMemberId))
    .where(and(eq(pzkDecisions.id, v.decisionId), eq(pzkMeetings.pzkId, pzk.id)));
  if (!d) throw notFoundError('Nie znaleziono ustalenia.');
  const owner = pzk.access !== 'observer' && d.ownerUserId != null && d.ownerUserId === actor.userId;
  if (!canRun && !owner) throw refusedChange('pzk_meeting', d.meetingId, pzk.voivodeshipId, 'Status ustalenia zmieniają animatorzy zespołu albo osoba za nie odpowiedzialna.');
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .update(pzkDecisions)
      .set({ status: v.status, doneAt: v.status === 'done' ? clock.now() : null, version: sql`${pzkDecisions.version} + 1` })
      .where(and(eq(pzkDecisions.id, d.id), eq(pzkDecisions.version, v.version)))
      .returning({ id: pzkDecisions.id, version: pzkDecisions.version });
    if (!saved) throw conflictError();
    await audit(tx, actor, { action: 'pzk.decision_changed', entityType: 'pzk_meeting', entityId: d.meetingId, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, decisionId: d.id, status: v.status } });
    return saved;
  });
}

/** A consultation slot after the meeting (the mobile consultation point). */
export async function addConsultation(actor: Actor, input: unknown) {
  const v = parseInput(consultationSchema, input);
  const pzk = await runnerPzk(actor, v.pzkId, v.meetingId);
  return getDb().transaction(async (tx) => {
    const meeting = await meetingOf(tx, pzk.id, v.meetingId);
    const [row] = await tx.insert(pzkConsultations).values({ meetingId: meeting.id, specialist: v.specialist, startsAt: warsawLocalToUtc(v.startsAt)!, forWhom: v.forWhom }).returning({ id: pzkConsultations.id });
    await audit(tx, actor, { action: 'pzk.meeting_saved', entityType: 'pzk_meeting', entityId: meeting.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, consultationId: row.id, added: true } });
    return row;
  });
}

export async function deleteConsultation(actor: Actor, input: unknown) {
  const v = parseInput(consultationDeleteSchema, input);
  const pzk = await runnerPzk(actor, v.pzkId);
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(pzkConsultations)
      .where(and(eq(pzkConsultations.id, v.consultationId), inArray(pzkConsultations.meetingId, tx.select({ id: pzkMeetings.id }).from(pzkMeetings).where(eq(pzkMeetings.pzkId, pzk.id)))))
      .returning({ id: pzkConsultations.id, meetingId: pzkConsultations.meetingId });
    if (!row) throw notFoundError('Nie znaleziono terminu konsultacji.');
    await audit(tx, actor, { action: 'pzk.meeting_saved', entityType: 'pzk_meeting', entityId: row.meetingId, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, consultationId: row.id, removed: true } });
  });
}

/**
 * Saves the minutes; `publish` stamps the publication time (again, when republished). Publishing
 * the minutes of a meeting that fulfils the schedule's monthly meeting marks that occurrence done.
 */
export async function saveMinutes(actor: Actor, input: unknown) {
  const v = parseInput(minutesSchema, input);
  const pzk = await runnerPzk(actor, v.pzkId, v.meetingId);
  if (v.publish && !v.minutes) throw invalidError({ minutes: ['Protokół do opublikowania nie może być pusty.'] });
  return getDb().transaction(async (tx) => {
    const meeting = await meetingOf(tx, pzk.id, v.meetingId);
    const [saved] = await tx
      .update(pzkMeetings)
      .set({ minutes: v.minutes, ...(v.publish ? { minutesPublishedAt: clock.now() } : {}), version: sql`${pzkMeetings.version} + 1` })
      .where(and(eq(pzkMeetings.id, meeting.id), eq(pzkMeetings.version, v.version)))
      .returning({ id: pzkMeetings.id, version: pzkMeetings.version, minutesPublishedAt: pzkMeetings.minutesPublishedAt });
    if (!saved) throw conflictError();
    if (v.publish && meeting.occurrenceId) {
      const doneOn = dateInPoland(meeting.startsAt);
      const [occ] = await tx
        .update(occurrences)
        .set({ status: 'done', doneOn })
        .where(and(eq(occurrences.id, meeting.occurrenceId), sql`${occurrences.status} <> 'done'`))
        .returning({ trackId: occurrences.trackId });
      if (occ) {
        await tx.insert(trackEvents).values({ trackId: occ.trackId, userId: actor.userId, userName: actor.name, text: `Opublikowano protokół ze spotkania PZK z ${formatDate(doneOn)}: spotkanie w harmonogramie odbyte.` });
        await refreshTrackSummary(tx, [occ.trackId]);
      }
    }
    // First publication only: republishing corrected minutes must not complete a second sub-step.
    const completed = v.publish && !meeting.minutesPublishedAt ? await completeFormingStep(tx, { userId: actor.userId, name: actor.name }, pzk, meeting) : null;
    await audit(tx, actor, { action: v.publish ? 'pzk.minutes_published' : 'pzk.meeting_saved', entityType: 'pzk_meeting', entityId: meeting.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, minutes: true, ...(completed ? { scheduleItemId: completed.scheduleItemId } : {}) } });
    if (v.publish) {
      await notifyPzk(
        tx,
        pzk.id,
        'minutes_published',
        { subject: `${pzk.name}: protokół ze spotkania ${formatDateTime(meeting.startsAt)}`, body: `Opublikowano protokół ze spotkania zespołu ${pzk.name} z ${formatDateTime(meeting.startsAt)}.\n\n${appUrl(`/pzk/${pzk.id}/spotkania/${meeting.id}`)}` },
        { exceptUserId: actor.userId },
      );
    }
    return saved;
  });
}

// ---------------------------------------------------------------------------
// Calendars
// ---------------------------------------------------------------------------

export const icsFields = {
  id: pzkMeetings.id,
  pzkId: pzkMeetings.pzkId,
  kind: pzkMeetings.kind,
  startsAt: pzkMeetings.startsAt,
  durationMinutes: pzkMeetings.durationMinutes,
  place: pzkMeetings.place,
  onlineUrl: pzkMeetings.onlineUrl,
  agendaResources: pzkMeetings.agendaResources,
  agendaCases: pzkMeetings.agendaCases,
  agendaMethods: pzkMeetings.agendaMethods,
  version: pzkMeetings.version,
};

/** One meeting as an .ics file to add to a calendar (members). */
export async function meetingIcs(actor: Actor, pzkId: number, meetingId: number, baseUrl: string) {
  const { pzk } = await meetingPzk(actor, pzkId, meetingId);
  const [m] = await getDb()
    .select(icsFields)
    .from(pzkMeetings)
    .where(and(eq(pzkMeetings.id, meetingId), eq(pzkMeetings.pzkId, pzk.id)));
  if (!m) throw notFoundError('Nie znaleziono spotkania.');
  const event: IcsMeeting = { ...m, gminaName: pzk.gminaName };
  const date = dateInPoland(m.startsAt);
  return { ics: meetingsToIcs([event], { calendarName: pzk.name, baseUrl }), filename: `spotkanie-pzk-${date}.ics` };
}

// ---------------------------------------------------------------------------
// Minutes PDF
// ---------------------------------------------------------------------------

/** The meeting's minutes as a PDF; "PROJEKT" across the pages until they are published. */
export async function minutesPdf(actor: Actor, pzkId: number, meetingId: number, now = clock.now()): Promise<PdfFile> {
  const { pzk, meeting, attendance, decisions, consultations } = await getMeeting(actor, pzkId, meetingId);
  const data: MinutesPdfData = {
    title: 'Protokół ze spotkania PZK',
    subtitle: `${pzk.name}, powiat ${pzk.powiatName}`,
    kind: MEETING_KINDS[meeting.kind],
    date: `${formatDateTime(meeting.startsAt)} (${meeting.durationMinutes} min)`,
    place: [meeting.place, meeting.onlineUrl && `online: ${meeting.onlineUrl}`].filter(Boolean).join('; '),
    // A kind with its own agenda points prints them; the three areas only where something was written.
    agenda: AGENDA_AREAS.filter((a) => !agendaPointsOf(meeting.kind).length || meeting[a.key]).map((a) => ({ label: a.label, text: meeting[a.key] })),
    agendaPoints: agendaChecklist(meeting.kind, meeting.agendaDone).map((p) => ({ label: p.label, done: p.done })),
    attendance,
    decisions: decisions.map((d) => ({ text: d.text, ownerName: d.ownerName, dueOn: d.dueOn ? formatDate(d.dueOn) : '—', status: d.status === 'done' ? 'wykonane' : 'otwarte' })),
    consultations: consultations.map((c) => ({ specialist: c.specialist, time: formatDateTime(c.startsAt), forWhom: c.forWhom })),
    minutes: meeting.minutes,
    publishedAt: meeting.minutesPublishedAt ? formatDateTime(meeting.minutesPublishedAt) : null,
    generatedAt: formatDateTime(now),
  };
  const pdf = await printMinutes('pzk-minutes', data);
  const date = dateInPoland(meeting.startsAt);
  return { pdf, filename: `protokol-pzk-${pzk.gminaName}-${date}.pdf` };
}
