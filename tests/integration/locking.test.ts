import { and, count, eq, is, isNull, type SQL } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import * as schema from '@/db/schema';
import {
  auditLog,
  caseDiagnoses,
  caseEvaluations,
  caseMembers,
  caseReferrals,
  cases,
  caseTeam,
  catalogueSubsteps,
  catalogueVersions,
  costRates,
  documentRevisions,
  documents,
  documentTemplates,
  evaluationAnswers,
  goodPractices,
  dataRequests,
  institutionRetention,
  institutions,
  ipps,
  ippTasks,
  ippTaskUpdates,
  materials,
  notificationGminas,
  notifications,
  pzkDecisions,
  pzkInstitutionProfiles,
  pzkMeetings,
  pzkMembers,
  pzkWorkPlans,
  pzkWorkPlanVersions,
  retentionItems,
  retentionRules,
  scheduleItems,
  services,
  trackEvents,
  trainings,
  coachingSessions,
  staffProfiles,
  zzkDecisions,
  zzkMeetings,
  localDiagnoses,
  questionnaireTemplates,
  regionalEvaluations,
  regionalEvents,
  wzkDecisions,
  wzkMeetings,
} from '@/db/schema';
import { saveCostRate } from '@/lib/calculator/service';
import { announceEnd, closeCase, recordExtension, saveHouseholdMember, saveReferral, saveTeam } from '@/lib/cases/cases';
import { saveDiagnosis } from '@/lib/cases/diagnosis';
import { saveEvaluation } from '@/lib/cases/evaluation';
import { createNextIpp, saveContract, saveIpp } from '@/lib/cases/ipp';
import { reportTask } from '@/lib/cases/team-work';
import { decideQualification } from '@/lib/cases/qualification';
import { createDocument, getDocument, saveDraft } from '@/lib/documents/documents';
import { currentTemplate } from '@/lib/documents/store';
import { saveTemplateVersion } from '@/lib/documents/templates';
import { saveAnswers } from '@/lib/evaluation/evaluation';
import { resubmitNotification, reviewNotification, submitNotification } from '@/lib/implementations/notifications';
import { getTrack, updateItemStatus } from '@/lib/implementations/tracks';
import { createInstitution, getInstitution, updateInstitution } from '@/lib/institutions/institutions';
import { createMaterial, deleteMaterial, updateMaterial } from '@/lib/materials/materials';
import { editSubstep, getCatalogue } from '@/lib/model/catalogue';
import { proposePractice, publishPractice, updatePractice } from '@/lib/practices/practices';
import { addDecision, saveMeeting, saveMinutes, setDecisionStatus } from '@/lib/pzk/meetings';
import { acceptMember, addMember, removeMember, saveProfile } from '@/lib/pzk/members';
import { saveWorkPlan } from '@/lib/pzk/work-plan';
import { closeAttendance, saveTraining } from '@/lib/school/trainings';
import { approveBatch, getRetentionRules, liftHold, markRetention, placeHold, saveInstitutionRetention, saveRetentionRule } from '@/lib/retention/retention';
import { completeRequest, decideRequest, registerRequest } from '@/lib/rodo/requests';
import { createPzkService, updatePzkService } from '@/lib/services/services';
import { recordZzkMeeting, setZzkDecisionStatus, updateZzkMeeting } from '@/lib/cases/zzk';
import { deleteCoachingSession, saveCoachingSession } from '@/lib/coaching/coaching';
import { saveMyProfile } from '@/lib/staff/staff';
import { createDiagnosis, saveDiagnosis as saveLocalDiagnosis } from '@/lib/diagnosis/diagnoses';
import { saveTemplateVersion as saveQuestionnaireVersion } from '@/lib/questionnaires/templates';
import { saveWzkMeeting, saveWzkMinutes, setWzkDecisionStatus } from '@/lib/wzk/meetings';
import { saveRegionalEvaluation } from '@/lib/wzk/evaluation';
import { saveEvent } from '@/lib/events/events';
import { CASE_TODAY, caseSetup, type CaseSetup, diagnosisInput, goalInput, ippInput, newCase, qualifiedCase, referralInput, taskInput } from '../case-factories';
import { makeActor, makeInstitution, makeNationalAdmin, PODLASKIE, uid, unit } from '../factories';
import { notificationFor } from '../implementation-factories';

/*
 * Optimistic locking on every record with a `version` column: a save based on a stale version is
 * refused with CONFLICT and writes nothing (the row, its dependants and the audit log stay as they
 * were). The meta-test below reads the schema, so a new versioned table without an entry in
 * STALE_SAVE_REFUSED fails the suite. The races run on PostgreSQL only: PGlite has one connection,
 * so "concurrent" saves there run one after another and prove nothing more than the tests above.
 *
 * Gminas of this file: 2003042 and 2003052 (powiat bielski), 2004022 (a notification of powiat grajewski).
 */

const db = () => getDb();
let s: CaseSetup;

beforeAll(async () => {
  s = await caseSetup(['2003042', '2003052']);
}, 300_000);

type Watched = [PgTable, SQL];

const snapshot = async (watched: Watched[]) => ({
  rows: await Promise.all(watched.map(([table, where]) => db().select().from(table).where(where))),
  audit: (await db().select({ n: count() }).from(auditLog))[0].n,
});

/**
 * Every save is refused with CONFLICT, and afterwards the watched rows (and the audit log) are
 * exactly as before: nothing was half-written.
 */
async function staleRefused(watched: Watched[], ...saves: (() => Promise<unknown>)[]) {
  const before = await snapshot(watched);
  expect(before.rows.every((r) => r.length > 0), 'every watched row exists before the stale save').toBe(true);
  for (const [i, save] of saves.entries()) {
    const outcome = await save().then(
      () => 'saved',
      (e: { code?: string }) => e.code,
    );
    expect(outcome, `stale save ${i}`).toBe('CONFLICT');
  }
  expect(await snapshot(watched)).toEqual(before);
}

const caseRow = async (id: number) => (await db().select().from(cases).where(eq(cases.id, id)))[0];

const qualificationInput = (caseId: number, version: number) => ({
  caseId: String(caseId),
  version: String(version),
  decision: 'qualified',
  decidedOn: '2027-01-12',
  opinions: [{ institutionId: '', institutionName: 'Szkoła Podstawowa w Gminie', reason: 'Realna szansa na zmianę przy wsparciu kilku instytucji.' }],
  welfareVerifiedOn: '2027-01-08',
  pcprConsultedOn: '2027-01-10',
  criteria: ['chronic_crisis'],
  meetingId: '',
  refusalReason: '',
});

/** A qualified case with its first IPP created (version 1, no goals yet). */
async function caseWithIpp() {
  const made = await qualifiedCase(s);
  const { id: ippId } = await createNextIpp(s.gops, { caseId: made.caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' });
  const goals = (title: string) => [goalInput(made.mother, { title: `${title} (matka)` }), goalInput(made.son, { title: `${title} (syn)` })];
  return { ...made, ippId, goals };
}

const evaluationInput = (caseId: number, version: number, over: Record<string, unknown> = {}) => ({
  caseId: String(caseId),
  version: String(version),
  // Not after today (CASE_TODAY, 31.03.2027): a case record (lib/cases/date-rules.ts).
  evaluatedOn: '2027-03-30',
  results: [
    { goalKey: 'g-mother', scale: '8' },
    { goalKey: 'g-son', scale: '6' },
  ],
  outcome: 'goals_reached',
  summary: 'Rodzina osiągnęła cele IPP.',
  contactUntil: '2027-09-30',
  visitEveryMonths: '2',
  firstAidKit: 'Numery telefonów, plan dnia.',
  familyExpertName: 'Anna Nowak',
  notReachedPath: '',
  handoverInstitutionId: '',
  handoverInstitutionName: '',
  handoverWhat: '',
  inviteAsFamilyExpert: false,
  ...over,
});

const serviceEntry = (over: Record<string, unknown> = {}) => ({
  name: 'Grupa wsparcia dla osób starszych',
  description: 'Cotygodniowe spotkania z psychologiem i animatorem.',
  targetGroups: ['seniorzy'],
  areas: ['zdrowie'],
  providerName: 'Klub Seniora „Pogodna Jesień”',
  conditions: 'Ukończone 60 lat.',
  cost: 'bezpłatnie',
  place: 'Dom Kultury, ul. Szkolna 2',
  contact: 'tel. 85 711 00 00',
  referral: 'Zgłoszenie telefoniczne.',
  lastReviewedOn: '2026-10-01',
  ...over,
});

const meetingInput = (pzkId: number, over: Record<string, unknown> = {}) => ({
  pzkId,
  version: 0,
  kind: 'intervention',
  startsAt: '2027-05-10T10:00',
  durationMinutes: '120',
  place: 'Urząd Gminy, sala konferencyjna',
  onlineUrl: '',
  agendaResources: 'Zasoby instytucji',
  agendaCases: 'Konsultacje bieżących przypadków',
  agendaMethods: 'Genogram',
  ...over,
});

const workPlan = (topics: string) => ({
  ...Object.fromEntries(['goalsInstitutions', 'goalsHelping', 'meetings', 'interventionProcedure', 'topics', 'trainingsInternal', 'trainingsExternal', 'promotion'].map((k) => [k, ''])),
  goalsInstitutions: 'Wspólna diagnoza potrzeb rodzin w gminie',
  topics,
});

const trainingInput = (implementationId: number, over: Record<string, unknown> = {}) => ({
  version: 0,
  kind: 'basic',
  topic: 'Szkolenie podstawowe — zasady kooperacji',
  heldOn: '2027-02-15',
  place: 'ROPS, sala 12',
  trainer: 'Jadwiga Kołodziejczyk',
  description: 'Program szkolenia podstawowego.',
  implementationId: String(implementationId),
  step: '4',
  ...over,
});

const materialInput = { title: 'Jak pracować Modelem Kooperacji', summary: 'Wprowadzenie.', body: 'Współpraca zaczyna się od diagnozy.', visibility: 'public', tags: 'podstawy', steps: ['4'] };

async function practiceInput() {
  const g = await unit('2003042');
  return {
    name: 'Wspólny kalendarz spotkań zespołu',
    level: 'Etap pracy kooperacyjnej',
    area: 'Organizacja pracy PZK',
    description: 'Instytucje gminy uzgadniają terminy spotkań na cały rok.',
    conditions: 'Zawiązany PZK.',
    process: [{ text: 'Zebranie propozycji terminów.' }, { text: 'Uchwalenie kalendarza.' }],
    solution: 'Roczny kalendarz spotkań.',
    swotStrengths: 'Przewidywalność.',
    swotWeaknesses: 'Sztywność terminów.',
    swotOpportunities: 'Wspólny transport.',
    swotThreats: 'Zmiany kadrowe.',
    measures: 'Frekwencja powyżej 80%.',
    powiatId: String(g.powiatId),
    gminaId: String(g.gminaId),
    contact: 'GOPS, tel. 85 000 00 00',
  };
}

async function institutionForm() {
  const g = await unit('2003042');
  return { name: `Szkoła Podstawowa nr ${uid()}`, type: 'school', area: `g:${g.gminaId}`, street: 'ul. Szkolna 14', postalCode: '17-111', city: 'Boćki', nip: '', regon: '', email: '', phone: '' };
}

/**
 * The conflict test of each versioned table (by its SQL name): a save with a stale version gets
 * CONFLICT and changes nothing. Tables whose `version` numbers an append-only history (templates,
 * catalogue, work-plan history) are guarded by the edit that would write the next version.
 */
const STALE_SAVE_REFUSED: Record<string, () => Promise<void>> = {
  cases: async () => {
    const { caseId } = await qualifiedCase(s);
    const before = await caseRow(caseId);
    await recordExtension(s.gops, { caseId, version: before.version, until: '2028-04-30', reason: 'Decyzja PZK z 10.12.2027' });
    await staleRefused(
      [
        [cases, eq(cases.id, caseId)],
        [caseTeam, eq(caseTeam.caseId, caseId)],
      ],
      () => saveTeam(s.gops, { caseId, version: before.version, keyWorkerId: s.gops.userId, memberIds: [] }),
      () => recordExtension(s.socialWorker, { caseId, version: before.version, until: '2028-06-30', reason: 'Spóźniona decyzja' }),
      () => announceEnd(s.gops, { caseId, version: before.version, on: '2027-03-20', plannedEndOn: '2027-12-31' }),
      () => closeCase(s.gops, { caseId, version: before.version, closedOn: '2027-03-01', reason: 'koniec' }),
    );
    // The qualification is decided on the case's version too.
    const referred = await newCase(s);
    const { version } = await caseRow(referred.caseId);
    await saveTeam(s.gops, { caseId: referred.caseId, version, keyWorkerId: s.socialWorker.userId, memberIds: [s.memberRowId] });
    await staleRefused([[cases, eq(cases.id, referred.caseId)]], () => decideQualification(s.gops, qualificationInput(referred.caseId, version)));
  },

  case_members: async () => {
    const { caseId, mother } = await newCase(s);
    const member = { caseId, memberId: mother, firstName: 'Halina', lastName: 'Zięba', birthYear: '1972', relation: 'matka', pesel: '' };
    await saveHouseholdMember(s.gops, { ...member, version: 1, notes: 'Pierwsza zmiana' });
    await staleRefused([[caseMembers, eq(caseMembers.id, mother)]], () => saveHouseholdMember(s.socialWorker, { ...member, version: 1, notes: 'Spóźniona zmiana' }));
  },

  // The karta oczekiwań: the version is part of the UPDATE's WHERE.
  case_referrals: async () => {
    const { caseId } = await newCase(s);
    const karta = (version: number, situation: string) => ({ caseId, version, ...referralInput(s.pzk.id, s.socialWorker.userId, { situation }) });
    expect(await saveReferral(s.gops, karta(1, 'Opis uzupełniony przez animatora GOPS.'))).toEqual({ version: 2 });
    await staleRefused([[caseReferrals, eq(caseReferrals.caseId, caseId)]], () => saveReferral(s.socialWorker, karta(1, 'Opis pracownika, który nie widział zmiany.')));
    expect((await db().select().from(caseReferrals).where(eq(caseReferrals.caseId, caseId)))[0]).toMatchObject({ version: 2, situation: 'Opis uzupełniony przez animatora GOPS.', updatedBy: s.gops.userId });
  },

  case_diagnoses: async () => {
    const { caseId } = await qualifiedCase(s);
    await saveDiagnosis(s.gops, diagnosisInput(caseId, 0));
    const where = eq(caseDiagnoses.caseId, caseId);
    // Both the first save (an insert) and a later one (an update) name the version they saw.
    await staleRefused([[caseDiagnoses, where]], () => saveDiagnosis(s.socialWorker, diagnosisInput(caseId, 0, { causes: 'Druga pierwsza wersja' })));
    await saveDiagnosis(s.gops, diagnosisInput(caseId, 1, { causes: 'Uzupełniona diagnoza' }));
    await staleRefused([[caseDiagnoses, where]], () => saveDiagnosis(s.socialWorker, diagnosisInput(caseId, 1, { causes: 'Spóźniona diagnoza' })));
  },

  ipps: async () => {
    const { caseId, ippId, goals } = await caseWithIpp();
    expect(await saveIpp(s.gops, ippInput(caseId, ippId, 1, goals('Pierwsza')))).toEqual({ version: 2 });
    const contract = { caseId: String(caseId), ippId: String(ippId), version: '1', concludedOn: '2027-01-22', familyCommitments: 'Udział w spotkaniach', workerCommitments: 'Spotkania co miesiąc', institutionCommitments: '', consequences: '' };
    await staleRefused(
      [[ipps, eq(ipps.id, ippId)]],
      () => saveIpp(s.socialWorker, ippInput(caseId, ippId, 1, goals('Spóźniona'))),
      () => saveContract(s.socialWorker, contract),
    );
  },

  ipp_tasks: async () => {
    const { caseId, ippId, mother, son } = await caseWithIpp();
    const school = taskInput({ key: 't-school', institutionId: String(s.member.scope.institutionId), institutionName: '' });
    await saveIpp(s.gops, ippInput(caseId, ippId, 1, [goalInput(mother), goalInput(son, { tasks: [school] })]));
    const report = { caseId, ippId, taskKey: 't-school', version: 1, status: 'in_progress', notedOn: '2027-03-01', note: 'Pierwsze spotkanie.' };
    await reportTask(s.member, report);
    await staleRefused(
      [
        [ippTasks, and(eq(ippTasks.ippId, ippId), eq(ippTasks.taskKey, 't-school'))!],
        [ippTaskUpdates, eq(ippTaskUpdates.ippId, ippId)],
      ],
      () => reportTask(s.gops, { ...report, status: 'done', note: 'Spóźniona informacja.' }),
    );
  },

  case_evaluations: async () => {
    const { caseId, mother, son } = await qualifiedCase(s, '2027-01-12');
    const goal = (key: string, memberId: number) => ({ key, memberId, area: 'zdrowie', title: `Cel ${key}`, expectedEffect: 'Poprawa', baseline: 2, target: 7, tasks: [] });
    await db()
      .insert(ipps)
      .values({ caseId, sequence: 1, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person', goals: [goal('g-mother', mother), goal('g-son', son)] });
    await saveEvaluation(s.gops, evaluationInput(caseId, 0));
    const watched: Watched[] = [
      [caseEvaluations, eq(caseEvaluations.caseId, caseId)],
      [cases, eq(cases.id, caseId)],
    ];
    await staleRefused(watched, () => saveEvaluation(s.socialWorker, evaluationInput(caseId, 0, { summary: 'Druga pierwsza wersja' })));
    await saveEvaluation(s.gops, evaluationInput(caseId, 1, { summary: 'Poprawione podsumowanie.' }));
    await staleRefused(watched, () => saveEvaluation(s.socialWorker, evaluationInput(caseId, 1, { outcome: 'not_reached', notReachedPath: 'new_goals', summary: 'Spóźniona wersja' })));
  },

  documents: async () => {
    const { id } = await createDocument(s.pcpr, { kind: 'agreement_powiat_gmina', implementationId: s.tracks[0].implementationId });
    const d = await getDocument(s.pcpr, id);
    await saveDraft(s.pcpr, { documentId: id, version: d.document.version, content: { ...d.document.content, place: 'Bielsk Podlaski' } });
    await staleRefused(
      [
        [documents, eq(documents.id, id)],
        [documentRevisions, eq(documentRevisions.documentId, id)],
      ],
      () => saveDraft(s.pcpr, { documentId: id, version: d.document.version, content: { ...d.document.content, place: 'Boćki' } }),
    );
  },

  notifications: async () => {
    const pcpr = await makeActor('pcpr_animator', '2004');
    const input = await notificationFor(['2004022']);
    const { id } = await submitNotification(pcpr, input);
    await reviewNotification(s.rops, { id, version: 1, decision: 'return', comment: 'Uzupełnij grupę docelową.' });
    await staleRefused(
      [
        [notifications, eq(notifications.id, id)],
        [notificationGminas, eq(notificationGminas.notificationId, id)],
      ],
      () => resubmitNotification(pcpr, id, 1, { ...input, targetGroup: 'Rodziny z dziećmi — poprawione' }),
    );
  },

  schedule_items: async () => {
    const track = await getTrack(s.gops, s.tracks[0].id, '2027-01-10');
    const item = track.items.find((i) => i.substep.code === '2.1')!;
    await updateItemStatus(s.gops, { itemId: item.id, version: item.version, status: 'in_progress' });
    await staleRefused(
      [
        [scheduleItems, eq(scheduleItems.id, item.id)],
        [trackEvents, eq(trackEvents.trackId, s.tracks[0].id)],
      ],
      () => updateItemStatus(s.pcpr, { itemId: item.id, version: item.version, status: 'not_applicable', naReason: 'Spóźniona decyzja' }),
    );
  },

  institutions: async () => {
    const form = await institutionForm();
    const { id } = await createInstitution(s.pcpr, form);
    const { institution } = await getInstitution(s.pcpr, id);
    await updateInstitution(s.pcpr, { ...form, id, version: institution.version, area: institution.area, name: `${form.name} — pierwsza zmiana` });
    await staleRefused([[institutions, eq(institutions.id, id)]], () => updateInstitution(s.pcpr, { ...form, id, version: institution.version, area: institution.area, name: 'Druga zmiana' }));
  },

  catalogue_versions: async () => {
    const national = await makeNationalAdmin();
    const { catalogue } = await getCatalogue(national, 'rural');
    const s61 = catalogue.substeps.find((x) => x.code === '6.1')!;
    const edit = { versionId: catalogue.id, code: '6.1', name: 'Szkolenie podmiotów PZK (zmienione)', description: s61.description, startMonth: 4, durationMonths: 2, checklist: 'Punkt pierwszy', note: 'Dłuższe okno' };
    await editSubstep(national, edit);
    // An edit based on the version just superseded would write the next version again.
    await staleRefused(
      [
        [catalogueVersions, eq(catalogueVersions.variant, 'rural')],
        [catalogueSubsteps, eq(catalogueSubsteps.code, '6.1')],
      ],
      () => editSubstep(national, { ...edit, name: 'Spóźniona zmiana' }),
    );
  },

  document_templates: async () => {
    const national = await makeNationalAdmin();
    const v1 = await currentTemplate(db(), 'agreement_pzk');
    await saveTemplateVersion(national, { kind: 'agreement_pzk', baseVersion: v1.version, changeNote: 'Nowy tytuł', body: { ...v1.body, title: 'Porozumienie PZK (wersja 2)' } });
    await staleRefused([[documentTemplates, eq(documentTemplates.kind, 'agreement_pzk')]], () =>
      saveTemplateVersion(national, { kind: 'agreement_pzk', baseVersion: v1.version, changeNote: 'Spóźniona zmiana', body: { ...v1.body, title: 'Porozumienie PZK (spóźnione)' } }),
    );
  },

  pzk_members: async () => {
    const { id } = await addMember(s.gops, { pzkId: s.pzk.id, name: 'Jadwiga Ostrowska', function: 'Przewodnicząca ZI', teamRole: 'lzi_chair' });
    await acceptMember(s.pcpr, { memberId: id, version: 1 });
    await staleRefused([[pzkMembers, eq(pzkMembers.id, id)]], () => removeMember(s.pcpr, { memberId: id, version: 1 }));
  },

  pzk_institution_profiles: async () => {
    const institutionId = s.member.scope.institutionId!;
    const profile = (version: number, scope: string) => ({ pzkId: s.pzk.id, institutionId, version, scope, competences: 'Pedagog szkolny', legalLimits: 'Tajemnica', contactPerson: 'Maria Szkolna' });
    await saveProfile(s.member, profile(0, 'Edukacja'));
    const where = and(eq(pzkInstitutionProfiles.pzkId, s.pzk.id), eq(pzkInstitutionProfiles.institutionId, institutionId))!;
    await staleRefused([[pzkInstitutionProfiles, where]], () => saveProfile(s.pcpr, profile(0, 'Druga pierwsza wersja')));
    await saveProfile(s.member, profile(1, 'Edukacja i wychowanie'));
    await staleRefused([[pzkInstitutionProfiles, where]], () => saveProfile(s.pcpr, profile(1, 'Spóźniona wersja')));
  },

  services: async () => {
    const { id } = await createPzkService(s.pcpr, s.pzk.id, serviceEntry());
    await updatePzkService(s.pcpr, s.pzk.id, { ...serviceEntry({ cost: '10 zł' }), id, version: 1 });
    await staleRefused([[services, eq(services.id, id)]], () => updatePzkService(s.gops, s.pzk.id, { ...serviceEntry({ cost: '20 zł' }), id, version: 1 }));
  },

  pzk_work_plans: async () => {
    await saveWorkPlan(s.pcpr, { pzkId: s.pzk.id, version: 0, content: workPlan('Przemoc domowa') });
    const where = eq(pzkWorkPlans.pzkId, s.pzk.id);
    await staleRefused([[pzkWorkPlans, where]], () => saveWorkPlan(s.pcpr, { pzkId: s.pzk.id, version: 0, content: workPlan('Druga pierwsza wersja') }));
    await saveWorkPlan(s.pcpr, { pzkId: s.pzk.id, version: 1, content: workPlan('Przemoc domowa; uzależnienia') });
    await staleRefused([[pzkWorkPlans, where]], () => saveWorkPlan(s.pcpr, { pzkId: s.pzk.id, version: 1, content: workPlan('Spóźniona wersja') }));
  },

  // The history of the work plan: a stale save adds no version to it.
  pzk_work_plan_versions: async () => {
    const pzkId = s.otherPzk.id;
    await saveWorkPlan(s.pcpr, { pzkId, version: 0, content: workPlan('Pierwsza wersja') });
    await staleRefused(
      [
        [pzkWorkPlanVersions, eq(pzkWorkPlanVersions.pzkId, pzkId)],
        [pzkWorkPlans, eq(pzkWorkPlans.pzkId, pzkId)],
      ],
      () => saveWorkPlan(s.pcpr, { pzkId, version: 0, content: workPlan('Druga pierwsza wersja') }),
    );
  },

  pzk_meetings: async () => {
    const { id } = await saveMeeting(s.pcpr, meetingInput(s.pzk.id));
    await saveMeeting(s.gops, meetingInput(s.pzk.id, { meetingId: id, version: 1, place: 'Sala GOPS' }));
    await staleRefused(
      [[pzkMeetings, eq(pzkMeetings.id, id)]],
      () => saveMeeting(s.pcpr, meetingInput(s.pzk.id, { meetingId: id, version: 1, place: 'Sala PCPR' })),
      () => saveMinutes(s.pcpr, { pzkId: s.pzk.id, meetingId: id, version: 1, minutes: 'Spóźniony protokół', publish: true }),
    );
  },

  pzk_decisions: async () => {
    const { id: meetingId } = await saveMeeting(s.pcpr, meetingInput(s.pzk.id));
    const { id } = await addDecision(s.pcpr, { pzkId: s.pzk.id, meetingId, text: 'Przygotować listę usług', ownerMemberId: s.memberRowId, dueOn: '2027-06-01' });
    await setDecisionStatus(s.pcpr, { pzkId: s.pzk.id, decisionId: id, version: 1, status: 'done' });
    await staleRefused([[pzkDecisions, eq(pzkDecisions.id, id)]], () => setDecisionStatus(s.gops, { pzkId: s.pzk.id, decisionId: id, version: 1, status: 'open' }));
  },

  trainings: async () => {
    const implementationId = s.tracks[0].implementationId!;
    const { id } = await saveTraining(s.rops, trainingInput(implementationId));
    await saveTraining(s.rops, trainingInput(implementationId, { trainingId: id, version: 1, topic: 'Szkolenie podstawowe Szkoły Kooperacji' }));
    await staleRefused(
      [[trainings, eq(trainings.id, id)]],
      () => saveTraining(s.rops, trainingInput(implementationId, { trainingId: id, version: 1, topic: 'Spóźniona zmiana' })),
      () => closeAttendance(s.rops, { trainingId: id, version: 1 }),
    );
  },

  materials: async () => {
    const m = await createMaterial(s.rops, materialInput);
    await updateMaterial(s.rops, { ...materialInput, id: m.id, version: m.version, title: 'Podstawy — wersja 2' });
    await staleRefused(
      [[materials, eq(materials.id, m.id)]],
      () => updateMaterial(s.rops, { ...materialInput, id: m.id, version: m.version, title: 'Stara wersja' }),
      () => deleteMaterial(s.rops, { id: m.id, version: m.version }),
    );
  },

  good_practices: async () => {
    const input = await practiceInput();
    const p = await proposePractice(s.gops, input);
    await updatePractice(s.rops, { ...input, id: p.id, version: p.version, name: 'Wspólny roczny kalendarz spotkań' });
    await staleRefused(
      [[goodPractices, eq(goodPractices.id, p.id)]],
      () => updatePractice(s.rops, { ...input, id: p.id, version: p.version, name: 'Spóźniona zmiana' }),
      () => publishPractice(s.rops, { id: p.id, version: p.version }),
    );
  },

  evaluation_answers: async () => {
    const implementationId = s.tracks[0].implementationId!;
    const answers = (text: string) => ({ '1': text });
    await saveAnswers(s.gops, { implementationId, version: 0, answers: answers('Tak, w dwóch rodzinach.'), recommendations: 'Kontynuować.' });
    const where = eq(evaluationAnswers.implementationId, implementationId);
    await staleRefused([[evaluationAnswers, where]], () => saveAnswers(s.pcpr, { implementationId, version: 0, answers: answers('Druga pierwsza wersja'), recommendations: 'x' }));
    await saveAnswers(s.pcpr, { implementationId, version: 1, answers: answers('Tak, w dwóch rodzinach na trzy.'), recommendations: 'Kontynuować pracę Modelem.' });
    await staleRefused([[evaluationAnswers, where]], () => saveAnswers(s.gops, { implementationId, version: 1, answers: answers('Spóźniona wersja'), recommendations: '' }));
  },

  cost_rates: async () => {
    const rate = (version: number, amount: string) => ({ key: 'care_service_hour', amount, unit: 'zł / godzinę', source: 'Uchwała Rady Gminy', version });
    await saveCostRate(s.rops, rate(0, '48'));
    const where = and(eq(costRates.voivodeshipId, s.rops.scope.voivodeshipId), eq(costRates.key, 'care_service_hour'))!;
    await staleRefused([[costRates, where]], () => saveCostRate(s.rops, rate(0, '50')));
    await saveCostRate(s.rops, rate(1, '49'));
    await staleRefused([[costRates, where]], () => saveCostRate(s.rops, rate(1, '51')));
  },

  // Issue 16: the data lifecycle.
  retention_rules: async () => {
    const national = await makeNationalAdmin();
    const rule = (await getRetentionRules(national)).rules.find((r) => r.kind === 'family_case')!;
    const input = { kind: 'family_case', version: rule.version, category: 'B', years: '10', symbol: '', basis: 'Kategoria B10 według JRWA.' };
    await saveRetentionRule(national, input);
    await staleRefused([[retentionRules, eq(retentionRules.kind, 'family_case')]], () => saveRetentionRule(national, { ...input, years: '25', basis: 'Spóźniona zmiana' }));
  },

  institution_retention: async () => {
    const { id: inst } = await makeInstitution('2003042', 'ops');
    await saveInstitutionRetention(s.gops, { institutionId: String(inst), version: '0', category: 'BE', years: '5', symbol: '5131', basis: 'Instrukcja kancelaryjna' });
    await staleRefused([[institutionRetention, eq(institutionRetention.institutionId, inst)]], () => saveInstitutionRetention(s.gops, { institutionId: String(inst), version: '0', category: 'B', years: '3' }));
  },

  // A destruction batch names each item with the version the page showed: a hold placed and lifted meanwhile makes it stale.
  retention_items: async () => {
    const { caseId } = await newCase(s);
    await db().update(cases).set({ status: 'closed', closedOn: '2014-06-30' }).where(eq(cases.id, caseId));
    await markRetention(db(), CASE_TODAY);
    const [item] = await db().select().from(retentionItems).where(eq(retentionItems.caseId, caseId));
    const rops = await makeActor('rops_admin', PODLASKIE);
    const { id: holdId } = await placeHold(rops, { caseId: String(caseId), reason: 'Kontrola NIK', until: '2027-12-31' });
    await liftHold(rops, { holdId: String(holdId) });
    await staleRefused(
      [
        [retentionItems, eq(retentionItems.id, item.id)],
        [cases, eq(cases.id, caseId)],
      ],
      () => approveBatch(rops, { itemIds: [`${item.id}:${item.version}`], consentNumber: 'AP-BS.4231.1.2027', consentDate: '2027-03-01' }),
    );
  },

  data_requests: async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const { id } = await registerRequest(rops, { kind: 'objection', requesterName: 'Jan Nowak', requesterContact: '', receivedOn: '2027-03-15', caseNumber: '', caseMemberId: '', subject: 'Sprzeciw wobec przetwarzania.' });
    await decideRequest(rops, { id: String(id), version: '1', decision: 'granted', legalBasis: '', decisionNote: 'Uwzględniono.', decidedOn: '2027-03-20' });
    await staleRefused([[dataRequests, eq(dataRequests.id, id)]], () => completeRequest(rops, { id: String(id), version: '1', doneOn: '2027-03-21' }));
  },

  // Kooperacje 3D (issue 17): a ZZK meeting and its decisions, coaching sessions, staff profiles.
  zzk_meetings: async () => {
    const { caseId } = await qualifiedCase(s);
    const input = { caseId: String(caseId), heldOn: '2027-02-10', familyPresent: 'yes', presentMemberIds: [String(s.memberRowId)], otherParticipants: '', summary: 'Pierwsze spotkanie zespołu z rodziną.', decisions: [] };
    const { id } = await recordZzkMeeting(s.socialWorker, input);
    await updateZzkMeeting(s.gops, { ...input, meetingId: String(id), version: '1', summary: 'Poprawiony opis spotkania.' });
    await staleRefused([[zzkMeetings, eq(zzkMeetings.id, id)]], () => updateZzkMeeting(s.socialWorker, { ...input, meetingId: String(id), version: '1', familyPresent: 'no' }));
  },

  zzk_decisions: async () => {
    const { caseId } = await qualifiedCase(s);
    const { id } = await recordZzkMeeting(s.socialWorker, {
      caseId: String(caseId),
      heldOn: '2027-02-11',
      familyPresent: 'no',
      presentMemberIds: [],
      otherParticipants: '',
      summary: 'Spotkanie bez rodziny.',
      decisions: [{ id: '', text: 'Wizyta w szkole', ownerMemberId: String(s.memberRowId), dueOn: '' }],
    });
    const [decision] = await db().select().from(zzkDecisions).where(eq(zzkDecisions.meetingId, id));
    await setZzkDecisionStatus(s.member, { caseId: String(caseId), decisionId: String(decision.id), version: '1', done: 'true' });
    await staleRefused([[zzkDecisions, eq(zzkDecisions.id, decision.id)]], () => setZzkDecisionStatus(s.socialWorker, { caseId: String(caseId), decisionId: String(decision.id), version: '1', done: 'false' }));
  },

  coaching_sessions: async () => {
    const input = { pzkId: s.pzk.id, version: 0, kind: 'supervision', heldOn: '2027-03-10', hours: '2', leader: 'Superwizor zewnętrzny', participants: 'Pracownicy socjalni', participantCount: '4', topic: '' };
    const { id } = await saveCoachingSession(s.gops, input);
    await saveCoachingSession(s.gops, { ...input, sessionId: id, version: 1, hours: '2,5' });
    await staleRefused(
      [[coachingSessions, eq(coachingSessions.id, id)]],
      () => saveCoachingSession(s.pcpr, { ...input, sessionId: id, version: 1, hours: '3' }),
      () => deleteCoachingSession(s.pcpr, { pzkId: s.pzk.id, sessionId: id, version: 1 }),
    );
  },

  staff_profiles: async () => {
    const input = { version: '0', qualifications: 'Praca socjalna', specialisation: 'first', specialisationArea: 'praca z rodziną', competences: { cooperation: '4' }, developmentPath: '' };
    await saveMyProfile(s.socialWorker, input);
    await staleRefused([[staffProfiles, eq(staffProfiles.userId, s.socialWorker.userId)]], () => saveMyProfile(s.socialWorker, { ...input, qualifications: 'Z drugiej karty' }));
  },

  // The regional level (issue 18): the local diagnosis, questionnaire templates, the WZK's meetings,
  // decisions and regional evaluation, the województwo's events.
  local_diagnoses: async () => {
    const gminaIds = [(await unit('2003042')).gminaId!];
    const { id } = await createDiagnosis(s.pcpr, { title: 'Diagnoza 2027', madeOn: '2027-01-15', gminaIds });
    const input = (version: number, problems: string) => ({ diagnosisId: id, version, title: 'Diagnoza 2027', madeOn: '2027-01-15', problems, needs: '', resources: '', servicesAvailable: '', missing: '', targetGroup: '', gminas: [{ gminaId: gminaIds[0], figures: { population: '4000' } }] });
    await saveLocalDiagnosis(s.pcpr, input(1, 'Bezrobocie.'));
    await staleRefused([[localDiagnoses, eq(localDiagnoses.id, id)]], () => saveLocalDiagnosis(s.pcpr, input(1, 'Spóźniona zmiana.')));
  },

  questionnaire_templates: async () => {
    const [base] = await getDb().select().from(questionnaireTemplates).where(and(eq(questionnaireTemplates.key, 'rodziny'), isNull(questionnaireTemplates.voivodeshipId)));
    const input = { baseId: base.id, key: base.key, audience: base.audience, title: 'Ankieta dla rodzin — wersja województwa', intro: base.intro, questions: base.questions };
    await saveQuestionnaireVersion(s.rops, input);
    // A second version from the same (now old) base: the first one's author would be overwritten.
    await staleRefused([[questionnaireTemplates, eq(questionnaireTemplates.key, 'rodziny')]], () => saveQuestionnaireVersion(s.rops, { ...input, title: 'Spóźniona wersja' }));
  },

  wzk_meetings: async () => {
    const meeting = { startsAt: '2027-03-20T10:00', durationMinutes: '120', place: 'ROPS', onlineUrl: '', agenda: 'Postępy PZK' };
    const { id } = await saveWzkMeeting(s.rops, { version: 0, ...meeting });
    await saveWzkMeeting(s.rops, { meetingId: id, version: 1, ...meeting, place: 'ROPS, sala 12' });
    await staleRefused(
      [[wzkMeetings, eq(wzkMeetings.id, id)]],
      () => saveWzkMeeting(s.rops, { meetingId: id, version: 1, ...meeting, place: 'Spóźniona zmiana' }),
      () => saveWzkMinutes(s.rops, { meetingId: id, version: 1, minutes: 'Spóźniony protokół', publish: false }),
    );
  },

  wzk_decisions: async () => {
    const { id: meetingId } = await saveWzkMeeting(s.rops, { version: 0, startsAt: '2027-03-21T10:00', durationMinutes: '120', place: 'ROPS', onlineUrl: '', agenda: '' });
    // Owners are parties of a signed regional agreement (none in this setup): the decision is written directly.
    const [d] = await getDb().insert(wzkDecisions).values({ meetingId, text: 'Przygotować rekomendacje do OZPS', ownerName: 'Województwo', dueOn: '2027-06-30' }).returning();
    await setWzkDecisionStatus(s.rops, { decisionId: d.id, version: d.version, status: 'done' });
    await staleRefused([[wzkDecisions, eq(wzkDecisions.id, d.id)]], () => setWzkDecisionStatus(s.rops, { decisionId: d.id, version: d.version, status: 'open' }));
  },

  regional_evaluations: async () => {
    await saveRegionalEvaluation(s.rops, { year: 2027, version: 0, evaluation: 'Pierwsza ocena.' });
    await saveRegionalEvaluation(s.rops, { year: 2027, version: 1, evaluation: 'Druga ocena.' });
    await staleRefused(
      [[regionalEvaluations, and(eq(regionalEvaluations.voivodeshipId, s.rops.scope.voivodeshipId), eq(regionalEvaluations.year, 2027))!]],
      () => saveRegionalEvaluation(s.rops, { year: 2027, version: 1, evaluation: 'Spóźniona ocena.' }),
    );
  },

  regional_events: async () => {
    const event = { kind: 'conference', title: 'Konferencja o kooperacji', description: '', startsAt: '2027-05-15T10:00', endsAt: '2027-05-15T14:00', place: 'ROPS', onlineUrl: '', flags: ['public', 'registration'], capacity: '3' };
    const { id } = await saveEvent(s.rops, { version: 0, ...event });
    await saveEvent(s.rops, { eventId: id, version: 1, ...event, title: 'Konferencja o kooperacji 2027' });
    await staleRefused([[regionalEvents, eq(regionalEvents.id, id)]], () => saveEvent(s.rops, { eventId: id, version: 1, ...event, title: 'Spóźniona zmiana' }));
  },
};

/** The SQL names of the tables that have a `version` column, read from the drizzle schema. */
function versionedTables(): string[] {
  return (Object.values(schema) as unknown[])
    .filter((x): x is PgTable => is(x, PgTable))
    .map((t) => getTableConfig(t))
    .filter((c) => c.columns.some((col) => col.name === 'version'))
    .map((c) => c.name)
    .sort();
}

describe('locking on every versioned record', () => {
  it('every table with a version column has a stale-save test here (and no test names a table without one)', () => {
    const versioned = versionedTables();
    // The schema is read for real: the tables this issue started from are among them.
    expect(versioned).toEqual(expect.arrayContaining(['case_referrals', 'case_diagnoses', 'ipps', 'documents']));
    expect(versioned.filter((t) => !(t in STALE_SAVE_REFUSED)), 'versioned tables without a conflict test').toEqual([]);
    expect(Object.keys(STALE_SAVE_REFUSED).filter((t) => !versioned.includes(t)), 'conflict tests of tables without a version column').toEqual([]);
  });

  describe('a save with a stale version gets CONFLICT and writes nothing', () => {
    for (const [table, test] of Object.entries(STALE_SAVE_REFUSED)) it(table, test, 120_000);
  });
});

/**
 * Three saves of the same version at once: exactly one wins, two get CONFLICT, the stored record
 * is the winner's. Needs real concurrent connections.
 */
async function race<T>(saves: (() => Promise<T>)[]) {
  const results = await Promise.allSettled(saves.map((save) => save()));
  const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as { code?: string }).code ?? String(r.reason));
  expect(won, 'saves that won').toHaveLength(1);
  expect(lost).toEqual(['CONFLICT', 'CONFLICT']);
  return won[0];
}

describe.runIf(process.env.TEST_DB_BACKEND === 'postgres')('three concurrent saves of one version (PostgreSQL)', () => {
  it('the karta oczekiwań: exactly one of three wins, the stored referral is the winner’s', async () => {
    const { caseId } = await newCase(s);
    const actors = [s.gops, s.socialWorker, s.pcpr];
    const texts = actors.map((_, i) => `Sytuacja opisana przez osobę ${i + 1}.`);
    const winner = await race(actors.map((a, i) => () => saveReferral(a, { caseId, version: 1, ...referralInput(s.pzk.id, s.socialWorker.userId, { situation: texts[i] }) })));
    const [stored] = await db().select().from(caseReferrals).where(eq(caseReferrals.caseId, caseId));
    expect(stored).toMatchObject({ version: 2, situation: texts[winner], updatedBy: actors[winner].userId });
  });

  it('the IPP: exactly one of three wins, the stored goals are the winner’s', async () => {
    const { caseId, ippId, goals } = await caseWithIpp();
    const attempts = ['GOPS', 'pracownik', 'PCPR'].map((who) => goals(who));
    const actors = [s.gops, s.socialWorker, s.pcpr];
    const winner = await race(actors.map((a, i) => () => saveIpp(a, ippInput(caseId, ippId, 1, attempts[i]))));
    const [stored] = await db().select().from(ipps).where(eq(ipps.id, ippId));
    expect(stored.version).toBe(2);
    expect(stored.updatedBy).toBe(actors[winner].userId);
    expect(stored.goals.map((g) => [g.key, g.title])).toEqual(attempts[winner].map((g) => [g.key, g.title]));
  });

  it('the diagnosis: exactly one of three first saves wins, then one of three edits', async () => {
    const { caseId } = await qualifiedCase(s);
    const actors = [s.gops, s.socialWorker, s.pcpr];
    const first = await race(actors.map((a, i) => () => saveDiagnosis(a, diagnosisInput(caseId, 0, { causes: `Przyczyny według osoby ${i + 1}` }))));
    expect((await db().select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId)))[0]).toMatchObject({ version: 1, causes: `Przyczyny według osoby ${first + 1}`, updatedBy: actors[first].userId });
    const edit = await race(actors.map((a, i) => () => saveDiagnosis(a, diagnosisInput(caseId, 1, { causes: `Poprawka osoby ${i + 1}` }))));
    expect((await db().select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId)))[0]).toMatchObject({ version: 2, causes: `Poprawka osoby ${edit + 1}`, updatedBy: actors[edit].userId });
  });

  it('a document draft: exactly one of three wins, one revision is added, the stored content is the winner’s', async () => {
    const { id } = await createDocument(s.pcpr, { kind: 'agreement_powiat_gmina', implementationId: s.tracks[0].implementationId });
    const d = await getDocument(s.pcpr, id);
    const places = ['Bielsk Podlaski', 'Boćki', 'Brańsk'];
    const winner = await race(places.map((place) => () => saveDraft(s.pcpr, { documentId: id, version: d.document.version, content: { ...d.document.content, place } })));
    const [stored] = await db().select().from(documents).where(eq(documents.id, id));
    expect(stored).toMatchObject({ version: d.document.version + 1, revision: d.document.revision + 1 });
    expect(stored.content.place).toBe(places[winner]);
    expect(await db().select().from(documentRevisions).where(eq(documentRevisions.documentId, id))).toHaveLength(2);
  });

  it('the case itself (key worker and team): exactly one of three wins', async () => {
    const { caseId } = await qualifiedCase(s);
    const { version } = await caseRow(caseId);
    const until = ['2028-03-31', '2028-04-30', '2028-05-31'];
    const winner = await race(until.map((u) => () => recordExtension(s.gops, { caseId, version, until: u, reason: `Decyzja PZK: do ${u}` })));
    expect(await caseRow(caseId)).toMatchObject({ version: version + 1, extensionUntil: until[winner] });
  });
});
