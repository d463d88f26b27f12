import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, cases, pzks, zzkDecisions, zzkMeetings } from '@/db/schema';
import { givePurpose } from '@/lib/cases/access';
import { PurposeRequiredError } from '@/lib/errors';
import { exportCase } from '@/lib/cases/export';
import { getZzkMeeting, listZzkMeetings, recordZzkMeeting, setZzkDecisionStatus, updateZzkMeeting } from '@/lib/cases/zzk';
import { zzkProtocolPdf } from '@/lib/cases/zzk-pdf';
import { getInbox } from '@/lib/inbox/inbox';
import { unit } from '../factories';
import { anonymiseCase } from '@/lib/retention/anonymise';
import { caseSetup, newCase, qualifiedCase, type CaseSetup } from '../case-factories';
import { makeActor } from '../factories';
import { accepted3d, BIALYSTOK, BIALYSTOK_POWIAT } from '../implementation-factories';
import { usePdfText } from '../pdf-text';

/*
 * The register of a case team's meetings (issue 17, item 4): ZZK in Kooperacje 3D, "zespół
 * sprawy" in the rural model. The rural cases live in gminas 2009022/2009032 (powiat sejneński) (the second one's
 * GOPS animator is the outsider); the 3D case in Białystok. Dates are the case tests' fixed 2027
 * (referral 05.01.2027, today 31.03.2027 — tests/case-factories.ts).
 */

const db = () => getDb();
const pdfText = usePdfText('zzk');
let s: CaseSetup;

beforeAll(async () => {
  s = await caseSetup(['2009022', '2009032']);
}, 300_000);

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'allow',
    (e: { code?: string }) => e.code ?? String(e),
  );

const meetingInput = (caseId: number, over: Record<string, unknown> = {}) => ({
  caseId: String(caseId),
  heldOn: '2027-02-10',
  familyPresent: 'yes',
  presentMemberIds: [String(s.memberRowId)],
  otherParticipants: 'kurator zawodowy Jan Żółtowski',
  summary: 'Omówiono postępy syna w nauce; matka zgłosiła potrzebę wsparcia w opiece nad dziadkiem.',
  decisions: [{ id: '', text: 'Konsultacja z pedagogiem szkolnym w sprawie zaległości', ownerMemberId: String(s.memberRowId), dueOn: '2027-04-15' }],
  ...over,
});

describe('recording meetings and counting them', () => {
  it('meetings with and without the family are counted plural-correctly; the record is audited with ids only', async () => {
    const { caseId } = await qualifiedCase(s);
    await recordZzkMeeting(s.socialWorker, meetingInput(caseId));
    let view = await listZzkMeetings(s.socialWorker, caseId);
    expect(view.counts.label).toBe('1 spotkanie, w tym 1 z udziałem rodziny');
    await recordZzkMeeting(s.socialWorker, meetingInput(caseId, { heldOn: '2027-03-01', familyPresent: 'no', decisions: [] }));
    view = await listZzkMeetings(s.socialWorker, caseId);
    expect(view.counts.label).toBe('2 spotkania, w tym 1 z udziałem rodziny');
    for (const day of ['2027-03-02', '2027-03-03', '2027-03-04']) await recordZzkMeeting(s.gops, meetingInput(caseId, { heldOn: day, familyPresent: 'no', decisions: [] }));
    view = await listZzkMeetings(s.socialWorker, caseId);
    expect(view.counts).toMatchObject({ total: 5, withFamily: 1, label: '5 spotkań, w tym 1 z udziałem rodziny' });
    expect(view.meetings[4]).toMatchObject({ heldOn: '2027-02-10', familyPresent: true, present: ['Maria Szkolna'], decisions: 1, openDecisions: 1 });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'case.zzk_meeting_recorded'), eq(auditLog.entityId, String(caseId)))).orderBy(auditLog.id).limit(1);
    expect(JSON.stringify(entry.details)).not.toMatch(/Żółtowski|syna|Konsultacja/);
  });

  it('refuses someone not on the case team, a future date and a date before the referral — nothing is stored', async () => {
    const { caseId } = await qualifiedCase(s);
    const outsiderRow = (await db().query.pzkMembers.findFirst({ where: (p, { eq: e }) => e(p.email, s.outsider.email) }))!;
    const refused = [
      meetingInput(caseId, { presentMemberIds: [String(outsiderRow.id)] }),
      meetingInput(caseId, { decisions: [{ text: 'Wizyta', ownerMemberId: String(outsiderRow.id), dueOn: '' }] }),
      meetingInput(caseId, { heldOn: '2027-04-01' }),
      meetingInput(caseId, { heldOn: '2027-01-04' }),
    ];
    const errors = [];
    for (const input of refused) {
      const e = await recordZzkMeeting(s.socialWorker, input).then(
        () => null,
        (x: { code: string; fieldErrors?: Record<string, string[]> }) => x,
      );
      expect(e?.code).toBe('INVALID');
      errors.push(e!.fieldErrors);
    }
    expect(errors[0]?.presentMemberIds).toEqual(['Zaznacz tylko osoby z zespołu tej sprawy.']);
    expect(errors[1]?.['decisions.0.ownerMemberId']).toEqual(['Odpowiedzialną osobą może być tylko członek zespołu tej sprawy.']);
    expect(errors[2]?.heldOn).toEqual(['Data spotkania nie może być późniejsza niż dziś (31.03.2027).']);
    expect(errors[3]?.heldOn).toEqual(['Data spotkania nie może być wcześniejsza niż zgłoszenie sprawy (05.01.2027).']);
    expect(await db().select().from(zzkMeetings).where(eq(zzkMeetings.caseId, caseId))).toEqual([]);
  });
});

describe('who reads and who writes', () => {
  it('an outsider gets NOT_FOUND; a team member reads but does not record; ROPS reads with a purpose', async () => {
    const { caseId } = await qualifiedCase(s);
    const { id } = await recordZzkMeeting(s.socialWorker, meetingInput(caseId));
    expect(await codeOf(listZzkMeetings(s.strangerGops, caseId))).toBe('NOT_FOUND');
    expect(await codeOf(getZzkMeeting(s.strangerGops, caseId, id))).toBe('NOT_FOUND');
    expect(await codeOf(recordZzkMeeting(s.strangerGops, meetingInput(caseId)))).toBe('NOT_FOUND');
    expect(await codeOf(listZzkMeetings(s.outsider, caseId))).toBe('NOT_FOUND');
    const asMember = await listZzkMeetings(s.member, caseId);
    expect(asMember).toMatchObject({ canRecord: false, counts: { total: 1 } });
    expect(await codeOf(recordZzkMeeting(s.member, meetingInput(caseId)))).toBe('FORBIDDEN');
    await expect(listZzkMeetings(s.rops, caseId)).rejects.toBeInstanceOf(PurposeRequiredError);
    await givePurpose(s.rops, { caseId: String(caseId), purpose: 'Superwizja pracy zespołu' });
    expect((await getZzkMeeting(s.rops, caseId, id)).canEdit).toBe(false);
    expect(await codeOf(recordZzkMeeting(s.rops, meetingInput(caseId)))).toBe('FORBIDDEN');
  });

  it('the decision\'s owner marks it done; another team member may not; ROPS may not', async () => {
    const { caseId } = await qualifiedCase(s);
    const { id } = await recordZzkMeeting(s.socialWorker, meetingInput(caseId, { decisions: [{ text: 'Konsultacja', ownerMemberId: String(s.memberRowId), dueOn: '' }, { text: 'Wizyta domowa', ownerMemberId: '', dueOn: '' }] }));
    const view = await getZzkMeeting(s.member, caseId, id);
    expect(view.decisions.map((d) => [d.text, d.canMark])).toEqual([
      ['Konsultacja', true],
      ['Wizyta domowa', false],
    ]);
    const [mine, other] = view.decisions;
    expect(await codeOf(setZzkDecisionStatus(s.member, { caseId: String(caseId), decisionId: String(other.id), version: '1', done: 'true' }))).toBe('FORBIDDEN');
    const r = await setZzkDecisionStatus(s.member, { caseId: String(caseId), decisionId: String(mine.id), version: '1', done: 'true' });
    expect(r.version).toBe(2);
    expect((await db().select().from(zzkDecisions).where(eq(zzkDecisions.id, mine.id)))[0]).toMatchObject({ status: 'done', version: 2 });
    // The same form again (version 1): CONFLICT.
    expect(await codeOf(setZzkDecisionStatus(s.member, { caseId: String(caseId), decisionId: String(mine.id), version: '1', done: 'false' }))).toBe('CONFLICT');
    expect(await codeOf(setZzkDecisionStatus(s.strangerGops, { caseId: String(caseId), decisionId: String(mine.id), version: '2', done: 'false' }))).toBe('NOT_FOUND');
  });

  it('a stale edit gets CONFLICT; an edit changes, adds and removes decisions and keeps a done one\'s status', async () => {
    const { caseId } = await qualifiedCase(s);
    const { id } = await recordZzkMeeting(s.socialWorker, meetingInput(caseId, { decisions: [{ text: 'Pierwsze', ownerMemberId: String(s.memberRowId), dueOn: '' }, { text: 'Drugie', ownerMemberId: '', dueOn: '' }] }));
    const before = await getZzkMeeting(s.socialWorker, caseId, id);
    await setZzkDecisionStatus(s.socialWorker, { caseId: String(caseId), decisionId: String(before.decisions[0].id), version: '1', done: 'true' });
    const edit = meetingInput(caseId, {
      meetingId: String(id),
      version: '1',
      familyPresent: 'no',
      decisions: [
        { id: String(before.decisions[0].id), text: 'Pierwsze, poprawione', ownerMemberId: String(s.memberRowId), dueOn: '2027-04-30' },
        { id: '', text: 'Trzecie', ownerMemberId: '', dueOn: '' },
      ],
    });
    expect(await updateZzkMeeting(s.gops, edit)).toMatchObject({ version: 2 });
    expect(await codeOf(updateZzkMeeting(s.socialWorker, edit))).toBe('CONFLICT');
    const after = await getZzkMeeting(s.socialWorker, caseId, id);
    expect(after.meeting).toMatchObject({ familyPresent: false, version: 2 });
    expect(after.decisions.map((d) => [d.text, d.status, d.dueOn])).toEqual([
      ['Pierwsze, poprawione', 'done', '2027-04-30'],
      ['Trzecie', 'open', null],
    ]);
  });

  it('a frozen case refuses a new meeting and a decision\'s change', async () => {
    const { caseId } = await qualifiedCase(s);
    const { id } = await recordZzkMeeting(s.socialWorker, meetingInput(caseId));
    const [d] = await db().select().from(zzkDecisions).where(eq(zzkDecisions.meetingId, id));
    await db().update(cases).set({ anonymisedAt: new Date('2027-03-30T10:00:00Z'), anonymisedReason: 'test' }).where(eq(cases.id, caseId));
    const e = await recordZzkMeeting(s.socialWorker, meetingInput(caseId)).catch((x: { code: string; message: string }) => x);
    expect(e).toMatchObject({ code: 'INVALID', message: 'Sprawa została zanonimizowana — nie można jej zmieniać.' });
    expect(await codeOf(setZzkDecisionStatus(s.member, { caseId: String(caseId), decisionId: String(d.id), version: '1', done: 'true' }))).toBe('INVALID');
    expect((await listZzkMeetings(s.socialWorker, caseId)).canRecord).toBe(false);
  });
});

describe('protocol, inbox, export and anonymisation', () => {
  it('prints the protocol with Polish letters, named by the case number; the print is audited', async () => {
    const { caseId } = await qualifiedCase(s);
    const { id } = await recordZzkMeeting(s.socialWorker, meetingInput(caseId));
    const { pdf, filename } = await zzkProtocolPdf(s.socialWorker, caseId, id);
    const [c] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
    expect(filename).toBe(`protokol-zespolu-2027-02-10-${c.number.replace(/\//g, '-')}.pdf`);
    expect(filename).not.toMatch(/Zięba/);
    const text = pdfText(pdf);
    for (const piece of ['Protokół spotkania — zespół sprawy', '10.02.2027', 'z udziałem osoby lub rodziny', 'Maria Szkolna', 'kurator zawodowy Jan Żółtowski', 'potrzebę wsparcia w opiece nad dziadkiem', 'Konsultacja z pedagogiem szkolnym', '15.04.2027', 'do wykonania']) {
      expect(text).toContain(piece);
    }
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'case.printed'), eq(auditLog.entityId, String(caseId)))).orderBy(desc(auditLog.id)).limit(1);
    expect(entry.details).toMatchObject({ what: 'pdf:zzk', meetingId: id });
    expect(await codeOf(zzkProtocolPdf(s.strangerGops, caseId, id))).toBe('NOT_FOUND');
  });

  it('an open decision is in its owner\'s inbox with a link to the meeting; once done, it is gone', async () => {
    const { caseId } = await qualifiedCase(s);
    const { id } = await recordZzkMeeting(s.socialWorker, meetingInput(caseId));
    const [d] = await db().select().from(zzkDecisions).where(eq(zzkDecisions.meetingId, id));
    const item = (await getInbox(s.member)).items.find((i) => i.key === `zzk-decision:${d.id}`);
    expect(item).toMatchObject({ source: 'zzk_decision', dueOn: '2027-04-15', href: `/sprawy/${caseId}/zzk/${id}`, what: 'Ustalenie zespołu sprawy: Konsultacja z pedagogiem szkolnym w sprawie zaległości' });
    expect((await getInbox(s.outsider)).items.some((i) => i.key === `zzk-decision:${d.id}`)).toBe(false);
    await setZzkDecisionStatus(s.member, { caseId: String(caseId), decisionId: String(d.id), version: '1', done: 'true' });
    expect((await getInbox(s.member)).items.some((i) => i.key === `zzk-decision:${d.id}`)).toBe(false);
  });

  it('the case export carries the meetings; anonymisation clears their texts and keeps the counts', async () => {
    const { caseId } = await newCase(s);
    const { id } = await recordZzkMeeting(s.socialWorker, meetingInput(caseId));
    const exported = (await exportCase(s.socialWorker, caseId)).data as unknown as { teamMeetings: { summary: string; otherParticipants: string; decisions: { text: string; owner: string | null }[] }[] };
    expect(exported.teamMeetings).toHaveLength(1);
    expect(exported.teamMeetings[0]).toMatchObject({ otherParticipants: 'kurator zawodowy Jan Żółtowski', decisions: [{ text: 'Konsultacja z pedagogiem szkolnym w sprawie zaległości', owner: 'Maria Szkolna' }] });
    await db().transaction((tx) => anonymiseCase(tx, caseId, 'upływ okresu przechowywania'));
    const [m] = await db().select().from(zzkMeetings).where(eq(zzkMeetings.id, id));
    expect(m).toMatchObject({ summary: '', otherParticipants: '', familyPresent: true, heldOn: '2027-02-10' });
    const [d] = await db().select().from(zzkDecisions).where(eq(zzkDecisions.meetingId, id));
    expect(d).toMatchObject({ text: 'Ustalenie', dueOn: '2027-04-15', ownerMemberId: s.memberRowId });
    expect((await listZzkMeetings(s.socialWorker, caseId)).counts.label).toBe('1 spotkanie, w tym 1 z udziałem rodziny');
  });
});

describe('the words of the variant', () => {
  it('a rural case speaks of "zespół sprawy", a Kooperacje 3D case of "ZZK"', async () => {
    const { caseId } = await qualifiedCase(s);
    const rural = await listZzkMeetings(s.socialWorker, caseId);
    expect(rural.case.variant).toBe('rural');
    expect(rural.case.words).toMatchObject({ caseTeam: 'Zespół sprawy', caseTeamShort: 'zespół sprawy' });

    const pcpr = await makeActor('pcpr_animator', BIALYSTOK_POWIAT);
    await accepted3d(pcpr, s.rops, [BIALYSTOK]);
    const { gminaId } = await unit(BIALYSTOK);
    const [pzk] = await db().select().from(pzks).where(eq(pzks.gminaId, gminaId!)).orderBy(desc(pzks.id)).limit(1);
    const worker = await makeActor('social_worker', BIALYSTOK);
    const [c] = await db()
      .insert(cases)
      .values({ number: `R/2027/9${String(pzk.id).padStart(3, '0')}`, pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, kind: 'person', keyWorkerId: worker.userId, createdBy: worker.userId, status: 'qualified' })
      .returning({ id: cases.id });
    await recordZzkMeeting(worker, { ...meetingInput(c.id, { presentMemberIds: [], decisions: [], familyPresent: 'no' }), heldOn: '2027-03-10' });
    const urban = await listZzkMeetings(worker, c.id);
    expect(urban.case.variant).toBe('urban_3d');
    expect(urban.case.words).toMatchObject({ caseTeam: 'ZZK — Zadaniowy Zespół Kooperacyjny', caseTeamShort: 'ZZK' });
    expect(urban.counts.label).toBe('1 spotkanie, w tym 0 z udziałem osoby');
    const meetingId = urban.meetings[0].id;
    const { filename, pdf } = await zzkProtocolPdf(worker, c.id, meetingId);
    expect(filename).toMatch(/^protokol-zzk-2027-03-10-R-2027-9\d{3}\.pdf$/);
    expect(pdfText(pdf)).toContain('Protokół spotkania — ZZK');
  });
});
