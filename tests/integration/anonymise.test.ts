import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeRows, getDb } from '@/db/client';
import {
  auditLog,
  caseAttachments,
  caseConsents,
  caseDiagnoses,
  caseEvaluations,
  caseJournal,
  caseMembers,
  caseMonitoring,
  caseQualifications,
  caseReferrals,
  caseReminders,
  cases,
  caseSessions,
  files,
  ipps,
  ippTasks,
  ippTaskUpdates,
} from '@/db/schema';
import { addAttachment } from '@/lib/cases/attachments';
import { closeCase, createCase, recordConsent, recordExtension, saveHouseholdMember, saveTeam } from '@/lib/cases/cases';
import { saveDiagnosis } from '@/lib/cases/diagnosis';
import { saveEvaluation } from '@/lib/cases/evaluation';
import { createNextIpp, saveContract, saveIpp } from '@/lib/cases/ipp';
import { addJournalEntry } from '@/lib/cases/journal';
import { recordMonitoring, recordSession } from '@/lib/cases/monitoring';
import { decideQualification } from '@/lib/cases/qualification';
import { reportTask } from '@/lib/cases/team-work';
import { clock } from '@/lib/clock';
import { implementationFigures, type Figures } from '@/lib/evaluation/figures';
import { regionalReport } from '@/lib/evaluation/evaluation';
import { sha256 } from '@/lib/files';
import { anonymiseCase } from '@/lib/retention/anonymise';
import { caseSetup, diagnosisInput, goalInput, ippInput, newCase, qualifiedCase, referralInput, taskInput, type CaseSetup } from '../case-factories';

/*
 * Anonymisation of a family case (issue 16, item 1): a realistic closed case — household with PESEL
 * and birth years, referral, consents, qualification, diagnosis, IPP with tasks and contract,
 * monitoring, sessions, journal, a partner's task report, a file, the evaluation — is anonymised:
 * the 9.2 and regional figures are identical, the family's data is found nowhere in the database,
 * another family's case of the same PZK is untouched, and a second run changes nothing.
 * Gminas of this file: 2012032, 2012042 (powiat suwalski).
 */

const db = () => getDb();

// What identifies the family (written into every text the case has), and would betray it anywhere.
const SURNAME = 'Przybylak';
const PESEL_MOTHER = '72031508439';
const PESEL_SON = '98052211572';
const PHRASE = 'kanarek Fryderyk';
const marked = (text: string) => `${text} (${SURNAME}, ${PHRASE})`;

let s: CaseSetup;
let caseId: number;
let otherCaseId: number;
let fileSha: string;
let figuresBefore: Figures;
let regionalBefore: unknown;
let otherBefore: Awaited<ReturnType<typeof snapshot>>;
let hitsBefore: string[];
let at: Date;

/** The rows of a case, table by table (what must stay as it was). */
async function snapshot(id: number) {
  return {
    case: await db().select().from(cases).where(eq(cases.id, id)),
    members: await db().select().from(caseMembers).where(eq(caseMembers.caseId, id)).orderBy(caseMembers.id),
    consents: await db().select().from(caseConsents).where(eq(caseConsents.caseId, id)).orderBy(caseConsents.id),
    referral: await db().select().from(caseReferrals).where(eq(caseReferrals.caseId, id)),
    qualification: await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, id)),
    journal: await db().select().from(caseJournal).where(eq(caseJournal.caseId, id)),
    sessions: await db().select().from(caseSessions).where(eq(caseSessions.caseId, id)),
    diagnosis: await db().select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, id)),
    ipps: await db().select().from(ipps).where(eq(ipps.caseId, id)).orderBy(ipps.id),
    tasks: await db().select().from(ippTasks).where(eq(ippTasks.caseId, id)).orderBy(ippTasks.ippId, ippTasks.taskKey),
    evaluation: await db().select().from(caseEvaluations).where(eq(caseEvaluations.caseId, id)),
    attachments: await db().select().from(caseAttachments).where(eq(caseAttachments.caseId, id)),
  };
}

/**
 * Every text, varchar, jsonb, array and bytea column of every table, searched for the family's
 * surname, PESELs, the note phrase and the file's SHA-256 (bytea by the hash of its bytes): the
 * "table.column" names with a hit. data_requests is left out on purpose: the register of requests
 * keeps who asked and about what (RODO art. 5(2), accountability) — it is the record of the erasure.
 * The audit log is searched for everything but the file's checksum: its entries of a file added or
 * removed keep the SHA-256 (what was filed, provably — never the bytes or the name), checked below.
 */
async function personalDataHits(): Promise<string[]> {
  const columns = await executeRows<{ table_name: string; column_name: string; data_type: string }>(
    db(),
    sql`select c.table_name, c.column_name, c.data_type from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'jsonb', 'ARRAY', 'bytea', 'USER-DEFINED')
          and c.table_name <> 'data_requests'
        order by c.table_name, c.column_name`,
  );
  expect(columns.length).toBeGreaterThan(100);
  expect(columns.map((c) => c.table_name)).toContain('audit_log');
  const hits: string[] = [];
  for (const c of columns) {
    const col = sql.identifier(c.column_name);
    const table = sql.identifier(c.table_name);
    const where =
      c.data_type === 'bytea'
        ? sql`encode(sha256(${col}), 'hex') = ${fileSha}`
        : sql`${col}::text ilike ${`%${SURNAME}%`} or ${col}::text like ${`%${PESEL_MOTHER}%`} or ${col}::text like ${`%${PESEL_SON}%`} or ${col}::text ilike ${`%${PHRASE}%`}
              or (${c.table_name !== 'audit_log'} and ${col}::text ilike ${`%${fileSha}%`})`;
    const [row] = await executeRows<{ n: number }>(db(), sql`select count(*)::int as n from ${table} where ${where}`);
    if (Number(row.n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}

const qualificationInput = (id: number, version: number) => ({
  caseId: String(id),
  version: String(version),
  decision: 'qualified',
  decidedOn: '2027-01-12',
  opinions: [{ institutionId: '', institutionName: 'Szkoła Podstawowa w Gminie', reason: marked('Realna szansa na zmianę') }],
  welfareVerifiedOn: '2027-01-08',
  pcprConsultedOn: '2027-01-10',
  criteria: ['chronic_crisis', 'cross_sector'],
  meetingId: '',
  refusalReason: '',
});

const version = async (id: number) => (await db().select({ version: cases.version }).from(cases).where(eq(cases.id, id)))[0].version;

/** The family's case, from the referral to the closing, through the domain functions. */
async function familyCase() {
  const t = (text: string) => marked(text);
  const { id } = await createCase(s.gops, referralInput(s.pzk.id, s.socialWorker.userId, { situation: t('Rodzina dwupokoleniowa'), reasons: t('Zagrożenie eksmisją'), expectations: t('Wsparcie'), expectedFrom: t('OPS') }));
  const { memberId: mother } = await saveHouseholdMember(s.gops, { caseId: id, firstName: 'Halina', lastName: SURNAME, birthYear: '1972', relation: 'matka', pesel: PESEL_MOTHER, notes: t('Choruje przewlekle') });
  const { memberId: son } = await saveHouseholdMember(s.gops, { caseId: id, firstName: 'Łukasz', lastName: SURNAME, birthYear: '2012', relation: 'syn', pesel: PESEL_SON, notes: '' });
  const { memberId: grandfather } = await saveHouseholdMember(s.gops, { caseId: id, firstName: 'Bronisław', lastName: SURNAME, birthYear: '1950', relation: 'dziadek', pesel: '', notes: '' });
  await recordConsent(s.gops, { caseId: id, kind: 'cooperation', givenOn: '2027-01-05', form: 'written', givenBy: `Halina ${SURNAME}`, institutions: '' });
  await recordConsent(s.gops, { caseId: id, kind: 'data_sharing', givenOn: '2027-01-05', form: 'written', givenBy: `Jan Kurator (opiekun ${SURNAME})`, institutions: 'OPS, PCPR, Szkoła' });
  await saveTeam(s.gops, { caseId: id, version: await version(id), keyWorkerId: s.socialWorker.userId, memberIds: [s.memberRowId] });
  await decideQualification(s.gops, qualificationInput(id, await version(id)));
  await saveDiagnosis(s.gops, diagnosisInput(id, 0, { causes: t('Przyczyny'), familyExpectations: t('Oczekiwania'), institutionExpectations: [{ institutionName: 'Szkoła Podstawowa', expectations: t('Kontakt z matką') }], toolsOther: t('Skala') }));

  const { id: ippId } = await createNextIpp(s.gops, { caseId: id, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' });
  const school = taskInput({ key: 't-school', description: t('Konsultacje z pedagogiem'), institutionId: String(s.member.scope.institutionId), institutionName: '', person: `pani ${SURNAME}`, dueOn: '2027-03-15' });
  const free = taskInput({ key: 't-free', description: t('Wizyta u lekarza'), person: t('dr Nowak') });
  const goals = [
    goalInput(mother, { key: 'g-mother', title: t('Regularne leczenie'), expectedEffect: t('Wizyty co miesiąc'), baseline: '2', target: '7', tasks: [free] }),
    goalInput(son, { key: 'g-son', area: 'edukacyjny', title: t('Powrót do nauki'), expectedEffect: t('Frekwencja'), baseline: '1', target: '6', tasks: [school] }),
  ];
  await saveIpp(s.gops, ippInput(id, ippId, 1, goals, { memberReasons: [{ memberId: String(grandfather), reason: t('Pod opieką DPS') }] }));
  const [ipp] = await db().select({ version: ipps.version }).from(ipps).where(eq(ipps.id, ippId));
  await saveContract(s.gops, { caseId: String(id), ippId: String(ippId), version: String(ipp.version), concludedOn: '2027-01-16', familyCommitments: t('Rodzina'), workerCommitments: t('Pracownik'), institutionCommitments: t('Instytucje'), consequences: t('Skutki') });

  await recordMonitoring(s.socialWorker, {
    caseId: id,
    heldOn: '2027-02-15',
    scales: [
      { goalKey: 'g-mother', value: '4' },
      { goalKey: 'g-son', value: '3' },
    ],
    satisfaction: '6',
    taskStatuses: [
      { taskKey: 't-free', status: 'in_progress' },
      { taskKey: 't-school', status: 'planned' },
    ],
    notes: t('Poprawa'),
  });
  await recordSession(s.gops, { caseId: id, kind: 'workshop', heldOn: '2027-01-20', participants: t('Rodzina'), notes: t('Warsztat') });
  await recordSession(s.gops, { caseId: id, kind: 'supervision', heldOn: '2027-02-20', participants: 'Zespół sprawy', notes: t('Superwizja') });
  await addJournalEntry(s.gops, { caseId: id, happenedOn: '2027-02-01', kind: 'visit', participants: t('Matka'), note: t('Wizyta w domu') });
  const [task] = await db().select({ version: ippTasks.version }).from(ippTasks).where(and(eq(ippTasks.ippId, ippId), eq(ippTasks.taskKey, 't-school')));
  await reportTask(s.member, { caseId: String(id), ippId: String(ippId), taskKey: 't-school', version: String(task.version), status: 'in_progress', notedOn: '2027-03-10', note: t('Uczeń przychodzi') });

  // A genogram scan of its own (no other file in the database has these bytes).
  const png = new Uint8Array(await sharp({ create: { width: 9, height: 7, channels: 3, background: { r: 17, g: 99, b: 201 } } }).png().toBuffer());
  fileSha = sha256(png);
  await addAttachment(s.gops, { caseId: String(id), kind: 'genogram', documentDate: '2027-02-10', description: t('Genogram rodziny'), step: '' }, { name: `genogram-${SURNAME}.png`, data: png });

  await recordExtension(s.gops, { caseId: id, version: await version(id), until: '2028-03-31', reason: t('Dokończenie terapii') });
  await saveEvaluation(s.gops, {
    caseId: String(id),
    version: '0',
    evaluatedOn: '2027-03-25',
    results: [
      { goalKey: 'g-mother', scale: '8' },
      { goalKey: 'g-son', scale: '6' },
    ],
    outcome: 'goals_reached',
    summary: t('Cele osiągnięte'),
    contactUntil: '2027-09-30',
    visitEveryMonths: '2',
    firstAidKit: t('Numery telefonów'),
    familyExpertName: `Halina ${SURNAME}`,
    notReachedPath: '',
    handoverInstitutionId: '',
    handoverInstitutionName: '',
    handoverWhat: '',
    inviteAsFamilyExpert: true,
  });
  await closeCase(s.gops, { caseId: id, version: await version(id), closedOn: '2027-03-30', reason: t('Zakończenie pracy') });
  // An open reminder of the case (the worker's), resolved by the anonymisation.
  await db().insert(caseReminders).values({ caseId: id, kind: 'monitoring_overdue', dueKey: '2027-03', dueOn: '2027-03-15' });
  return { id, ippId };
}

beforeAll(async () => {
  s = await caseSetup(['2012032', '2012042']);
  ({ id: caseId } = await familyCase());
  // Another family of the same PZK, with work of its own.
  const other = await qualifiedCase(s);
  otherCaseId = other.caseId;
  await addJournalEntry(s.gops, { caseId: otherCaseId, happenedOn: '2027-02-02', kind: 'conversation', participants: 'Halina Zięba', note: 'Rozmowa o planie pracy' });
  await recordSession(s.gops, { caseId: otherCaseId, kind: 'workshop', heldOn: '2027-01-21', participants: 'Rodzina Ziębów', notes: 'Warsztat diagnostyczny' });
  const otherPng = new Uint8Array(await sharp({ create: { width: 7, height: 9, channels: 3, background: { r: 201, g: 99, b: 17 } } }).png().toBuffer());
  await addAttachment(s.gops, { caseId: String(otherCaseId), kind: 'opinion', documentDate: '2027-02-11', description: 'Opinia szkoły', step: '' }, { name: 'opinia.png', data: otherPng });

  const implementationId = s.pzk.implementationId!;
  at = clock.now();
  figuresBefore = await implementationFigures(db(), implementationId, at);
  regionalBefore = await regionalReport(s.rops, at);
  otherBefore = await snapshot(otherCaseId);
  hitsBefore = await personalDataHits();

  await db().transaction((tx) => anonymiseCase(tx, caseId, 'partia brakowania nr 1 (zgoda archiwum AP-1)'));
}, 300_000);

describe('anonymising a closed family case', () => {
  it('leaves the step 9.2 figures of its implementation and the regional report identical', async () => {
    // The case counts: its goals reached, its supervision, its measured goals of two areas.
    expect(figuresBefore).toMatchObject({ casesGoalsReached: 1, supervisions: 1 });
    expect((figuresBefore as Figures).areas.filter((a) => a.measured > 0).map((a) => a.area).sort()).toEqual(['edukacyjny', 'zdrowie']);
    expect(await implementationFigures(db(), s.pzk.implementationId!, at)).toEqual(figuresBefore);
    expect(await regionalReport(s.rops, at)).toEqual(regionalBefore);
  });

  it('removes the family’s data from every table (the audit log included), the file’s bytes too', async () => {
    // Before: the scan finds the family in the case's tables — it can find what it looks for.
    expect(hitsBefore).toEqual(
      expect.arrayContaining([
        'case_members.last_name',
        'case_members.pesel',
        'case_members.notes',
        'case_referrals.situation',
        'case_consents.given_by',
        'case_qualifications.opinions',
        'case_diagnoses.causes',
        'case_diagnoses.institution_expectations',
        'ipps.goals',
        'ipps.contract',
        'ipps.member_reasons',
        'ipp_tasks.description',
        'ipp_task_updates.note',
        'case_monitoring.notes',
        'case_sessions.participants',
        'case_journal.note',
        'case_evaluations.summary',
        'case_evaluations.after_care',
        'cases.closed_reason',
        'cases.extension_reason',
        'case_attachments.description',
        'files.data',
        'files.sha256',
        'files.name',
      ]),
    );
    expect(await personalDataHits()).toEqual([]);
    // The audit's only trace of the file: the checksum in the entry of its filing.
    const traces = await db().select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(sql`${auditLog.details}::text like ${`%${fileSha}%`}`);
    expect(traces).toEqual([{ action: 'case.attachment_added', details: expect.objectContaining({ kind: 'genogram', sha256: fileSha }) }]);
    expect(await db().select().from(caseAttachments).where(eq(caseAttachments.caseId, caseId))).toEqual([]);
    expect(await db().select({ id: files.id }).from(files).where(eq(files.sha256, fileSha))).toEqual([]);
  });

  it('keeps what the evaluation counts and marks the case', async () => {
    const [c] = await db().select().from(cases).where(eq(cases.id, caseId));
    expect(c).toMatchObject({ status: 'closed', closedOn: '2027-03-30', closedReason: '', extensionReason: '', extensionUntil: '2028-03-31', qualifiedOn: '2027-01-12', anonymisedReason: 'partia brakowania nr 1 (zgoda archiwum AP-1)' });
    expect(c.anonymisedAt).toBeInstanceOf(Date);
    // Household: labels by position, age bands at the year of closing (2027), relations kept.
    const members = await db().select().from(caseMembers).where(eq(caseMembers.caseId, caseId)).orderBy(caseMembers.position, caseMembers.id);
    expect(members.map((m) => [m.firstName, m.lastName, m.birthYear, m.ageBand, m.relation, m.pesel, m.notes])).toEqual([
      ['Osoba', '1', null, '26–59', 'matka', null, ''],
      ['Osoba', '2', null, '7–17', 'syn', null, ''],
      ['Osoba', '3', null, '60+', 'dziadek', null, ''],
    ]);
    const consents = await db().select().from(caseConsents).where(eq(caseConsents.caseId, caseId)).orderBy(caseConsents.id);
    expect(consents.map((k) => [k.kind, k.givenOn, k.form, k.givenBy, k.institutions])).toEqual([
      ['cooperation', '2027-01-05', 'written', 'Osoba 1', ''],
      ['data_sharing', '2027-01-05', 'written', '', 'OPS, PCPR, Szkoła'],
    ]);
    const [ipp] = await db().select().from(ipps).where(eq(ipps.caseId, caseId));
    expect(ipp.goals.map((g) => [g.key, g.memberId, g.area, g.title, g.expectedEffect, g.baseline, g.target, g.tasks.map((t) => [t.key, t.description, t.person, t.institutionId, t.dueOn])])).toEqual([
      ['g-mother', members[0].id, 'zdrowie', 'Cel 1', '', 2, 7, [['t-free', 'Zadanie 1.1', '', null, '2027-02-15']]],
      ['g-son', members[1].id, 'edukacyjny', 'Cel 2', '', 1, 6, [['t-school', 'Zadanie 2.1', '', s.member.scope.institutionId, '2027-03-15']]],
    ]);
    expect(ipp.contract).toEqual({ concludedOn: '2027-01-16', familyCommitments: '', workerCommitments: '', institutionCommitments: '', consequences: '' });
    const tasks = await db().select().from(ippTasks).where(eq(ippTasks.caseId, caseId)).orderBy(ippTasks.taskKey);
    expect(tasks.map((t) => [t.taskKey, t.description, t.note, t.status, t.dueOn])).toEqual([
      ['t-free', 'Zadanie 1.1', '', expect.any(String), '2027-02-15'],
      ['t-school', 'Zadanie 2.1', '', 'in_progress', '2027-03-15'],
    ]);
    expect((await db().select().from(ippTaskUpdates).where(eq(ippTaskUpdates.caseId, caseId))).map((u) => [u.status, u.notedOn, u.note])).toEqual([['in_progress', '2027-03-10', '']]);
    expect((await db().select().from(caseMonitoring).where(eq(caseMonitoring.caseId, caseId))).map((m) => [m.heldOn, m.scales, m.satisfaction, m.taskStatuses, m.notes])).toEqual([
      ['2027-02-15', { 'g-mother': 4, 'g-son': 3 }, 6, { 't-free': 'in_progress', 't-school': 'planned' }, ''],
    ]);
    expect((await db().select().from(caseSessions).where(eq(caseSessions.caseId, caseId)).orderBy(caseSessions.heldOn)).map((x) => [x.kind, x.heldOn, x.participants, x.notes])).toEqual([
      ['workshop', '2027-01-20', '', ''],
      ['supervision', '2027-02-20', '', ''],
    ]);
    expect((await db().select().from(caseJournal).where(eq(caseJournal.caseId, caseId))).map((j) => [j.kind, j.happenedOn, j.participants, j.note])).toEqual([['visit', '2027-02-01', '', '']]);
    const [q] = await db().select().from(caseQualifications).where(eq(caseQualifications.caseId, caseId));
    expect([q.decision, q.decidedOn, q.criteria, q.opinions]).toEqual(['qualified', '2027-01-12', ['chronic_crisis', 'cross_sector'], [{ institutionId: null, institutionName: 'Szkoła Podstawowa w Gminie', reason: '' }]]);
    const [d] = await db().select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId));
    expect([d.diagnosedOn, d.tools, d.causes, d.institutionExpectations]).toEqual(['2027-01-20', ['wywiad', 'genogram', 'swot'], '', [{ institutionName: 'Szkoła Podstawowa', expectations: '' }]]);
    const [e] = await db().select().from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId));
    expect([e.outcome, e.evaluatedOn, e.results, e.summary, e.afterCare, e.inviteAsFamilyExpert]).toEqual([
      'goals_reached',
      '2027-03-25',
      { 'g-mother': 8, 'g-son': 6 },
      '',
      { contactUntil: '2027-09-30', visitEveryMonths: 2, firstAidKit: '', familyExpertName: '' },
      true,
    ]);
    const [r] = await db().select().from(caseReferrals).where(eq(caseReferrals.caseId, caseId));
    expect([r.referringInstitutionName, r.referredOn, r.referrerName, r.situation, r.reasons, r.expectations, r.expectedFrom]).toEqual(['Szkoła Podstawowa w Gminie', '2027-01-05', '', '', '', '', '']);
    // Open reminders resolved.
    expect((await db().select().from(caseReminders).where(eq(caseReminders.caseId, caseId))).map((x) => x.resolvedAt)).toEqual([expect.any(Date)]);
    // One audit entry, with the reason's kind only.
    const entries = await db().select().from(auditLog).where(and(eq(auditLog.action, 'case.anonymised'), eq(auditLog.entityId, String(caseId))));
    expect(entries.map((x) => [x.entityType, x.voivodeshipId, x.details])).toEqual([['case', c.voivodeshipId, { reasonKind: 'destruction_batch' }]]);
  });

  it('leaves another family’s case of the same PZK untouched', async () => {
    expect(await snapshot(otherCaseId)).toEqual(otherBefore);
    const [paper] = otherBefore.attachments;
    expect((await db().select({ size: files.size }).from(files).where(eq(files.id, paper.fileId))).length).toBe(1);
  });

  it('does nothing the second time', async () => {
    const before = await snapshot(caseId);
    const audits = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, 'case.anonymised')))[0].n;
    const n = await audits();
    await db().transaction((tx) => anonymiseCase(tx, caseId, 'żądanie RODO/2027/0001'));
    expect(await snapshot(caseId)).toEqual(before);
    expect(await audits()).toBe(n);
  });
});
