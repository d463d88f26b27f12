import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { caseReminders, cases, digestItems, digests, emailOutbox, ippTasks, ipps } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { syncCaseReminders } from '@/lib/cases/reminders';
import { runDigests, sendDigest } from '@/lib/notifications/digest';
import { saveEmailPreferences } from '@/lib/notifications/notifications';
import { EMAIL_KINDS, appUrl, notifyPzk, notifyUsers, type Delivery, type EmailKind } from '@/lib/notifications/outbox';
import { caseSetup, qualifiedCase, type CaseSetup } from '../case-factories';
import { PODLASKIE, makeActor } from '../factories';

const everyKind = (d: Delivery) => Object.fromEntries(Object.keys(EMAIL_KINDS).map((k) => [k, d])) as Record<EmailKind, Delivery>;

/** Digests queued for one person, by period. */
const digestMails = async (actor: Actor, period: 'daily' | 'weekly') =>
  getDb()
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toUserId, actor.userId), eq(emailOutbox.kind, `digest_${period}`)));

// An IPP task of the school whose description is family data: it must never reach an e-mail.
const SECRET = 'Terapia uzależnienia Haliny Zięby w poradni';

let s: CaseSetup;
let caseId: number;
let caseNumber: string;

beforeAll(async () => {
  s = await caseSetup(['2011043', '2011052']);
  ({ caseId } = await qualifiedCase(s));
  [{ number: caseNumber }] = await getDb().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
  const [ipp] = await getDb()
    .insert(ipps)
    .values({ caseId, sequence: 1, startsOn: '2027-01-20', endsOn: '2027-04-19', goals: [], pzkAttendance: 'in_person' })
    .returning({ id: ipps.id });
  await getDb()
    .insert(ippTasks)
    .values([
      { ippId: ipp.id, taskKey: 't1', caseId, goalKey: 'g1', institutionId: s.member.scope.institutionId, description: SECRET, dueOn: '2027-03-20' },
      { ippId: ipp.id, taskKey: 't2', caseId, goalKey: 'g1', institutionId: s.member.scope.institutionId, description: 'Spotkanie z wychowawcą syna', dueOn: '2027-04-02' },
      { ippId: ipp.id, taskKey: 't3', caseId, goalKey: 'g1', institutionId: s.member.scope.institutionId, description: 'Ocena postępów w nauce', dueOn: '2027-05-10' },
    ]);
});

describe('e-mail digests', () => {
  it('a daily digest summarises the inbox and the changes, without family data, once even with two workers at once', async () => {
    // The school's pedagogue: meetings in the daily digest, forum posts in the weekly one.
    await saveEmailPreferences(s.member, { delivery: { ...everyKind('immediate'), meeting_new: 'daily', forum_post: 'weekly' } });
    await getDb().transaction((tx) => notifyPzk(tx, s.pzk.id, 'meeting_new', { subject: `PZK Janów: nowe spotkanie 08.04.2027 10:00`, body: `Zaplanowano spotkanie.\n\n${appUrl(`/pzk/${s.pzk.id}/spotkania/1`)}` }));
    await getDb().transaction((tx) => notifyPzk(tx, s.pzk.id, 'forum_post', { subject: `PZK Janów: nowy wpis na forum`, body: `Wpis.\n\n${appUrl(`/pzk/${s.pzk.id}/forum/1`)}` }));

    // Wednesday 31.03.2027, 6:59 in Warsaw (summer time): the day's digest is not due yet.
    await runDigests(getDb(), { now: new Date('2027-03-31T04:59:00Z') });
    expect(await digestMails(s.member, 'daily')).toHaveLength(0);

    // 7:00, two app instances at once: one digest of the day, one of the week.
    await Promise.all([runDigests(getDb(), { now: new Date('2027-03-31T05:00:00Z') }), runDigests(getDb(), { now: new Date('2027-03-31T05:00:00Z') })]);
    const [daily, ...moreDaily] = await digestMails(s.member, 'daily');
    expect(moreDaily).toHaveLength(0);
    expect(await digestMails(s.member, 'weekly')).toHaveLength(1);
    expect(daily).toMatchObject({ toEmail: s.member.email, status: 'pending', subject: 'Podsumowanie dnia 31.03.2027 — Platforma Modelu Kooperacji' });

    // "Moja praca": a fixed label, the case number, the date and the link — never the task's text.
    const body = daily.body;
    expect(body).toContain('Do zrobienia: 3 zadania (zaległe: 1, w tym tygodniu: 1, później: 1)');
    expect(body).toContain(`- Zadanie z IPP Twojej instytucji — Sprawa ${caseNumber} — termin 20.03.2027\n  ${appUrl(`/sprawy/${caseId}/zadania`)}`);
    expect(body.indexOf('Zaległe:')).toBeLessThan(body.indexOf('termin 20.03.2027'));
    expect(body.indexOf('W tym tygodniu:')).toBeLessThan(body.indexOf('termin 02.04.2027'));
    expect(body.indexOf('Później:')).toBeLessThan(body.indexOf('termin 10.05.2027'));
    for (const familyData of [SECRET, 'Terapia', 'wychowawcą', 'Zięba', 'Halina', 'Łukasz']) expect(body).not.toContain(familyData);
    // What changed: the meeting, not the forum post (it waits for the weekly digest, where it is).
    expect(body).toContain(`CO SIĘ ZMIENIŁO W TWOICH ZESPOŁACH OD OSTATNIEGO PODSUMOWANIA\n- PZK Janów: nowe spotkanie 08.04.2027 10:00\n  ${appUrl(`/pzk/${s.pzk.id}/spotkania/1`)}`);
    expect(body).not.toContain('nowy wpis na forum');
    expect((await digestMails(s.member, 'weekly'))[0].body).toContain(`PZK Janów: nowy wpis na forum`);
    expect(body).toContain('Powiadomienia możesz wyłączyć');

    // The events are marked as carried by the digest that carried them.
    const [d] = await getDb().select().from(digests).where(and(eq(digests.userId, s.member.userId), eq(digests.period, 'daily')));
    expect(d).toMatchObject({ periodKey: '2027-03-31', outboxId: daily.id });
    expect(await getDb().select().from(digestItems).where(and(eq(digestItems.userId, s.member.userId), isNull(digestItems.digestId)))).toEqual([]);

    // Not again that day, nor after midnight before 7:00; the next day's comes at 7:00, with no new changes.
    await runDigests(getDb(), { now: new Date('2027-03-31T20:00:00Z') });
    await runDigests(getDb(), { now: new Date('2027-04-01T04:59:00Z') });
    expect(await digestMails(s.member, 'daily')).toHaveLength(1);
    await runDigests(getDb(), { now: new Date('2027-04-01T05:00:00Z') });
    const next = (await digestMails(s.member, 'daily')).find((m) => m.id !== daily.id)!;
    expect(next.subject).toBe('Podsumowanie dnia 01.04.2027 — Platforma Modelu Kooperacji');
    expect(next.body).toContain('OD OSTATNIEGO PODSUMOWANIA\nNic nowego.');
    expect(await digestMails(s.member, 'weekly')).toHaveLength(1);
  });

  it('a key worker who takes case reminders in the digest gets no reminder e-mail; the digest lists them by case number', async () => {
    await saveEmailPreferences(s.socialWorker, { delivery: { ...everyKind('immediate'), case_reminder: 'daily' } });
    const r = await syncCaseReminders(getDb(), '2027-04-20');
    expect(r.created).toBeGreaterThan(0);
    const open = await getDb().select().from(caseReminders).where(eq(caseReminders.caseId, caseId));
    expect(open.length).toBeGreaterThan(0);
    expect(await getDb().select().from(emailOutbox).where(and(eq(emailOutbox.toUserId, s.socialWorker.userId), eq(emailOutbox.kind, 'case_reminder')))).toEqual([]);
    await runDigests(getDb(), { now: new Date('2027-04-20T05:00:00Z') });
    const [mail] = await digestMails(s.socialWorker, 'daily');
    expect(mail.body).toContain(`- Przypomnienie w sprawie — Sprawa ${caseNumber} — termin `);
    for (const familyData of ['Zięba', 'Halina', 'Rodzina trzypokoleniowa']) expect(mail.body).not.toContain(familyData);
  });

  it('two workers sending the same person\'s digest at once: exactly one records it and e-mails', async () => {
    const person = await makeActor('pcpr_animator', '2011');
    await saveEmailPreferences(person, { delivery: { ...everyKind('immediate'), services_changed: 'daily' } });
    await getDb().transaction((tx) => notifyUsers(tx, person.scope.voivodeshipId, [person.userId], 'services_changed', { subject: 'Zmiana listy usług', body: appUrl('/uslugi') }));
    const due = { period: 'daily', key: '2027-06-14', from: '2027-06-14' } as const;
    const outcomes = await Promise.all([0, 1, 2].map(() => sendDigest(getDb(), person.userId, due, { today: '2027-06-14', loadInbox: async () => [] })));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'taken')).toHaveLength(2);
    const mails = await digestMails(person, 'daily');
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain('Zmiana listy usług');
    expect(mails[0].body).toContain('Nie masz teraz nic do zrobienia na platformie.');
  });

  it('nothing to say — no work, no changes: no e-mail, and the day is not tried again', async () => {
    const person = await makeActor('rops_adviser', PODLASKIE);
    await saveEmailPreferences(person, { delivery: { ...everyKind('immediate'), meeting_new: 'daily' } });
    const empty = async () => [];
    const r = await runDigests(getDb(), { now: new Date('2027-06-15T05:00:00Z'), loadInbox: empty });
    expect(r.empty).toBeGreaterThanOrEqual(1);
    expect(await digestMails(person, 'daily')).toHaveLength(0);
    const [d] = await getDb().select().from(digests).where(eq(digests.userId, person.userId));
    expect(d).toMatchObject({ period: 'daily', periodKey: '2027-06-15', outboxId: null });
    expect(await sendDigest(getDb(), person.userId, { period: 'daily', key: '2027-06-15', from: '2027-06-15' }, { loadInbox: empty })).toBe('taken');
  });

  it('a weekly digest comes from Monday 7:00, once a week; "at once" and "none" people get no digest', async () => {
    const weekly = await makeActor('gops_animator', '2011043');
    const immediate = await makeActor('gops_animator', '2011043');
    const none = await makeActor('gops_animator', '2011043');
    await saveEmailPreferences(weekly, { delivery: { ...everyKind('immediate'), forum_post: 'weekly' } });
    await saveEmailPreferences(none, { delivery: everyKind('none') });
    const inbox = async () => [{ key: 'x', source: 'meeting' as const, what: 'Zaplanuj spotkanie', where: 'PZK w gminie', dueOn: '2027-10-04', href: '/pzk/1/spotkania', nav: '/pzk' }];
    // Monday 04.10.2027 (summer time: 7:00 = 5:00 UTC); the week before was never sent.
    await runDigests(getDb(), { now: new Date('2027-10-04T04:59:00Z'), loadInbox: inbox });
    expect(await digestMails(weekly, 'weekly')).toHaveLength(0);
    await runDigests(getDb(), { now: new Date('2027-10-04T05:00:00Z'), loadInbox: inbox });
    const [first] = await digestMails(weekly, 'weekly');
    expect(first.subject).toBe('Podsumowanie tygodnia 04.10.2027–10.10.2027 — Platforma Modelu Kooperacji');
    expect(first.body).toContain(`- Spotkanie zespołu do zaplanowania — PZK w gminie — termin 04.10.2027\n  ${appUrl('/pzk/1/spotkania')}`);
    expect(first.body).not.toContain('Zaplanuj spotkanie');
    // Sunday night: still the same week.
    await runDigests(getDb(), { now: new Date('2027-10-10T21:00:00Z'), loadInbox: inbox });
    expect(await digestMails(weekly, 'weekly')).toHaveLength(1);
    // The next Monday, after the clocks went back? (31.10): 7:00 is then 6:00 UTC.
    await runDigests(getDb(), { now: new Date('2027-11-01T05:59:00Z'), loadInbox: inbox });
    expect(await digestMails(weekly, 'weekly')).toHaveLength(1);
    await runDigests(getDb(), { now: new Date('2027-11-01T06:00:00Z'), loadInbox: inbox });
    expect((await digestMails(weekly, 'weekly')).map((m) => m.subject).sort()).toEqual([
      'Podsumowanie tygodnia 01.11.2027–07.11.2027 — Platforma Modelu Kooperacji',
      'Podsumowanie tygodnia 04.10.2027–10.10.2027 — Platforma Modelu Kooperacji',
    ]);
    for (const p of [immediate, none]) {
      expect(await getDb().select().from(digests).where(eq(digests.userId, p.userId))).toEqual([]);
    }
  });
});
