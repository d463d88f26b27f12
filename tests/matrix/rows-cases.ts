import { and, eq, gt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseConsents, caseDiagnoses, caseEvaluations, caseMembers, caseQualifications, cases, ipps, type IppGoal, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { accessLog, purposeTarget } from '@/lib/cases/access';
import { caseloadByGmina } from '@/lib/cases/caseload';
import { announceEnd, pzkForReferral, recordConsent, referralOptions, referralPzks, removeHouseholdMember, withdrawConsent } from '@/lib/cases/cases';
import { saveDiagnosis } from '@/lib/cases/diagnosis';
import { saveEvaluation } from '@/lib/cases/evaluation';
import { createNextIpp, getIppPage, saveContract, saveIpp } from '@/lib/cases/ipp';
import { recordMonitoring, recordSession } from '@/lib/cases/monitoring';
import { congratulationsPdf, contractPdf, diagnosisPdf, evaluationPdf, ippPdf } from '@/lib/cases/pdf';
import { decideQualification } from '@/lib/cases/qualification';
import { diagnosisInput, goalInput, ippInput, newCase, qualifiedCase, taskInput } from '../case-factories';
import { JANOW, uid, unit } from '../factories';
import { FOREIGN_GMINA, actorIn, columnOf, m, row, sameSet, type Column, type MatrixRow, type RowModule } from './fixture';

/*
 * Work with a family (step 7.2), beyond the reads of rows-core.ts: the case-level writes, the
 * steps' forms, the prints, the referral pickers and the ROPS caseload. Each function is called on
 * a case of gmina Janów made here (the fixture's own case stays as it is for the other modules).
 *
 * Who, by the rule of lib/cases/access.ts: the GOPS animator of the gmina and the PCPR animator of
 * the powiat write (as does the key worker); the case team (the signed member on it) reads, so a
 * change is FORBIDDEN to it; ROPS reads only with a stated purpose, so without one it is FORBIDDEN;
 * everyone else does not find the case.
 */

const db = () => getDb();
/** A referred case: household members and consents come and go. */
let workCaseId: number;
/** A referred case whose consents are withdrawn, one per call (the first closes it; later ones still may). */
let withdrawCaseId: number;
/** A referred case put back to "referred" before every call, so the decision can be taken again. */
let qualifyCaseId: number;
/** A qualified case with IPP 1 (goals for mother and son): diagnosis, IPP, contract, monitoring, sessions, IPP 2. */
let qualifiedCaseId: number;
let qualifiedIppId: number;
let qualifiedMembers: { mother: number; son: number };
/** A case with every step written (diagnosis, IPP with a contract, an evaluation with the goals reached): the prints. */
let printedCaseId: number;
let printedIppId: number;

const IPP_PERIOD = { startsOn: '2027-01-15', endsOn: '2027-04-14' } as const;
/** The day the monitoring forms take as "today" (the cases are qualified on 12.01.2027). */
const TODAY = '2027-03-01';

const goalsOf = (mother: number, son: number): IppGoal[] => [
  { key: 'g-matka', memberId: mother, area: 'zdrowie', title: 'Regularne leczenie', expectedEffect: 'Wizyty u lekarza co miesiąc', baseline: 2, target: 6, tasks: [{ key: 't-matka', serviceId: null, description: 'Wizyta u lekarza rodzinnego', institutionId: null, institutionName: 'Przychodnia w Gminie', person: 'Anna Nowak', dueOn: '2027-02-15' }] },
  { key: 'g-syn', memberId: son, area: 'prozawodowy', title: 'Podjęcie pracy', expectedEffect: 'Umowa o pracę', baseline: 1, target: 5, tasks: [{ key: 't-syn', serviceId: null, description: 'Przygotowanie CV', institutionId: null, institutionName: 'Powiatowy Urząd Pracy', person: 'doradca zawodowy', dueOn: '2027-03-01' }] },
];

async function caseWithIpp(extra: { contract?: boolean } = {}) {
  const { caseId, mother, son } = await qualifiedCase(m.s);
  const [ipp] = await db()
    .insert(ipps)
    .values({
      caseId,
      sequence: 1,
      ...IPP_PERIOD,
      goals: goalsOf(mother, son),
      pzkAttendance: 'through_key_worker',
      contract: extra.contract ? { concludedOn: '2027-01-20', familyCommitments: 'Udział w spotkaniach.', workerCommitments: 'Spotkanie co miesiąc.', institutionCommitments: '', consequences: '' } : null,
      updatedBy: m.s.socialWorker.userId,
    })
    .returning({ id: ipps.id });
  return { caseId, ippId: ipp.id, mother, son };
}

async function setup() {
  ({ caseId: workCaseId } = await newCase(m.s));
  ({ caseId: withdrawCaseId } = await newCase(m.s));
  ({ caseId: qualifyCaseId } = await newCase(m.s));
  let mother: number, son: number;
  ({ caseId: qualifiedCaseId, ippId: qualifiedIppId, mother, son } = await caseWithIpp());
  qualifiedMembers = { mother, son };
  ({ caseId: printedCaseId, ippId: printedIppId } = await caseWithIpp({ contract: true }));
  await db().insert(caseDiagnoses).values({
    caseId: printedCaseId,
    diagnosedOn: '2027-01-20',
    causes: 'Przewlekła choroba matki.',
    strengths: 'Silne więzi rodzinne.',
    weaknesses: 'Izolacja.',
    resources: 'Własne mieszkanie.',
    deficits: 'Brak dochodu syna.',
    familyExpectations: 'Pomoc w opiece.',
    institutionExpectations: [],
    swotStrengths: 'więzi',
    swotWeaknesses: 'izolacja',
    swotOpportunities: 'WTZ w gminie',
    swotThreats: 'pogorszenie zdrowia',
    tools: ['wywiad'],
    updatedBy: m.s.socialWorker.userId,
  });
  await db()
    .insert(caseEvaluations)
    .values({ caseId: printedCaseId, evaluatedOn: '2027-04-14', results: { 'g-matka': 6, 'g-syn': 5 }, outcome: 'goals_reached', summary: 'Cele osiągnięte.', afterCare: { contactUntil: '2027-10-14', visitEveryMonths: 2, firstAidKit: 'Numery telefonów.', familyExpertName: 'Anna Nowak' }, evaluatedBy: m.s.socialWorker.userId });
  await db().update(cases).set({ status: 'after_care' }).where(eq(cases.id, printedCaseId));
  // An active case in mazowieckie, for the caseload of its ROPS.
  const gopsM = (await actorIn('gops_animator', 'otherVoivodeship'))!;
  await db()
    .insert(cases)
    .values({ number: `M/${uid()}`, pzkId: m.foreignPzk.id, voivodeshipId: m.foreignPzk.voivodeshipId, powiatId: m.foreignPzk.powiatId, gminaId: m.foreignPzk.gminaId, kind: 'family', status: 'qualified', qualifiedOn: '2027-01-12', keyWorkerId: gopsM.userId, createdBy: gopsM.userId });
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

const caseVersion = async (id: number) => (await db().select({ version: cases.version }).from(cases).where(eq(cases.id, id)))[0].version;
const ippVersion = async (id: number) => (await db().select({ version: ipps.version }).from(ipps).where(eq(ipps.id, id)))[0].version;

/** A refused write must leave its record as it was: `untouched` says whether it did. */
async function refusedWritesNothing<T>(attempt: Promise<T>, untouched: () => Promise<boolean>): Promise<T> {
  try {
    return await attempt;
  } catch (e) {
    if (!(await untouched())) throw new Error('refused, yet the record changed');
    throw e;
  }
}

async function removeNewMember(a: Actor) {
  const [p] = await db().insert(caseMembers).values({ caseId: workCaseId, firstName: 'Zofia', lastName: 'Zięba', relation: 'córka', position: 9 }).returning({ id: caseMembers.id });
  const stillThere = async () => (await db().select().from(caseMembers).where(eq(caseMembers.id, p.id))).length === 1;
  return refusedWritesNothing(removeHouseholdMember(a, { caseId: workCaseId, memberId: p.id }), stillThere);
}

async function withdrawNewConsent(a: Actor) {
  const [c] = await db()
    .insert(caseConsents)
    .values({ caseId: withdrawCaseId, kind: 'cooperation', givenOn: '2027-01-05', form: 'written', givenBy: 'Halina Zięba', recordedBy: m.s.gops.userId })
    .returning({ id: caseConsents.id });
  const notWithdrawn = async () => (await db().select().from(caseConsents).where(eq(caseConsents.id, c.id)))[0].withdrawnOn === null;
  return refusedWritesNothing(withdrawConsent(a, { caseId: withdrawCaseId, consentId: c.id, withdrawnOn: '2027-02-01', note: 'Rodzina zrezygnowała.' }), notWithdrawn);
}

async function decide(a: Actor) {
  // Back to "referred" with no decision, whatever an earlier allowed call did.
  await db().delete(caseQualifications).where(eq(caseQualifications.caseId, qualifyCaseId));
  await db().update(cases).set({ status: 'referred', qualifiedOn: null }).where(eq(cases.id, qualifyCaseId));
  const input = {
    caseId: String(qualifyCaseId),
    version: String(await caseVersion(qualifyCaseId)),
    decision: 'qualified',
    decidedOn: '2027-01-12',
    opinions: [{ institutionId: '', institutionName: 'Szkoła Podstawowa w Gminie', reason: 'Realna szansa na zmianę przy wsparciu kilku instytucji.' }],
    welfareVerifiedOn: '2027-01-12',
    pcprConsultedOn: '2027-01-12',
    criteria: ['chronic_crisis'],
    meetingId: '',
    refusalReason: '',
  };
  const undecided = async () => (await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, qualifyCaseId))).length === 0;
  return refusedWritesNothing(decideQualification(a, input), undecided);
}

async function saveDiagnosisNow(a: Actor) {
  const [d] = await db().select({ version: caseDiagnoses.version }).from(caseDiagnoses).where(eq(caseDiagnoses.caseId, qualifiedCaseId));
  return saveDiagnosis(a, diagnosisInput(qualifiedCaseId, d?.version ?? 0));
}

async function startNextIpp(a: Actor) {
  // Only IPP 1 stays: IPP 2 starts the day after it ends, on every call.
  await db().delete(ipps).where(and(eq(ipps.caseId, qualifiedCaseId), gt(ipps.sequence, 1)));
  const onlyFirst = async () => (await db().select().from(ipps).where(eq(ipps.caseId, qualifiedCaseId))).length === 1;
  return refusedWritesNothing(createNextIpp(a, { caseId: qualifiedCaseId, startsOn: '2027-04-15', endsOn: '2027-07-14', pzkAttendance: 'in_person' }), onlyFirst);
}

async function saveIppNow(a: Actor) {
  const { mother, son } = qualifiedMembers;
  const goals = [
    goalInput(mother, { key: 'g-matka', tasks: [taskInput({ key: 't-matka', dueOn: '2027-02-15' })] }),
    goalInput(son, { key: 'g-syn', area: 'prozawodowy', title: 'Podjęcie pracy', tasks: [taskInput({ key: 't-syn', description: 'Przygotowanie CV', dueOn: '2027-03-01' })] }),
  ];
  return saveIpp(a, ippInput(qualifiedCaseId, qualifiedIppId, await ippVersion(qualifiedIppId), goals, { ...IPP_PERIOD, pzkAttendance: 'through_key_worker' }));
}

async function saveContractNow(a: Actor) {
  return saveContract(a, {
    caseId: qualifiedCaseId,
    ippId: qualifiedIppId,
    version: await ippVersion(qualifiedIppId),
    concludedOn: '2027-01-20',
    familyCommitments: 'Rodzina uczestniczy w spotkaniach z pracownikiem kluczowym.',
    workerCommitments: 'Pracownik kluczowy spotyka się z rodziną co najmniej raz w miesiącu.',
  });
}

const monitoringEntry = {
  caseId: 0,
  heldOn: '2027-02-15',
  scales: [
    { goalKey: 'g-matka', value: '4' },
    { goalKey: 'g-syn', value: '3' },
  ],
  satisfaction: '6',
  taskStatuses: [
    { taskKey: 't-matka', status: 'in_progress' },
    { taskKey: 't-syn', status: 'planned' },
  ],
  notes: 'Rodzina zgłosiła poprawę.',
};

async function saveEvaluationNow(a: Actor) {
  const [e] = await db().select({ version: caseEvaluations.version }).from(caseEvaluations).where(eq(caseEvaluations.caseId, printedCaseId));
  return saveEvaluation(a, {
    caseId: String(printedCaseId),
    version: String(e?.version ?? 0),
    evaluatedOn: '2027-03-30', // not after today (CASE_TODAY, 31.03.2027): a case record
    results: [
      { goalKey: 'g-matka', scale: '6' },
      { goalKey: 'g-syn', scale: '5' },
    ],
    outcome: 'goals_reached',
    summary: 'Rodzina osiągnęła cele IPP.',
    contactUntil: '2027-09-30',
    visitEveryMonths: '2',
    firstAidKit: 'Numery telefonów, plan dnia, kontakt z ekspertem rodzinnym.',
    familyExpertName: 'Anna Nowak',
    notReachedPath: '',
    handoverInstitutionId: '',
    handoverInstitutionName: '',
    handoverWhat: '',
    inviteAsFamilyExpert: false,
  });
}

// ---------------------------------------------------------------------------------------------
// Lists: allowed to every column, each must see exactly its own records
// ---------------------------------------------------------------------------------------------


type Pzk = 'janow' | 'dabrowa' | 'choroszcz' | 'foreign';
/** The PZKs the actor may refer to, among the fixture's four, by column. */
async function referralPzksSeen(role: Role, a: Actor, want: Partial<Record<Column, Pzk[]>>) {
  const ids: Record<Pzk, number> = { janow: m.s.pzk.id, dabrowa: m.s.otherPzk.id, choroszcz: m.choroszczPzk.id, foreign: m.foreignPzk.id };
  const known = new Set(Object.values(ids));
  const listed = (await referralPzks(a)).map((p) => p.id).filter((id) => known.has(id));
  sameSet('PZKs to refer to', listed, (want[await columnOf(role, a)] ?? []).map((k) => ids[k]));
}

/** The ROPS caseload: Janów (an active case of this module) in podlaskie's, never in another województwo's. */
async function caseloadSeen(a: Actor) {
  const [{ gminaId: janow }, { gminaId: foreign }] = [await unit(JANOW), await unit(FOREIGN_GMINA)];
  const gminas = (await caseloadByGmina(a)).rows.map((r) => r.gminaId);
  const home = a.scope.voivodeshipId === m.s.rops.scope.voivodeshipId;
  sameSet('Janów and the gmina in mazowieckie in the caseload', gminas.filter((g) => g === janow || g === foreign), [home ? janow! : foreign!]);
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
/** A change to a case of Janów, by its writers, its team, ROPS and others. */
const WRITE = {
  gops_animator: row('allow', NF, NF, NF, NF, NF, NF),
  pcpr_animator: row('allow', '-', NF, NF, NF, NF, NF),
  // Kooperacje 3D: the network worker of the gmina writes its cases as the PCPR animator does the powiat's.
  network_worker: row('allow', NF, NF, NF, NF, NF, NF),
  pzk_member: row(FB, NF, NF, NF, NF, NF, NF),
  rops_adviser: row(FB, '-', '-', NF, NF, NF, NF),
  social_worker: row(NF, NF, NF, NF, NF, NF, NF),
} as const;
/** Opening a case of Janów (a page, a print). */
const READ = {
  gops_animator: row('allow', NF, NF, NF, NF, NF, NF),
  pzk_member: row('allow', NF, NF, NF, NF, NF, NF),
  rops_adviser: row(FB, '-', '-', NF, NF, NF, NF),
} as const;
const TEAM_NOTE = 'inside: the signed member on the case team reads the case, it does not change it';
const ROPS_NOTE = 'ROPS at home: read-only supervision, and only with a stated purpose (FORBIDDEN)';
const SOCIAL_WORKER_NOTE = 'a social worker of the gmina who is neither the key worker nor on the team does not find the case';

/** One row per role given, the same call. */
const rowsFor = (fn: string, call: (a: Actor) => Promise<unknown>, expects: Partial<Record<Role, MatrixRow['expect']>>, notes: Partial<Record<Role, string>> = {}): MatrixRow[] =>
  (Object.entries(expects) as [Role, MatrixRow['expect']][]).map(([role, expect]) => ({ fn, role, call, expect, note: notes[role] }));
const notes = { pzk_member: TEAM_NOTE, rops_adviser: ROPS_NOTE, social_worker: SOCIAL_WORKER_NOTE };
const readNotes = { pzk_member: 'inside: the signed member on the case team', rops_adviser: ROPS_NOTE };

const REFER = {
  gops_animator: row('allow', NF, NF, NF, FB, NF, NF),
  pzk_member: row('allow', NF, NF, NF, FB, NF, NF),
  family_expert: row(FB, NF, NF, NF, FB, NF, NF),
  rops_adviser: row(FB, '-', '-', NF, FB, NF, NF),
} as const;
const REFER_NOTES = {
  gops_animator: 'the guest has not signed: it takes part in the PZK but does not refer',
  family_expert: 'family experts take part in the PZK but do not refer',
  rops_adviser: 'ROPS observes, it does not refer',
};

const rows: MatrixRow[] = [
  // The case account's own forms.
  ...rowsFor('lib/cases/cases.ts#recordConsent', (a) => recordConsent(a, { caseId: workCaseId, kind: 'data_sharing', givenOn: '2027-01-06', form: 'written', givenBy: 'Halina Zięba', institutions: 'OPS, PCPR' }), { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member, rops_adviser: WRITE.rops_adviser }, notes),
  ...rowsFor('lib/cases/cases.ts#removeHouseholdMember', removeNewMember, { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member }, notes),
  ...rowsFor('lib/cases/cases.ts#withdrawConsent', withdrawNewConsent, { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member }, notes),
  ...rowsFor('lib/cases/cases.ts#announceEnd', async (a) => announceEnd(a, { caseId: qualifiedCaseId, version: await caseVersion(qualifiedCaseId), on: '2027-03-20', plannedEndOn: '2027-12-15' }), { pcpr_animator: WRITE.pcpr_animator, network_worker: WRITE.network_worker, pzk_member: WRITE.pzk_member }, notes),
  // The steps.
  ...rowsFor('lib/cases/qualification.ts#decideQualification', decide, { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member, rops_adviser: WRITE.rops_adviser }, notes),
  ...rowsFor('lib/cases/diagnosis.ts#saveDiagnosis', saveDiagnosisNow, { gops_animator: WRITE.gops_animator, pcpr_animator: WRITE.pcpr_animator, network_worker: WRITE.network_worker, pzk_member: WRITE.pzk_member, rops_adviser: WRITE.rops_adviser, social_worker: WRITE.social_worker }, notes),
  ...rowsFor('lib/cases/ipp.ts#createNextIpp', startNextIpp, { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member }, notes),
  ...rowsFor('lib/cases/ipp.ts#saveIpp', saveIppNow, { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member, rops_adviser: WRITE.rops_adviser }, notes),
  ...rowsFor('lib/cases/ipp.ts#saveContract', saveContractNow, { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member }, notes),
  ...rowsFor('lib/cases/ipp.ts#getIppPage', (a) => getIppPage(a, printedCaseId, printedIppId), READ, readNotes),
  ...rowsFor('lib/cases/monitoring.ts#recordMonitoring', (a) => recordMonitoring(a, { ...monitoringEntry, caseId: qualifiedCaseId }, TODAY), { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member, rops_adviser: WRITE.rops_adviser }, notes),
  ...rowsFor('lib/cases/monitoring.ts#recordSession', (a) => recordSession(a, { caseId: qualifiedCaseId, kind: 'team_review', heldOn: '2027-02-16', participants: 'Rodzina, OPS, PCPR', notes: '' }, TODAY), { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member }, notes),
  ...rowsFor('lib/cases/evaluation.ts#saveEvaluation', saveEvaluationNow, { gops_animator: WRITE.gops_animator, pzk_member: WRITE.pzk_member }, notes),
  // Who opened the case: its writers only (the team reads the case, not its log).
  ...rowsFor('lib/cases/access.ts#accessLog', (a) => accessLog(a, qualifiedCaseId), { gops_animator: READ.gops_animator, pzk_member: row(FB, NF, NF, NF, NF, NF, NF), rops_adviser: READ.rops_adviser }, { pzk_member: 'the case team reads the case but not who opened it', rops_adviser: ROPS_NOTE }),

  // The purpose-of-access page: whoever may open the case finds it (ROPS at home without a purpose
  // too — the page is where it states one); nobody else does (issue 14, item 15).
  ...rowsFor('lib/cases/access.ts#purposeTarget', (a) => purposeTarget(a, qualifiedCaseId), { gops_animator: READ.gops_animator, pzk_member: READ.pzk_member, rops_adviser: row('allow', '-', '-', NF, NF, NF, NF), social_worker: WRITE.social_worker }, { rops_adviser: 'ROPS at home reaches the page where it states the purpose', social_worker: SOCIAL_WORKER_NOTE }),

  // The prints: whoever opens the case.
  ...rowsFor('lib/cases/pdf.tsx#diagnosisPdf', (a) => diagnosisPdf(a, printedCaseId), READ, readNotes),
  ...rowsFor('lib/cases/pdf.tsx#ippPdf', (a) => ippPdf(a, printedCaseId, printedIppId), { gops_animator: READ.gops_animator, rops_adviser: READ.rops_adviser }, readNotes),
  ...rowsFor('lib/cases/pdf.tsx#contractPdf', (a) => contractPdf(a, printedCaseId, printedIppId), { gops_animator: READ.gops_animator }),
  ...rowsFor('lib/cases/pdf.tsx#evaluationPdf', (a) => evaluationPdf(a, printedCaseId), { pzk_member: READ.pzk_member }, readNotes),
  ...rowsFor('lib/cases/pdf.tsx#congratulationsPdf', (a) => congratulationsPdf(a, printedCaseId), { gops_animator: READ.gops_animator }),

  // Referring a family to Janów's PZK (as createCase in rows-core.ts), and the PZKs one may refer to.
  ...rowsFor('lib/cases/cases.ts#pzkForReferral', (a) => pzkForReferral(a, m.s.pzk.id), REFER, REFER_NOTES),
  ...rowsFor('lib/cases/cases.ts#referralOptions', (a) => referralOptions(a, m.s.pzk.id), { gops_animator: REFER.gops_animator, family_expert: REFER.family_expert }, REFER_NOTES),
  {
    fn: 'lib/cases/cases.ts#referralPzks',
    role: 'gops_animator',
    call: (a) => referralPzksSeen('gops_animator', a, { inside: ['janow'], neighbourGmina: ['dabrowa'], otherPowiat: ['choroszcz'], otherVoivodeship: ['foreign'], otherPzkMember: ['dabrowa'] }),
    expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'),
    note: 'allow = exactly the PZKs of its own territory; the guest (not signed) and the national administrator: none',
  },
  {
    fn: 'lib/cases/cases.ts#referralPzks',
    role: 'pcpr_animator',
    call: (a) => referralPzksSeen('pcpr_animator', a, { inside: ['janow', 'dabrowa'], otherPowiat: ['choroszcz'], otherVoivodeship: ['foreign'], otherPzkMember: ['dabrowa'] }),
    expect: row('allow', '-', 'allow', 'allow', 'allow', 'allow', 'allow'),
  },
  {
    fn: 'lib/cases/cases.ts#referralPzks',
    role: 'rops_adviser',
    call: (a) => referralPzksSeen('rops_adviser', a, { otherPzkMember: ['dabrowa'] }),
    expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'allow'),
    note: 'ROPS observes every PZK but refers to none',
  },

  // Caseloads of key workers per gmina: ROPS of the województwo only.
  { fn: 'lib/cases/caseload.ts#caseloadByGmina', role: 'rops_adviser', call: caseloadSeen, expect: row('allow', '-', '-', 'allow', FB, FB, FB), note: 'allow = its own województwo\'s gminas only' },
  { fn: 'lib/cases/caseload.ts#caseloadByGmina', role: 'wzk_member', call: caseloadSeen, expect: row(FB, '-', '-', FB, FB, FB, FB), note: 'WZK follows the implementations, not the caseloads' },
  { fn: 'lib/cases/caseload.ts#caseloadByGmina', role: 'gops_animator', call: caseloadSeen, expect: row(FB, FB, FB, FB, FB, FB, FB) },
];

export default { setup, rows } satisfies RowModule;
