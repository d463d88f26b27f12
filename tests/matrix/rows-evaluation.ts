import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { activityRecords, costRates, evaluationAnswers, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { calculatorPdf } from '@/lib/calculator/pdf';
import { calculate, rateForEdit, ratesOverview, saveCostRate } from '@/lib/calculator/service';
import { certificatesPdf, indicatorsCsv, referencesPdf, regionalCsv, regionalReportPdf } from '@/lib/evaluation/documents';
import { certificatePeople, deleteActivity, getActivityFile, listEvaluations, loadImplementation, regionalReport, saveActivity, saveAnswers } from '@/lib/evaluation/evaluation';
import { referencePeople } from '@/lib/evaluation/references';
import { QUESTION_KEYS } from '@/lib/evaluation/labels';
import { FOREIGN_POWIAT, columnOf, m, row, sameSet, type Column, type MatrixRow, type RowModule } from './fixture';
import { MAZOWIECKIE, PODLASKIE, SOKOLSKI, unit } from '../factories';
import { TINY_PDF } from '../upload-fixtures';

/*
 * Stage IV beyond the reads of rows-core.ts — Janów's implementation (powiat sokólski: Janów and
 * Dąbrowa): its answers, activity records and attachments, the certificates and references ROPS
 * prepares; the regional report of a województwo (ROPS, WZK). And the calculator's rates, which
 * ROPS keeps per województwo.
 *
 * By lib/evaluation/evaluation.ts: whoever's territory covers the powiat or one of its gminas reads
 * (others: NOT_FOUND); its PCPR animator and the GOPS animators of its gminas write — each GOPS
 * animator only its own gmina's records or the implementation's as a whole; ROPS certifies.
 */

const db = () => getDb();
/** An activity of Janów with an attached file. */
let fileId: string;
let names: { podlaskie: string; mazowieckie: string; sokolski: string; bialobrzeski: string };

async function setup() {
  const { id } = await saveActivity(
    m.s.gops,
    { implementationId: m.implementationId, kind: 'community_action', title: 'Piknik rodzinny', startsOn: '2027-03-10', gminaId: m.s.pzk.gminaId, partners: 'Szkoła', participants: '40', outcome: '' },
    { name: 'lista-obecnosci.pdf', data: TINY_PDF },
  );
  [{ fileId }] = (await db().select({ fileId: activityRecords.fileId }).from(activityRecords).where(eq(activityRecords.id, id))) as { fileId: string }[];
  names = { podlaskie: (await unit(PODLASKIE)).name, mazowieckie: (await unit(MAZOWIECKIE)).name, sokolski: (await unit(SOKOLSKI)).name, bialobrzeski: (await unit(FOREIGN_POWIAT)).name };
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

async function saveAnswersNow(a: Actor) {
  const [current] = await db().select({ version: evaluationAnswers.version }).from(evaluationAnswers).where(eq(evaluationAnswers.implementationId, m.implementationId));
  return saveAnswers(a, {
    implementationId: m.implementationId,
    version: current?.version ?? 0,
    answers: Object.fromEntries(QUESTION_KEYS.map((k) => [k, 'Zespół spotykał się co miesiąc.'])),
    recommendations: 'Kontynuować spotkania PZK.',
  });
}

const activity = (gminaId: number | '') => ({ implementationId: m.implementationId, kind: 'promotion', title: 'Artykuł w gazecie gminnej', startsOn: '2027-04-01', gminaId, partners: '', participants: '0', outcome: '' });

/** Deletes a new activity of Janów; a refused call must leave it in place. */
async function deleteNewActivity(a: Actor) {
  const [r] = await db()
    .insert(activityRecords)
    .values({ implementationId: m.implementationId, gminaId: m.s.pzk.gminaId, kind: 'promotion', title: 'Ulotka o PZK', startsOn: '2027-04-02', createdBy: m.s.gops.userId })
    .returning({ id: activityRecords.id });
  try {
    return await deleteActivity(a, { implementationId: m.implementationId, activityId: r.id });
  } catch (e) {
    if (!(await db().select().from(activityRecords).where(eq(activityRecords.id, r.id))).length) throw new Error('refused, yet the activity is gone');
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Lists and regional pages: allowed, and each must see exactly its own
// ---------------------------------------------------------------------------------------------


type Impl = 'janow' | 'choroszcz' | 'foreign';
const implIds = (): Record<Impl, number> => ({ janow: m.implementationId, choroszcz: m.choroszczPzk.implementationId, foreign: m.foreignPzk.implementationId });

/** The fixture's implementations among `listed`, against those the column should see. */
async function implementationsSeen(role: Role, a: Actor, listed: number[], want: Partial<Record<Column, Impl[]>>) {
  const ids = implIds();
  const known = new Set(Object.values(ids));
  sameSet('implementations', listed.filter((id) => known.has(id)), (want[await columnOf(role, a)] ?? []).map((k) => ids[k]));
}

/** A regional page of the actor's own województwo: podlaskie's at home, mazowieckie's abroad. */
const REGIONAL: Partial<Record<Column, Impl[]>> = { inside: ['janow', 'choroszcz'], otherVoivodeship: ['foreign'] };
const atHome = async (role: Role, a: Actor) => (await columnOf(role, a)) === 'inside';

async function regionalSeen(role: Role, a: Actor) {
  const r = await regionalReport(a);
  await implementationsSeen(role, a, r.implementations.map((i) => i.id), REGIONAL);
}

async function regionalPdfSeen(role: Role, a: Actor) {
  const { filename } = await regionalReportPdf(a);
  const want = (await atHome(role, a)) ? names.podlaskie : names.mazowieckie;
  if (!filename.includes(want)) throw new Error(`${filename} is not the report of ${want}`);
}

async function regionalCsvSeen(role: Role, a: Actor) {
  const { csv } = await regionalCsv(a);
  const [own, other] = (await atHome(role, a)) ? [names.sokolski, names.bialobrzeski] : [names.bialobrzeski, names.sokolski];
  if (!csv.includes(`powiat ${own}, od `) || csv.includes(`powiat ${other}, od `)) throw new Error(`the CSV does not list exactly powiat ${own}`);
}

/** The rates of the actor's own województwo: read and written there, whoever it is. */
async function rateSeen(role: Role, a: Actor) {
  const { voivodeshipName } = await rateForEdit(a, 'dps_month');
  const want = (await atHome(role, a)) ? names.podlaskie : names.mazowieckie;
  if (voivodeshipName !== want) throw new Error(`the rate of ${voivodeshipName}, want ${want}`);
}

/**
 * The calculator and the rates overview read the rates of the actor's own województwo; a visitor
 * and the national administrator, who have none, the defaults.
 */
async function calculatorSeen(a: Actor | null, what: 'calculate' | 'overview' | 'pdf') {
  const want = !a || a.scope.role === 'national_admin' ? null : a.scope.voivodeshipId === (await unit(PODLASKIE)).voivodeshipId ? names.podlaskie : names.mazowieckie;
  if (what === 'pdf') {
    const { pdf } = await calculatorPdf(a, {});
    if (pdf.length < 1000) throw new Error('no PDF');
    return;
  }
  const got = what === 'calculate' ? await calculate(a, {}) : await ratesOverview(a);
  if (got.voivodeshipName !== want) throw new Error(`the rates of ${got.voivodeshipName}, want ${want}`);
}

async function saveRate(role: Role, a: Actor) {
  const key = 'care_service_hour';
  const [stored] = await db().select({ version: costRates.version }).from(costRates).where(and(eq(costRates.voivodeshipId, a.scope.voivodeshipId), eq(costRates.key, key)));
  const { id } = await saveCostRate(a, { key, amount: '41,5', unit: 'zł / godz.', source: 'Uchwała rady gminy (macierz uprawnień)', version: stored?.version ?? 0 });
  const [saved] = await db().select({ voivodeshipId: costRates.voivodeshipId }).from(costRates).where(eq(costRates.id, id));
  const want = (await unit((await atHome(role, a)) ? PODLASKIE : MAZOWIECKIE)).voivodeshipId;
  if (saved.voivodeshipId !== want) throw new Error('the rate was saved for another województwo');
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
/** Reading Janów's implementation (it spans Janów and Dąbrowa). */
const VIEW = row('allow', 'allow', NF, NF, 'allow', 'allow', NF);
/** Writing it. */
const MANAGE = {
  gops_animator: row('allow', 'allow', NF, NF, FB, FB, NF),
  pcpr_animator: row('allow', '-', NF, NF, FB, FB, NF),
  rops_adviser: row(FB, '-', '-', NF, FB, FB, NF),
} as const;
/** Certificates and references: ROPS prepares them. */
const CERTIFY = {
  rops_adviser: row('allow', '-', '-', NF, FB, FB, NF),
  rops_admin: row('allow', '-', '-', NF, FB, FB, NF),
  gops_animator: row(FB, FB, NF, NF, FB, FB, NF),
} as const;
const VIEW_NOTE = 'the implementation spans Janów and Dąbrowa; PZK members read it from their gmina';
const MANAGE_NOTES: Partial<Record<Role, string>> = {
  gops_animator: 'the GOPS animators of both gminas write; readers are refused',
  rops_adviser: 'ROPS reads the report, the animators write it',
};
const REGIONAL_VIEW = row('allow', '-', '-', 'allow', FB, FB, FB);

const rows: MatrixRow[] = [
  { fn: 'lib/evaluation/evaluation.ts#loadImplementation', role: 'gops_animator', call: (a) => loadImplementation(a, m.implementationId), expect: VIEW, note: VIEW_NOTE },
  { fn: 'lib/evaluation/evaluation.ts#loadImplementation', role: 'pzk_member', call: (a) => loadImplementation(a, m.implementationId, 'manage'), expect: row(FB, FB, NF, NF, FB, FB, NF), note: 'need = manage: members read, they do not write' },
  { fn: 'lib/evaluation/evaluation.ts#loadImplementation', role: 'rops_adviser', call: (a) => loadImplementation(a, m.implementationId, 'certify'), expect: CERTIFY.rops_adviser, note: 'need = certify' },
  {
    fn: 'lib/evaluation/evaluation.ts#listEvaluations',
    role: 'gops_animator',
    call: async (a) => implementationsSeen('gops_animator', a, (await listEvaluations(a)).rows.map((r) => r.id), { inside: ['janow'], neighbourGmina: ['janow'], otherPowiat: ['choroszcz'], otherVoivodeship: ['foreign'], guest: ['janow'], otherPzkMember: ['janow'] }),
    expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', FB),
    note: 'allow = exactly the implementations of its own territory',
  },
  {
    fn: 'lib/evaluation/evaluation.ts#listEvaluations',
    role: 'rops_adviser',
    call: async (a) => implementationsSeen('rops_adviser', a, (await listEvaluations(a)).rows.map((r) => r.id), { ...REGIONAL, guest: ['janow'], otherPzkMember: ['janow'] }),
    expect: row('allow', '-', '-', 'allow', 'allow', 'allow', FB),
  },
  { fn: 'lib/evaluation/evaluation.ts#saveAnswers', role: 'gops_animator', call: saveAnswersNow, expect: MANAGE.gops_animator, note: MANAGE_NOTES.gops_animator },
  { fn: 'lib/evaluation/evaluation.ts#saveAnswers', role: 'rops_adviser', call: saveAnswersNow, expect: MANAGE.rops_adviser, note: MANAGE_NOTES.rops_adviser },
  // evaluation.answer: the councillors responsible for the evaluation write the team's answers too (step 10.2) …
  { fn: 'lib/evaluation/evaluation.ts#saveAnswers', role: 'councillor', call: saveAnswersNow, expect: row('allow', 'allow', NF, NF, FB, FB, NF), note: 'the councillors of both gminas of the implementation write the answers; readers are refused' },
  // … but do not record activities (evaluation.manage).
  { fn: 'lib/evaluation/evaluation.ts#saveActivity', role: 'councillor', call: (a) => saveActivity(a, activity('')), expect: row(FB, FB, NF, NF, FB, FB, NF), note: 'councillors read the implementation and write the answers, not the activities' },
  { fn: 'lib/evaluation/evaluation.ts#saveActivity', role: 'gops_animator', call: (a) => saveActivity(a, activity('')), expect: MANAGE.gops_animator, note: 'an activity of the whole implementation' },
  { fn: 'lib/evaluation/evaluation.ts#saveActivity', role: 'pcpr_animator', call: (a) => saveActivity(a, activity(m.s.pzk.gminaId)), expect: MANAGE.pcpr_animator, note: 'an activity of gmina Janów' },
  {
    fn: 'lib/evaluation/evaluation.ts#deleteActivity',
    role: 'gops_animator',
    call: deleteNewActivity,
    expect: row('allow', FB, NF, NF, FB, FB, NF),
    note: 'an activity of gmina Janów: Dąbrowa\'s GOPS animator reads it but changes only its own gmina\'s',
  },
  { fn: 'lib/evaluation/evaluation.ts#getActivityFile', role: 'gops_animator', call: (a) => getActivityFile(a, m.implementationId, fileId), expect: VIEW, note: VIEW_NOTE },
  { fn: 'lib/evaluation/documents.tsx#indicatorsCsv', role: 'gops_animator', call: (a) => indicatorsCsv(a, m.implementationId), expect: VIEW, note: VIEW_NOTE },

  { fn: 'lib/evaluation/evaluation.ts#certificatePeople', role: 'rops_adviser', call: (a) => certificatePeople(a, m.implementationId), expect: CERTIFY.rops_adviser, note: 'readers of the report do not certify' },
  { fn: 'lib/evaluation/evaluation.ts#certificatePeople', role: 'gops_animator', call: (a) => certificatePeople(a, m.implementationId), expect: CERTIFY.gops_animator, note: 'certificates are prepared by ROPS' },
  { fn: 'lib/evaluation/references.ts#referencePeople', role: 'rops_admin', call: (a) => referencePeople(a, m.implementationId), expect: CERTIFY.rops_admin },
  { fn: 'lib/evaluation/documents.tsx#certificatesPdf', role: 'rops_adviser', call: (a) => certificatesPdf(a, m.implementationId), expect: CERTIFY.rops_adviser },
  { fn: 'lib/evaluation/documents.tsx#referencesPdf', role: 'rops_adviser', call: (a) => referencesPdf(a, m.implementationId), expect: CERTIFY.rops_adviser },

  // The regional report: ROPS and WZK, of their own województwo.
  { fn: 'lib/evaluation/evaluation.ts#regionalReport', role: 'rops_adviser', call: (a) => regionalSeen('rops_adviser', a), expect: REGIONAL_VIEW, note: 'allow = its own województwo\'s implementations only' },
  { fn: 'lib/evaluation/evaluation.ts#regionalReport', role: 'wzk_member', call: (a) => regionalSeen('wzk_member', a), expect: REGIONAL_VIEW },
  { fn: 'lib/evaluation/evaluation.ts#regionalReport', role: 'gops_animator', call: (a) => regionalSeen('gops_animator', a), expect: row(FB, FB, FB, FB, FB, FB, FB) },
  { fn: 'lib/evaluation/documents.tsx#regionalReportPdf', role: 'rops_adviser', call: (a) => regionalPdfSeen('rops_adviser', a), expect: REGIONAL_VIEW },
  { fn: 'lib/evaluation/documents.tsx#regionalCsv', role: 'wzk_member', call: (a) => regionalCsvSeen('wzk_member', a), expect: REGIONAL_VIEW },

  // The calculator's rates: ROPS of each województwo keeps its own.
  // The cost calculator: everyone working in a województwo, with its rates; not the national administrator.
  // Public (policy 'calculator.use'): a visitor without an account calculates with the default rates
  // or a chosen województwo's; the national administrator, who works in none, likewise.
  { fn: 'lib/calculator/service.ts#calculate', role: 'gops_animator', call: (a) => calculatorSeen(a, 'calculate'), expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'), visitor: { call: (v) => calculatorSeen(v, 'calculate'), expect: 'allow' } },
  { fn: 'lib/calculator/service.ts#ratesOverview', role: 'pzk_member', call: (a) => calculatorSeen(a, 'overview'), expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'), visitor: { call: (v) => calculatorSeen(v, 'overview'), expect: 'allow' } },
  { fn: 'lib/calculator/pdf.tsx#calculatorPdf', role: 'pcpr_animator', call: (a) => calculatorSeen(a, 'pdf'), expect: row('allow', '-', 'allow', 'allow', 'allow', 'allow', 'allow'), visitor: { call: (v) => calculatorSeen(v, 'pdf'), expect: 'allow' } },
  { fn: 'lib/calculator/service.ts#rateForEdit', role: 'rops_adviser', call: (a) => rateSeen('rops_adviser', a), expect: REGIONAL_VIEW, note: 'allow = the rate of its own województwo' },
  { fn: 'lib/calculator/service.ts#rateForEdit', role: 'gops_animator', call: (a) => rateSeen('gops_animator', a), expect: row(FB, FB, FB, FB, FB, FB, FB), note: 'everyone reads the rates on the overview; only ROPS edits them' },
  { fn: 'lib/calculator/service.ts#saveCostRate', role: 'rops_admin', call: (a) => saveRate('rops_admin', a), expect: REGIONAL_VIEW, note: 'allow = saved for its own województwo' },
  { fn: 'lib/calculator/service.ts#saveCostRate', role: 'wzk_member', call: (a) => saveRate('wzk_member', a), expect: row(FB, '-', '-', FB, FB, FB, FB) },
];

export default { setup, rows } satisfies RowModule;
