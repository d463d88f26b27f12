import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { caseConsents, caseDiagnoses, caseEvaluations, caseMonitoring, caseQualifications, caseReferrals, cases, caseSessions, ipps } from '@/db/schema';
import { announceEnd, closeCase, createCase, recordConsent, recordExtension, saveReferral, withdrawConsent } from '@/lib/cases/cases';
import { saveDiagnosis } from '@/lib/cases/diagnosis';
import { saveEvaluation } from '@/lib/cases/evaluation';
import { createNextIpp, saveContract, saveIpp } from '@/lib/cases/ipp';
import { recordMonitoring, recordSession } from '@/lib/cases/monitoring';
import { decideQualification } from '@/lib/cases/qualification';
import { clock } from '@/lib/clock';
import { addDays } from '@/lib/model/dates';
import { formatDate } from '@/lib/text';
import { CASE_TODAY, caseSetup, diagnosisInput, goalInput, ippInput, newCase, qualifiedCase, referralInput, type CaseSetup } from '../case-factories';

/*
 * The date rules of work with a family that live in the domain functions (not in the pure rules of
 * tests/unit/cases-date-boundaries.test.ts), each tried on the very day of its limit and on both
 * sides of it. Referral date of every case here: 05.01.2027 (referralInput); qualification:
 * 12.01.2027. Gminas of this file: 2010011, 2010023 (powiat 2010).
 */

const db = () => getDb();
let s: CaseSetup;

beforeAll(async () => {
  s = await caseSetup(['2010011', '2010023']);
}, 300_000);

const caseRow = async (id: number) => (await db().select().from(cases).where(eq(cases.id, id)))[0];
const code = (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);

const qualificationOn = (caseId: number, version: number, decidedOn: string) => ({
  caseId: String(caseId),
  version: String(version),
  decision: 'qualified',
  decidedOn,
  opinions: [{ institutionId: '', institutionName: 'Szkoła Podstawowa w Gminie', reason: 'Realna szansa na zmianę przy wsparciu kilku instytucji.' }],
  // The checks before the decision, on the decision day itself (they may not be later).
  welfareVerifiedOn: decidedOn,
  pcprConsultedOn: decidedOn,
  criteria: ['chronic_crisis'],
  meetingId: '',
  refusalReason: '',
});

async function decideOn(decidedOn: string) {
  const { caseId } = await newCase(s);
  const { version } = await caseRow(caseId);
  const outcome = await decideQualification(s.gops, qualificationOn(caseId, version, decidedOn)).catch((e) => e);
  return { caseId, version, outcome };
}

describe('qualification date against the referral (05.01.2027)', () => {
  it('a qualification decided on the very day of the referral is accepted', async () => {
    const { caseId, version, outcome } = await decideOn('2027-01-05');
    expect(outcome).toEqual({ version: version + 1, status: 'qualified' });
    expect(await caseRow(caseId)).toMatchObject({ status: 'qualified', qualifiedOn: '2027-01-05' });
  });

  it('a qualification dated the day before the referral is refused on its date, writing nothing', async () => {
    const { caseId, version, outcome } = await decideOn('2027-01-04');
    // Before the referral, and so before the consents given that day (newCase).
    expect(outcome).toMatchObject({
      code: 'INVALID',
      fieldErrors: { decidedOn: ['Decyzja nie może być wcześniejsza niż zgłoszenie (05.01.2027).', 'Decyzja nie może być wcześniejsza niż data wyrażenia zgody (05.01.2027).'] },
    });
    expect(await caseRow(caseId)).toMatchObject({ status: 'referred', qualifiedOn: null, version });
    expect(await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, caseId))).toHaveLength(0);
  });

  it('a qualification dated the day after the referral is accepted', async () => {
    const { caseId, outcome } = await decideOn('2027-01-06');
    expect(outcome).toMatchObject({ status: 'qualified' });
    expect(await caseRow(caseId)).toMatchObject({ status: 'qualified', qualifiedOn: '2027-01-06' });
  });
});

describe('the other dated steps of a qualified case (qualified 12.01.2027)', () => {
  it('the first IPP may start on the day of qualification, not the day before', async () => {
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const start = (startsOn: string, endsOn: string) => createNextIpp(s.gops, { caseId, startsOn, endsOn, pzkAttendance: 'in_person' });
    await expect(start('2027-01-11', '2027-04-10')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { startsOn: ['IPP nie może zaczynać się przed kwalifikacją (12.01.2027).'] } });
    expect(await db().select().from(ipps).where(eq(ipps.caseId, caseId))).toHaveLength(0);
    await start('2027-01-12', '2027-04-11');
    expect((await db().select().from(ipps).where(eq(ipps.caseId, caseId)))[0]).toMatchObject({ startsOn: '2027-01-12', endsOn: '2027-04-11' });
  });

  it('an extension must end after the qualification day: the day itself is refused, the day after accepted', async () => {
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const { version } = await caseRow(caseId);
    const extend = (until: string) => recordExtension(s.gops, { caseId, version, until, reason: 'Decyzja PZK' });
    await expect(extend('2027-01-11')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { until: [expect.any(String)] } });
    await expect(extend('2027-01-12')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { until: ['Nowy termin musi być późniejszy niż data kwalifikacji.'] } });
    await extend('2027-01-13');
    expect(await caseRow(caseId)).toMatchObject({ extensionUntil: '2027-01-13', version: version + 1 });
  });

  it('the planned end may be the day the PCPR animator is told, not the day before', async () => {
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const { version } = await caseRow(caseId);
    await expect(announceEnd(s.gops, { caseId, version, on: '2027-03-15', plannedEndOn: '2027-03-14' })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { plannedEndOn: ['Planowane zakończenie nie może być wcześniejsze niż dzień poinformowania.'] },
    });
    await announceEnd(s.gops, { caseId, version, on: '2027-03-15', plannedEndOn: '2027-03-15' });
    expect(await caseRow(caseId)).toMatchObject({ endAnnouncedOn: '2027-03-15' });
    // And the day after, for another case.
    const other = await qualifiedCase(s, '2027-01-12');
    await announceEnd(s.gops, { caseId: other.caseId, version: (await caseRow(other.caseId)).version, on: '2027-03-15', plannedEndOn: '2027-03-16' });
    expect(await caseRow(other.caseId)).toMatchObject({ endAnnouncedOn: '2027-03-15' });
  });

  it('a consent may be withdrawn on the day it was given, not the day before', async () => {
    const { caseId } = await newCase(s);
    const consents = await db().select().from(caseConsents).where(eq(caseConsents.caseId, caseId));
    const consent = consents.find((c) => c.kind === 'data_sharing')!;
    expect(consent.givenOn).toBe('2027-01-05');
    await expect(withdrawConsent(s.gops, { caseId, consentId: consent.id, withdrawnOn: '2027-01-04' })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { withdrawnOn: ['Data wycofania zgody nie może być wcześniejsza niż data wyrażenia zgody (05.01.2027).'] },
    });
    await withdrawConsent(s.gops, { caseId, consentId: consent.id, withdrawnOn: '2027-01-05' });
    expect((await db().select().from(caseConsents).where(eq(caseConsents.id, consent.id)))[0].withdrawnOn).toBe('2027-01-05');
    // The day after, on the other consent of another case.
    const other = await newCase(s);
    const [cooperation] = (await db().select().from(caseConsents).where(eq(caseConsents.caseId, other.caseId))).filter((c) => c.kind === 'cooperation');
    await withdrawConsent(s.gops, { caseId: other.caseId, consentId: cooperation.id, withdrawnOn: '2027-01-06' });
    expect(await caseRow(other.caseId)).toMatchObject({ status: 'closed', closedOn: '2027-01-06' });
  });

  it('a session may be dated from the qualification day to today, not a day outside', async () => {
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const today = '2027-03-10';
    const session = (heldOn: string) => recordSession(s.gops, { caseId, kind: 'workshop', heldOn, participants: 'Rodzina, pracownik kluczowy' }, today);
    expect(await code(session('2027-01-11'))).toBe('INVALID');
    expect(await code(session('2027-03-11'))).toBe('INVALID');
    expect(await db().select().from(caseSessions).where(eq(caseSessions.caseId, caseId))).toHaveLength(0);
    for (const heldOn of ['2027-01-12', '2027-01-13', '2027-03-09', '2027-03-10']) expect(await code(session(heldOn)), heldOn).toBe('OK');
    expect((await db().select().from(caseSessions).where(eq(caseSessions.caseId, caseId))).map((r) => r.heldOn).sort()).toEqual(['2027-01-12', '2027-01-13', '2027-03-09', '2027-03-10']);
  });
});

/*
 * One date rule for every case record up to the diagnosis (issue 14, item 11; lib/cases/date-rules.ts):
 * never after today — here CASE_TODAY, the day caseSetup put the clock on — and never before the
 * record it follows. Today and the predecessor's own day are allowed; a refusal names the field
 * and changes nothing.
 */
describe('case records are not dated in the future nor before the record they follow', () => {
  const today = () => clock.today();
  const tomorrow = () => addDays(clock.today(), 1);
  const future = (subject: string) => `${subject} nie może być późniejsza niż dziś (${formatDate(today())}).`;

  it('the clock stands on CASE_TODAY', () => {
    expect(today()).toBe(CASE_TODAY);
  });

  it('a referral dated tomorrow opens no case; dated today it does', async () => {
    const countCases = async () => (await db().select({ id: cases.id }).from(cases).where(eq(cases.pzkId, s.pzk.id))).length;
    const before = await countCases();
    await expect(createCase(s.gops, referralInput(s.pzk.id, s.socialWorker.userId, { referredOn: tomorrow() }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { referredOn: [future('Data zgłoszenia')] },
    });
    expect(await countCases()).toBe(before);
    const { id } = await createCase(s.gops, referralInput(s.pzk.id, s.socialWorker.userId, { referredOn: today() }));
    expect((await db().select().from(caseReferrals).where(eq(caseReferrals.caseId, id)))[0].referredOn).toBe(today());
  });

  it('an edited referral may not be dated tomorrow, nor after a consent that follows it; the consent’s own day is fine', async () => {
    const { caseId } = await newCase(s);
    const referral = async () => (await db().select().from(caseReferrals).where(eq(caseReferrals.caseId, caseId)))[0];
    const { version } = await referral();
    const save = (referredOn: string) => saveReferral(s.gops, { caseId, version, ...referralInput(s.pzk.id, s.socialWorker.userId, { referredOn }) });
    await expect(save(tomorrow())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { referredOn: [future('Data zgłoszenia')] } });
    // The consents of newCase are given on 05.01.2027.
    await expect(save('2027-01-06')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { referredOn: ['Data zgłoszenia nie może być późniejsza niż data wyrażenia zgody (05.01.2027).'] } });
    expect(await referral()).toMatchObject({ referredOn: '2027-01-05', version });
    await save('2027-01-04');
    expect(await referral()).toMatchObject({ referredOn: '2027-01-04', version: version + 1 });
  });

  it('a consent: not before the referral, not after today; both limits themselves allowed', async () => {
    const { caseId } = await newCase(s);
    const consents = async () => (await db().select().from(caseConsents).where(eq(caseConsents.caseId, caseId))).map((c) => c.givenOn).sort();
    const give = (givenOn: string) => recordConsent(s.gops, { caseId, kind: 'cooperation', givenOn, form: 'oral', givenBy: 'Halina Zięba', institutions: '' });
    await expect(give('2027-01-04')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { givenOn: ['Data wyrażenia zgody nie może być wcześniejsza niż zgłoszenie (05.01.2027).'] } });
    await expect(give(tomorrow())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { givenOn: [future('Data wyrażenia zgody')] } });
    expect(await consents()).toEqual(['2027-01-05', '2027-01-05']);
    await give('2027-01-05');
    await give(today());
    expect(await consents()).toEqual(['2027-01-05', '2027-01-05', '2027-01-05', today()]);
  });

  it('a consent withdrawn tomorrow is refused and stays in force; today it is withdrawn', async () => {
    const { caseId } = await newCase(s);
    const [consent] = (await db().select().from(caseConsents).where(eq(caseConsents.caseId, caseId))).filter((c) => c.kind === 'cooperation');
    await expect(withdrawConsent(s.gops, { caseId, consentId: consent.id, withdrawnOn: tomorrow() })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { withdrawnOn: [future('Data wycofania zgody')] },
    });
    expect((await db().select().from(caseConsents).where(eq(caseConsents.id, consent.id)))[0].withdrawnOn).toBeNull();
    expect(await caseRow(caseId)).toMatchObject({ status: 'referred' });
    await withdrawConsent(s.gops, { caseId, consentId: consent.id, withdrawnOn: today() });
    expect(await caseRow(caseId)).toMatchObject({ status: 'closed', closedOn: today() });
  });

  it('the qualification, the welfare check and the PCPR consultation: each refused tomorrow, writing nothing', async () => {
    for (const [field, subject] of [
      ['decidedOn', 'Decyzja'],
      ['welfareVerifiedOn', 'Data weryfikacji w systemie pomocy społecznej'],
      ['pcprConsultedOn', 'Data konsultacji z animatorem PCPR'],
    ] as const) {
      const { caseId } = await newCase(s);
      const { version } = await caseRow(caseId);
      const input = { ...qualificationOn(caseId, version, '2027-01-20'), [field]: tomorrow() };
      const outcome = await decideQualification(s.gops, input).catch((e) => e);
      expect(outcome, field).toMatchObject({ code: 'INVALID' });
      expect(outcome.fieldErrors[field], field).toContain(future(subject));
      expect(await caseRow(caseId)).toMatchObject({ status: 'referred', qualifiedOn: null, version });
      expect(await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, caseId))).toHaveLength(0);
    }
  });

  it('the welfare check and the PCPR consultation may not come before the referral', async () => {
    const { caseId } = await newCase(s);
    const { version } = await caseRow(caseId);
    const outcome = await decideQualification(s.gops, { ...qualificationOn(caseId, version, '2027-01-20'), welfareVerifiedOn: '2027-01-04', pcprConsultedOn: '2027-01-04' }).catch((e) => e);
    expect(outcome).toMatchObject({
      code: 'INVALID',
      fieldErrors: {
        welfareVerifiedOn: ['Data weryfikacji w systemie pomocy społecznej nie może być wcześniejsza niż zgłoszenie (05.01.2027).'],
        pcprConsultedOn: ['Data konsultacji z animatorem PCPR nie może być wcześniejsza niż zgłoszenie (05.01.2027).'],
      },
    });
    expect(await caseRow(caseId)).toMatchObject({ status: 'referred', version });
    // On the referral day itself, with the decision today: accepted.
    await decideQualification(s.gops, { ...qualificationOn(caseId, version, today()), welfareVerifiedOn: '2027-01-05', pcprConsultedOn: '2027-01-05' });
    expect(await caseRow(caseId)).toMatchObject({ status: 'qualified', qualifiedOn: today() });
  });

  it('a diagnosis: not before the qualification, not after today; both limits themselves allowed', async () => {
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const stored = async () => (await db().select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId)))[0];
    await expect(saveDiagnosis(s.gops, diagnosisInput(caseId, 0, { diagnosedOn: '2027-01-11' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { diagnosedOn: ['Data diagnozy nie może być wcześniejsza niż kwalifikacja (12.01.2027).'] },
    });
    await expect(saveDiagnosis(s.gops, diagnosisInput(caseId, 0, { diagnosedOn: tomorrow() }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { diagnosedOn: [future('Data diagnozy')] } });
    expect(await stored()).toBeUndefined();
    await saveDiagnosis(s.gops, diagnosisInput(caseId, 0, { diagnosedOn: '2027-01-12' }));
    expect(await stored()).toMatchObject({ diagnosedOn: '2027-01-12', version: 1 });
    await saveDiagnosis(s.gops, diagnosisInput(caseId, 1, { diagnosedOn: today() }));
    expect(await stored()).toMatchObject({ diagnosedOn: today(), version: 2 });
    // A refused change leaves the saved diagnosis as it was.
    await expect(saveDiagnosis(s.gops, diagnosisInput(caseId, 2, { diagnosedOn: tomorrow(), causes: 'Zmienione przyczyny' }))).rejects.toMatchObject({ code: 'INVALID' });
    expect(await stored()).toMatchObject({ diagnosedOn: today(), version: 2, causes: diagnosisInput(caseId, 0).causes });
  });

  it('a case closed without qualification: not before the referral, not after today', async () => {
    const { caseId } = await newCase(s);
    const { version } = await caseRow(caseId);
    const close = (closedOn: string) => closeCase(s.gops, { caseId, version, closedOn, reason: 'Rodzina zrezygnowała' });
    await expect(close('2027-01-04')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { closedOn: ['Data zamknięcia sprawy nie może być wcześniejsza niż zgłoszenie (05.01.2027).'] } });
    await expect(close(tomorrow())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { closedOn: [future('Data zamknięcia sprawy')] } });
    expect(await caseRow(caseId)).toMatchObject({ status: 'referred', closedOn: null, version });
    await close('2027-01-05');
    expect(await caseRow(caseId)).toMatchObject({ status: 'closed', closedOn: '2027-01-05' });
  });
});

/*
 * The same rule for the records of the work after qualification (issue 14, item 11): the PZK's
 * acceptance of an IPP, the kontrakt, monitoring meetings and sessions, the announcement of the
 * end, the final evaluation — never after today, never before the qualification (12.01.2027);
 * and a positive qualification never before the consents it relies on. Both limits are allowed;
 * a refusal stands beside its field and changes nothing.
 */
describe('the records after qualification follow the same date rule', () => {
  const today = () => clock.today();
  const tomorrow = () => addDays(clock.today(), 1);
  const future = (subject: string) => `${subject} nie może być późniejsza niż dziś (${formatDate(today())}).`;
  const beforeQualification = (subject: string) => `${subject} nie może być wcześniejsza niż kwalifikacja (12.01.2027).`;
  const ippRow = async (id: number) => (await db().select().from(ipps).where(eq(ipps.id, id)))[0];

  it('a qualification is not dated before the consents it relies on; their day is fine', async () => {
    // Referral 05.01.2027; the data-sharing consent is given later, on 10.01.2027.
    const { caseId } = await newCase(s);
    const sharing = (await db().select().from(caseConsents).where(eq(caseConsents.caseId, caseId))).find((c) => c.kind === 'data_sharing')!;
    await db().update(caseConsents).set({ givenOn: '2027-01-10' }).where(eq(caseConsents.id, sharing.id));
    const { version } = await caseRow(caseId);
    const refused = await decideQualification(s.gops, qualificationOn(caseId, version, '2027-01-09')).catch((e) => e);
    expect(refused).toMatchObject({ code: 'INVALID', fieldErrors: { decidedOn: ['Decyzja nie może być wcześniejsza niż data wyrażenia zgody (10.01.2027).'] } });
    expect(await caseRow(caseId)).toMatchObject({ status: 'referred', qualifiedOn: null, version });
    expect(await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, caseId))).toHaveLength(0);
    // A refusal relies on no consent: it may be dated before them.
    const other = await newCase(s);
    await db().update(caseConsents).set({ givenOn: '2027-01-10' }).where(eq(caseConsents.caseId, other.caseId));
    const refusal = { ...qualificationOn(other.caseId, (await caseRow(other.caseId)).version, '2027-01-09'), decision: 'refused', refusalReason: 'Rodzina nie spełnia kryteriów.' };
    expect(await decideQualification(s.gops, refusal)).toMatchObject({ status: 'refused' });
    // On the consent's day: qualified.
    expect(await decideQualification(s.gops, qualificationOn(caseId, version, '2027-01-10'))).toMatchObject({ status: 'qualified' });
    expect(await caseRow(caseId)).toMatchObject({ status: 'qualified', qualifiedOn: '2027-01-10' });
  });

  it('the PZK’s acceptance of an IPP: not before the qualification, not after today; both limits allowed', async () => {
    const { caseId, mother, son } = await qualifiedCase(s, '2027-01-12');
    const { id: ippId } = await createNextIpp(s.gops, { caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' });
    const goals = [goalInput(mother), goalInput(son, { title: 'Praca zarobkowa' })];
    const save = async (acceptedOn: string) => saveIpp(s.gops, ippInput(caseId, ippId, (await ippRow(ippId)).version, goals, { acceptedOn }));
    const before = await ippRow(ippId);
    await expect(save('2027-01-11')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { acceptedOn: [beforeQualification('Data akceptacji IPP przez PZK')] } });
    await expect(save(tomorrow())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { acceptedOn: [future('Data akceptacji IPP przez PZK')] } });
    expect(await ippRow(ippId)).toMatchObject({ version: before.version, acceptedOn: null, goals: [] });
    await save('2027-01-12');
    expect(await ippRow(ippId)).toMatchObject({ acceptedOn: '2027-01-12' });
    await save(today());
    expect(await ippRow(ippId)).toMatchObject({ acceptedOn: today() });
  });

  it('the kontrakt: not before the qualification, not after today; both limits allowed', async () => {
    const { caseId, mother, son } = await qualifiedCase(s, '2027-01-12');
    const { id: ippId } = await createNextIpp(s.gops, { caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' });
    await saveIpp(s.gops, ippInput(caseId, ippId, (await ippRow(ippId)).version, [goalInput(mother), goalInput(son, { title: 'Praca zarobkowa' })]));
    const conclude = async (concludedOn: string) =>
      saveContract(s.gops, { caseId: String(caseId), ippId: String(ippId), version: String((await ippRow(ippId)).version), concludedOn, familyCommitments: 'Regularne leczenie.', workerCommitments: 'Wizyty co tydzień.', institutionCommitments: '', consequences: '' });
    const { version } = await ippRow(ippId);
    await expect(conclude('2027-01-11')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { concludedOn: [beforeQualification('Data zawarcia kontraktu')] } });
    await expect(conclude(tomorrow())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { concludedOn: [future('Data zawarcia kontraktu')] } });
    expect(await ippRow(ippId)).toMatchObject({ version, contract: null });
    await conclude('2027-01-12');
    expect((await ippRow(ippId)).contract).toMatchObject({ concludedOn: '2027-01-12' });
    await conclude(today());
    expect((await ippRow(ippId)).contract).toMatchObject({ concludedOn: today() });
  });

  it('a monitoring meeting and a session: refused after today (by the clock) and before the qualification, writing nothing', async () => {
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const entry = (heldOn: string) => ({ caseId, heldOn, scales: [], satisfaction: '5', taskStatuses: [], notes: '' });
    await expect(recordMonitoring(s.gops, entry(tomorrow()))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [future('Data spotkania')] } });
    await expect(recordMonitoring(s.gops, entry('2027-01-11'))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [beforeQualification('Data spotkania')] } });
    expect(await db().select().from(caseMonitoring).where(eq(caseMonitoring.caseId, caseId))).toHaveLength(0);
    const session = (heldOn: string) => recordSession(s.gops, { caseId, kind: 'supervision', heldOn, participants: 'Zespół sprawy' });
    await expect(session(tomorrow())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [future('Data spotkania')] } });
    await expect(session('2027-01-11')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [beforeQualification('Data spotkania')] } });
    expect(await db().select().from(caseSessions).where(eq(caseSessions.caseId, caseId))).toHaveLength(0);
    await session('2027-01-12');
    await session(today());
    expect((await db().select().from(caseSessions).where(eq(caseSessions.caseId, caseId))).map((r) => r.heldOn).sort()).toEqual(['2027-01-12', today()]);
  });

  it('the announcement of the end: not before the qualification, not after today; both limits allowed', async () => {
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const announce = async (on: string) => announceEnd(s.gops, { caseId, version: (await caseRow(caseId)).version, on, plannedEndOn: '2027-12-31' });
    const { version } = await caseRow(caseId);
    await expect(announce('2027-01-11')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { on: [beforeQualification('Data poinformowania o zakończeniu')] } });
    await expect(announce(tomorrow())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { on: [future('Data poinformowania o zakończeniu')] } });
    expect(await caseRow(caseId)).toMatchObject({ endAnnouncedOn: null, version });
    await announce('2027-01-12');
    expect(await caseRow(caseId)).toMatchObject({ endAnnouncedOn: '2027-01-12' });
    await announce(today());
    expect(await caseRow(caseId)).toMatchObject({ endAnnouncedOn: today() });
  });

  it('the final evaluation: refused after today and before the qualification, writing nothing', async () => {
    // Accepting an evaluation needs goals and their results: tests/integration/cases-steps.test.ts.
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const evaluate = (evaluatedOn: string) =>
      saveEvaluation(s.gops, { caseId: String(caseId), version: '0', evaluatedOn, results: [], outcome: 'not_reached', summary: 'Cele nieosiągnięte.', notReachedPath: 'new_goals', inviteAsFamilyExpert: false });
    await expect(evaluate(tomorrow())).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { evaluatedOn: [future('Data ewaluacji')] } });
    await expect(evaluate('2027-01-11')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { evaluatedOn: [beforeQualification('Data ewaluacji')] } });
    // The limits themselves pass the date rule and stop at the next one (no IPP goals yet).
    for (const on of ['2027-01-12', today()]) await expect(evaluate(on)).rejects.toMatchObject({ code: 'INVALID', message: expect.stringMatching(/nie ma jeszcze IPP z celami/) });
    expect(await db().select().from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId))).toHaveLength(0);
    expect(await caseRow(caseId)).toMatchObject({ status: 'qualified' });
  });
});
