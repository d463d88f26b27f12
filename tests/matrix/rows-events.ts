import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { institutions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { attendanceList, authorizeNewEvent, cancelEvent, closeAttendance, eventIcsFile, getEvent, listEvents, listManagedEvents, managedEvent, registerForEvent, saveEvent, sendInvitations } from '@/lib/events/events';
import { regionCalendar } from '@/lib/events/calendar';
import { attendancePdf } from '@/lib/events/pdf';
import { makeInstitution, unit, uid, JANOW } from '../factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The województwo's calendar (issue 18 §2). ROPS of podlaskie keeps its events (event.manage,
 * scoped): ROPS of mazowieckie does not find podlaskie's internal event (NOT_FOUND); people of
 * podlaskie see it (region.view) but may not manage it (FORBIDDEN); the national administrator
 * sees no województwo's data. An anonymous visitor sees only public events and may register.
 */

let hiddenId: number;
let cancelledId: number;
let publicId: number;
let janowGmina: number;
let institutionId: number;

const event = (over: Record<string, unknown> = {}) => ({ version: 0, kind: 'animators_meeting', title: 'Spotkanie animatorów', description: '', startsAt: '2099-03-10T10:00', endsAt: '2099-03-10T12:00', place: 'ROPS', onlineUrl: '', flags: [], capacity: '', ...over });

async function setup() {
  ({ id: hiddenId } = await saveEvent(m.s.rops, event()));
  ({ id: cancelledId } = await saveEvent(m.s.rops, event({ title: 'Spotkanie do odwołania' })));
  ({ id: publicId } = await saveEvent(m.s.rops, event({ kind: 'conference', title: 'Konferencja', flags: ['public', 'registration'] })));
  janowGmina = (await unit(JANOW)).gminaId!;
  ({ id: institutionId } = await makeInstitution(JANOW, 'ops', `Instytucja ${uid()}`));
  await getDb().update(institutions).set({ email: `i-${uid()}@example.pl` }).where(eq(institutions.id, institutionId));
}

const register = (v: Actor | null) => registerForEvent(v, { eventId: publicId, name: 'Jan Test', institution: 'GOPS', email: `r-${uid()}@example.pl`, gminaId: janowGmina }, null);

const F = 'lib/events/events.ts';
const C = 'lib/events/calendar.ts';
const P = 'lib/events/pdf.tsx';
//                                                   inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  { fn: `${F}#listManagedEvents`, role: 'rops_adviser', call: (a) => listManagedEvents(a), expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: "each ROPS lists its own województwo's events" },
  { fn: `${F}#authorizeNewEvent`, role: 'rops_admin', call: (a) => authorizeNewEvent(a), expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: `${F}#managedEvent`, role: 'rops_adviser', call: (a) => managedEvent(a, hiddenId), expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'), note: 'people of podlaskie see the internal event, may not manage it' },
  { fn: `${F}#attendanceList`, role: 'rops_adviser', call: (a) => attendanceList(a, hiddenId), expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND') },
  { fn: `${P}#attendancePdf`, role: 'rops_adviser', call: (a) => attendancePdf(a, publicId), expect: row('allow', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a public event is seen by all: FORBIDDEN' },
  { fn: `${F}#saveEvent`, role: 'rops_adviser', call: (a) => saveEvent(a, event({ title: `Nowe ${uid()}` })), expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a new event goes to the actor\'s own województwo' },
  { fn: `${F}#saveEvent`, role: 'gops_animator', call: (a) => saveEvent(a, event({ eventId: hiddenId, version: 1 })), expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'), note: 'editing podlaskie\'s internal event' },
  { fn: `${F}#sendInvitations`, role: 'rops_adviser', call: (a) => sendInvitations(a, { eventId: hiddenId, institutionIds: [String(institutionId)] }), expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND') },
  { fn: `${F}#closeAttendance`, role: 'rops_adviser', call: (a) => closeAttendance(a, { eventId: hiddenId, version: 1 }), expect: row('INVALID', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'), note: 'allowed to try; not an info meeting of the schedule: INVALID' },
  { fn: `${F}#getEvent`, role: 'gops_animator', call: (a) => getEvent(a, hiddenId), expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND'), visitor: { call: (v) => getEvent(v, hiddenId), expect: 'NOT_FOUND' }, note: 'an internal event: people of its województwo' },
  { fn: `${F}#getEvent`, role: 'rops_admin', call: (a) => getEvent(a, publicId), expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'allow'), visitor: { call: (v) => getEvent(v, publicId), expect: 'allow' }, note: 'a public event: everyone' },
  { fn: `${F}#eventIcsFile`, role: 'gops_animator', call: (a) => eventIcsFile(a, hiddenId, 'https://k.example'), expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND'), visitor: { call: (v) => eventIcsFile(v, hiddenId, 'https://k.example'), expect: 'NOT_FOUND' } },
  { fn: `${F}#listEvents`, role: 'gops_animator', call: (a) => listEvents(a), expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'), visitor: { call: (v) => listEvents(v), expect: 'allow' }, note: 'lists what each may see (public + own województwo)' },
  { fn: `${F}#registerForEvent`, role: 'gops_animator', call: (a) => register(a), expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'), visitor: { call: (v) => register(v), expect: 'allow' }, note: 'the public form: no account needed' },
  { fn: `${F}#cancelEvent`, role: 'rops_adviser', call: (a) => cancelEvent(a, { eventId: cancelledId, version: 1, reason: 'Odwołane w teście macierzy' }), expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'), note: 'an event of its own, cancelled by the inside column' },
  { fn: `${C}#regionCalendar`, role: 'gops_animator', call: (a) => regionCalendar(a), expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN'), note: "one's own województwo's calendar" },
];

export default { setup, rows } satisfies RowModule;
