import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { trainingNeeds, trainingParticipants, trainings, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { myNeeds, needsCsv, needsOverview, needsPage, submitNeed } from '@/lib/school/needs';
import { allCertificatesPdf, certificatePdf } from '@/lib/school/pdf';
import {
  addInstitutionParticipant,
  addUserParticipant,
  allCertificatesData,
  certificateData,
  closeAttendance,
  listTrainings,
  removeParticipant,
  saveTraining,
  saveTrainingAttendance,
  trainingFormOptions,
} from '@/lib/school/trainings';
import { actorIn, m, row, trainingInput, type MatrixRow, type RowModule } from './fixture';

/*
 * Szkoła Kooperacji rows (lib/school): trainings are seen by everyone working in their
 * województwo and kept by its ROPS (ROPS of another województwo does not find them; other roles
 * are refused before a record is looked at). A zaświadczenie goes to its participant and to ROPS;
 * anyone else of the województwo is refused, elsewhere it does not exist. Training needs: the
 * animators and WZK report them, ROPS reads those of its own województwo.
 */

/** An open training of podlaskie whose participants the rows change. */
let openTrainingId: number;
/** A closed basic training of podlaskie; the Janów GOPS animator attended (with an account). */
let closedTrainingId: number;
let ownParticipantId: number;
let foreignTrainingId: number;
let foreignImplementationId: number;
/** The implementation in powiat białostocki: closing its trainings leaves Janów's schedule as it is. */
let choroszczImplementationId: number;
let janowNeedId: number;
let foreignNeedId: number;

const JANOW_TOPIC = 'Superwizja zespołu PZK w Janowie';
const FOREIGN_TOPIC = 'Coaching animatorów na Mazowszu';
const NEEDS_YEAR = 2028;
const need = (topic: string, year = NEEDS_YEAR) => ({ year: String(year), kind: 'extended', topic, description: 'Dla animatorów i członków zespołu.', participants: '12' });

const db = () => getDb();
const version = async (trainingId: number) => (await db().select({ version: trainings.version }).from(trainings).where(eq(trainings.id, trainingId)))[0].version;

/** A basic training of podlaskie with one attendee, ready to be closed (as ROPS of podlaskie). */
async function readyToClose() {
  const { id } = await saveTraining(m.s.rops, { ...trainingInput(choroszczImplementationId), topic: 'Szkolenie podstawowe — instytucje PZK', step: '6.1' });
  const p = await addInstitutionParticipant(m.s.rops, { trainingId: id, institutionId: m.school.id, name: 'Ewa Nowak', function: 'Pedagog' });
  await saveTrainingAttendance(m.s.rops, { trainingId: id, attended: [p.id] });
  return id;
}

async function setup() {
  const foreignRops = (await actorIn('rops_adviser', 'otherVoivodeship'))!;
  const foreignGops = (await actorIn('gops_animator', 'otherVoivodeship'))!;
  const extended = { ...trainingInput(m.implementationId), kind: 'extended', implementationId: '', step: '' };
  ({ id: openTrainingId } = await saveTraining(m.s.rops, { ...extended, topic: 'Superwizja animatorów' }));
  ({ id: foreignTrainingId } = await saveTraining(foreignRops, { ...extended, topic: 'Szkolenie na Mazowszu', place: 'Warszawa' }));
  [{ implementationId: foreignImplementationId }] = (await db().select({ implementationId: tracks.implementationId }).from(tracks).where(eq(tracks.id, m.foreignTrackId))) as { implementationId: number }[];
  choroszczImplementationId = m.choroszczPzk.implementationId;
  // A closed basic training: the GOPS animator (an account) and a school's pedagogue (no account) attended.
  ({ id: closedTrainingId } = await saveTraining(m.s.rops, trainingInput(choroszczImplementationId)));
  ({ id: ownParticipantId } = await addUserParticipant(m.s.rops, { trainingId: closedTrainingId, userId: m.s.gops.userId }));
  const other = await addInstitutionParticipant(m.s.rops, { trainingId: closedTrainingId, institutionId: m.school.id, name: 'Ewa Nowak', function: 'Pedagog' });
  await saveTrainingAttendance(m.s.rops, { trainingId: closedTrainingId, attended: [ownParticipantId, other.id] });
  await closeAttendance(m.s.rops, { trainingId: closedTrainingId, version: await version(closedTrainingId) });
  ({ id: janowNeedId } = await submitNeed(m.s.gops, need(JANOW_TOPIC)));
  ({ id: foreignNeedId } = await submitNeed(foreignGops, need(FOREIGN_TOPIC)));
}

const inPodlaskie = (a: Actor) => a.scope.voivodeshipId === m.s.pzk.voivodeshipId;
const same = (got: number[], want: number[]) => JSON.stringify([...got].sort()) === JSON.stringify([...want].sort());
function expectIds(what: string, all: number[], known: number[], want: number[]) {
  const got = all.filter((id) => known.includes(id));
  if (!same(got, want)) throw new Error(`${what} ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}

// ---------------------------------------------------------------------------------------------
// Training needs
// ---------------------------------------------------------------------------------------------

let needYear = 2030;
/** A new need; it must come from the actor's own place. */
async function newNeed(a: Actor) {
  const { id } = await submitNeed(a, need('Praca z rodziną z problemem alkoholowym', needYear++));
  const [n] = await db().select().from(trainingNeeds).where(eq(trainingNeeds.id, id));
  if (n.voivodeshipId !== a.scope.voivodeshipId || n.powiatId !== a.scope.powiatId || n.gminaId !== a.scope.gminaId) throw new Error('the need was filed for another place');
}

/** One's own needs only: Janów's GOPS animator sees its need, mazowieckie's its own, nobody else's. */
async function ownNeeds(a: Actor, rows?: { id: number }[]) {
  const foreignGops = (await actorIn('gops_animator', 'otherVoivodeship'))!;
  const want = a.userId === m.s.gops.userId ? [janowNeedId] : a.userId === foreignGops.userId ? [foreignNeedId] : [];
  expectIds('own needs', (rows ?? (await myNeeds(a))).map((n) => n.id), [janowNeedId, foreignNeedId], want);
}

/** The year's needs of the actor's own województwo only. */
function regionNeeds(a: Actor, o: { year: number; needs: { id: number }[] }) {
  if (o.year !== NEEDS_YEAR) throw new Error(`year ${o.year}`);
  expectIds('needs', o.needs.map((n) => n.id), [janowNeedId, foreignNeedId], inPodlaskie(a) ? [janowNeedId] : [foreignNeedId]);
}

async function page(a: Actor) {
  const p = await needsPage(a, NEEDS_YEAR);
  if (p.canSubmit) await ownNeeds(a, p.mine);
  if (p.overview) regionNeeds(a, p.overview);
  return p;
}

/** The page of someone who reports needs: the form and their own needs, no overview. */
async function submitterPage(a: Actor) {
  const p = await page(a);
  if (!p.canSubmit || p.canView || p.overview) throw new Error('not the submitter\'s page');
}

/** ROPS's page: the overview of its województwo, no form. */
async function ropsPage(a: Actor) {
  const p = await page(a);
  if (p.canSubmit || !p.canView || !p.overview) throw new Error('not ROPS\'s page');
}

async function csv(a: Actor) {
  const { csv: text } = await needsCsv(a, NEEDS_YEAR);
  if (text.includes(JANOW_TOPIC) !== inPodlaskie(a) || text.includes(FOREIGN_TOPIC) === inPodlaskie(a)) throw new Error('the CSV holds another województwo\'s needs');
}

// ---------------------------------------------------------------------------------------------
// Trainings
// ---------------------------------------------------------------------------------------------

async function trainingList(a: Actor) {
  const { trainings: list } = await listTrainings(a);
  expectIds('trainings', list.map((t) => t.id), [m.trainingId, foreignTrainingId], inPodlaskie(a) ? [m.trainingId] : [foreignTrainingId]);
}

async function formOptions(a: Actor) {
  const { implementations } = await trainingFormOptions(a);
  expectIds('implementations', implementations.map((o) => o.value), [m.implementationId, foreignImplementationId], inPodlaskie(a) ? [m.implementationId] : [foreignImplementationId]);
}

/** Adds the Janów social worker (taken off the list first, so the call can be repeated). */
async function addUser(a: Actor) {
  await db().delete(trainingParticipants).where(and(eq(trainingParticipants.trainingId, openTrainingId), eq(trainingParticipants.userId, m.s.socialWorker.userId)));
  return addUserParticipant(a, { trainingId: openTrainingId, userId: m.s.socialWorker.userId });
}

const addPerson = (a: Actor) => addInstitutionParticipant(a, { trainingId: openTrainingId, institutionId: m.school.id, name: 'Anna Kowalska', function: 'Pedagog szkolny' });

/** Removes a participant ROPS of podlaskie has just added. */
async function removePerson(a: Actor) {
  const p = await addPerson(m.s.rops);
  return removeParticipant(a, { trainingId: openTrainingId, participantId: p.id });
}

const attendance = (a: Actor) => saveTrainingAttendance(a, { trainingId: openTrainingId, attended: [] });

/** Closes a fresh basic training with one attendee. */
async function close(a: Actor) {
  const id = await readyToClose();
  return closeAttendance(a, { trainingId: id, version: await version(id) });
}

async function allCertificates(a: Actor) {
  const d = await allCertificatesData(a, closedTrainingId);
  if (d.certificates.length !== 2 || !d.certificates.some((c) => c.participantId === ownParticipantId)) throw new Error('not the two attendees\' zaświadczenia');
}

const ROPS = row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  // Training needs: the animators and WZK report from their own place; ROPS reads its województwo's.
  { fn: 'lib/school/needs.ts#submitNeed', role: 'gops_animator', call: newNeed, expect: row('allow', 'allow', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'allow = a need of its own gmina' },
  { fn: 'lib/school/needs.ts#submitNeed', role: 'wzk_member', call: newNeed, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/school/needs.ts#submitNeed', role: 'rops_adviser', call: newNeed, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'ROPS receives the needs' },
  { fn: 'lib/school/needs.ts#myNeeds', role: 'gops_animator', call: (a) => ownNeeds(a), expect: row('allow', 'allow', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'allow = one\'s own needs only' },
  { fn: 'lib/school/needs.ts#needsOverview', role: 'rops_adviser', call: async (a) => regionNeeds(a, await needsOverview(a, NEEDS_YEAR)), expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'allow = its own województwo\'s needs' },
  { fn: 'lib/school/needs.ts#needsOverview', role: 'gops_animator', call: async (a) => regionNeeds(a, await needsOverview(a, NEEDS_YEAR)), expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/school/needs.ts#needsPage', role: 'gops_animator', call: submitterPage, expect: row('allow', 'allow', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/school/needs.ts#needsPage', role: 'rops_adviser', call: ropsPage, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/school/needs.ts#needsPage', role: 'pzk_member', call: page, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'members neither report nor read needs' },
  { fn: 'lib/school/needs.ts#needsCsv', role: 'rops_adviser', call: csv, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },

  // Trainings: everyone working in a województwo sees its own; ROPS keeps them.
  { fn: 'lib/school/trainings.ts#listTrainings', role: 'gops_animator', call: trainingList, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN'), note: 'allow = its own województwo\'s trainings only' },
  { fn: 'lib/school/trainings.ts#trainingFormOptions', role: 'rops_adviser', call: formOptions, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'allow = its own województwo\'s implementations only' },
  { fn: 'lib/school/trainings.ts#trainingFormOptions', role: 'wzk_member', call: formOptions, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/school/trainings.ts#addUserParticipant', role: 'rops_adviser', call: addUser, expect: ROPS },
  { fn: 'lib/school/trainings.ts#addInstitutionParticipant', role: 'rops_adviser', call: addPerson, expect: ROPS },
  { fn: 'lib/school/trainings.ts#removeParticipant', role: 'rops_adviser', call: removePerson, expect: ROPS },
  { fn: 'lib/school/trainings.ts#saveTrainingAttendance', role: 'rops_adviser', call: attendance, expect: ROPS },
  { fn: 'lib/school/trainings.ts#saveTrainingAttendance', role: 'gops_animator', call: attendance, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/school/trainings.ts#closeAttendance', role: 'rops_admin', call: close, expect: ROPS },

  // Zaświadczenia: the participant's own, and ROPS of the training's województwo.
  { fn: 'lib/school/trainings.ts#certificateData', role: 'gops_animator', call: (a) => certificateData(a, closedTrainingId, ownParticipantId), expect: row('allow', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'inside: the participant; the rest of podlaskie sees the training, not the zaświadczenie' },
  { fn: 'lib/school/trainings.ts#certificateData', role: 'rops_adviser', call: (a) => certificateData(a, closedTrainingId, ownParticipantId), expect: ROPS },
  { fn: 'lib/school/pdf.tsx#certificatePdf', role: 'gops_animator', call: (a) => certificatePdf(a, closedTrainingId, ownParticipantId), expect: row('allow', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/school/trainings.ts#allCertificatesData', role: 'rops_adviser', call: allCertificates, expect: ROPS },
  { fn: 'lib/school/pdf.tsx#allCertificatesPdf', role: 'rops_adviser', call: (a) => allCertificatesPdf(a, closedTrainingId), expect: ROPS },
];

export default { setup, rows } satisfies RowModule;
