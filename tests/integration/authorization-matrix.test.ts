import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { documentGminas, documents, implementations, institutions, notifications, occurrences, pzks, pzkWorkPlans, scheduleItems, tracks, trainings, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { ROLES } from '@/lib/auth/roles';
import { createCase, getCaseOverview } from '@/lib/cases/cases';
import { getDiagnosis } from '@/lib/cases/diagnosis';
import { getEvaluation } from '@/lib/cases/evaluation';
import { listIpps } from '@/lib/cases/ipp';
import { getMonitoring } from '@/lib/cases/monitoring';
import { getQualification } from '@/lib/cases/qualification';
import { exportCase } from '@/lib/cases/export';
import { referralPdf } from '@/lib/cases/pdf';
import { canViewDocument, documentsVisibleTo } from '@/lib/documents/access';
import { createDocument, getDocument } from '@/lib/documents/documents';
import { documentPdf } from '@/lib/documents/pdf';
import { evaluationReportPdf } from '@/lib/evaluation/documents';
import { getReport, listActivities, listEvaluations, loadImplementation } from '@/lib/evaluation/evaluation';
import { addPzkPost, addRegionalPost, createPzkThread, createRegionalThread, getPzkThread, getRegionalThread, listPzkThreads } from '@/lib/forum/forum';
import { getNotification, listNotifications } from '@/lib/implementations/notifications';
import { getTrack, setOccurrence, updateItemStatus } from '@/lib/implementations/tracks';
import { getInstitution, listInstitutions, updateInstitution } from '@/lib/institutions/institutions';
import { pzkAccess, pzksVisibleTo } from '@/lib/pzk/access';
import { getMeeting, listMeetings, saveMeeting } from '@/lib/pzk/meetings';
import { addMember, contactList, getProfiles, getPzkTeam } from '@/lib/pzk/members';
import { contactListPdf } from '@/lib/pzk/pdf';
import { loadPzk } from '@/lib/pzk/pzk';
import { getWorkPlan, saveWorkPlan } from '@/lib/pzk/work-plan';
import { WORK_PLAN_SECTIONS } from '@/lib/pzk/work-plan-sections';
import { getGminaPage } from '@/lib/territory/queries';
import { getTraining, saveTraining } from '@/lib/school/trainings';
import { caseSetup, newCase, referralInput, type CaseSetup } from '../case-factories';
import { CHOROSZCZ, DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, makeInstitution, makeNationalAdmin, unit } from '../factories';
import { accepted } from '../implementation-factories';

/*
 * Authorization as a matrix (issue 13, item 2). Rows: exported domain functions that take an
 * `Actor`, each called by one role; columns: where that actor stands relative to the record. Every
 * cell is written out by hand from the policy (lib/auth/policy.ts and the per-record rules) — it is
 * never computed from the code under test. A meta-test lists every exported `Actor` function of
 * lib/ and fails on one that has neither a row nor a reasoned entry in NOT_IN_MATRIX.
 *
 * Places of this file: gmina Janów (inside) and gmina Dąbrowa (its neighbour, same powiat sokólski),
 * gmina Choroszcz (powiat białostocki, same województwo), gmina 1401022 / powiat białobrzeski 1401
 * (mazowieckie).
 */

const FOREIGN_GMINA = '1401022';
const FOREIGN_POWIAT = '1401';
const CHOROSZCZ_POWIAT = CHOROSZCZ.slice(0, 4);

type Outcome = 'allow' | 'NOT_FOUND' | 'FORBIDDEN';
/** '-' : the column is the same actor as "inside" for this role (e.g. a powiat role's neighbouring gmina). */
type Cell = Outcome | '-';

const COLUMNS = ['inside', 'neighbourGmina', 'otherPowiat', 'otherVoivodeship', 'guest', 'otherPzkMember', 'nationalAdmin'] as const;
type Column = (typeof COLUMNS)[number];
type Expect = Record<Column, Cell>;
const row = (...cells: [Cell, Cell, Cell, Cell, Cell, Cell, Cell]): Expect => Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]])) as Expect;

// ---------------------------------------------------------------------------------------------
// The shared fixture
// ---------------------------------------------------------------------------------------------

let s: CaseSetup;
/** A PZK member whose institution is on Janów's member list but has not signed: a guest. */
let guest: Actor;
let national: Actor;
let caseId: number;
let trackId: number;
let implementationId: number;
let agreementId: number;
let meetingId: number;
let threadId: number;
let trainingId: number;
let regionalThreadId: number;
let extendedTrainingId: number;
let notificationId: number;
let school: { id: number };
let choroszczPzk: typeof pzks.$inferSelect;
let foreignPzk: typeof pzks.$inferSelect;
/** The gmina track of the implementation in mazowieckie. */
let foreignTrackId: number;

const meetingBase = { version: 0, kind: 'regular', durationMinutes: '120', place: 'Urząd Gminy', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '' };
const trainingInput = (impl: number) => ({
  version: 0,
  kind: 'basic',
  topic: 'Szkolenie podstawowe — zasady kooperacji',
  heldOn: '2027-02-15',
  place: 'ROPS w Białymstoku, sala 12',
  trainer: 'Jadwiga Kołodziejczyk',
  description: 'Program szkolenia podstawowego.',
  implementationId: String(impl),
  step: '4',
});

async function pzkOf(teryt: string) {
  const { gminaId } = await unit(teryt);
  return (await getDb().select().from(pzks).where(eq(pzks.gminaId, gminaId!)))[0];
}

const actorCache = new Map<string, Promise<Actor>>();
/** One actor of `role` standing in `column` (relative to gmina Janów); null when the column does not apply. */
function actorIn(role: Role, column: Column): Promise<Actor> | null {
  if (column === 'guest') return Promise.resolve(guest);
  if (column === 'otherPzkMember') return Promise.resolve(s.strangerMember);
  if (column === 'nationalAdmin') return Promise.resolve(national);
  const level = ROLES[role].levels[0];
  if (column === 'inside') {
    // The fixture's own people where there is one, so the "inside" cell is the realistic one.
    const own: Partial<Record<Role, Actor>> = { pcpr_animator: s.pcpr, gops_animator: s.gops, rops_adviser: s.rops, pzk_member: s.member };
    if (own[role]) return Promise.resolve(own[role]);
  }
  const places: Record<string, Record<Exclude<Column, 'guest' | 'otherPzkMember' | 'nationalAdmin'>, string | null>> = {
    voivodeship: { inside: PODLASKIE, neighbourGmina: null, otherPowiat: null, otherVoivodeship: MAZOWIECKIE },
    powiat: { inside: SOKOLSKI, neighbourGmina: null, otherPowiat: CHOROSZCZ_POWIAT, otherVoivodeship: FOREIGN_POWIAT },
    gmina: { inside: JANOW, neighbourGmina: DABROWA, otherPowiat: CHOROSZCZ, otherVoivodeship: FOREIGN_GMINA },
    institution: { inside: JANOW, neighbourGmina: DABROWA, otherPowiat: CHOROSZCZ, otherVoivodeship: FOREIGN_GMINA },
  };
  const place = places[level][column];
  if (place === null) return null;
  const key = `${role}@${place}`;
  if (!actorCache.has(key)) actorCache.set(key, makeActor(role, place));
  return actorCache.get(key)!;
}

beforeAll(async () => {
  s = await caseSetup([JANOW, DABROWA]);
  national = await makeNationalAdmin();
  guest = await makeActor('pzk_member', JANOW);
  await addMember(s.pcpr, { pzkId: s.pzk.id, institutionId: guest.scope.institutionId, name: 'Gość Niepodpisany', function: 'Kurator', teamRole: 'invited', email: guest.email });
  ({ caseId } = await newCase(s));
  trackId = s.tracks[0].id;
  implementationId = s.tracks[0].implementationId!;
  [{ id: agreementId }] = await getDb()
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.kind, 'agreement_pzk'), eq(documents.gminaId, s.pzk.gminaId)));
  ({ id: meetingId } = await saveMeeting(s.gops, { ...meetingBase, pzkId: s.pzk.id, startsAt: '2027-05-10T10:00' }));
  ({ id: threadId } = await createPzkThread(s.gops, s.pzk.id, { title: 'Spotkanie w marcu', body: 'Proszę o potwierdzenie obecności.' }));
  ({ id: regionalThreadId } = await createRegionalThread(s.gops, { title: 'Dobre praktyki', body: 'Podzielmy się doświadczeniami.' }));
  ({ id: trainingId } = await saveTraining(s.rops, trainingInput(implementationId)));
  ({ id: extendedTrainingId } = await saveTraining(s.rops, { ...trainingInput(implementationId), kind: 'extended', implementationId: '', step: '' }));
  [{ notificationId }] = await getDb().select({ notificationId: implementations.notificationId }).from(implementations).where(eq(implementations.id, implementationId));
  school = await makeInstitution(JANOW, 'school');
  // Another powiat of podlaskie and another województwo, each with an implementation and a PZK.
  await accepted((await actorIn('pcpr_animator', 'otherPowiat'))!, s.rops, [CHOROSZCZ]);
  choroszczPzk = await pzkOf(CHOROSZCZ);
  const ropsM = (await actorIn('rops_adviser', 'otherVoivodeship'))!;
  const pcprM = (await actorIn('pcpr_animator', 'otherVoivodeship'))!;
  foreignTrackId = (await accepted(pcprM, ropsM, [FOREIGN_GMINA])).trackIds[0];
  foreignPzk = await pzkOf(FOREIGN_GMINA);
  // A document of mazowieckie (a draft powiat–gmina agreement), for the documents twin.
  await createDocument(pcprM, { kind: 'agreement_powiat_gmina', implementationId: (await getTrackRow(foreignTrackId)).implementationId });
  // A powiat–gmina agreement of sokólski (a document of the powiat that each of its gminas reads).
  await createDocument(s.pcpr, { kind: 'agreement_powiat_gmina', implementationId });
}, 300_000);

async function getTrackRow(trackIdOf: number) {
  const [t] = await getDb().select().from(tracks).where(eq(tracks.id, trackIdOf));
  return t;
}

// ---------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------

interface MatrixRow {
  /** `file#name` of the exported function, as the meta-test finds it. */
  fn: string;
  role: Role;
  call: (a: Actor) => Promise<unknown>;
  expect: Expect;
  /** Why a cell is what it is, where the policy is not obvious. */
  note?: string;
}

/** Adds a person to Janów's team; fails unless it was (or was not) only a proposal. */
async function addPerson(a: Actor, proposal: boolean) {
  const r = await addMember(a, { pzkId: s.pzk.id, institutionId: '', name: 'Anna Żółkiewska', function: 'Psycholog', teamRole: 'invited', email: '' });
  if (r.proposed !== proposal) throw new Error(proposal ? 'added straight to the team, not proposed' : 'only proposed');
  return r;
}

async function saveWorkPlanNow(a: Actor) {
  const [plan] = await getDb().select({ version: pzkWorkPlans.version }).from(pzkWorkPlans).where(eq(pzkWorkPlans.pzkId, s.pzk.id));
  return saveWorkPlan(a, { pzkId: s.pzk.id, version: plan?.version ?? 0, content: Object.fromEntries(WORK_PLAN_SECTIONS.map((x) => [x.key, 'Spotkania co miesiąc'])) });
}

async function editSchool(a: Actor) {
  const [i] = await getDb().select().from(institutions).where(eq(institutions.id, school.id));
  return updateInstitution(a, { id: i.id, version: i.version, name: i.name, type: i.type, area: `g:${i.gminaId}`, street: 'ul. Nowa 2', postalCode: '16-130', city: 'Janów', nip: '', regon: '', email: '', phone: '' });
}

const currentItem = async () => (await getDb().select().from(scheduleItems).where(eq(scheduleItems.trackId, trackId)).orderBy(scheduleItems.id).limit(1))[0];
let startsAtMinute = 0;
/** A distinct start time for every new meeting the matrix plans. */
const nextStart = () => `2027-07-01T${String(8 + Math.floor(startsAtMinute / 60)).padStart(2, '0')}:${String(startsAtMinute++ % 60).padStart(2, '0')}`;

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const MATRIX: MatrixRow[] = [
  // Cases: the key worker, the team, the PCPR animator of the powiat and the GOPS animator of the
  // gmina; ROPS only with a stated purpose. Everyone else: not found, never forbidden.
  { fn: 'lib/cases/cases.ts#getCaseOverview', role: 'gops_animator', call: (a) => getCaseOverview(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/cases.ts#getCaseOverview', role: 'pcpr_animator', call: (a) => getCaseOverview(a, caseId), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/cases.ts#getCaseOverview', role: 'councillor', call: (a) => getCaseOverview(a, caseId), expect: row('NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'a councillor of the gmina is not on the case team' },
  { fn: 'lib/cases/cases.ts#getCaseOverview', role: 'rops_adviser', call: (a) => getCaseOverview(a, caseId), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS at home: purpose required (FORBIDDEN)' },
  { fn: 'lib/cases/diagnosis.ts#getDiagnosis', role: 'gops_animator', call: (a) => getDiagnosis(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/qualification.ts#getQualification', role: 'gops_animator', call: (a) => getQualification(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/ipp.ts#listIpps', role: 'gops_animator', call: (a) => listIpps(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/monitoring.ts#getMonitoring', role: 'gops_animator', call: (a) => getMonitoring(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/evaluation.ts#getEvaluation', role: 'gops_animator', call: (a) => getEvaluation(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/diagnosis.ts#getDiagnosis', role: 'pzk_member', call: (a) => getDiagnosis(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'inside: the member on the case team reads it' },
  { fn: 'lib/cases/export.ts#exportCase', role: 'gops_animator', call: (a) => exportCase(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/pdf.tsx#referralPdf', role: 'gops_animator', call: (a) => referralPdf(a, caseId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  // Referring a family to Janów's PZK: any PZK institution of the gmina that has signed.
  // The PZK is looked up first: whoever does not take part in it (the national administrator
  // included) does not find it; a guest or a role that never refers is refused.
  { fn: 'lib/cases/cases.ts#createCase', role: 'gops_animator', call: (a) => createCase(a, referralInput(s.pzk.id, s.socialWorker.userId)), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/cases/cases.ts#createCase', role: 'pzk_member', call: (a) => createCase(a, referralInput(s.pzk.id, s.socialWorker.userId)), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a signed member institution refers' },
  { fn: 'lib/cases/cases.ts#createCase', role: 'family_expert', call: (a) => createCase(a, referralInput(s.pzk.id, s.socialWorker.userId)), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'family experts take part in the PZK but do not refer' },
  { fn: 'lib/cases/cases.ts#createCase', role: 'rops_adviser', call: (a) => createCase(a, referralInput(s.pzk.id, s.socialWorker.userId)), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS observes, it does not refer' },

  // Documents: where they apply; a PZK agreement in its gmina (and to the institutions that are parties).
  { fn: 'lib/documents/documents.ts#getDocument', role: 'gops_animator', call: (a) => getDocument(a, agreementId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'the guest institution lies in Janów: a PZK document of its gmina is readable' },
  { fn: 'lib/documents/documents.ts#getDocument', role: 'pzk_member', call: (a) => getDocument(a, agreementId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/documents/pdf.tsx#documentPdf', role: 'gops_animator', call: (a) => documentPdf(a, agreementId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },

  // PZK pages: guests read the non-personal pages; members the rest; the PCPR animator manages.
  { fn: 'lib/pzk/pzk.ts#loadPzk', role: 'gops_animator', call: (a) => loadPzk(a, s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/pzk.ts#loadPzk', role: 'rops_adviser', call: (a) => loadPzk(a, s.pzk.id), expect: row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/pzk.ts#loadPzk', role: 'wzk_member', call: (a) => loadPzk(a, s.pzk.id), expect: row('NOT_FOUND', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'WZK does not take part in PZKs' },
  { fn: 'lib/pzk/members.ts#getPzkTeam', role: 'gops_animator', call: (a) => getPzkTeam(a, s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#contactList', role: 'gops_animator', call: (a) => contactList(a, s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  // The PCPR animator adds a member; a member proposes one (the PCPR animator accepts it later).
  { fn: 'lib/pzk/members.ts#addMember', role: 'pcpr_animator', call: (a) => addPerson(a, false), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#addMember', role: 'gops_animator', call: (a) => addPerson(a, true), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'allow = a proposal only' },
  { fn: 'lib/pzk/members.ts#addMember', role: 'rops_adviser', call: (a) => addPerson(a, true), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS reads the team, changes nothing' },
  { fn: 'lib/pzk/members.ts#getProfiles', role: 'gops_animator', call: (a) => getProfiles(a, s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/pdf.tsx#contactListPdf', role: 'gops_animator', call: (a) => contactListPdf(a, s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/work-plan.ts#getWorkPlan', role: 'gops_animator', call: (a) => getWorkPlan(a, s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/work-plan.ts#getWorkPlan', role: 'rops_adviser', call: (a) => getWorkPlan(a, s.pzk.id), expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/work-plan.ts#saveWorkPlan', role: 'pcpr_animator', call: (a) => saveWorkPlanNow(a), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/work-plan.ts#saveWorkPlan', role: 'gops_animator', call: (a) => saveWorkPlanNow(a), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'the PZK\'s pages are kept by the PCPR animator' },
  { fn: 'lib/pzk/meetings.ts#listMeetings', role: 'gops_animator', call: (a) => listMeetings(a, s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#getMeeting', role: 'gops_animator', call: (a) => getMeeting(a, s.pzk.id, meetingId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#getMeeting', role: 'pzk_member', call: (a) => getMeeting(a, s.pzk.id, meetingId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#saveMeeting', role: 'gops_animator', call: (a) => saveMeeting(a, { ...meetingBase, pzkId: s.pzk.id, startsAt: nextStart() }), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#saveMeeting', role: 'pzk_member', call: (a) => saveMeeting(a, { ...meetingBase, pzkId: s.pzk.id, startsAt: nextStart() }), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'meetings are run by the animators' },
  { fn: 'lib/forum/forum.ts#getPzkThread', role: 'gops_animator', call: (a) => getPzkThread(a, s.pzk.id, threadId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#listPzkThreads', role: 'pzk_member', call: (a) => listPzkThreads(a, s.pzk.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#addPzkPost', role: 'gops_animator', call: (a) => addPzkPost(a, s.pzk.id, { threadId, body: 'Będę.' }), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#createPzkThread', role: 'pzk_member', call: (a) => createPzkThread(a, s.pzk.id, { title: 'Pytanie', body: 'Treść pytania.' }), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#createPzkThread', role: 'rops_adviser', call: (a) => createPzkThread(a, s.pzk.id, { title: 'Pytanie', body: 'Treść pytania.' }), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS observes a PZK; it does not post in its forum' },

  // An implementation (a gmina's schedule): everyone working over the gmina reads it.
  { fn: 'lib/implementations/tracks.ts#getTrack', role: 'gops_animator', call: (a) => getTrack(a, trackId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'the guest\'s institution lies in Janów' },
  { fn: 'lib/implementations/tracks.ts#getTrack', role: 'wzk_member', call: (a) => getTrack(a, trackId), expect: row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
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
    call: async (a) => setOccurrence(a, { occurrenceId: (await getDb().select().from(occurrences).where(eq(occurrences.trackId, trackId)).orderBy(occurrences.id).limit(1))[0].id, done: true }),
    expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'),
  },
  { fn: 'lib/implementations/notifications.ts#getNotification', role: 'pcpr_animator', call: (a) => getNotification(a, notificationId), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'roles that never read notifications are refused before the record is looked at' },

  // Institutions of the registry.
  { fn: 'lib/institutions/institutions.ts#getInstitution', role: 'gops_animator', call: (a) => getInstitution(a, school.id), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'), note: 'a PZK member reads only its own institution' },

  { fn: 'lib/institutions/institutions.ts#updateInstitution', role: 'pcpr_animator', call: (a) => editSchool(a), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN') },
  { fn: 'lib/institutions/institutions.ts#updateInstitution', role: 'gops_animator', call: (a) => editSchool(a), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'), note: 'a GOPS animator sees the school but does not keep the registry' },

  // Territorial units are public (TERC): outside the scope the page is refused, not hidden.
  { fn: 'lib/territory/queries.ts#getGminaPage', role: 'gops_animator', call: (a) => getGminaPage(a, JANOW), expect: row('allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow', 'FORBIDDEN', 'FORBIDDEN'), note: 'the guest\'s institution lies in Janów' },
  { fn: 'lib/territory/queries.ts#getGminaPage', role: 'rops_admin', call: (a) => getGminaPage(a, JANOW), expect: row('allow', '-', '-', 'FORBIDDEN', 'allow', 'FORBIDDEN', 'FORBIDDEN') },

  // The regional forum: everyone working in the województwo; another województwo's thread is not found.
  { fn: 'lib/forum/forum.ts#getRegionalThread', role: 'gops_animator', call: (a) => getRegionalThread(a, regionalThreadId), expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'allow', 'allow', 'FORBIDDEN') },
  { fn: 'lib/forum/forum.ts#addRegionalPost', role: 'pzk_member', call: (a) => addRegionalPost(a, { threadId: regionalThreadId, body: 'Dziękuję.' }), expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'allow', 'allow', 'FORBIDDEN') },

  // Szkoła Kooperacji: a training is seen by everyone working in its województwo.
  { fn: 'lib/school/trainings.ts#getTraining', role: 'gops_animator', call: (a) => getTraining(a, trainingId), expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'allow', 'allow', 'FORBIDDEN') },
  { fn: 'lib/school/trainings.ts#saveTraining', role: 'rops_adviser', call: (a) => saveTraining(a, trainingInput(implementationId)), expect: row('allow', '-', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a new basic training; abroad, see the edit row' },
  {
    fn: 'lib/school/trainings.ts#saveTraining',
    role: 'rops_admin',
    call: async (a) => {
      const [t] = await getDb().select({ version: trainings.version }).from(trainings).where(eq(trainings.id, extendedTrainingId));
      return saveTraining(a, { ...trainingInput(implementationId), kind: 'extended', implementationId: '', step: '', trainingId: String(extendedTrainingId), version: t.version });
    },
    expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'),
    note: 'editing an existing (extended) training',
  },

  // Stage IV: the 9.2 evaluation report of the implementation (its powiat and gminas, ROPS, WZK).
  { fn: 'lib/evaluation/evaluation.ts#getReport', role: 'gops_animator', call: (a) => getReport(a, implementationId), expect: row('allow', 'allow', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND'), note: 'the implementation spans Janów and Dąbrowa' },
  { fn: 'lib/evaluation/evaluation.ts#getReport', role: 'pcpr_animator', call: (a) => getReport(a, implementationId), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND') },
  { fn: 'lib/evaluation/evaluation.ts#listActivities', role: 'gops_animator', call: (a) => listActivities(a, implementationId), expect: row('allow', 'allow', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND') },
  { fn: 'lib/evaluation/documents.tsx#evaluationReportPdf', role: 'gops_animator', call: (a) => evaluationReportPdf(a, implementationId), expect: row('allow', 'allow', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'allow', 'NOT_FOUND') },
];

const outcome = (p: Promise<unknown>): Promise<string> => p.then(() => 'allow', (e: { code?: string; message?: string }) => e.code ?? `threw: ${e.message ?? String(e)}`);

describe('the authorization matrix', () => {
  // Refused cells first, then the allowed ones, so an allowed write cannot change what a refusal meets.
  it.each(MATRIX.map((r) => [`${r.fn.split('#')[1]} as ${r.role}`, r] as const))('%s', async (_name, r) => {
    const got: Partial<Record<Column, string>> = {};
    const want: Partial<Record<Column, string>> = {};
    const order = [...COLUMNS].sort((a, b) => Number(r.expect[a] === 'allow') - Number(r.expect[b] === 'allow'));
    for (const column of order) {
      const cell = r.expect[column];
      if (cell === '-') continue;
      const actor = actorIn(r.role, column);
      if (!actor) throw new Error(`${r.fn} as ${r.role}: column ${column} has no actor for this role; mark it '-'`);
      want[column] = cell;
      got[column] = await outcome(r.call(await actor));
    }
    expect(got, r.note).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------
// The meta-test: every exported Actor function has a row or a reason
// ---------------------------------------------------------------------------------------------

const NOT_YET = 'not yet in the matrix';
const TWIN = 'SQL twin used inside list queries; checked against its TypeScript rule below (or in cases-access.test.ts for casesVisibleTo)';
const CASES_ACCESS = 'covered in tests/integration/cases-access.test.ts (neighbouring gmina/powiat, another województwo, every way to open a case)';

/**
 * Exported `Actor` functions without a row, each with why. Shorten this list by adding rows; the
 * meta-test also fails when an entry here no longer exists in lib/ (so the list cannot rot).
 */
const NOT_IN_MATRIX: Record<string, string> = {
  'lib/auth/authorize.ts#authorize': 'the check itself; every row exercises it',
  'lib/auth/navigation.ts#navigationFor': 'builds the menu from mayEver(); shows links, grants nothing',
  'lib/auth/sessions.ts#listMySessions': 'acts only on the actor\'s own sessions (no other record reachable)',
  'lib/auth/sessions.ts#signOutEverywhere': 'acts only on the actor\'s own sessions (no other record reachable)',
  'lib/auth/sessions.ts#changePassword': 'acts only on the actor\'s own account (no other record reachable)',
  'lib/notifications/notifications.ts#getEmailPreferences': 'acts only on the actor\'s own preferences',
  'lib/notifications/notifications.ts#saveEmailPreferences': 'acts only on the actor\'s own preferences',
  'lib/cases/access.ts#casesVisibleTo': TWIN,
  'lib/pzk/access.ts#pzksVisibleTo': TWIN,
  'lib/documents/access.ts#documentsVisibleTo': TWIN,
  'lib/cases/access.ts#openCase': `the gate of every case loader; ${CASES_ACCESS}`,
  'lib/cases/access.ts#givePurpose': CASES_ACCESS,
  'lib/cases/cases.ts#getReferral': CASES_ACCESS,
  'lib/cases/cases.ts#saveReferral': CASES_ACCESS,
  'lib/cases/cases.ts#saveHouseholdMember': CASES_ACCESS,
  'lib/cases/cases.ts#saveTeam': CASES_ACCESS,
  'lib/cases/cases.ts#recordExtension': CASES_ACCESS,
  'lib/cases/cases.ts#closeCase': CASES_ACCESS,
  'lib/cases/cases.ts#listCases': `list through casesVisibleTo; ${CASES_ACCESS}`,
  'lib/pzk/pzk.ts#listPzks': 'list through pzksVisibleTo, checked against pzkAccess below',
  'lib/documents/documents.ts#listDocuments': 'list through documentsVisibleTo, checked against canViewDocument below',
};
const NOT_YET_LIST = [
  'lib/accounts/review.ts#listAccounts',
  'lib/accounts/review.ts#approveAccount',
  'lib/accounts/review.ts#rejectAccount',
  'lib/accounts/review.ts#disableAccount',
  'lib/accounts/review.ts#enableAccount',
  'lib/audit-log.ts#listAuditEntries',
  'lib/calculator/pdf.tsx#calculatorPdf',
  'lib/calculator/service.ts#calculate',
  'lib/calculator/service.ts#ratesOverview',
  'lib/calculator/service.ts#rateForEdit',
  'lib/calculator/service.ts#saveCostRate',
  'lib/cases/access.ts#accessLog',
  'lib/cases/caseload.ts#caseloadByGmina',
  'lib/cases/cases.ts#pzkForReferral',
  'lib/cases/cases.ts#removeHouseholdMember',
  'lib/cases/cases.ts#recordConsent',
  'lib/cases/cases.ts#withdrawConsent',
  'lib/cases/cases.ts#announceEnd',
  'lib/cases/cases.ts#referralPzks',
  'lib/cases/cases.ts#referralOptions',
  'lib/cases/diagnosis.ts#saveDiagnosis',
  'lib/cases/evaluation.ts#saveEvaluation',
  'lib/cases/ipp.ts#getIppPage',
  'lib/cases/ipp.ts#createNextIpp',
  'lib/cases/ipp.ts#saveIpp',
  'lib/cases/ipp.ts#saveContract',
  'lib/cases/monitoring.ts#recordMonitoring',
  'lib/cases/monitoring.ts#recordSession',
  'lib/cases/pdf.tsx#diagnosisPdf',
  'lib/cases/pdf.tsx#ippPdf',
  'lib/cases/pdf.tsx#contractPdf',
  'lib/cases/pdf.tsx#evaluationPdf',
  'lib/cases/pdf.tsx#congratulationsPdf',
  'lib/cases/qualification.ts#decideQualification',
  'lib/documents/documents.ts#getRevision',
  'lib/documents/documents.ts#getDocumentScan',
  'lib/documents/documents.ts#createDocument',
  'lib/documents/documents.ts#saveDraft',
  'lib/documents/documents.ts#changeStatus',
  'lib/documents/documents.ts#terminateDocument',
  'lib/documents/documents.ts#signDocument',
  'lib/documents/documents.ts#partyOptions',
  'lib/documents/documents.ts#creationTargets',
  'lib/documents/templates.ts#listTemplates',
  'lib/documents/templates.ts#getTemplateForEdit',
  'lib/documents/templates.ts#saveTemplateVersion',
  'lib/evaluation/documents.tsx#indicatorsCsv',
  'lib/evaluation/documents.tsx#regionalReportPdf',
  'lib/evaluation/documents.tsx#regionalCsv',
  'lib/evaluation/documents.tsx#certificatesPdf',
  'lib/evaluation/documents.tsx#referencesPdf',
  'lib/evaluation/evaluation.ts#loadImplementation',
  'lib/evaluation/evaluation.ts#listEvaluations',
  'lib/evaluation/evaluation.ts#saveAnswers',
  'lib/evaluation/evaluation.ts#saveActivity',
  'lib/evaluation/evaluation.ts#deleteActivity',
  'lib/evaluation/evaluation.ts#getActivityFile',
  'lib/evaluation/evaluation.ts#regionalReport',
  'lib/evaluation/evaluation.ts#certificatePeople',
  'lib/evaluation/evaluation.ts#referencePeople',
  'lib/forum/forum.ts#pzkForum',
  'lib/forum/forum.ts#listRegionalThreads',
  'lib/forum/forum.ts#createRegionalThread',
  'lib/implementations/dashboard-csv.ts#dashboardCsv',
  'lib/implementations/dashboard.ts#dashboardRows',
  'lib/implementations/dashboard.ts#ownImplementations',
  'lib/implementations/dashboard.ts#dashboardPowiats',
  'lib/implementations/dashboard.ts#regionalTrackId',
  'lib/implementations/notification-form.ts#notificationFormOptions',
  'lib/implementations/notifications.ts#submitNotification',
  'lib/implementations/notifications.ts#resubmitNotification',
  'lib/implementations/notifications.ts#listNotifications',
  'lib/implementations/notifications.ts#reviewNotification',
  'lib/implementations/tracks.ts#toggleCheck',
  'lib/implementations/tracks.ts#addEvidence',
  'lib/implementations/tracks.ts#getEvidenceFile',
  'lib/institutions/institutions.ts#listInstitutions',
  'lib/institutions/institutions.ts#areaOptions',
  'lib/institutions/institutions.ts#createInstitution',
  'lib/materials/materials.ts#materialsForStep',
  'lib/materials/materials.ts#materialForm',
  'lib/materials/materials.ts#createMaterial',
  'lib/materials/materials.ts#updateMaterial',
  'lib/materials/materials.ts#deleteMaterial',
  'lib/materials/materials.ts#attachMaterialFile',
  'lib/materials/materials.ts#detachMaterialFile',
  'lib/model/catalogue.ts#getCatalogue',
  'lib/model/catalogue.ts#editSubstep',
  'lib/model/catalogue.ts#editStep',
  'lib/model/catalogue.ts#editRecurring',
  'lib/model/edit-mode.ts#requireEditMode',
  'lib/model/proposals.ts#proposeCatalogueChange',
  'lib/model/proposals.ts#proposeTemplateChange',
  'lib/model/proposals.ts#listProposals',
  'lib/model/proposals.ts#pendingProposalCount',
  'lib/model/proposals.ts#getProposal',
  'lib/model/proposals.ts#acceptProposal',
  'lib/model/proposals.ts#returnProposal',
  'lib/notifications/notifications.ts#listOutbox',
  'lib/pdf/reports.tsx#progressReportPdf',
  'lib/pdf/reports.tsx#describeDashboardFilter',
  'lib/pdf/reports.tsx#dashboardReportPdf',
  'lib/practices/practices.ts#listProposals',
  'lib/practices/practices.ts#myProposals',
  'lib/practices/practices.ts#practiceForm',
  'lib/practices/practices.ts#proposePractice',
  'lib/practices/practices.ts#updatePractice',
  'lib/practices/practices.ts#publishPractice',
  'lib/pulpit/pulpit.ts#getPulpit',
  'lib/pzk/calendar.ts#feedStatus',
  'lib/pzk/calendar.ts#regenerateFeedToken',
  'lib/pzk/meetings.ts#saveAttendance',
  'lib/pzk/meetings.ts#addDecision',
  'lib/pzk/meetings.ts#setDecisionStatus',
  'lib/pzk/meetings.ts#addConsultation',
  'lib/pzk/meetings.ts#deleteConsultation',
  'lib/pzk/meetings.ts#saveMinutes',
  'lib/pzk/meetings.ts#meetingIcs',
  'lib/pzk/meetings.ts#minutesPdf',
  'lib/pzk/members.ts#acceptMember',
  'lib/pzk/members.ts#removeMember',
  'lib/pzk/members.ts#saveProfile',
  'lib/pzk/members.ts#institutionOptions',
  'lib/pzk/pdf.tsx#workPlanPdf',
  'lib/school/needs.ts#submitNeed',
  'lib/school/needs.ts#myNeeds',
  'lib/school/needs.ts#needsOverview',
  'lib/school/needs.ts#needsPage',
  'lib/school/needs.ts#needsCsv',
  'lib/school/pdf.tsx#certificatePdf',
  'lib/school/pdf.tsx#allCertificatesPdf',
  'lib/school/trainings.ts#listTrainings',
  'lib/school/trainings.ts#trainingFormOptions',
  'lib/school/trainings.ts#addUserParticipant',
  'lib/school/trainings.ts#addInstitutionParticipant',
  'lib/school/trainings.ts#removeParticipant',
  'lib/school/trainings.ts#saveTrainingAttendance',
  'lib/school/trainings.ts#closeAttendance',
  'lib/school/trainings.ts#certificateData',
  'lib/school/trainings.ts#allCertificatesData',
  'lib/services/services.ts#listPzkServices',
  'lib/services/services.ts#pzkForImport',
  'lib/services/services.ts#pzkServiceForm',
  'lib/services/services.ts#createPzkService',
  'lib/services/services.ts#updatePzkService',
  'lib/services/services.ts#deletePzkService',
  'lib/services/services.ts#approvePzkService',
  'lib/services/services.ts#importPzkServices',
  'lib/services/services.ts#exportPzkServices',
  'lib/services/services.ts#regionalListFor',
  'lib/services/services.ts#regionalServiceForm',
  'lib/services/services.ts#createRegionalService',
  'lib/services/services.ts#updateRegionalService',
  'lib/services/services.ts#deleteRegionalService',
  'lib/services/services.ts#importRegionalServices',
  'lib/territory/queries.ts#getPowiatPage',
  'lib/territory/queries.ts#listRegistry',
];
for (const fn of NOT_YET_LIST) NOT_IN_MATRIX[fn] ??= NOT_YET;

/** Every exported function of lib/**\/*.ts(x) whose first parameter is typed `Actor`, as `file#name`. */
function exportedActorFunctions(): string[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const found: string[] = [];
  const takesActor = (params: ts.NodeArray<ts.ParameterDeclaration>, sf: ts.SourceFile) => params[0]?.type?.getText(sf) === 'Actor';
  const scan = (file: string) => {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const rel = path.relative(root, file).split(path.sep).join('/');
    for (const st of sf.statements) {
      if (!ts.canHaveModifiers(st) || !ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      if (ts.isFunctionDeclaration(st) && st.name && takesActor(st.parameters, sf)) found.push(`${rel}#${st.name.text}`);
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const init = d.initializer;
          if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && takesActor(init.parameters, sf)) found.push(`${rel}#${d.name.getText(sf)}`);
        }
      }
    }
  };
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) scan(p);
    }
  };
  walk(path.join(root, 'lib'));
  return found.sort();
}

describe('every exported Actor function is in the matrix or says why not', () => {
  const all = exportedActorFunctions();
  const inMatrix = new Set(MATRIX.map((r) => r.fn));

  it('finds the functions (the scan itself works)', () => {
    expect(all).toContain('lib/pzk/pzk.ts#loadPzk');
    expect(all).toContain('lib/cases/cases.ts#getCaseOverview');
    expect(all.length).toBeGreaterThan(150);
  });

  it('has no function without a row or a reason', () => {
    const missing = all.filter((fn) => !inMatrix.has(fn) && !(fn in NOT_IN_MATRIX));
    expect(missing, 'add a row to MATRIX (or, with a reason, an entry to NOT_IN_MATRIX) for').toEqual([]);
  });

  it('names only functions that exist, and none both in the matrix and excused', () => {
    const known = new Set(all);
    expect([...inMatrix, ...Object.keys(NOT_IN_MATRIX)].filter((fn) => !known.has(fn)), 'rows or entries naming no exported Actor function').toEqual([]);
    expect(Object.keys(NOT_IN_MATRIX).filter((fn) => inMatrix.has(fn)), 'in the matrix now: remove from NOT_IN_MATRIX').toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// SQL twins against their TypeScript rules, on generated data
// ---------------------------------------------------------------------------------------------

/** Every actor the matrix uses, plus the roles it does not (so each twin meets every role and level). */
async function everyActor(): Promise<Record<string, Actor>> {
  const out: Record<string, Actor> = {
    pcpr: s.pcpr,
    rops: s.rops,
    gops: s.gops,
    keyWorker: s.socialWorker,
    member: s.member,
    outsider: s.outsider,
    strangerGops: s.strangerGops,
    strangerMember: s.strangerMember,
    guest,
    national,
  };
  for (const role of Object.keys(ROLES) as Role[]) {
    if (role === 'national_admin') continue;
    for (const column of ['inside', 'neighbourGmina', 'otherPowiat', 'otherVoivodeship'] as const) {
      const a = actorIn(role, column);
      if (a) out[`${role}@${column}`] = await a;
    }
  }
  // The second level of the roles that have two (a powiat social worker, a powiat councillor).
  out.socialWorkerOfPowiat = await makeActor('social_worker', SOKOLSKI);
  out.councillorOfPowiat = await makeActor('councillor', SOKOLSKI);
  return out;
}

describe('SQL list twins agree with their TypeScript rules', () => {
  it('pzksVisibleTo lists exactly the PZKs pzkAccess lets in (guests included)', async () => {
    const db = getDb();
    const all = await db.select().from(pzks);
    expect(all.length, 'PZKs of two powiats of podlaskie and of mazowieckie').toBeGreaterThanOrEqual(4);
    const seen: Record<string, string[]> = {};
    const name = (id: number) => ({ [s.pzk.id]: 'janow', [s.otherPzk.id]: 'dabrowa', [choroszczPzk.id]: 'choroszcz', [foreignPzk.id]: 'foreign' })[id] ?? `pzk${id}`;
    for (const [who, actor] of Object.entries(await everyActor())) {
      const listed = (await db.select({ id: pzks.id }).from(pzks).where(pzksVisibleTo(actor))).map((r) => r.id).sort();
      const allowed = (await Promise.all(all.map(async (p) => ((await pzkAccess(db, actor.scope, p)) ? p.id : null)))).filter((id): id is number => id !== null).sort();
      expect(listed, `PZKs listed for ${who} = PZKs pzkAccess lets in`).toEqual(allowed);
      seen[who] = allowed.map(name).sort();
    }
    // And the rule itself on the cases where it matters, so two equally wrong twins cannot agree.
    expect(seen.gops).toEqual(['janow']);
    expect(seen.pcpr).toEqual(['dabrowa', 'janow']);
    expect(seen.rops).toEqual(['choroszcz', 'dabrowa', 'janow']);
    expect(seen.guest).toEqual(['janow']);
    expect(seen.strangerMember).toEqual(['dabrowa']);
    expect(seen['wzk_member@inside']).toEqual([]);
    expect(seen['pzk_member@otherPowiat']).toEqual([]);
    expect(seen.national).toEqual([]);
    expect(seen['rops_adviser@otherVoivodeship']).toEqual(['foreign']);
  });

  /** Lists built on scopeWhere against the loader of one record: an actor lists exactly what it may open. */
  const listAgreesWithLoader = async (what: string, ids: number[], list: (a: Actor) => Promise<number[]>, load: (a: Actor, id: number) => Promise<unknown>) => {
    const seen: Record<string, number[]> = {};
    for (const [who, actor] of Object.entries(await everyActor())) {
      const listed = (await list(actor).catch((e: { code?: string }) => (e.code === 'FORBIDDEN' ? [] : Promise.reject(e)))).filter((id) => ids.includes(id)).sort();
      const opened: number[] = [];
      for (const id of ids) if ((await outcome(load(actor, id))) === 'allow') opened.push(id);
      expect(listed, `${what} listed for ${who} = ${what} it may open`).toEqual(opened.sort());
      seen[who] = opened;
    }
    return seen;
  };

  it('listEvaluations lists exactly the implementations loadImplementation opens', async () => {
    const ids = (await getDb().select({ id: implementations.id }).from(implementations)).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const seen = await listAgreesWithLoader('implementations', ids, async (a) => (await listEvaluations(a)).rows.map((r) => r.id), (a, id) => loadImplementation(a, id));
    expect(seen.gops).toEqual([implementationId]);
    expect(seen.strangerGops).toEqual([implementationId]);
    expect(seen['gops_animator@otherPowiat']).not.toContain(implementationId);
    expect(seen.national).toEqual([]);
  });

  it('listNotifications lists exactly the notifications getNotification opens', async () => {
    const ids = (await getDb().select({ id: notifications.id }).from(notifications)).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const seen = await listAgreesWithLoader('notifications', ids, async (a) => (await listNotifications(a)).map((r) => r.id), getNotification);
    expect(seen.pcpr).toEqual([notificationId]);
    expect(seen.rops.length).toBe(2);
  });

  it('listInstitutions lists exactly the institutions getInstitution opens', async () => {
    const ids = (await getDb().select({ id: institutions.id }).from(institutions)).map((r) => r.id);
    expect(ids.length, 'the list is cut at 500').toBeLessThan(500);
    const seen = await listAgreesWithLoader('institutions', ids, async (a) => (await listInstitutions(a, {})).rows.map((r) => r.id), getInstitution);
    expect(seen.member).toEqual([s.member.scope.institutionId]);
    expect(seen.gops).toContain(school.id);
    expect(seen.strangerGops).not.toContain(school.id);
  });

  it('documentsVisibleTo lists exactly the documents canViewDocument shows', async () => {
    const db = getDb();
    const all = await db.select().from(documents);
    const gminasOf = new Map<number, number[]>();
    for (const g of await db.select().from(documentGminas).where(inArray(documentGminas.documentId, all.map((d) => d.id)))) {
      gminasOf.set(g.documentId, [...(gminasOf.get(g.documentId) ?? []), g.gminaId]);
    }
    expect(all.some((d) => d.kind === 'agreement_powiat_gmina'), 'a powiat–gmina agreement').toBe(true);
    expect(gminasOf.size, 'a document read from its gminas').toBeGreaterThan(0);
    const seen: Record<string, number> = {};
    for (const [who, actor] of Object.entries(await everyActor())) {
      const listed = (await db.select({ id: documents.id }).from(documents).where(documentsVisibleTo(actor))).map((r) => r.id).sort();
      const allowed = all.filter((d) => canViewDocument(actor.scope, d, gminasOf.get(d.id) ?? [])).map((d) => d.id).sort();
      expect(listed, `documents listed for ${who} = documents canViewDocument shows`).toEqual(allowed);
      seen[who] = allowed.length;
    }
    // Not vacuous: the GOPS animator of the neighbouring gmina reads the powiat–gmina agreement but
    // not Janów's PZK agreement; another województwo and the national administrator read none of podlaskie's.
    const strangerDocs = (await db.select({ id: documents.id }).from(documents).where(documentsVisibleTo(s.strangerGops))).map((r) => r.id);
    expect(strangerDocs).not.toContain(agreementId);
    expect(seen.gops).toBeGreaterThanOrEqual(2);
    expect(seen.national).toBe(0);
  });
});
