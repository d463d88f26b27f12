import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, catalogueRecurringTasks, emailOutbox, eventInvitations, eventRegistrations, gminas, institutions, occurrences, regionalEvents, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock, setClockForTests } from '@/lib/clock';
import { cancelEvent, cancellationFor, cancelRegistration, closeAttendance, eventIcsFile, getEvent, listEvents, managedEvent, registerForEvent, saveEvent, sendInvitations } from '@/lib/events/events';
import { feedForToken, regenerateFeedToken } from '@/lib/pzk/calendar';
import { JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, makeInstitution, unit, uid } from '../factories';
import { accepted } from '../implementation-factories';

/*
 * Issue 18 §2: the województwo's calendar with registration. Capacity holds under concurrent
 * sign-ups; a cancellation promotes the first waiting person (and e-mails them); one registration
 * per e-mail; non-public events stay hidden from anonymous visitors; ROPS of another województwo
 * is refused; the personal feed carries an event its user registered for.
 */

const NOW = '2027-01-10T09:00:00Z';
let before: Date;
let rops: Actor;
let ropsM: Actor;
let gops: Actor;
let janowId: number;

const eventInput = (over: Record<string, unknown> = {}) => ({
  version: 0,
  kind: 'conference',
  title: 'Konferencja o kooperacji',
  description: 'Program konferencji.',
  startsAt: '2027-02-15T10:00',
  endsAt: '2027-02-15T14:00',
  place: 'ROPS w Białymstoku, sala 12',
  onlineUrl: '',
  flags: ['public', 'registration'],
  capacity: '3',
  ...over,
});

const person = (eventId: number, n: string | number, over: Record<string, unknown> = {}) => ({ eventId, name: `Osoba ${n}`, institution: 'GOPS Janów', email: `osoba${n}-${uid()}@example.pl`, gminaId: janowId, ...over });

async function statuses(eventId: number) {
  return getDb().select({ id: eventRegistrations.id, email: eventRegistrations.email, status: eventRegistrations.status }).from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId)).orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}

beforeAll(async () => {
  before = clock.now();
  setClockForTests(NOW);
  rops = await makeActor('rops_adviser', PODLASKIE);
  ropsM = await makeActor('rops_admin', MAZOWIECKIE);
  gops = await makeActor('gops_animator', JANOW);
  janowId = (await unit(JANOW)).gminaId!;
  // The first implementation of podlaskie creates its regional track (with the yearly info meetings).
  await accepted(await makeActor('pcpr_animator', SOKOLSKI), rops, [JANOW], '2026-09-01');
}, 120_000);

afterAll(() => setClockForTests(before));

describe('registration and capacity', () => {
  it('10 concurrent sign-ups for 3 places: exactly 3 confirmed, 7 on the waiting list', async () => {
    const { id } = await saveEvent(rops, eventInput());
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => registerForEvent(null, person(id, i), null)));
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'waiting')).toHaveLength(7);
    const rows = await statuses(id);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(7);
    // Everybody got an e-mail: a confirmation or the waiting list, with the cancellation link and the .ics link.
    const mails = await getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, 'event_registration'));
    for (const r of rows) {
      const mail = mails.find((x) => x.toEmail === r.email)!;
      expect(mail.subject).toMatch(r.status === 'confirmed' ? /^Potwierdzenie zapisu/ : /^Lista rezerwowa/);
      expect(mail.body).toMatch(/\/wydarzenia\/rezygnacja\/[A-Za-z0-9_-]{43}/);
      expect(mail.body).toContain(`/wydarzenia/${id}/wydarzenie.ics`);
    }
    const page = await getEvent(null, id);
    expect(page.registration?.full).toBe(true);
    expect(page.confirmed).toBe(3);
    expect(page.waiting).toBe(7);
  });

  it('cancellation frees the place, promotes the first waiting person and e-mails them; a GET only shows', async () => {
    const { id } = await saveEvent(rops, eventInput({ capacity: '1', title: 'Szkolenie z rezygnacją' }));
    const first = person(id, 'pierwsza');
    await registerForEvent(null, first, null);
    const second = person(id, 'druga');
    const third = person(id, 'trzecia');
    await registerForEvent(null, second, null);
    await registerForEvent(null, third, null);
    const [mail] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toEmail, first.email));
    const token = /\/wydarzenia\/rezygnacja\/([A-Za-z0-9_-]{43})/.exec(mail.body)![1];
    // The token is not stored, only its hash.
    const stored = await getDb().select({ hash: eventRegistrations.cancelTokenHash }).from(eventRegistrations).where(eq(eventRegistrations.eventId, id));
    expect(stored.map((s) => s.hash)).not.toContain(token);
    const shown = await cancellationFor(token);
    expect(shown?.status).toBe('confirmed');
    expect((await statuses(id)).map((r) => r.status)).toEqual(['confirmed', 'waiting', 'waiting']);

    const r = await cancelRegistration({ token }, null);
    expect(r.promoted).toBe(1);
    expect((await statuses(id)).map((x) => x.status)).toEqual(['cancelled', 'confirmed', 'waiting']);
    const promotedMails = await getDb().select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, second.email), eq(emailOutbox.kind, 'event_registration')));
    expect(promotedMails.map((x) => x.subject)).toEqual(['Lista rezerwowa: Szkolenie z rezygnacją', 'Masz miejsce na wydarzeniu: Szkolenie z rezygnacją']);
    expect(await getDb().select().from(emailOutbox).where(eq(emailOutbox.toEmail, third.email))).toHaveLength(1);
    await expect(cancelRegistration({ token }, null)).rejects.toMatchObject({ code: 'INVALID', message: 'To zgłoszenie zostało już wycofane.' });
    expect((await statuses(id)).map((x) => x.status)).toEqual(['cancelled', 'confirmed', 'waiting']);
  });

  it('a second registration with the same e-mail (any letter case) is refused with a Polish message; nothing written', async () => {
    const { id } = await saveEvent(rops, eventInput({ capacity: '' }));
    const p = person(id, 'dup');
    await registerForEvent(null, p, null);
    await expect(registerForEvent(null, { ...p, email: p.email.toUpperCase(), name: 'Ktoś inny' }, null)).rejects.toMatchObject({ code: 'INVALID', message: expect.stringContaining('już zapisany') });
    expect(await statuses(id)).toHaveLength(1);
  });

  it('refuses registration when it is closed, the event is not public, or the gmina lies elsewhere', async () => {
    const closed = await saveEvent(rops, eventInput({ flags: ['public'] }));
    await expect(registerForEvent(null, person(closed.id, 'z'), null)).rejects.toMatchObject({ code: 'INVALID', message: 'Zapisy na to wydarzenie nie są prowadzone.' });
    const open = await saveEvent(rops, eventInput());
    const [foreign] = await getDb().select({ id: gminas.id }).from(gminas).where(eq(gminas.teryt, '1465011'));
    await expect(registerForEvent(null, person(open.id, 'w', { gminaId: foreign.id }), null)).rejects.toMatchObject({ code: 'INVALID' });
    expect(await statuses(closed.id)).toHaveLength(0);
    expect(await statuses(open.id)).toHaveLength(0);
  });

  it('a registration for an event that has started is refused', async () => {
    const { id } = await saveEvent(rops, eventInput({ startsAt: '2027-01-10T09:30', endsAt: '2027-01-10T12:00' }));
    setClockForTests('2027-01-10T09:45:00Z');
    try {
      await expect(registerForEvent(null, person(id, 'late'), null)).rejects.toMatchObject({ code: 'INVALID', message: expect.stringContaining('rozpoczęło') });
    } finally {
      setClockForTests(NOW);
    }
  });
});

describe('visibility and authorization', () => {
  it('a non-public event is hidden from anonymous visitors but shown to people of the województwo', async () => {
    const { id } = await saveEvent(rops, eventInput({ flags: [], kind: 'animators_meeting', title: 'Spotkanie animatorów (wewnętrzne)' }));
    await expect(getEvent(null, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(eventIcsFile(null, id, 'https://k.example')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listEvents(null)).map((e) => e.id)).not.toContain(id);
    expect((await listEvents(gops)).map((e) => e.id)).toContain(id);
    expect((await getEvent(gops, id)).event.title).toBe('Spotkanie animatorów (wewnętrzne)');
    await expect(getEvent(ropsM, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(registerForEvent(null, person(id, 'anon'), null)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('ROPS of another województwo may neither edit nor manage the event (it sees the public one: FORBIDDEN; a non-public one: NOT_FOUND); the GOPS sees but may not manage', async () => {
    const { id } = await saveEvent(rops, eventInput());
    await expect(managedEvent(ropsM, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveEvent(ropsM, eventInput({ eventId: id, version: 1, title: 'Przejęte' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const hidden = await saveEvent(rops, eventInput({ flags: [] }));
    await expect(managedEvent(ropsM, hidden.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(sendInvitations(ropsM, { eventId: hidden.id, institutionIds: ['1'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(managedEvent(gops, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveEvent(gops, eventInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [e] = await getDb().select().from(regionalEvents).where(eq(regionalEvents.id, id));
    expect(e.title).toBe('Konferencja o kooperacji');
  });

  it('a stale edit is refused with the conflict message', async () => {
    const { id } = await saveEvent(rops, eventInput());
    await saveEvent(rops, eventInput({ eventId: id, version: 1, title: 'Zmiana A' }));
    await expect(saveEvent(rops, eventInput({ eventId: id, version: 1, title: 'Zmiana B' }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('cancelling an event', () => {
  const reason = 'Choroba prowadzącej szkolenie — nowy termin podamy w kalendarzu.';
  const mailsTo = (email: string) => getDb().select({ subject: emailOutbox.subject, body: emailOutbox.body }).from(emailOutbox).where(eq(emailOutbox.toEmail, email));

  it('ROPS cancels it before it starts: the registered and the waiting get the reason by e-mail, it leaves the public list, and nothing more is taken for it', async () => {
    const { id } = await saveEvent(rops, eventInput({ capacity: '1', title: 'Szkolenie do odwołania' }));
    const [confirmed, waiting, withdrawn] = [person(id, 'potwierdzona'), person(id, 'rezerwowa'), person(id, 'wycofana')];
    for (const p of [confirmed, waiting, withdrawn]) await registerForEvent(null, p, null);
    const token = /\/wydarzenia\/rezygnacja\/([A-Za-z0-9_-]{43})/.exec((await mailsTo(withdrawn.email))[0].body)![1];
    await cancelRegistration({ token }, null);
    const outboxBefore = (await getDb().select().from(emailOutbox)).length;

    // Refused, with nothing written: a reason too short, a stale version, a GOPS, ROPS of another województwo.
    await expect(cancelEvent(rops, { eventId: id, version: 1, reason: 'nie' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { reason: [expect.stringContaining('co najmniej 5 znaków')] } });
    await expect(cancelEvent(rops, { eventId: id, version: 2, reason })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(cancelEvent(gops, { eventId: id, version: 1, reason })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cancelEvent(ropsM, { eventId: id, version: 1, reason })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getDb().select({ cancelledAt: regionalEvents.cancelledAt }).from(regionalEvents).where(eq(regionalEvents.id, id)))[0].cancelledAt).toBeNull();
    expect(await getDb().select().from(emailOutbox)).toHaveLength(outboxBefore);

    expect(await cancelEvent(rops, { eventId: id, version: 1, reason })).toEqual({ version: 2, notified: 2 });
    for (const p of [confirmed, waiting]) {
      const told = (await mailsTo(p.email)).find((m) => m.subject === 'Wydarzenie odwołane: Szkolenie do odwołania');
      expect(told?.body).toContain(`Powód: ${reason}`);
      expect(told?.body).toContain(`/wydarzenia/${id}`);
    }
    expect((await mailsTo(withdrawn.email)).map((m) => m.subject)).not.toContain('Wydarzenie odwołane: Szkolenie do odwołania');
    const [entry] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'event.cancelled'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ entityType: 'regional_event', voivodeshipId: rops.scope.voivodeshipId, details: { reason, notified: 2 } });

    expect((await listEvents(null)).map((e) => e.id)).not.toContain(id);
    expect((await getEvent(null, id)).event.cancelledAt).not.toBeNull();
    const cancelled = { code: 'INVALID', message: 'To wydarzenie zostało odwołane.' };
    await expect(registerForEvent(null, person(id, 'spozniona'), null)).rejects.toMatchObject(cancelled);
    await expect(saveEvent(rops, eventInput({ eventId: id, version: 2, title: 'Zmiana po odwołaniu' }))).rejects.toMatchObject(cancelled);
    await expect(cancelEvent(rops, { eventId: id, version: 2, reason })).rejects.toMatchObject(cancelled);
    const made = await makeInstitution(JANOW, 'ops', `GOPS ${uid()}`);
    await getDb().update(institutions).set({ email: `gops-${uid()}@example.pl` }).where(eq(institutions.id, made.id));
    await expect(sendInvitations(rops, { eventId: id, institutionIds: [String(made.id)] })).rejects.toMatchObject(cancelled);
  });

  it('a cancelled info meeting frees its schedule occurrence for the next one; an event that has started is not cancelled', async () => {
    const first = await saveEvent(rops, eventInput({ kind: 'info_meeting', title: 'Spotkanie informacyjne odwołane', startsAt: '2027-02-10T10:00', endsAt: '2027-02-10T12:00', capacity: '' }));
    expect(first.occurrenceId).not.toBeNull();
    await cancelEvent(rops, { eventId: first.id, version: 1, reason });
    expect((await getDb().select({ occurrenceId: regionalEvents.occurrenceId }).from(regionalEvents).where(eq(regionalEvents.id, first.id)))[0].occurrenceId).toBeNull();
    const second = await saveEvent(rops, eventInput({ kind: 'info_meeting', title: 'Spotkanie informacyjne w nowym terminie', startsAt: '2027-02-20T10:00', endsAt: '2027-02-20T12:00', capacity: '' }));
    expect(second.occurrenceId).toBe(first.occurrenceId);

    // From the minute it starts (10:00 in Warsaw), not only after.
    const [{ startsAt }] = await getDb().select({ startsAt: regionalEvents.startsAt }).from(regionalEvents).where(eq(regionalEvents.id, second.id));
    expect(startsAt.toISOString()).toBe('2027-02-20T09:00:00.000Z');
    try {
      for (const at of [startsAt.toISOString(), '2027-02-20T10:30:00Z']) {
        setClockForTests(at);
        await expect(cancelEvent(rops, { eventId: second.id, version: 1, reason })).rejects.toMatchObject({ code: 'INVALID', message: 'Wydarzenie już się rozpoczęło — nie można go odwołać.' });
      }
    } finally {
      setClockForTests(NOW);
    }
    // Cancelled too, so the later test of the quarter's info meeting finds the occurrence free.
    await cancelEvent(rops, { eventId: second.id, version: 1, reason });
  });
});

describe('invitations, info meeting, feed', () => {
  it('invites institutions of the registry once each, by e-mail', async () => {
    const { id } = await saveEvent(rops, eventInput());
    const made = await makeInstitution(JANOW, 'ops', `GOPS Zaproszony ${uid()}`);
    const [inst] = await getDb().update(institutions).set({ email: `gops-${uid()}@example.pl` }).where(eq(institutions.id, made.id)).returning();
    const r1 = await sendInvitations(rops, { eventId: id, institutionIds: [String(inst.id)] });
    const r2 = await sendInvitations(rops, { eventId: id, institutionIds: [String(inst.id)] });
    expect(r1).toEqual({ sent: 1, alreadyInvited: 0 });
    expect(r2).toEqual({ sent: 0, alreadyInvited: 1 });
    expect(await getDb().select().from(eventInvitations).where(eq(eventInvitations.eventId, id))).toHaveLength(1);
    expect(await getDb().select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'event_invitation'), eq(emailOutbox.toEmail, inst.email!)))).toHaveLength(1);
  });

  it('a public info meeting in Q1 is linked to the regional track occurrence; closing the attendance list marks it done', async () => {
    const { id, occurrenceId } = await saveEvent(rops, eventInput({ kind: 'info_meeting', title: 'Spotkanie informacyjne 2027', startsAt: '2027-03-02T10:00', endsAt: '2027-03-02T13:00', capacity: '30' }));
    const [occ] = await getDb()
      .select({ id: occurrences.id, periodStart: occurrences.periodStart, dueDate: occurrences.dueDate, status: occurrences.status })
      .from(occurrences)
      .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
      .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
      .where(and(eq(tracks.kind, 'regional'), eq(catalogueRecurringTasks.code, 'spotkania-informacyjne-rops'), eq(occurrences.id, occurrenceId ?? -1)));
    expect(occ.periodStart <= '2027-03-02' && occ.dueDate >= '2027-03-02').toBe(true);
    await expect(closeAttendance(rops, { eventId: id, version: 1 })).rejects.toMatchObject({ code: 'INVALID' });
    setClockForTests('2027-03-02T14:00:00Z');
    try {
      await closeAttendance(rops, { eventId: id, version: 1 });
    } finally {
      setClockForTests(NOW);
    }
    const [after] = await getDb().select({ status: occurrences.status, doneOn: occurrences.doneOn }).from(occurrences).where(eq(occurrences.id, occ.id));
    expect(after).toEqual({ status: 'done', doneOn: '2027-03-02' });
  });

  it('the personal .ics feed holds a public event its user registered for (by the account e-mail), not others', async () => {
    const { id } = await saveEvent(rops, eventInput({ title: 'Konferencja dla zapisanych' }));
    const other = await saveEvent(rops, eventInput({ title: 'Konferencja bez zapisu' }));
    await registerForEvent(gops, person(id, 'gops', { email: gops.email }), null);
    const { token } = await regenerateFeedToken(gops);
    const ics = (await feedForToken(token, 'https://k.example'))!;
    expect(ics).toContain(`UID:regional-event-${id}@kooperacja`);
    expect(ics).toContain('SUMMARY:Konferencja: Konferencja dla zapisanych');
    expect(ics).not.toContain(`UID:regional-event-${other.id}@kooperacja`);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
