import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { institutions, occurrences, pzkWorkPlans, scheduleItems, trainings } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { createCase, getCaseOverview } from '@/lib/cases/cases';
import { getDiagnosis } from '@/lib/cases/diagnosis';
import { getEvaluation } from '@/lib/cases/evaluation';
import { listIpps } from '@/lib/cases/ipp';
import { getMonitoring } from '@/lib/cases/monitoring';
import { getQualification } from '@/lib/cases/qualification';
import { exportCase } from '@/lib/cases/export';
import { referralPdf } from '@/lib/cases/pdf';
import { getDocument } from '@/lib/documents/documents';
import { documentPdf } from '@/lib/documents/pdf';
import { evaluationReportPdf } from '@/lib/evaluation/documents';
import { getReport, listActivities } from '@/lib/evaluation/evaluation';
import { addPzkPost, addRegionalPost, createPzkThread, getPzkThread, getRegionalThread, listPzkThreads } from '@/lib/forum/forum';
import { getNotification } from '@/lib/implementations/notifications';
import { getTrack, setOccurrence, updateItemStatus } from '@/lib/implementations/tracks';
import { getInstitution, updateInstitution } from '@/lib/institutions/institutions';
import { loadPzk } from '@/lib/pzk/pzk';
import { getMeeting, listMeetings, saveMeeting } from '@/lib/pzk/meetings';
import { addMember, contactList, getProfiles, getPzkTeam } from '@/lib/pzk/members';
import { contactListPdf } from '@/lib/pzk/pdf';
import { getWorkPlan, saveWorkPlan } from '@/lib/pzk/work-plan';
import { WORK_PLAN_SECTIONS } from '@/lib/pzk/work-plan-sections';
import { getGminaPage } from '@/lib/territory/queries';
import { getTraining, saveTraining } from '@/lib/school/trainings';
import { referralInput } from '../case-factories';
import { JANOW } from '../factories';
import { m, meetingBase, row, trainingInput, type MatrixRow, type RowModule } from './fixture';

/** The first rows: cases, documents, PZK pages, meetings, forum, tracks, institutions, territory, school, evaluation. */
/** Adds a person to Janów's team; fails unless it was (or was not) only a proposal. */
async function addPerson(a: Actor, proposal: boolean) {
  const r = await addMember(a, { pzkId: m.s.pzk.id, institutionId: '', name: 'Anna Żółkiewska', function: 'Psycholog', teamRole: 'invited', email: '' });
  if (r.proposed !== proposal) throw new Error(proposal ? 'added straight to the team, not proposed' : 'only proposed');
  return r;
}

async function saveWorkPlanNow(a: Actor) {
  const [plan] = await getDb().select({ version: pzkWorkPlans.version }).from(pzkWorkPlans).where(eq(pzkWorkPlans.pzkId, m.s.pzk.id));
  return saveWorkPlan(a, { pzkId: m.s.pzk.id, version: plan?.version ?? 0, content: Object.fromEntries(WORK_PLAN_SECTIONS.map((x) => [x.key, 'Spotkania co miesiąc'])) });
}

async function editSchool(a: Actor) {
  const [i] = await getDb().select().from(institutions).where(eq(institutions.id, m.school.id));
  return updateInstitution(a, { id: i.id, version: i.version, name: i.name, type: i.type, area: `g:${i.gminaId}`, street: 'ul. Nowa 2', postalCode: '16-130', city: 'Janów', nip: '', regon: '', email: '', phone: '' });
}

const currentItem = async () => (await getDb().select().from(scheduleItems).where(eq(scheduleItems.trackId, m.trackId)).orderBy(scheduleItems.id).limit(1))[0];
let startsAtMinute = 0;
/** A distinct start time for every new meeting the matrix plans. */
const nextStart = () => `2027-07-01T${String(8 + Math.floor(startsAtMinute / 60)).padStart(2, '0')}:${String(startsAtMinute++ % 60).padStart(2, '0')}`;

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  // Cases: the key worker, the team, the PCPR animator of the powiat and the GOPS animator of the
  // gmina; ROPS only with a stated purpose. Everyone else: not found, never forbidden.
  { fn: 'lib/cases/cases.ts#getCaseOverview', role: 'gops_animator', call: (a) => getCaseOverview(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/cases.ts#getCaseOverview', role: 'pcpr_animator', call: (a) => getCaseOverview(a, m.caseId), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/cases.ts#getCaseOverview', role: 'councillor', call: (a) => getCaseOverview(a, m.caseId), expect: row('NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'a councillor of the gmina is not on the case team' },
  { fn: 'lib/cases/cases.ts#getCaseOverview', role: 'rops_adviser', call: (a) => getCaseOverview(a, m.caseId), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS at home: purpose required (FORBIDDEN)' },
  { fn: 'lib/cases/diagnosis.ts#getDiagnosis', role: 'gops_animator', call: (a) => getDiagnosis(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/qualification.ts#getQualification', role: 'gops_animator', call: (a) => getQualification(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/ipp.ts#listIpps', role: 'gops_animator', call: (a) => listIpps(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/monitoring.ts#getMonitoring', role: 'gops_animator', call: (a) => getMonitoring(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/evaluation.ts#getEvaluation', role: 'gops_animator', call: (a) => getEvaluation(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/diagnosis.ts#getDiagnosis', role: 'pzk_member', call: (a) => getDiagnosis(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'inside: the member on the case team reads it' },
  { fn: 'lib/cases/export.ts#exportCase', role: 'gops_animator', call: (a) => exportCase(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/pdf.tsx#referralPdf', role: 'gops_animator', call: (a) => referralPdf(a, m.caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  // Referring a family to Janów's PZK: any PZK institution of the gmina that has signed.
  // The PZK is looked up first: whoever does not take part in it (the national administrator
  // included) does not find it; a guest or a role that never refers is refused.
  { fn: 'lib/cases/cases.ts#createCase', role: 'gops_animator', call: (a) => createCase(a, referralInput(m.s.pzk.id, m.s.socialWorker.userId)), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/cases.ts#createCase', role: 'pzk_member', call: (a) => createCase(a, referralInput(m.s.pzk.id, m.s.socialWorker.userId)), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a signed member institution refers' },
  { fn: 'lib/cases/cases.ts#createCase', role: 'family_expert', call: (a) => createCase(a, referralInput(m.s.pzk.id, m.s.socialWorker.userId)), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'family experts take part in the PZK but do not refer' },
  { fn: 'lib/cases/cases.ts#createCase', role: 'rops_adviser', call: (a) => createCase(a, referralInput(m.s.pzk.id, m.s.socialWorker.userId)), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS observes, it does not refer' },

  // Documents: where they apply; a PZK agreement in its gmina (and to the institutions that are parties).
  { fn: 'lib/documents/documents.ts#getDocument', role: 'gops_animator', call: (a) => getDocument(a, m.agreementId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'the guest institution lies in Janów: a PZK document of its gmina is readable' },
  { fn: 'lib/documents/documents.ts#getDocument', role: 'pzk_member', call: (a) => getDocument(a, m.agreementId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/documents/pdf.tsx#documentPdf', role: 'gops_animator', call: (a) => documentPdf(a, m.agreementId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },

  // PZK pages: guests read the non-personal pages; members the rest; the PCPR animator manages.
  { fn: 'lib/pzk/pzk.ts#loadPzk', role: 'gops_animator', call: (a) => loadPzk(a, m.s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/pzk.ts#loadPzk', role: 'rops_adviser', call: (a) => loadPzk(a, m.s.pzk.id), expect: row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/pzk.ts#loadPzk', role: 'wzk_member', call: (a) => loadPzk(a, m.s.pzk.id), expect: row('NOT_FOUND', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'WZK does not take part in PZKs' },
  { fn: 'lib/pzk/members.ts#getPzkTeam', role: 'gops_animator', call: (a) => getPzkTeam(a, m.s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#contactList', role: 'gops_animator', call: (a) => contactList(a, m.s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  // The PCPR animator adds a member; a member proposes one (the PCPR animator accepts it later).
  { fn: 'lib/pzk/members.ts#addMember', role: 'pcpr_animator', call: (a) => addPerson(a, false), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#addMember', role: 'gops_animator', call: (a) => addPerson(a, true), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'allow = a proposal only' },
  { fn: 'lib/pzk/members.ts#addMember', role: 'rops_adviser', call: (a) => addPerson(a, true), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS reads the team, changes nothing' },
  { fn: 'lib/pzk/members.ts#getProfiles', role: 'gops_animator', call: (a) => getProfiles(a, m.s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/pdf.tsx#contactListPdf', role: 'gops_animator', call: (a) => contactListPdf(a, m.s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/work-plan.ts#getWorkPlan', role: 'gops_animator', call: (a) => getWorkPlan(a, m.s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/work-plan.ts#getWorkPlan', role: 'rops_adviser', call: (a) => getWorkPlan(a, m.s.pzk.id), expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/work-plan.ts#saveWorkPlan', role: 'pcpr_animator', call: (a) => saveWorkPlanNow(a), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/work-plan.ts#saveWorkPlan', role: 'gops_animator', call: (a) => saveWorkPlanNow(a), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'the PZK\'s pages are kept by the PCPR animator' },
  { fn: 'lib/pzk/meetings.ts#listMeetings', role: 'gops_animator', call: (a) => listMeetings(a, m.s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#getMeeting', role: 'gops_animator', call: (a) => getMeeting(a, m.s.pzk.id, m.meetingId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#getMeeting', role: 'pzk_member', call: (a) => getMeeting(a, m.s.pzk.id, m.meetingId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#saveMeeting', role: 'gops_animator', call: (a) => saveMeeting(a, { ...meetingBase, pzkId: m.s.pzk.id, startsAt: nextStart() }), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#saveMeeting', role: 'pzk_member', call: (a) => saveMeeting(a, { ...meetingBase, pzkId: m.s.pzk.id, startsAt: nextStart() }), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'meetings are run by the animators' },
  { fn: 'lib/forum/forum.ts#getPzkThread', role: 'gops_animator', call: (a) => getPzkThread(a, m.s.pzk.id, m.threadId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#listPzkThreads', role: 'pzk_member', call: (a) => listPzkThreads(a, m.s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#addPzkPost', role: 'gops_animator', call: (a) => addPzkPost(a, m.s.pzk.id, { threadId: m.threadId, body: 'Będę.' }), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#createPzkThread', role: 'pzk_member', call: (a) => createPzkThread(a, m.s.pzk.id, { title: 'Pytanie', body: 'Treść pytania.' }), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#createPzkThread', role: 'rops_adviser', call: (a) => createPzkThread(a, m.s.pzk.id, { title: 'Pytanie', body: 'Treść pytania.' }), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS observes a PZK; it does not post in its forum' },

  // An implementation (a gmina's schedule): everyone working over the gmina reads it.
  { fn: 'lib/implementations/tracks.ts#getTrack', role: 'gops_animator', call: (a) => getTrack(a, m.trackId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'the guest\'s institution lies in Janów' },
  { fn: 'lib/implementations/tracks.ts#getTrack', role: 'wzk_member', call: (a) => getTrack(a, m.trackId), expect: row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  {
    fn: 'lib/implementations/tracks.ts#updateItemStatus',
    role: 'gops_animator',
    call: async (a) => {
      const item = await currentItem();
      return updateItemStatus(a, { itemId: item.id, version: item.version, status: item.status === 'in_progress' ? 'planned' : 'in_progress', outOfOrderReason: 'test macierzy uprawnień' });
    },
    expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'),
  },
  {
    fn: 'lib/implementations/tracks.ts#setOccurrence',
    role: 'gops_animator',
    call: async (a) => setOccurrence(a, { occurrenceId: (await getDb().select().from(occurrences).where(eq(occurrences.trackId, m.trackId)).orderBy(occurrences.id).limit(1))[0].id, done: true }),
    expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'),
  },
  { fn: 'lib/implementations/notifications.ts#getNotification', role: 'pcpr_animator', call: (a) => getNotification(a, m.notificationId), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'roles that never read notifications are refused before the record is looked at' },

  // Institutions of the registry.
  { fn: 'lib/institutions/institutions.ts#getInstitution', role: 'gops_animator', call: (a) => getInstitution(a, m.school.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'), note: 'a PZK member reads only its own institution' },

  { fn: 'lib/institutions/institutions.ts#updateInstitution', role: 'pcpr_animator', call: (a) => editSchool(a), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN') },
  { fn: 'lib/institutions/institutions.ts#updateInstitution', role: 'gops_animator', call: (a) => editSchool(a), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'), note: 'a GOPS animator sees the school but does not keep the registry' },

  // Territorial units are public (TERC): outside the scope the page is refused, not hidden.
  { fn: 'lib/territory/queries.ts#getGminaPage', role: 'gops_animator', call: (a) => getGminaPage(a, JANOW), expect: row('allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow', 'FORBIDDEN', 'FORBIDDEN'), note: 'the guest\'s institution lies in Janów' },
  { fn: 'lib/territory/queries.ts#getGminaPage', role: 'rops_admin', call: (a) => getGminaPage(a, JANOW), expect: row('allow', '-', '-', 'FORBIDDEN', 'allow', 'FORBIDDEN', 'FORBIDDEN') },

  // The regional forum: everyone working in the województwo; another województwo's thread is not found.
  { fn: 'lib/forum/forum.ts#getRegionalThread', role: 'gops_animator', call: (a) => getRegionalThread(a, m.regionalThreadId), expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'allow', 'allow', 'FORBIDDEN') },
  { fn: 'lib/forum/forum.ts#addRegionalPost', role: 'pzk_member', call: (a) => addRegionalPost(a, { threadId: m.regionalThreadId, body: 'Dziękuję.' }), expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'allow', 'allow', 'FORBIDDEN') },

  // Szkoła Kooperacji: a training is seen by everyone working in its województwo.
  { fn: 'lib/school/trainings.ts#getTraining', role: 'gops_animator', call: (a) => getTraining(a, m.trainingId), expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'allow', 'allow', 'FORBIDDEN') },
  { fn: 'lib/school/trainings.ts#saveTraining', role: 'rops_adviser', call: (a) => saveTraining(a, trainingInput(m.implementationId)), expect: row('allow', '-', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a new basic training; abroad, see the edit row' },
  {
    fn: 'lib/school/trainings.ts#saveTraining',
    role: 'rops_admin',
    call: async (a) => {
      const [t] = await getDb().select({ version: trainings.version }).from(trainings).where(eq(trainings.id, m.extendedTrainingId));
      return saveTraining(a, { ...trainingInput(m.implementationId), kind: 'extended', implementationId: '', step: '', trainingId: String(m.extendedTrainingId), version: t.version });
    },
    expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'),
    note: 'editing an existing (extended) training',
  },

  // Stage IV: the 9.2 evaluation report of the implementation (its powiat and gminas, ROPS, WZK).
  { fn: 'lib/evaluation/evaluation.ts#getReport', role: 'gops_animator', call: (a) => getReport(a, m.implementationId), expect: row('allow', 'allow', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND'), note: 'the implementation spans Janów and Dąbrowa' },
  { fn: 'lib/evaluation/evaluation.ts#getReport', role: 'pcpr_animator', call: (a) => getReport(a, m.implementationId), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND') },
  { fn: 'lib/evaluation/evaluation.ts#listActivities', role: 'gops_animator', call: (a) => listActivities(a, m.implementationId), expect: row('allow', 'allow', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND') },
  { fn: 'lib/evaluation/documents.tsx#evaluationReportPdf', role: 'gops_animator', call: (a) => evaluationReportPdf(a, m.implementationId), expect: row('allow', 'allow', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND') },
];

export default { rows } satisfies RowModule;
