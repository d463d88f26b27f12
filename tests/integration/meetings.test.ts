import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, occurrences, pzkMembers, pzks, tracks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument } from '@/lib/documents/documents';
import { getTrack } from '@/lib/implementations/tracks';
import { feedForToken, regenerateFeedToken } from '@/lib/pzk/calendar';
import { addConsultation, addDecision, getMeeting, listMeetings, meetingIcs, minutesPdf, saveAttendance, saveMeeting, saveMinutes, setDecisionStatus } from '@/lib/pzk/meetings';
import { addMember } from '@/lib/pzk/members';
import { PODLASKIE, makeActor, makeInstitution } from '../factories';
import { accepted } from '../implementation-factories';
import { usePdfText } from '../pdf-text';
import { TINY_PDF as PDF } from '../upload-fixtures';

const pdfText = usePdfText('meetings');

const BASE = 'https://kooperacja.example.pl';
const SECRET_MINUTES = 'Omówiono sytuację rodziny Nowakowskich z ul. Lipowej';
const FOR_WHOM = 'Rodzice dzieci w wieku szkolnym (zapisy w GOPS)';

/** An implementation of three gminas of a powiat, the PZK of the first, its animators and a signed member. */
async function team(codes: string[]) {
  const powiat = codes[0].slice(0, 4);
  const pcpr = await makeActor('pcpr_animator', powiat);
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const gops = await makeActor('gops_animator', codes[0]);
  const member = await makeActor('pzk_member', codes[0]);
  const { trackIds } = await accepted(pcpr, rops, codes);
  const track = (await getTrack(rops, trackIds[0])).track;
  const [pzk] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, track.gminaId!)));
  await signPzkAgreement(pcpr, track, [member.scope.institutionId!]);
  return { pcpr, rops, gops, member, track, pzk };
}

async function signPzkAgreement(pcpr: Actor, track: { implementationId: number | null; gminaId: number | null }, extraInstitutionIds: number[]) {
  const { id } = await createDocument(pcpr, { kind: 'agreement_pzk', implementationId: track.implementationId, gminaId: track.gminaId });
  const d = await getDocument(pcpr, id);
  const t = d.template.body;
  const content = {
    ...d.document.content,
    place: 'Gminie',
    parties: [...d.document.content.parties, ...extraInstitutionIds.map((institutionId) => ({ ...d.document.content.parties[0], institutionId }))].map((p) => ({ ...p, representativeName: 'Jan Żak', representativeFunction: 'Dyrektor', tasks: 'Udział w spotkaniach' })),
    fields: Object.fromEntries(t.fields.map((f) => [f.key, d.document.content.fields[f.key] || (f.type === 'date' ? '2027-06-30' : 'treść')])),
  };
  await saveDraft(pcpr, { documentId: id, version: d.document.version, content });
  await changeStatus(pcpr, { documentId: id, version: 2 }, 'mark_ready');
  const ready = await getDocument(pcpr, id);
  await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: ready.document.content.parties.map(() => '2026-11-20') }, { name: 'skan.pdf', data: PDF });
}

const meetingInput = (pzkId: number, over: Record<string, unknown> = {}) => ({
  pzkId,
  version: 0,
  kind: 'regular',
  startsAt: '2027-05-10T10:00',
  durationMinutes: '120',
  place: 'Urząd Gminy, sala konferencyjna',
  onlineUrl: '',
  agendaResources: 'Szkolenie z pracy metodą PZK',
  agendaCases: 'Konsultacje bieżących przypadków',
  agendaMethods: 'Genogram i ekomapa',
  ...over,
});

describe('PZK meetings', () => {
  it('plan → attendance → decisions → consultations → published minutes mark the schedule occurrence done', async () => {
    const { pcpr, gops, member, pzk } = await team(['2014011', '2014022', '2014032']);
    const list = await listMeetings(pcpr, pzk.id, new Date('2027-01-10T00:00:00Z'));
    expect(list.canRun).toBe(true);
    expect(list.scheduleSlots.length).toBeGreaterThan(0);
    const slot = list.scheduleSlots[0];

    // Only the animators plan; a member reads.
    await expect(saveMeeting(member, meetingInput(pzk.id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bad = await saveMeeting(gops, meetingInput(pzk.id, { place: '', onlineUrl: 'http://x.pl', durationMinutes: '5' })).catch((e) => e);
    expect(bad.fieldErrors).toMatchObject({ onlineUrl: [expect.stringContaining('https://')], durationMinutes: [expect.any(String)] });

    // The GOPS animator plans the month's meeting from the schedule.
    const { id: meetingId } = await saveMeeting(gops, meetingInput(pzk.id, { occurrenceId: slot.id }));
    const again = await listMeetings(member, pzk.id, new Date('2027-01-10T00:00:00Z'));
    expect(again.canRun).toBe(false);
    expect(again.scheduleSlots.map((s) => s.id)).not.toContain(slot.id);
    expect(again.upcoming.map((m) => m.id)).toEqual([meetingId]);
    expect(again.upcoming[0].startsAt.toISOString()).toBe('2027-05-10T08:00:00.000Z');
    // An occurrence is fulfilled by one meeting only.
    await expect(saveMeeting(pcpr, meetingInput(pzk.id, { occurrenceId: slot.id }))).rejects.toMatchObject({ code: 'INVALID' });
    // Intervention meetings need no lead time.
    await saveMeeting(pcpr, meetingInput(pzk.id, { kind: 'intervention', startsAt: '2027-01-10T12:00', onlineUrl: 'https://teams.example.pl/x', place: '' }));

    // The team: two people, one of them the member's own account.
    const a = await addMember(pcpr, { pzkId: pzk.id, institutionId: member.scope.institutionId, name: 'Anna Wiśniewska', function: 'Pedagog', teamRole: 'invited' });
    const b = await addMember(pcpr, { pzkId: pzk.id, name: 'Jerzy Kamiński', function: 'Radny', teamRole: 'councillor_gmina' });
    await getDb().update(pzkMembers).set({ userId: member.userId }).where(eq(pzkMembers.id, a.id));

    expect(await saveAttendance(gops, { pzkId: pzk.id, meetingId, present: [a.id] })).toEqual({ present: 1, absent: 1 });
    expect(await saveAttendance(pcpr, { pzkId: pzk.id, meetingId, present: [a.id, b.id] })).toEqual({ present: 2, absent: 0 });
    await expect(saveAttendance(member, { pzkId: pzk.id, meetingId, present: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const d1 = await addDecision(pcpr, { pzkId: pzk.id, meetingId, text: 'Przygotować listę usług', ownerMemberId: a.id, dueOn: '2027-06-01' });
    const d2 = await addDecision(gops, { pzkId: pzk.id, meetingId, text: 'Zaprosić kuratora', ownerMemberId: b.id, dueOn: '2027-06-15' });
    await expect(addDecision(pcpr, { pzkId: pzk.id, meetingId, text: 'x', ownerMemberId: '', dueOn: '' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { ownerMemberId: [expect.any(String)], dueOn: [expect.any(String)] } });
    // The owner marks their decision done; not someone else's.
    await setDecisionStatus(member, { pzkId: pzk.id, decisionId: d1.id, version: 1, status: 'done' });
    await expect(setDecisionStatus(member, { pzkId: pzk.id, decisionId: d2.id, version: 1, status: 'done' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setDecisionStatus(pcpr, { pzkId: pzk.id, decisionId: d1.id, version: 1, status: 'open' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listMeetings(member, pzk.id)).openDecisions.map((d) => d.id)).toEqual([d2.id]);
    // Most people are put on the team by name and work e-mail, and their account is never linked to
    // that row: the account with that e-mail owns the decision all the same.
    const byEmail = await addMember(pcpr, { pzkId: pzk.id, institutionId: member.scope.institutionId, name: 'Anna Wiśniewska', function: 'Pedagog (sprawy szkolne)', teamRole: 'invited', email: member.email.toUpperCase() });
    const [row] = await getDb().select({ userId: pzkMembers.userId }).from(pzkMembers).where(eq(pzkMembers.id, byEmail.id));
    expect(row.userId, 'the team row is not linked to the account').toBeNull();
    const d3 = await addDecision(pcpr, { pzkId: pzk.id, meetingId, text: 'Ustalić termin w poradni', ownerMemberId: byEmail.id, dueOn: '2027-06-20' });
    expect((await getMeeting(member, pzk.id, meetingId)).decisions.find((d) => d.id === d3.id)?.canChange).toBe(true);
    await setDecisionStatus(member, { pzkId: pzk.id, decisionId: d3.id, version: 1, status: 'done' });
    await setDecisionStatus(member, { pzkId: pzk.id, decisionId: d3.id, version: 2, status: 'open' });

    await addConsultation(gops, { pzkId: pzk.id, meetingId, specialist: 'Psycholog PCPR', startsAt: '2027-05-10T12:30', forWhom: FOR_WHOM });

    const view = await getMeeting(member, pzk.id, meetingId);
    expect(view.meeting.version).toBe(1);
    expect(view.attendance.every((r) => r.present)).toBe(true);
    expect(view.decisions.map((d) => [d.status, d.canChange])).toEqual([
      ['done', true],
      ['open', false],
      ['open', true],
    ]);
    expect(view.consultations[0].startsAt.toISOString()).toBe('2027-05-10T10:30:00.000Z');

    // Draft minutes, then published: the occurrence is done on the meeting's date.
    const draft = await saveMinutes(gops, { pzkId: pzk.id, meetingId, version: 1, minutes: SECRET_MINUTES, publish: false });
    expect(draft.minutesPublishedAt).toBeNull();
    const [before] = await getDb().select().from(occurrences).where(eq(occurrences.id, slot.id));
    expect(before.status).toBe('planned');
    const published = await saveMinutes(pcpr, { pzkId: pzk.id, meetingId, version: draft.version, minutes: SECRET_MINUTES, publish: true });
    expect(published.minutesPublishedAt).toBeInstanceOf(Date);
    const [after] = await getDb().select().from(occurrences).where(eq(occurrences.id, slot.id));
    expect(after).toMatchObject({ status: 'done', doneOn: '2027-05-10' });
    const [track] = await getDb().select().from(tracks).where(eq(tracks.id, after.trackId));
    expect(track.openOccurrenceDues).not.toContain(slot.dueDate);
    const actions = (await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityType, 'pzk_meeting'))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['pzk.meeting_saved', 'pzk.attendance_saved', 'pzk.decision_changed', 'pzk.minutes_published']));

    // The minutes PDF and the meeting's .ics (which says nothing of the minutes).
    const { pdf, filename } = await minutesPdf(member, pzk.id, meetingId);
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(filename).toMatch(/^protokol-pzk-.*-2027-05-10\.pdf$/);
    // Published minutes are rendered once and kept (issue 19); a decision marked done later prints anew.
    expect((await minutesPdf(gops, pzk.id, meetingId)).pdf).toBe(pdf);
    const openBefore = (pdfText(pdf).match(/otwarte/g) ?? []).length;
    await setDecisionStatus(member, { pzkId: pzk.id, decisionId: d3.id, version: 3, status: 'done' });
    const reprinted = (await minutesPdf(member, pzk.id, meetingId)).pdf;
    expect(reprinted).not.toBe(pdf);
    expect((pdfText(reprinted).match(/otwarte/g) ?? []).length).toBe(openBefore - 1);
    const { ics } = await meetingIcs(member, pzk.id, meetingId, BASE);
    expect(ics).toContain(`UID:pzk-meeting-${meetingId}@kooperacja`);
    expect(ics).toContain('SEQUENCE:3');
    expect(ics).not.toContain('Nowakowskich');
    expect(ics).not.toContain('Psycholog');
  });

  it('a stale edit is refused with a conflict; the newer change stays', async () => {
    const { pcpr, gops, pzk } = await team(['2014042', '2014052']);
    const { id } = await saveMeeting(pcpr, meetingInput(pzk.id, { kind: 'intervention' }));
    await saveMeeting(gops, meetingInput(pzk.id, { meetingId: id, version: 1, place: 'Sala GOPS' }));
    const err = await saveMeeting(pcpr, meetingInput(pzk.id, { meetingId: id, version: 1, place: 'Sala PCPR' })).catch((e) => e);
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Ktoś inny zmienił') });
    expect((await getMeeting(pcpr, pzk.id, id)).meeting).toMatchObject({ place: 'Sala GOPS', version: 2 });
    await expect(saveMinutes(pcpr, { pzkId: pzk.id, meetingId: id, version: 1, minutes: 'x', publish: true })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('another PZK’s people get NOT_FOUND; the feed lists only the user’s PZKs and no minutes; regenerating kills the old URL', async () => {
    const a = await team(['2013042', '2013052', '2013062']);
    const b = await team(['2008022', '2008032']);
    const { id: meetingA } = await saveMeeting(a.pcpr, meetingInput(a.pzk.id, { agendaCases: 'Konsultacje przypadków, bez danych' }));
    const { id: meetingB } = await saveMeeting(b.gops, meetingInput(b.pzk.id));
    await addConsultation(a.gops, { pzkId: a.pzk.id, meetingId: meetingA, specialist: 'Psycholog PCPR', startsAt: '2027-05-10T12:30', forWhom: FOR_WHOM });
    await saveMinutes(a.pcpr, { pzkId: a.pzk.id, meetingId: meetingA, version: 1, minutes: SECRET_MINUTES, publish: true });

    for (const actor of [b.gops, b.member, b.pcpr]) {
      await expect(listMeetings(actor, a.pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getMeeting(actor, a.pzk.id, meetingA)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(meetingIcs(actor, a.pzk.id, meetingA, BASE)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(minutesPdf(actor, a.pzk.id, meetingA)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(saveMeeting(actor, meetingInput(a.pzk.id, { meetingId: meetingA, version: 1 }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Their own PZK's id with another PZK's meeting id does not reach it either.
    await expect(getMeeting(b.pcpr, b.pzk.id, meetingA)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(minutesPdf(b.pcpr, b.pzk.id, meetingA)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveMinutes(b.pcpr, { pzkId: b.pzk.id, meetingId: meetingA, version: 2, minutes: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // The member's feed: their PZK's meeting only, with no minutes or consultation text.
    const { token } = await regenerateFeedToken(a.member);
    const feed = (await feedForToken(`${token}.ics`, BASE, new Date('2027-01-01T00:00:00Z')))!;
    expect(feed).toContain(`UID:pzk-meeting-${meetingA}@kooperacja`);
    expect(feed).not.toContain(`UID:pzk-meeting-${meetingB}@kooperacja`);
    const unfolded = feed.replace(/\r\n /g, '');
    expect(unfolded).not.toContain('Nowakowskich');
    expect(unfolded).not.toContain(FOR_WHOM);
    expect(unfolded).not.toContain('Psycholog');
    expect(await feedForToken(token, BASE)).toContain(`pzk-meeting-${meetingA}@`);
    // The PCPR animator of b sees b's only.
    const { token: tokenB } = await regenerateFeedToken(b.pcpr);
    const feedB = (await feedForToken(tokenB, BASE, new Date('2027-01-01T00:00:00Z')))!;
    expect(feedB).toContain(`UID:pzk-meeting-${meetingB}@kooperacja`);
    expect(feedB).not.toContain(`UID:pzk-meeting-${meetingA}@kooperacja`);

    // ROPS oversees every PZK but sits on none: its feed is empty.
    const { token: ropsToken } = await regenerateFeedToken(a.rops);
    expect(await feedForToken(ropsToken, BASE)).not.toContain('BEGIN:VEVENT');

    // Regenerating: the old URL is gone, the new one works; only the hash is stored.
    const { token: fresh } = await regenerateFeedToken(a.member);
    expect(await feedForToken(token, BASE)).toBeNull();
    expect(await feedForToken(fresh, BASE)).toContain('BEGIN:VCALENDAR');
    const [audited] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'calendar.token_regenerated'), eq(auditLog.userId, a.member.userId)));
    expect(audited).toBeDefined();
    expect(JSON.stringify(audited)).not.toContain(fresh);
    // Unknown or malformed tokens, and a disabled account: nothing.
    expect(await feedForToken('x'.repeat(43), BASE)).toBeNull();
    expect(await feedForToken('../../etc', BASE)).toBeNull();
    await getDb().update(users).set({ status: 'disabled' }).where(eq(users.id, a.member.userId));
    expect(await feedForToken(fresh, BASE)).toBeNull();
  });
});
