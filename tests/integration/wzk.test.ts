import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, documents, occurrences, regionalEvaluations, wzkAttendance, wzkDecisions, wzkMeetings } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock, setClockForTests } from '@/lib/clock';
import { insertDocument } from '@/lib/documents/store';
import { regionalReportPdf } from '@/lib/evaluation/documents';
import { getRegionalEvaluation, saveRegionalEvaluation } from '@/lib/wzk/evaluation';
import { wzkMeetingIcs, wzkMinutesPdf } from '@/lib/wzk/documents';
import { addWzkDecision, getWzk, getWzkMeeting, saveWzkAttendance, saveWzkMeeting, saveWzkMinutes, setWzkDecisionStatus } from '@/lib/wzk/meetings';
import { JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, makeInstitution } from '../factories';
import { accepted } from '../implementation-factories';
import { usePdfText } from '../pdf-text';

/*
 * Issue 18 §1: the WZK at work. Its members are the parties of the signed regional agreement; ROPS
 * plans meetings, keeps attendance and decisions and publishes minutes, which mark the regional
 * track's quarterly "Spotkanie WZK" occurrence done; WZK members read and write the third level of
 * evaluation, which the regional report PDF prints.
 */

const pdfText = usePdfText('wzk');
const TODAY = '2027-05-10T08:00:00Z';
let before: Date;
let rops: Actor;
let wzkMember: Actor;
let ropsMazowsze: Actor;
let voivodeshipId: number;
let signedInst: { id: number; name: string };
let terminatedInst: { id: number; name: string };

async function regionalAgreement(status: 'draft' | 'signed' | 'terminated', institution: { id: number; name: string }) {
  return getDb().transaction(async (tx) => {
    const doc = await insertDocument(tx, 'agreement_regional', { voivodeshipId, powiatId: null, gminaId: null, implementationId: null, gminaIds: [] }, null, { userId: rops.userId, name: rops.name }, 2027);
    const content = { ...doc.content, parties: [...doc.content.parties, { role: 'podmiot', institutionId: institution.id, unitId: null, name: institution.name, address: '', representativeName: '', representativeFunction: '', tasks: '' }] };
    await tx.update(documents).set({ content, status }).where(eq(documents.id, doc.id));
    return doc.id;
  });
}

const meetingCount = async () => (await getDb().select({ id: wzkMeetings.id }).from(wzkMeetings).where(eq(wzkMeetings.voivodeshipId, voivodeshipId))).length;

beforeAll(async () => {
  before = clock.now();
  setClockForTests(TODAY);
  rops = await makeActor('rops_adviser', PODLASKIE);
  wzkMember = await makeActor('wzk_member', PODLASKIE);
  ropsMazowsze = await makeActor('rops_adviser', MAZOWIECKIE);
  voivodeshipId = rops.scope.voivodeshipId;
  const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  // The first implementation of podlaskie creates the regional track (quarterly WZK windows from 2027-01-04).
  await accepted(pcpr, rops, [JANOW], '2027-01-04');
  signedInst = await makeInstitution(PODLASKIE, 'other', 'Komenda Wojewódzka Policji (test WZK)');
  terminatedInst = await makeInstitution(PODLASKIE, 'other', 'Kuratorium Oświaty (test WZK)');
});
afterAll(() => setClockForTests(before));

describe('WZK membership follows the signed regional agreement', () => {
  it('a draft agreement makes no members, and the page points to it', async () => {
    const draftId = await regionalAgreement('draft', signedInst);
    const w = await getWzk(rops);
    expect(w.members).toEqual([]);
    expect(w.pending?.id).toBe(draftId);
    // Signing it makes its parties members: the województwo and the institution.
    await getDb().update(documents).set({ status: 'signed', effectiveOn: '2027-02-01' }).where(eq(documents.id, draftId));
    const after = await getWzk(wzkMember);
    expect(after.members.map((x) => x.key).sort()).toEqual([`i:${signedInst.id}`, `v:${voivodeshipId}`].sort());
    expect(after.members.find((x) => x.key === `i:${signedInst.id}`)?.name).toBe('Komenda Wojewódzka Policji (test WZK)');
    expect(after.pending).toBeNull();
    expect(after.canManage).toBe(false);
  });

  it('the parties of a terminated agreement are not members', async () => {
    await regionalAgreement('terminated', terminatedInst);
    const w = await getWzk(rops);
    expect(w.members.map((x) => x.key)).not.toContain(`i:${terminatedInst.id}`);
    expect(w.members.map((x) => x.key)).toContain(`i:${signedInst.id}`);
  });

  it('another województwo\'s ROPS sees its own (empty) WZK, not podlaskie\'s', async () => {
    const w = await getWzk(ropsMazowsze);
    expect(w.members).toEqual([]);
  });
});

describe('a WZK meeting', () => {
  let meetingId: number;

  it('ROPS plans it, keeps attendance and decisions; publishing the minutes marks the quarter done', async () => {
    const saved = await saveWzkMeeting(rops, { version: 0, startsAt: '2027-04-20T10:00', durationMinutes: '180', place: 'ROPS w Białymstoku, sala 12', onlineUrl: '', agenda: 'Postępy PZK w powiecie sokólskim' });
    meetingId = saved.id;
    const att = await saveWzkAttendance(rops, {
      meetingId,
      rows: [
        { partyKey: `i:${signedInst.id}`, present: true, personName: 'insp. Krzysztof Zieliński' },
        { partyKey: `v:${voivodeshipId}`, present: false, personName: '' },
      ],
    });
    expect(att).toEqual({ present: 1, absent: 1 });
    const d = await addWzkDecision(rops, { meetingId, text: 'Przygotować szkolenie dla dzielnicowych', ownerPartyKey: `i:${signedInst.id}`, dueOn: '2027-06-30' });
    await setWzkDecisionStatus(rops, { decisionId: d.id, version: d.version, status: 'done' });

    const m0 = await getWzkMeeting(wzkMember, meetingId);
    // The window of the second quarter of the schedule holds 20.04.2027; still planned.
    expect(m0.occurrence).toMatchObject({ status: 'planned' });
    expect(m0.occurrence!.periodStart <= '2027-04-20' && '2027-04-20' <= m0.occurrence!.dueDate).toBe(true);
    const occId = m0.occurrence!.id;

    await expect(saveWzkMinutes(rops, { meetingId, version: m0.meeting.version, minutes: '', publish: true })).rejects.toMatchObject({ code: 'INVALID' });
    const pub = await saveWzkMinutes(rops, { meetingId, version: m0.meeting.version, minutes: 'Omówiono postępy PZK w gminie Janów.', publish: true });
    expect(pub.occurrenceId).toBe(occId);
    const [occ] = await getDb().select().from(occurrences).where(eq(occurrences.id, occId));
    expect(occ).toMatchObject({ status: 'done', doneOn: '2027-04-20' });

    const m1 = await getWzkMeeting(wzkMember, meetingId);
    expect(m1.attendance.find((a) => a.partyKey === `i:${signedInst.id}`)).toMatchObject({ present: true, personName: 'insp. Krzysztof Zieliński', partyName: 'Komenda Wojewódzka Policji (test WZK)' });
    expect(m1.decisions).toMatchObject([{ text: 'Przygotować szkolenie dla dzielnicowych', ownerName: 'Komenda Wojewódzka Policji (test WZK)', status: 'done' }]);
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'wzk.minutes_published'), eq(auditLog.entityId, String(meetingId))));
    expect(audits).toHaveLength(1);
  });

  it('prints the minutes with Polish text and gives an .ics', async () => {
    const { pdf } = await wzkMinutesPdf(wzkMember, meetingId);
    const text = pdfText(pdf);
    expect(text).toContain('Protokół ze spotkania WZK');
    expect(text).toContain('Omówiono postępy PZK w gminie Janów.');
    expect(text).toContain('Przygotować szkolenie dla dzielnicowych');
    expect(text).toContain('insp. Krzysztof Zieliński');
    const { ics } = await wzkMeetingIcs(wzkMember, meetingId, 'https://kooperacja.example.pl');
    expect(ics).toContain('DTSTART:20270420T080000Z');
    expect(ics).toContain(`URL:https://kooperacja.example.pl/wzk/spotkania/${meetingId}`);
    expect(ics).not.toContain('Omówiono');
  });

  it('a WZK member cannot manage: refused, nothing written', async () => {
    const n = await meetingCount();
    await expect(saveWzkMeeting(wzkMember, { version: 0, startsAt: '2027-07-01T10:00', durationMinutes: '60', place: 'ROPS', onlineUrl: '', agenda: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await meetingCount()).toBe(n);
    await expect(addWzkDecision(wzkMember, { meetingId, text: 'Nie powinno się zapisać', ownerPartyKey: `i:${signedInst.id}`, dueOn: '2027-06-30' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveWzkAttendance(wzkMember, { meetingId, rows: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getDb().select().from(wzkDecisions).where(eq(wzkDecisions.meetingId, meetingId))).toHaveLength(1);
    expect(await getDb().select().from(wzkAttendance).where(eq(wzkAttendance.meetingId, meetingId))).toHaveLength(2);
  });

  it('another województwo\'s ROPS is refused podlaskie\'s meeting', async () => {
    await expect(getWzkMeeting(ropsMazowsze, meetingId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveWzkMinutes(ropsMazowsze, { meetingId, version: 1, minutes: 'x', publish: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(wzkMinutesPdf(ropsMazowsze, meetingId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('only members may be on the list or own a decision', async () => {
    await expect(saveWzkAttendance(rops, { meetingId, rows: [{ partyKey: `i:${terminatedInst.id}`, present: true, personName: '' }] })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(addWzkDecision(rops, { meetingId, text: 'Zadanie', ownerPartyKey: `i:${terminatedInst.id}`, dueOn: '2027-06-30' })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('a stale version is refused', async () => {
    const { meeting } = await getWzkMeeting(rops, meetingId);
    await saveWzkMeeting(rops, { meetingId, version: meeting.version, startsAt: '2027-04-20T10:00', durationMinutes: '120', place: 'ROPS w Białymstoku', onlineUrl: '', agenda: 'A' });
    await expect(saveWzkMeeting(rops, { meetingId, version: meeting.version, startsAt: '2027-04-20T10:00', durationMinutes: '90', place: 'Inne', onlineUrl: '', agenda: 'B' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(saveWzkMinutes(rops, { meetingId, version: meeting.version, minutes: 'stary', publish: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = await getDb().select().from(wzkMeetings).where(eq(wzkMeetings.id, meetingId));
    expect(row).toMatchObject({ place: 'ROPS w Białymstoku', durationMinutes: 120 });
  });
});

describe('the third level of evaluation', () => {
  it('a WZK member writes it; a stale save is refused; the regional report PDF prints it', async () => {
    expect((await getRegionalEvaluation(wzkMember, 2027)).evaluation).toBeNull();
    const first = await saveRegionalEvaluation(wzkMember, {
      year: 2027,
      version: 0,
      evaluation: 'Współpraca województwa z powiatem sokólskim układa się dobrze.',
      recommendationsLocal: 'Więcej spotkań PZK z udziałem dzielnicowych.',
      recommendationsRegional: 'Szkolenia Szkoły Kooperacji także w Łomży.',
      recommendationsLegal: 'Ułatwić wymianę informacji między służbami.',
      recommendationsOzps: 'Uwzględnić w OZPS brak psychologów dziecięcych.',
    });
    expect(first.version).toBe(1);
    // A second "first" save of the same year (someone else's form from before) is a conflict.
    await expect(saveRegionalEvaluation(rops, { year: 2027, version: 0, evaluation: 'inna' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const second = await saveRegionalEvaluation(rops, { year: 2027, version: 1, evaluation: 'Współpraca województwa z powiatem sokólskim układa się dobrze.', recommendationsLocal: 'Więcej spotkań PZK z udziałem dzielnicowych.', recommendationsRegional: 'Szkolenia Szkoły Kooperacji także w Łomży.', recommendationsLegal: 'Ułatwić wymianę informacji między służbami.', recommendationsOzps: 'Uwzględnić w OZPS brak psychologów dziecięcych.' });
    expect(second.version).toBe(2);
    await expect(saveRegionalEvaluation(wzkMember, { year: 2027, version: 1, evaluation: 'nieaktualna' })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Another województwo cannot reach podlaskie's: its save lands in its own województwo.
    await saveRegionalEvaluation(ropsMazowsze, { year: 2027, version: 0, evaluation: 'Mazowsze' });
    const rows = await getDb().select().from(regionalEvaluations).where(eq(regionalEvaluations.year, 2027));
    expect(rows.find((r) => r.voivodeshipId === voivodeshipId)).toMatchObject({ version: 2, evaluation: 'Współpraca województwa z powiatem sokólskim układa się dobrze.' });

    const text = pdfText((await regionalReportPdf(wzkMember, clock.now(), 2027)).pdf);
    expect(text).toContain('Ewaluacja regionalna WZK');
    expect(text).toContain('Rekomendacje powiatowo-gminne');
    expect(text).toContain('Więcej spotkań PZK z udziałem dzielnicowych.');
    expect(text).toContain('Rekomendacje dotyczące zmian prawnych i organizacyjnych');
    expect(text).toContain('Uwzględnić w OZPS brak psychologów dziecięcych.');
    expect(text).not.toContain('Mazowsze');
  });

  it('a PCPR animator may not write it', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    await expect(saveRegionalEvaluation(pcpr, { year: 2026, version: 0, evaluation: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getDb().select().from(regionalEvaluations).where(and(eq(regionalEvaluations.voivodeshipId, voivodeshipId), eq(regionalEvaluations.year, 2026)))).toHaveLength(0);
  });
});
