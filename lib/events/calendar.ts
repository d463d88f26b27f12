import 'server-only';
import { and, asc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { eventRegistrations, regionalEvents, trainingParticipants, trainings, wzkMeetings, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, type Scope } from '@/lib/auth/policy';
import { clock } from '@/lib/clock';
import { addDays } from '@/lib/model/dates';
import { escapeText, foldLine, icsUtc } from '@/lib/pzk/ics';
import { icsPath } from './mail';
import { EVENT_KINDS } from './schemas';

/*
 * The województwo's calendar as one list: ROPS's own events (regional_events) ∪ WZK meetings ∪
 * Szkoła Kooperacji trainings (both read-only here). One place decides which of them concern a
 * person — the signed-in /kalendarz page and the personal .ics feed (lib/pzk/calendar.ts) ask it.
 */

export interface CalendarEntry {
  uid: string;
  source: 'event' | 'wzk' | 'training';
  label: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** A training has a day, not hours: an all-day entry. */
  allDay: boolean;
  place: string;
  onlineUrl: string;
  /** The page it links to (path). */
  path: string;
  version: number;
}

const ANIMATORS: Role[] = ['pcpr_animator', 'gops_animator', 'network_worker'];
const WZK_READERS: Role[] = ['rops_admin', 'rops_adviser', 'wzk_member'];
const ROPS: Role[] = ['rops_admin', 'rops_adviser'];

const eventEntry = (e: typeof regionalEvents.$inferSelect): CalendarEntry => ({
  uid: `regional-event-${e.id}@kooperacja`,
  source: 'event',
  label: EVENT_KINDS[e.kind],
  title: e.title,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  allDay: false,
  place: e.place,
  onlineUrl: e.onlineUrl,
  path: `/wydarzenia/${e.id}`,
  version: e.version,
});

const wzkEntry = (m: typeof wzkMeetings.$inferSelect): CalendarEntry => ({
  uid: `wzk-meeting-${m.id}@kooperacja`,
  source: 'wzk',
  label: 'Spotkanie WZK',
  title: 'Spotkanie Wojewódzkiego Zespołu Kooperacji',
  startsAt: m.startsAt,
  endsAt: new Date(m.startsAt.getTime() + m.durationMinutes * 60_000),
  allDay: false,
  place: m.place,
  onlineUrl: m.onlineUrl,
  path: `/wzk`,
  version: m.version,
});

const trainingEntry = (t: { id: number; topic: string; heldOn: string; place: string; version: number }): CalendarEntry => ({
  uid: `training-${t.id}@kooperacja`,
  source: 'training',
  label: 'Szkolenie Szkoły Kooperacji',
  title: t.topic,
  startsAt: new Date(`${t.heldOn}T00:00:00Z`),
  endsAt: new Date(`${addDays(t.heldOn, 1)}T00:00:00Z`),
  allDay: true,
  place: t.place,
  onlineUrl: '',
  path: `/szkola/szkolenia/${t.id}`,
  version: t.version,
});

const byStart = (a: CalendarEntry, b: CalendarEntry) => a.startsAt.getTime() - b.startsAt.getTime() || a.uid.localeCompare(b.uid);

/**
 * The signed-in /kalendarz page: the actor's województwo's events from `since` (all of ROPS's own
 * events, its trainings; WZK meetings for those who read the WZK).
 */
export async function regionCalendar(actor: Actor, since: Date = clock.now()) {
  await authorize(actor, 'region.view');
  const db = getDb();
  const voivodeshipId = actor.scope.voivodeshipId;
  const sinceDay = since.toISOString().slice(0, 10);
  const [events, meetings, school] = await Promise.all([
    db.select().from(regionalEvents).where(and(eq(regionalEvents.voivodeshipId, voivodeshipId), isNull(regionalEvents.cancelledAt), gte(regionalEvents.endsAt, since))),
    can(actor.scope, 'wzk.view', { voivodeshipId }) ? db.select().from(wzkMeetings).where(and(eq(wzkMeetings.voivodeshipId, voivodeshipId), gte(wzkMeetings.startsAt, since))) : Promise.resolve([]),
    db.select({ id: trainings.id, topic: trainings.topic, heldOn: trainings.heldOn, place: trainings.place, version: trainings.version }).from(trainings).where(and(eq(trainings.voivodeshipId, voivodeshipId), gte(trainings.heldOn, sinceDay))),
  ]);
  return [...events.map(eventEntry), ...meetings.map(wzkEntry), ...school.map(trainingEntry)].sort(byStart).slice(0, 200);
}

/**
 * The entries of a person's .ics feed: public events they registered for (by their account's
 * e-mail), info meetings of every województwo they work in, animators' meetings for animators,
 * all of ROPS's own events and WZK meetings for ROPS and WZK members, trainings they take part in.
 */
export async function feedEntries(db: DbOrTx, user: { id: string; email: string; assignments: Scope[] }, since: Date): Promise<CalendarEntry[]> {
  const regional = user.assignments.filter((a) => a.level !== 'national');
  const inV = (roles: Role[] | null) => [...new Set(regional.filter((a) => !roles || roles.includes(a.role)).map((a) => a.voivodeshipId))];
  const all = inV(null);
  const animators = inV(ANIMATORS);
  const rops = inV(ROPS);
  const wzk = inV(WZK_READERS);
  const none = [-1];
  const notCancelled = and(isNull(regionalEvents.cancelledAt), gte(regionalEvents.endsAt, since));
  const [events, registered, meetings, school] = await Promise.all([
    all.length
      ? db
          .select()
          .from(regionalEvents)
          .where(
            and(
              notCancelled,
              or(
                and(inArray(regionalEvents.voivodeshipId, all), eq(regionalEvents.kind, 'info_meeting')),
                and(inArray(regionalEvents.voivodeshipId, animators.length ? animators : none), eq(regionalEvents.kind, 'animators_meeting')),
                inArray(regionalEvents.voivodeshipId, rops.length ? rops : none),
              ),
            ),
          )
      : Promise.resolve([]),
    db
      .select()
      .from(regionalEvents)
      .where(
        and(
          notCancelled,
          sql`exists (select 1 from ${eventRegistrations} r where r.event_id = ${regionalEvents.id} and lower(r.email) = ${user.email.toLowerCase()} and r.status <> 'cancelled')`,
        ),
      ),
    wzk.length ? db.select().from(wzkMeetings).where(and(inArray(wzkMeetings.voivodeshipId, wzk), gte(wzkMeetings.startsAt, since))) : Promise.resolve([]),
    db
      .select({ id: trainings.id, topic: trainings.topic, heldOn: trainings.heldOn, place: trainings.place, version: trainings.version })
      .from(trainings)
      .innerJoin(trainingParticipants, eq(trainingParticipants.trainingId, trainings.id))
      .where(and(eq(trainingParticipants.userId, user.id), gte(trainings.heldOn, since.toISOString().slice(0, 10))))
      .orderBy(asc(trainings.heldOn)),
  ]);
  const seen = new Set<string>();
  const entries = [...events.map(eventEntry), ...registered.map(eventEntry), ...meetings.map(wzkEntry), ...school.map(trainingEntry)].filter((x) => (seen.has(x.uid) ? false : (seen.add(x.uid), true)));
  return entries.sort(byStart);
}

/** The VEVENT lines of calendar entries (RFC 5545; escaped, not yet folded). */
export function entryLines(entries: CalendarEntry[], baseUrl: string, now: Date): string[] {
  const stamp = icsUtc(now);
  const day = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
  const base = baseUrl.replace(/\/+$/, '');
  return entries.flatMap((x) => {
    const location = [x.place, x.onlineUrl].filter(Boolean).join(' — ');
    return [
      'BEGIN:VEVENT',
      `UID:${x.uid}`,
      `DTSTAMP:${stamp}`,
      x.allDay ? `DTSTART;VALUE=DATE:${day(x.startsAt)}` : `DTSTART:${icsUtc(x.startsAt)}`,
      x.allDay ? `DTEND;VALUE=DATE:${day(x.endsAt)}` : `DTEND:${icsUtc(x.endsAt)}`,
      `SEQUENCE:${x.version}`,
      `SUMMARY:${escapeText(`${x.label}: ${x.title}`)}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      `URL:${base}${x.path}`,
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ];
  });
}

/** Adds entries to a calendar made by lib/pzk/ics.ts (before its END:VCALENDAR). */
export function withEntries(ics: string, entries: CalendarEntry[], baseUrl: string, now: Date): string {
  if (!entries.length) return ics;
  const extra = entryLines(entries, baseUrl, now).map(foldLine).join('\r\n');
  return ics.replace(/END:VCALENDAR\r\n$/, `${extra}\r\nEND:VCALENDAR\r\n`);
}

/** One event's calendar file (the link in e-mails and on its page). */
export function eventIcs(e: typeof regionalEvents.$inferSelect, baseUrl: string, now: Date = clock.now()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kooperacja//Kalendarz wojewodztwa//PL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...entryLines([eventEntry(e)], baseUrl, now), 'END:VCALENDAR'];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export { icsPath };
