import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { catalogueRecurringTasks, eventInvitations, eventRegistrations, gminas, institutions, occurrences, powiats, regionalEvents, requestThrottle, trackEvents, tracks, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor, Visitor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { clock, dateInPoland } from '@/lib/clock';
import { AppError, conflictError, invalidError, notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { refreshTrackSummary } from '@/lib/implementations/summary';
import { warsawLocalToUtc } from '@/lib/pzk/meeting-schemas';
import { byPolish, formatDate } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { eventIcs } from './calendar';
import { INFO_MEETING_TASK, infoOccurrence } from './occurrence';
import { cancelledMail, eventCancelledMail, invitationMail, promotedMail, registrationMail, type MailEvent } from './mail';
import { EVENT_CANCELLED_MESSAGE, registrationClosedReason, statusForNew, toPromote } from './rules';
import { cancelSchema, eventCancelSchema, eventSchema, eventVersionSchema, invitationSchema, registrationSchema } from './schemas';

/*
 * The województwo's calendar kept by ROPS (issue 18 §2): info meetings of step 1 ("minimum raz w
 * roku w pierwszym kwartale"), animators' meetings, trainings, conferences. ROPS (`event.manage`)
 * keeps the events of its województwo; a public event is listed without login and may take
 * registrations through a form (capacity, waiting list); signed-in people of the województwo
 * (`region.view`) see all its events. Registrations hold no family data; the audit keeps ids only.
 */

const NOT_FOUND = 'Nie znaleziono wydarzenia.';
export const DUPLICATE_MESSAGE = 'Ten adres e-mail jest już zapisany na to wydarzenie. Jeśli chcesz zmienić zgłoszenie, zrezygnuj linkiem z wiadomości i zapisz się ponownie.';

/** Registrations allowed per client address within an hour (public form's abuse limit). */
export const REGISTRATIONS_PER_IP = 20;
export const REGISTRATIONS_UNKNOWN_IP = 500;
export const REGISTRATION_THROTTLE_KIND = 'event_registration';
export const CANCEL_THROTTLE_KIND = 'event_cancel_token';
export const THROTTLED_MESSAGE = 'Zbyt wiele zgłoszeń z tego adresu. Spróbuj ponownie za godzinę.';

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
const newToken = () => crypto.randomBytes(32).toString('base64url');
const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

type EventRow = typeof regionalEvents.$inferSelect;

const mailEvent = (e: EventRow): MailEvent => ({ id: e.id, voivodeshipId: e.voivodeshipId, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, place: e.place, onlineUrl: e.onlineUrl });

async function eventRow(db: DbOrTx, eventId: number) {
  const [e] = await db.select().from(regionalEvents).where(eq(regionalEvents.id, eventId));
  return e;
}

/** May a visitor see this event: a public one anyone; the others people of its województwo. */
export function visibleTo(visitor: Visitor, e: { isPublic: boolean; voivodeshipId: number }) {
  if (e.isPublic) return true;
  return visitor !== null && visitor.scope.level !== 'national' && visitor.scope.voivodeshipId === e.voivodeshipId && can(visitor.scope, 'region.view');
}

/** The event for ROPS's management: refused NOT_FOUND outside the actor's województwo, FORBIDDEN to its other people. */
async function managedRow(actor: Actor, eventId: number) {
  const e = await eventRow(getDb(), eventId);
  if (!e) throw notFoundError(NOT_FOUND);
  const place = { voivodeshipId: e.voivodeshipId };
  if (!can(actor.scope, 'event.manage', place)) {
    if (visibleTo(actor, e)) throw refusedChange('regional_event', e.id, e.voivodeshipId, 'Wydarzenia kalendarza województwa prowadzi ROPS.');
    throw refusedError('regional_event', e.id, e.voivodeshipId, NOT_FOUND);
  }
  return e;
}

const confirmedCount = async (db: DbOrTx, eventId: number) =>
  (await db.select({ n: count() }).from(eventRegistrations).where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'confirmed'))))[0].n;

/** Counts per event: confirmed and waiting registrations. */
async function countsOf(db: DbOrTx, ids: number[]) {
  const out = new Map<number, { confirmed: number; waiting: number }>();
  if (!ids.length) return out;
  const rows = await db
    .select({ eventId: eventRegistrations.eventId, status: eventRegistrations.status, n: count() })
    .from(eventRegistrations)
    .where(and(inArray(eventRegistrations.eventId, ids), ne(eventRegistrations.status, 'cancelled')))
    .groupBy(eventRegistrations.eventId, eventRegistrations.status);
  for (const r of rows) {
    const c = out.get(r.eventId) ?? { confirmed: 0, waiting: 0 };
    if (r.status === 'confirmed') c.confirmed = r.n;
    if (r.status === 'waiting') c.waiting = r.n;
    out.set(r.eventId, c);
  }
  return out;
}

const listFields = {
  id: regionalEvents.id,
  voivodeshipId: regionalEvents.voivodeshipId,
  voivodeshipName: voivodeships.name,
  kind: regionalEvents.kind,
  title: regionalEvents.title,
  startsAt: regionalEvents.startsAt,
  endsAt: regionalEvents.endsAt,
  place: regionalEvents.place,
  onlineUrl: regionalEvents.onlineUrl,
  isPublic: regionalEvents.isPublic,
  registrationOpen: regionalEvents.registrationOpen,
  capacity: regionalEvents.capacity,
  cancelledAt: regionalEvents.cancelledAt,
};

// ── Public ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Upcoming events (not ended, not cancelled): the public ones of every województwo (or the chosen
 * one) and, for a signed-in person, also the non-public ones of their own województwo.
 */
export async function listEvents(visitor: Visitor, filter: { voivodeshipId?: number } = {}) {
  const db = getDb();
  const own = visitor && visitor.scope.level !== 'national' && can(visitor.scope, 'region.view') ? visitor.scope.voivodeshipId : null;
  const seen: SQL = own !== null ? or(eq(regionalEvents.isPublic, true), eq(regionalEvents.voivodeshipId, own))! : eq(regionalEvents.isPublic, true);
  const rows = await db
    .select(listFields)
    .from(regionalEvents)
    .innerJoin(voivodeships, eq(voivodeships.id, regionalEvents.voivodeshipId))
    .where(and(seen, isNull(regionalEvents.cancelledAt), gte(regionalEvents.endsAt, clock.now()), filter.voivodeshipId ? eq(regionalEvents.voivodeshipId, filter.voivodeshipId) : undefined))
    .orderBy(asc(regionalEvents.startsAt), asc(regionalEvents.id))
    .limit(200);
  const counts = await countsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, ...(counts.get(r.id) ?? { confirmed: 0, waiting: 0 }) }));
}

/** One event for its public page, with the gminas of its województwo (the form's list). */
export async function getEvent(visitor: Visitor, eventId: number) {
  const db = getDb();
  const [e] = await db.select({ ...listFields, description: regionalEvents.description }).from(regionalEvents).innerJoin(voivodeships, eq(voivodeships.id, regionalEvents.voivodeshipId)).where(eq(regionalEvents.id, eventId));
  if (!e) throw notFoundError(NOT_FOUND);
  if (!visibleTo(visitor, e)) throw refusedError('regional_event', e.id, e.voivodeshipId, NOT_FOUND);
  const [c, gminaRows] = await Promise.all([
    countsOf(db, [e.id]),
    db
      .select({ id: gminas.id, name: gminas.name, powiat: powiats.name })
      .from(gminas)
      .innerJoin(powiats, eq(powiats.id, gminas.powiatId))
      .where(eq(powiats.voivodeshipId, e.voivodeshipId)),
  ]);
  const counts = c.get(e.id) ?? { confirmed: 0, waiting: 0 };
  const closedReason = registrationClosedReason(e, clock.now());
  return {
    event: e,
    ...counts,
    registration: e.isPublic && e.registrationOpen ? { open: closedReason === null, closedReason, full: e.capacity != null && counts.confirmed >= e.capacity } : null,
    canManage: visitor !== null && can(visitor.scope, 'event.manage', { voivodeshipId: e.voivodeshipId }),
    gminas: gminaRows.sort(byPolish((g) => g.name)).map((g) => ({ id: g.id, label: `${g.name} (powiat ${g.powiat})` })),
  };
}

async function throttled(kind: string, ip: string | null, perIp: number) {
  const [{ n }] = await getDb()
    .select({ n: count() })
    .from(requestThrottle)
    .where(and(eq(requestThrottle.kind, kind), ip === null ? isNull(requestThrottle.ip) : eq(requestThrottle.ip, ip), sql`${requestThrottle.at} > now() - interval '1 hour'`));
  return n >= (ip === null ? REGISTRATIONS_UNKNOWN_IP : perIp);
}

/**
 * The public registration form. Holds the event row locked (select … for update) while it counts
 * the confirmed places, so concurrent sign-ups never over-book: beyond the capacity → waiting list.
 * One active registration per e-mail and event. The e-mail carries the cancellation link; only the
 * secret's SHA-256 is kept.
 */
export async function registerForEvent(visitor: Visitor, input: unknown, ip: string | null = visitor?.ip ?? null) {
  const v = parseInput(registrationSchema, input);
  if (await throttled(REGISTRATION_THROTTLE_KIND, ip, REGISTRATIONS_PER_IP)) throw new AppError('INVALID', THROTTLED_MESSAGE);
  const db = getDb();
  const token = newToken();
  try {
    return await db.transaction(async (tx) => {
      const [e] = await tx.select().from(regionalEvents).where(eq(regionalEvents.id, v.eventId)).for('update');
      if (!e || !visibleTo(visitor, e)) throw notFoundError(NOT_FOUND);
      const closed = registrationClosedReason(e, clock.now());
      if (closed) throw new AppError('INVALID', closed);
      const [gmina] = await tx.select({ id: gminas.id }).from(gminas).innerJoin(powiats, eq(powiats.id, gminas.powiatId)).where(and(eq(gminas.id, v.gminaId), eq(powiats.voivodeshipId, e.voivodeshipId)));
      if (!gmina) throw invalidError({ gminaId: ['Wybierz gminę z województwa, w którym odbywa się wydarzenie.'] });
      const [dup] = await tx
        .select({ id: eventRegistrations.id })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, e.id), sql`lower(${eventRegistrations.email}) = ${v.email.toLowerCase()}`, ne(eventRegistrations.status, 'cancelled')));
      if (dup) throw invalidError({ email: [DUPLICATE_MESSAGE] }, DUPLICATE_MESSAGE);
      const status = statusForNew(e.capacity, await confirmedCount(tx, e.id));
      const [saved] = await tx
        .insert(eventRegistrations)
        .values({ eventId: e.id, name: v.name, institution: v.institution, email: v.email, gminaId: v.gminaId, status, cancelTokenHash: hashToken(token), createdAt: clock.now() })
        .returning({ id: eventRegistrations.id, status: eventRegistrations.status });
      await tx.insert(requestThrottle).values({ kind: REGISTRATION_THROTTLE_KIND, ip });
      await registrationMail(tx, mailEvent(e), { email: v.email, name: v.name }, status, token);
      await audit(tx, visitor, { action: 'event.registered', entityType: 'regional_event', entityId: e.id, voivodeshipId: e.voivodeshipId, details: { registrationId: saved.id, status } }, ip);
      return { id: saved.id, status: saved.status };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalidError({ email: [DUPLICATE_MESSAGE] }, DUPLICATE_MESSAGE);
    throw e;
  }
}

/** Fills freed places from the waiting list (earliest first) and tells each promoted person. Inside the event's locked transaction. */
async function promoteWaiting(tx: DbOrTx, e: EventRow) {
  const waiting = await tx
    .select({ id: eventRegistrations.id, name: eventRegistrations.name, email: eventRegistrations.email })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'waiting')))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
  const promoted = toPromote(e.capacity, await confirmedCount(tx, e.id), waiting);
  for (const r of promoted) {
    const token = newToken();
    await tx.update(eventRegistrations).set({ status: 'confirmed', cancelTokenHash: hashToken(token) }).where(eq(eventRegistrations.id, r.id));
    await promotedMail(tx, mailEvent(e), r, token);
  }
  return promoted.map((r) => r.id);
}

async function registrationByToken(db: DbOrTx, token: string) {
  const [r] = await db
    .select({ id: eventRegistrations.id, eventId: eventRegistrations.eventId, status: eventRegistrations.status, name: eventRegistrations.name, email: eventRegistrations.email })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.cancelTokenHash, hashToken(token)));
  return r;
}

/** What the cancellation page shows before the button (a GET never cancels); null for an unknown link. */
export async function cancellationFor(token: string) {
  const v = cancelSchema.safeParse({ token });
  if (!v.success) return null;
  const db = getDb();
  const r = await registrationByToken(db, v.data.token);
  if (!r) return null;
  const e = await eventRow(db, r.eventId);
  return { status: r.status, event: { id: e.id, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, place: e.place }, past: e.startsAt.getTime() <= clock.now().getTime() };
}

/** The cancellation (POST, from the page's button): frees the place; the first waiting person moves up. */
export async function cancelRegistration(input: unknown, ip: string | null) {
  const v = parseInput(cancelSchema, input);
  if (await throttled(CANCEL_THROTTLE_KIND, ip, REGISTRATIONS_PER_IP)) throw new AppError('INVALID', THROTTLED_MESSAGE);
  const db = getDb();
  const found = await registrationByToken(db, v.token);
  if (!found) {
    await db.insert(requestThrottle).values({ kind: CANCEL_THROTTLE_KIND, ip });
    throw notFoundError('Link rezygnacji jest nieważny — być może zgłoszenie wycofano wcześniej albo dostałeś(-aś) nowszy link.');
  }
  return db.transaction(async (tx) => {
    const [e] = await tx.select().from(regionalEvents).where(eq(regionalEvents.id, found.eventId)).for('update');
    const r = await registrationByToken(tx, v.token);
    if (!r || r.status === 'cancelled') throw new AppError('INVALID', 'To zgłoszenie zostało już wycofane.');
    if (e.startsAt.getTime() <= clock.now().getTime()) throw new AppError('INVALID', 'Wydarzenie już się rozpoczęło — rezygnacja nie jest możliwa.');
    await tx.update(eventRegistrations).set({ status: 'cancelled', cancelledAt: clock.now() }).where(eq(eventRegistrations.id, r.id));
    await cancelledMail(tx, mailEvent(e), r);
    const promoted = r.status === 'confirmed' ? await promoteWaiting(tx, e) : [];
    await audit(tx, null, { action: 'event.registration_cancelled', entityType: 'regional_event', entityId: e.id, voivodeshipId: e.voivodeshipId, details: { registrationId: r.id, promoted } }, ip);
    return { eventId: e.id, promoted: promoted.length };
  });
}

// ── ROPS: managing the calendar ───────────────────────────────────────────────────────────────

/** The events of the actor's województwo, newest first, with their registration counts. */
export async function listManagedEvents(actor: Actor) {
  const place = { voivodeshipId: actor.scope.voivodeshipId };
  await authorize(actor, 'event.manage', place);
  const db = getDb();
  const rows = await db
    .select(listFields)
    .from(regionalEvents)
    .innerJoin(voivodeships, eq(voivodeships.id, regionalEvents.voivodeshipId))
    .where(eq(regionalEvents.voivodeshipId, place.voivodeshipId))
    .orderBy(sql`${regionalEvents.startsAt} desc`, asc(regionalEvents.id))
    .limit(500);
  const counts = await countsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, ...(counts.get(r.id) ?? { confirmed: 0, waiting: 0 }) }));
}

/** May the actor add events (the "new event" page)? */
export async function authorizeNewEvent(actor: Actor) {
  await authorize(actor, 'event.manage', { voivodeshipId: actor.scope.voivodeshipId });
}

/** One event for ROPS: its fields, registrations, invitations, the registry's institutions with an e-mail, the schedule occurrence. */
export async function managedEvent(actor: Actor, eventId: number) {
  const e = await managedRow(actor, eventId);
  const db = getDb();
  const [registrations, invited, registry, occurrence] = await Promise.all([
    db
      .select({ id: eventRegistrations.id, name: eventRegistrations.name, institution: eventRegistrations.institution, email: eventRegistrations.email, gminaName: gminas.name, status: eventRegistrations.status, createdAt: eventRegistrations.createdAt })
      .from(eventRegistrations)
      .leftJoin(gminas, eq(gminas.id, eventRegistrations.gminaId))
      .where(eq(eventRegistrations.eventId, e.id))
      .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id)),
    db
      .select({ institutionId: eventInvitations.institutionId, name: institutions.name, email: eventInvitations.email, sentAt: eventInvitations.sentAt })
      .from(eventInvitations)
      .innerJoin(institutions, eq(institutions.id, eventInvitations.institutionId))
      .where(eq(eventInvitations.eventId, e.id))
      .orderBy(asc(eventInvitations.sentAt)),
    db
      .select({ id: institutions.id, name: institutions.name, email: institutions.email })
      .from(institutions)
      .where(and(eq(institutions.voivodeshipId, e.voivodeshipId), isNotNull(institutions.email), ne(institutions.email, '')))
      .limit(2000),
    e.occurrenceId ? db.select({ id: occurrences.id, periodStart: occurrences.periodStart, dueDate: occurrences.dueDate, status: occurrences.status }).from(occurrences).where(eq(occurrences.id, e.occurrenceId)) : Promise.resolve([]),
  ]);
  const invitedIds = new Set(invited.map((i) => i.institutionId));
  return {
    event: e,
    registrations,
    invited,
    registry: registry.filter((i) => !invitedIds.has(i.id)).sort(byPolish((i) => i.name)),
    occurrence: occurrence[0] ?? null,
    started: e.startsAt.getTime() <= clock.now().getTime(),
  };
}


/**
 * Adds an event to the actor's województwo or saves changes (optimistic locking on `version`). A
 * public info meeting is linked to the regional track's occurrence of "Spotkania informacyjne"
 * whose period holds its date. A larger capacity moves people up from the waiting list.
 */
export async function saveEvent(actor: Actor, input: unknown) {
  const v = parseInput(eventSchema, input);
  const current = v.eventId ? await managedRow(actor, v.eventId) : null;
  if (current?.cancelledAt) throw new AppError('INVALID', EVENT_CANCELLED_MESSAGE);
  const voivodeshipId = current?.voivodeshipId ?? actor.scope.voivodeshipId;
  if (!current) await authorize(actor, 'event.manage', { voivodeshipId });
  const startsAt = warsawLocalToUtc(v.startsAt)!;
  const endsAt = warsawLocalToUtc(v.endsAt)!;
  const isPublic = v.flags.includes('public');
  const registrationOpen = isPublic && v.flags.includes('registration');
  const values = { kind: v.kind, title: v.title, description: v.description, startsAt, endsAt, place: v.place, onlineUrl: v.onlineUrl, isPublic, registrationOpen, capacity: v.capacity ?? null };
  return getDb().transaction(async (tx) => {
    let occurrenceId = current?.occurrenceId ?? null;
    const occDone = occurrenceId ? (await tx.select({ status: occurrences.status }).from(occurrences).where(eq(occurrences.id, occurrenceId)))[0]?.status === 'done' : false;
    if (!occDone) occurrenceId = v.kind === 'info_meeting' && isPublic ? await infoOccurrence(tx, voivodeshipId, dateInPoland(startsAt), current?.id) : null;
    if (current) {
      const [saved] = await tx
        .update(regionalEvents)
        .set({ ...values, occurrenceId, version: sql`${regionalEvents.version} + 1` })
        .where(and(eq(regionalEvents.id, current.id), eq(regionalEvents.version, v.version)))
        .returning();
      if (!saved) throw conflictError();
      const promoted = await promoteWaiting(tx, saved);
      await audit(tx, actor, { action: 'event.saved', entityType: 'regional_event', entityId: saved.id, voivodeshipId, details: { kind: v.kind, edited: true, occurrenceId, promoted } });
      return { id: saved.id, version: saved.version, occurrenceId };
    }
    const [saved] = await tx
      .insert(regionalEvents)
      .values({ ...values, voivodeshipId, occurrenceId, createdBy: actor.userId })
      .returning({ id: regionalEvents.id, version: regionalEvents.version });
    await audit(tx, actor, { action: 'event.saved', entityType: 'regional_event', entityId: saved.id, voivodeshipId, details: { kind: v.kind, occurrenceId } });
    return { ...saved, occurrenceId };
  });
}

/** Sends invitations to institutions of the registry of the event's województwo; an institution is invited once. */
export async function sendInvitations(actor: Actor, input: unknown) {
  const v = parseInput(invitationSchema, input);
  const e = await managedRow(actor, v.eventId);
  if (e.cancelledAt) throw new AppError('INVALID', EVENT_CANCELLED_MESSAGE);
  const db = getDb();
  const chosen = await db
    .select({ id: institutions.id, name: institutions.name, email: institutions.email })
    .from(institutions)
    .where(and(inArray(institutions.id, [...new Set(v.institutionIds)]), eq(institutions.voivodeshipId, e.voivodeshipId)));
  const withEmail = chosen.filter((i) => i.email);
  if (withEmail.length !== new Set(v.institutionIds).size) throw invalidError({ institutionIds: ['Wybierz instytucje z rejestru województwa, które mają adres e-mail.'] });
  const [{ name: voivodeshipName }] = await db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, e.voivodeshipId));
  return db.transaction(async (tx) => {
    const sent = await tx
      .insert(eventInvitations)
      .values(withEmail.map((i) => ({ eventId: e.id, institutionId: i.id, email: i.email!, sentBy: actor.userId, sentAt: clock.now() })))
      .onConflictDoNothing()
      .returning({ institutionId: eventInvitations.institutionId });
    const sentIds = new Set(sent.map((s) => s.institutionId));
    for (const i of withEmail.filter((x) => sentIds.has(x.id))) await invitationMail(tx, mailEvent(e), { email: i.email!, institution: i.name }, voivodeshipName);
    await audit(tx, actor, { action: 'event.invitations_sent', entityType: 'regional_event', entityId: e.id, voivodeshipId: e.voivodeshipId, details: { institutionIds: [...sentIds] } });
    return { sent: sentIds.size, alreadyInvited: withEmail.length - sentIds.size };
  });
}

/**
 * ROPS cancels an event that has not started: it leaves the public calendar and the feeds,
 * registration closes, the schedule occurrence it was to fulfil is freed for another meeting, and
 * everyone registered or waiting gets an e-mail with the reason. Optimistic locking on `version`.
 */
export async function cancelEvent(actor: Actor, input: unknown) {
  const v = parseInput(eventCancelSchema, input);
  const e = await managedRow(actor, v.eventId);
  if (e.cancelledAt) throw new AppError('INVALID', EVENT_CANCELLED_MESSAGE);
  if (e.startsAt.getTime() <= clock.now().getTime()) throw new AppError('INVALID', 'Wydarzenie już się rozpoczęło — nie można go odwołać.');
  return getDb().transaction(async (tx) => {
    const [saved] = await tx
      .update(regionalEvents)
      .set({ cancelledAt: clock.now(), occurrenceId: null, version: sql`${regionalEvents.version} + 1` })
      .where(and(eq(regionalEvents.id, e.id), eq(regionalEvents.version, v.version), isNull(regionalEvents.cancelledAt)))
      .returning();
    if (!saved) throw conflictError();
    const people = await tx
      .select({ email: eventRegistrations.email, name: eventRegistrations.name })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, e.id), ne(eventRegistrations.status, 'cancelled')));
    for (const p of people) await eventCancelledMail(tx, mailEvent(saved), p, v.reason);
    await audit(tx, actor, { action: 'event.cancelled', entityType: 'regional_event', entityId: e.id, voivodeshipId: e.voivodeshipId, details: { reason: v.reason, notified: people.length, occurrenceId: e.occurrenceId } });
    return { version: saved.version, notified: people.length };
  });
}

/**
 * "Zamknij listę obecności" of an info meeting that took place: the regional track's occurrence it
 * fulfils is marked done (on the meeting's day). Only after the meeting started; once.
 */
export async function closeAttendance(actor: Actor, input: unknown) {
  const v = parseInput(eventVersionSchema, input);
  const e = await managedRow(actor, v.eventId);
  if (!e.occurrenceId) throw new AppError('INVALID', 'To wydarzenie nie jest spotkaniem informacyjnym z harmonogramu województwa — nie ma czego odnotować.');
  if (e.startsAt.getTime() > clock.now().getTime()) throw new AppError('INVALID', 'Listę obecności można zamknąć dopiero po rozpoczęciu spotkania.');
  return getDb().transaction(async (tx) => {
    const [bumped] = await tx
      .update(regionalEvents)
      .set({ version: sql`${regionalEvents.version} + 1` })
      .where(and(eq(regionalEvents.id, e.id), eq(regionalEvents.version, v.version)))
      .returning({ version: regionalEvents.version });
    if (!bumped) throw conflictError();
    const doneOn = dateInPoland(e.startsAt);
    const [occ] = await tx
      .update(occurrences)
      .set({ status: 'done', doneOn })
      .where(and(eq(occurrences.id, e.occurrenceId!), ne(occurrences.status, 'done')))
      .returning({ trackId: occurrences.trackId });
    if (!occ) throw new AppError('INVALID', 'Lista obecności tego spotkania jest już zamknięta.');
    await tx.insert(trackEvents).values({ trackId: occ.trackId, userId: actor.userId, userName: actor.name, text: `Zamknięto listę obecności spotkania informacyjnego z ${formatDate(doneOn)}: spotkanie w harmonogramie odbyte.` });
    await refreshTrackSummary(tx, [occ.trackId]);
    await audit(tx, actor, { action: 'event.attendance_closed', entityType: 'regional_event', entityId: e.id, voivodeshipId: e.voivodeshipId, details: { occurrenceId: e.occurrenceId } });
    return { version: bumped.version };
  });
}

/** The attendance list's rows (confirmed registrations, by name) for the PDF. */
export async function attendanceList(actor: Actor, eventId: number) {
  const e = await managedRow(actor, eventId);
  const rows = await getDb()
    .select({ name: eventRegistrations.name, institution: eventRegistrations.institution, gminaName: gminas.name })
    .from(eventRegistrations)
    .leftJoin(gminas, eq(gminas.id, eventRegistrations.gminaId))
    .where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'confirmed')));
  const [{ name: voivodeshipName }] = await getDb().select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, e.voivodeshipId));
  return { event: e, voivodeshipName, rows: rows.sort(byPolish((r) => r.name)) };
}

/** One event's .ics file for whoever may see the event. */
export async function eventIcsFile(visitor: Visitor, eventId: number, baseUrl: string) {
  const e = await eventRow(getDb(), eventId);
  if (!e) throw notFoundError(NOT_FOUND);
  if (!visibleTo(visitor, e)) throw refusedError('regional_event', e.id, e.voivodeshipId, NOT_FOUND);
  return eventIcs(e, baseUrl);
}
