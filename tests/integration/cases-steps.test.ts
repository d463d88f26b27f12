import { and, eq } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseConsents, caseDiagnoses, caseEvaluations, caseMonitoring, caseQualifications, cases, caseSessions, institutions, ipps, type IppGoal } from '@/db/schema';
import { recordExtension } from '@/lib/cases/cases';
import { setClockForTests } from '@/lib/clock';
import { getDiagnosis, saveDiagnosis } from '@/lib/cases/diagnosis';
import { getEvaluation, saveEvaluation } from '@/lib/cases/evaluation';
import { decideQualification, getQualification } from '@/lib/cases/qualification';
import { caseSetup, type CaseSetup, diagnosisInput, newCase, qualifiedCase } from '../case-factories';

/*
 * The steps of work with a family: qualification, the diagnosis, the final evaluation.
 * Gminas of this file: 2005042, 2005052, 2005062, 2005073, 2005082, 2005092 (powiat 2005).
 */

const db = () => getDb();

async function caseRow(id: number) {
  const [c] = await db().select().from(cases).where(eq(cases.id, id));
  return c;
}

async function auditActions(caseId: number, action: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), eq(auditLog.action, action)));
}

/** Reader (case team), ROPS without a purpose, and a GOPS animator of another gmina. */
async function expectRefusedToOthers(s: CaseSetup, fn: (actor: CaseSetup['gops']) => Promise<unknown>) {
  await expect(fn(s.member)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  await expect(fn(s.rops)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  await expect(fn(s.strangerGops)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(fn(s.strangerMember)).rejects.toMatchObject({ code: 'NOT_FOUND' });
}

const qualificationInput = (caseId: number, version: number, over: Record<string, unknown> = {}) => ({
  caseId: String(caseId),
  version: String(version),
  decision: 'qualified',
  decidedOn: '2027-01-12',
  opinions: [{ institutionId: '', institutionName: 'Szkoła Podstawowa w Gminie', reason: 'Realna szansa na zmianę przy wsparciu kilku instytucji.' }],
  welfareVerifiedOn: '2027-01-08',
  pcprConsultedOn: '2027-01-10',
  criteria: ['chronic_crisis', 'cross_sector'],
  meetingId: '',
  refusalReason: '',
  ...over,
});

describe('qualification', () => {
  it('refuses to qualify while anything is missing (changing nothing), then qualifies; refusal needs a reason; only writers decide', async () => {
    const s = await caseSetup(['2005042', '2005052']);
    const { caseId } = await newCase(s);
    const before = await caseRow(caseId);
    expect(before.status).toBe('referred');

    // Readers see the page without the form; strangers do not see the case at all.
    const forReader = await getQualification(s.member, caseId);
    expect(forReader).toMatchObject({ canDecide: false, options: null, qualification: null });
    expect(forReader.consents.map((c) => c.kind).sort()).toEqual(['cooperation', 'data_sharing']);
    await expect(getQualification(s.strangerGops, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getQualification(s.rops, caseId)).rejects.toMatchObject({ code: 'FORBIDDEN', caseId });
    const forWriter = await getQualification(s.gops, caseId);
    expect(forWriter.canDecide).toBe(true);
    expect(forWriter.options!.institutions.map((i) => i.id)).toContain(s.member.scope.institutionId);

    // Everything missing but the consents: one message per missing thing, each on its field.
    const missing = decideQualification(s.gops, qualificationInput(caseId, before.version, { opinions: [], welfareVerifiedOn: '', criteria: [] }));
    await expect(missing).rejects.toMatchObject({
      code: 'INVALID',
      message:
        'Sprawy nie można zakwalifikować. Brak pozytywnej opinii co najmniej jednej instytucji (która instytucja i dlaczego). Brak daty weryfikacji w systemie pomocy społecznej przez animatora GOPS. Nie wskazano kryterium kwalifikacji z modelu (co najmniej jedno).',
      fieldErrors: {
        opinions: [expect.stringMatching(/pozytywnej opinii/)],
        welfareVerifiedOn: [expect.stringMatching(/weryfikacji/)],
        criteria: [expect.stringMatching(/kryterium/)],
      },
    });
    await expect(decideQualification(s.gops, qualificationInput(caseId, before.version, { pcprConsultedOn: '' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { pcprConsultedOn: ['Brak daty konsultacji z animatorem PCPR w zespole.'] },
    });
    // An institution from outside the PZK cannot give the opinion by id.
    await expect(
      decideQualification(s.gops, qualificationInput(caseId, before.version, { opinions: [{ institutionId: String(s.strangerMember.scope.institutionId), institutionName: '', reason: 'Bo tak' }] })),
    ).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { 'opinions.0.institutionId': [expect.any(String)] } });
    // A decision before the referral date is refused.
    await expect(decideQualification(s.gops, qualificationInput(caseId, before.version, { decidedOn: '2027-01-04', welfareVerifiedOn: '2027-01-04', pcprConsultedOn: '2027-01-04' }))).rejects.toMatchObject({
      code: 'INVALID',
      // Before the referral, and so before the consents given that day.
      fieldErrors: { decidedOn: [expect.stringMatching(/zgłoszenie \(05\.01\.2027\)/), expect.stringMatching(/zgody \(05\.01\.2027\)/)] },
    });
    // Nothing changed by the refused attempts.
    expect(await caseRow(caseId)).toMatchObject({ status: 'referred', qualifiedOn: null, version: before.version });
    expect(await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, caseId))).toHaveLength(0);
    expect(await auditActions(caseId, 'case.qualified')).toHaveLength(0);

    // Readers, ROPS and strangers may not decide, even with a complete form.
    await expectRefusedToOthers(s, (a) => decideQualification(a, qualificationInput(caseId, before.version)));
    // A stale form (the case changed meanwhile) gets a conflict.
    await expect(decideQualification(s.gops, qualificationInput(caseId, before.version - 1))).rejects.toMatchObject({ code: 'CONFLICT' });

    // Complete: qualified on the decision date.
    const done = await decideQualification(
      s.gops,
      qualificationInput(caseId, before.version, {
        opinions: [
          { institutionId: String(s.member.scope.institutionId), institutionName: '', reason: 'Szkoła widzi postępy syna.' },
          { institutionId: '', institutionName: '', reason: '' },
        ],
      }),
    );
    expect(done).toEqual({ version: before.version + 1, status: 'qualified' });
    expect(await caseRow(caseId)).toMatchObject({ status: 'qualified', qualifiedOn: '2027-01-12', version: before.version + 1 });
    const [q] = await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, caseId));
    const [registry] = await db().select({ name: institutions.name }).from(institutions).where(eq(institutions.id, s.member.scope.institutionId!));
    expect(q).toMatchObject({
      decision: 'qualified',
      decidedOn: '2027-01-12',
      welfareVerifiedOn: '2027-01-08',
      pcprConsultedOn: '2027-01-10',
      criteria: ['chronic_crisis', 'cross_sector'],
      refusalReason: null,
      decidedBy: s.gops.userId,
      opinions: [{ institutionId: s.member.scope.institutionId, institutionName: registry.name, reason: 'Szkoła widzi postępy syna.' }],
    });
    expect(await auditActions(caseId, 'case.qualified')).toHaveLength(1);
    // Decided once: the page shows it, a second decision is refused.
    expect(await getQualification(s.member, caseId)).toMatchObject({ canDecide: false, qualification: { decision: 'qualified', decidedByName: expect.any(String) } });
    await expect(decideQualification(s.gops, qualificationInput(caseId, before.version + 1, { decision: 'refused', refusalReason: 'Jednak nie' }))).rejects.toMatchObject({
      code: 'INVALID',
      message: 'Decyzja o kwalifikacji w tej sprawie została już podjęta.',
    });

    // A withdrawn consent does not count (written straight to the table: withdrawing through the
    // account closes the case, which refuses any decision anyway).
    const { caseId: second } = await newCase(s);
    await db()
      .update(caseConsents)
      .set({ withdrawnOn: '2027-01-09' })
      .where(and(eq(caseConsents.caseId, second), eq(caseConsents.kind, 'data_sharing')));
    const secondVersion = (await caseRow(second)).version;
    await expect(decideQualification(s.gops, qualificationInput(second, secondVersion))).rejects.toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/Brak zgody na przekazywanie danych/),
    });
    expect((await caseRow(second)).status).toBe('referred');

    // Refusal: a reason only.
    await expect(decideQualification(s.socialWorker, { ...qualificationInput(second, secondVersion), decision: 'refused', opinions: [], criteria: [], refusalReason: ' ' })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { refusalReason: ['Podaj powód odmowy kwalifikacji.'] },
    });
    const refused = await decideQualification(s.socialWorker, {
      caseId: String(second),
      version: String(secondVersion),
      decision: 'refused',
      decidedOn: '2027-01-14',
      opinions: [],
      criteria: [],
      refusalReason: 'Rodzina nie wyraża zgody na przekazywanie danych; pomoc prowadzi OPS.',
    });
    expect(refused.status).toBe('refused');
    expect(await caseRow(second)).toMatchObject({ status: 'refused', qualifiedOn: null });
    expect((await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, second)))[0]).toMatchObject({ decision: 'refused', refusalReason: expect.stringMatching(/^Rodzina nie wyraża/) });
    expect(await auditActions(second, 'case.refused')).toHaveLength(1);
    // A refused case takes no more work.
    await expect(decideQualification(s.gops, qualificationInput(second, secondVersion + 1))).rejects.toMatchObject({ code: 'INVALID' });
  });
});


describe('diagnosis', () => {
  it('is saved for a qualified case only, with optimistic locking that loses nothing; counts the workshops', async () => {
    const s = await caseSetup(['2005062', '2005073']);
    const { caseId: referred } = await newCase(s);
    await expect(saveDiagnosis(s.gops, diagnosisInput(referred, 0))).rejects.toMatchObject({ code: 'INVALID', message: expect.stringMatching(/zakwalifikowanej/) });
    expect((await getDiagnosis(s.gops, referred)).canEdit).toBe(false);

    const { caseId } = await qualifiedCase(s);
    const empty = await getDiagnosis(s.socialWorker, caseId);
    expect(empty).toMatchObject({ diagnosis: null, workshops: 0, canEdit: true });
    await expect(saveDiagnosis(s.gops, diagnosisInput(caseId, 0, { causes: '  ' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { causes: [expect.any(String)] } });
    await expect(saveDiagnosis(s.gops, diagnosisInput(caseId, 0, { institutionExpectations: [{ institutionName: 'PCPR', expectations: '' }] }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { 'institutionExpectations.0.expectations': [expect.any(String)] },
    });

    // Two people open the empty form; the first save wins, the second gets a conflict.
    expect(await saveDiagnosis(s.gops, diagnosisInput(caseId, 0))).toEqual({ version: 1 });
    await expect(saveDiagnosis(s.socialWorker, diagnosisInput(caseId, 0, { causes: 'Tekst drugiej osoby' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    const [kept] = await db().select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId));
    expect(kept).toMatchObject({
      version: 1,
      causes: 'Przewlekła choroba matki, brak wsparcia opieki nad dziadkiem.',
      institutionExpectations: [{ institutionName: 'Szkoła Podstawowa', expectations: 'Regularny kontakt z wychowawcą.' }],
      swotStrengths: 'więzi rodzinne\nmotywacja syna',
      tools: ['wywiad', 'genogram', 'swot'],
      toolsOther: 'Skala samodzielności',
      updatedBy: s.gops.userId,
    });

    // Edited over time: the current version saves, the previous one conflicts.
    expect(await saveDiagnosis(s.socialWorker, diagnosisInput(caseId, 1, { causes: 'Uzupełniona diagnoza', tools: [], toolsOther: '' }))).toEqual({ version: 2 });
    await expect(saveDiagnosis(s.gops, diagnosisInput(caseId, 1))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await db().select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId)))[0]).toMatchObject({ version: 2, causes: 'Uzupełniona diagnoza', tools: [], toolsOther: '' });
    expect(await auditActions(caseId, 'case.diagnosis_saved')).toHaveLength(2);

    // Only writers save; readers read.
    await expectRefusedToOthers(s, (a) => saveDiagnosis(a, diagnosisInput(caseId, 2)));
    expect((await db().select({ version: caseDiagnoses.version }).from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId)))[0].version).toBe(2);
    await expect(getDiagnosis(s.strangerGops, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getDiagnosis(s.rops, caseId)).rejects.toMatchObject({ code: 'FORBIDDEN', caseId });
    await db().insert(caseSessions).values({ caseId, kind: 'workshop', heldOn: '2027-01-20', recordedBy: s.gops.userId });
    await db().insert(caseSessions).values({ caseId, kind: 'supervision', heldOn: '2027-01-21', recordedBy: s.gops.userId });
    expect(await getDiagnosis(s.member, caseId)).toMatchObject({ canEdit: false, workshops: 1, diagnosis: { causes: 'Uzupełniona diagnoza', updatedByName: expect.any(String) } });
  });
});

const goal = (key: string, memberId: number, title: string, baseline: number, target: number): IppGoal => ({ key, memberId, area: 'zdrowie', title, expectedEffect: 'Poprawa', baseline, target, tasks: [] });

async function withIpps(caseId: number, mother: number, son: number, recordedBy: string) {
  const [first] = await db()
    .insert(ipps)
    .values({ caseId, sequence: 1, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person', goals: [goal('g-mother', mother, 'Regularne leczenie', 2, 7), goal('g-son', son, 'Praca zarobkowa', 1, 6)] })
    .returning({ id: ipps.id });
  const [second] = await db()
    .insert(ipps)
    .values({ caseId, sequence: 2, startsOn: '2027-04-15', endsOn: '2027-07-14', pzkAttendance: 'in_person', goals: [goal('g-mother', mother, 'Samodzielne leczenie', 2, 8), goal('g-home', son, 'Porządek w domu', 3, 7)] })
    .returning({ id: ipps.id });
  const monitoring = (ippId: number, heldOn: string, scales: Record<string, number>) =>
    db().insert(caseMonitoring).values({ caseId, ippId, heldOn, scales, satisfaction: 7, taskStatuses: {}, recordedBy, recordedByName: 'Pracownik' });
  await monitoring(first.id, '2027-02-15', { 'g-mother': 3, 'g-son': 4 });
  await monitoring(first.id, '2027-03-15', { 'g-mother': 5 });
  await monitoring(second.id, '2027-05-15', { 'g-home': 6 });
}

const evaluationInput = (caseId: number, version: number, over: Record<string, unknown> = {}) => ({
  caseId: String(caseId),
  version: String(version),
  evaluatedOn: '2027-12-20',
  results: [
    { goalKey: 'g-mother', scale: '8' },
    { goalKey: 'g-son', scale: '6' },
    { goalKey: 'g-home', scale: '7' },
  ],
  outcome: 'goals_reached',
  summary: 'Rodzina osiągnęła cele IPP.',
  contactUntil: '2028-06-20',
  visitEveryMonths: '2',
  firstAidKit: 'Numery telefonów, plan dnia, kontakt z ekspertem rodzinnym.',
  familyExpertName: 'Anna Nowak',
  notReachedPath: '',
  handoverInstitutionId: '',
  handoverInstitutionName: '',
  handoverWhat: '',
  inviteAsFamilyExpert: true,
  ...over,
});

describe('final evaluation', () => {
  it('at most 12 months after qualification; goals reached → after-care plan; hand-over; re-saved with a version check', async () => {
    const s = await caseSetup(['2005082', '2005092']);
    const { caseId, mother, son } = await qualifiedCase(s, '2027-01-12');
    await withIpps(caseId, mother, son, s.socialWorker.userId);
    // The evaluations here are dated at the end of the 12 months (and past them): today is later.
    setClockForTests('2028-04-15T10:00:00Z');
    onTestFinished(() => setClockForTests(null));

    // Goals of all IPPs by key, the latest IPP's definition, the latest monitoring value.
    const page = await getEvaluation(s.socialWorker, caseId);
    expect(page).toMatchObject({ end: '2028-01-12', canEvaluate: true, canDecideEnd: true, evaluation: null });
    expect(page.goals.map((g) => [g.key, g.title, g.target, g.memberName, g.lastScale, g.lastScaleOn])).toEqual([
      ['g-mother', 'Samodzielne leczenie', 8, 'Halina Zięba', 5, '2027-03-15'],
      ['g-son', 'Praca zarobkowa', 6, 'Łukasz Zięba', 4, '2027-02-15'],
      ['g-home', 'Porządek w domu', 7, 'Łukasz Zięba', 6, '2027-05-15'],
    ]);
    await expect(getEvaluation(s.strangerGops, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getEvaluation(s.rops, caseId)).rejects.toMatchObject({ code: 'FORBIDDEN', caseId });
    expect(await getEvaluation(s.member, caseId)).toMatchObject({ canEvaluate: false, canDecideEnd: false });

    // Past 12 months: refused with the periods message.
    await expect(saveEvaluation(s.gops, evaluationInput(caseId, 0, { evaluatedOn: '2028-01-13', contactUntil: '2028-07-13' }))).rejects.toMatchObject({
      code: 'INVALID',
      message: 'Praca z rodziną trwa najwyżej 12 miesięcy od kwalifikacji (do 12.01.2028). Po tym terminie potrzebna jest zapisana decyzja o przedłużeniu.',
      fieldErrors: { evaluatedOn: [expect.any(String)] },
    });
    // After-care contact shorter than 6 months after the evaluation: refused.
    await expect(saveEvaluation(s.gops, evaluationInput(caseId, 0, { contactUntil: '2028-06-19' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { contactUntil: ['Kontakt z rodziną trwa co najmniej 6 miesięcy po ewaluacji — najwcześniej do 20.06.2028.'] },
    });
    await expect(saveEvaluation(s.gops, evaluationInput(caseId, 0, { firstAidKit: '', visitEveryMonths: '3' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { firstAidKit: [expect.any(String)], visitEveryMonths: [expect.any(String)] },
    });
    // Every goal needs its value; a goal of another case is refused.
    await expect(saveEvaluation(s.gops, evaluationInput(caseId, 0, { results: [{ goalKey: 'g-mother', scale: '8' }] }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { results: [expect.stringMatching(/Praca zarobkowa.*Porządek w domu/)] },
    });
    await expect(
      saveEvaluation(s.gops, evaluationInput(caseId, 0, { results: [...evaluationInput(caseId, 0).results, { goalKey: 'g-other', scale: '1' }] })),
    ).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { 'results.3.scale': [expect.any(String)] } });
    await expectRefusedToOthers(s, (a) => saveEvaluation(a, evaluationInput(caseId, 0)));
    expect(await caseRow(caseId)).toMatchObject({ status: 'qualified' });
    expect(await db().select().from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId))).toHaveLength(0);

    // Goals reached: after-care, with its plan.
    expect(await saveEvaluation(s.socialWorker, evaluationInput(caseId, 0))).toEqual({ version: 1, status: 'after_care' });
    expect((await caseRow(caseId)).status).toBe('after_care');
    expect((await db().select().from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId)))[0]).toMatchObject({
      evaluatedOn: '2027-12-20',
      outcome: 'goals_reached',
      results: { 'g-mother': 8, 'g-son': 6, 'g-home': 7 },
      afterCare: { contactUntil: '2028-06-20', visitEveryMonths: 2, firstAidKit: expect.stringMatching(/^Numery/), familyExpertName: 'Anna Nowak' },
      notReachedPath: null,
      handoverWhat: null,
      inviteAsFamilyExpert: true,
      evaluatedBy: s.socialWorker.userId,
    });
    expect(await auditActions(caseId, 'case.evaluated')).toHaveLength(1);
    // Re-saving: a stale form conflicts; the current one overwrites (new goals → back in progress).
    await expect(saveEvaluation(s.gops, evaluationInput(caseId, 0, { summary: 'Inna wersja' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await saveEvaluation(s.gops, evaluationInput(caseId, 1, { outcome: 'not_reached', notReachedPath: 'new_goals', summary: 'Potrzebny kolejny IPP.' }))).toEqual({ version: 2, status: 'qualified' });
    expect((await db().select().from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId)))[0]).toMatchObject({ version: 2, outcome: 'not_reached', notReachedPath: 'new_goals', afterCare: null, summary: 'Potrzebny kolejny IPP.' });

    // Another case: beyond 12 months only with a recorded extension; goals not reached → hand-over.
    const other = await qualifiedCase(s, '2027-01-12');
    await withIpps(other.caseId, other.mother, other.son, s.gops.userId);
    const handOver = (version: number, over: Record<string, unknown> = {}) =>
      evaluationInput(other.caseId, version, { evaluatedOn: '2028-02-01', outcome: 'not_reached', notReachedPath: 'hand_over', contactUntil: '', firstAidKit: '', familyExpertName: '', visitEveryMonths: '', inviteAsFamilyExpert: false, ...over });
    await expect(saveEvaluation(s.gops, handOver(0, { handoverInstitutionName: 'DPS', handoverWhat: 'Diagnoza' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { evaluatedOn: [expect.any(String)] } });
    await recordExtension(s.gops, { caseId: other.caseId, version: (await caseRow(other.caseId)).version, until: '2028-03-31', reason: 'Decyzja zespołu: dokończenie terapii.' });
    expect((await getEvaluation(s.gops, other.caseId)).end).toBe('2028-03-31');
    await expect(saveEvaluation(s.gops, handOver(0, { handoverWhat: '' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { handoverInstitutionName: [expect.any(String)], handoverWhat: [expect.any(String)] },
    });
    await expect(saveEvaluation(s.gops, handOver(0, { handoverInstitutionId: String(s.strangerMember.scope.institutionId), handoverWhat: 'Diagnoza' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { handoverInstitutionId: [expect.any(String)] },
    });
    expect(await saveEvaluation(s.gops, handOver(0, { handoverInstitutionId: String(s.member.scope.institutionId), handoverWhat: 'Diagnoza, IPP i ustalenia z rodziną.' }))).toEqual({ version: 1, status: 'handed_over' });
    expect(await caseRow(other.caseId)).toMatchObject({ status: 'handed_over' });
    expect((await db().select().from(caseEvaluations).where(eq(caseEvaluations.caseId, other.caseId)))[0]).toMatchObject({
      outcome: 'not_reached',
      notReachedPath: 'hand_over',
      handoverInstitutionId: s.member.scope.institutionId,
      handoverInstitutionName: expect.any(String),
      handoverWhat: 'Diagnoza, IPP i ustalenia z rodziną.',
      afterCare: null,
      inviteAsFamilyExpert: false,
    });
    // Handed over, the evaluation may still be corrected by a writer (the page offers the form).
    expect((await getEvaluation(s.gops, other.caseId)).canEvaluate).toBe(true);

    // A referred case has no evaluation yet.
    const { caseId: referred } = await newCase(s);
    await expect(saveEvaluation(s.gops, evaluationInput(referred, 0))).rejects.toMatchObject({ code: 'INVALID', message: expect.stringMatching(/zakwalifikowanej/) });
  });
});
