import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { localDiagnoses } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { diagnosisCsvTemplate } from '@/lib/diagnosis/csv';
import { createDiagnosis, diagnosisFormOptions, finishDiagnosis, getDiagnosis, importDiagnosisFigures, listDiagnoses, notificationDiagnosis, reopenDiagnosis, saveDiagnosis } from '@/lib/diagnosis/diagnoses';
import { diagnosisPdf } from '@/lib/diagnosis/pdf';
import { uid } from '../factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The local diagnosis of step 2.1 (issue 18 §4), of gmina Janów in powiat sokólski, made by Janów's
 * GOPS animator. It is read and changed through its places — the powiat and its gminas — so the
 * PCPR animator of sokólski and Janów's GOPS animator reach it, Dąbrowa's does not (NOT_FOUND);
 * ROPS reads it (changing is FORBIDDEN); roles without diagnosis.* are refused outright (FORBIDDEN).
 */

let diagnosisId: number;
const versionOf = async (id: number) => (await getDb().select({ v: localDiagnoses.version }).from(localDiagnoses).where(eq(localDiagnoses.id, id)))[0].v;
const janowPlace = () => ({ voivodeshipId: m.s.pzk.voivodeshipId, powiatId: m.s.pzk.powiatId, gminaId: m.s.pzk.gminaId });
const fresh = async () => (await createDiagnosis(m.s.gops, { title: `Diagnoza ${uid()}`, madeOn: '2027-01-15', gminaIds: [m.s.pzk.gminaId] })).id;

async function setup() {
  diagnosisId = await fresh();
}

/** Lists only what the actor covers: the fixture's diagnosis exactly when Janów is in its scope. */
async function listChecked(a: Actor) {
  const ids = (await listDiagnoses(a)).map((d) => d.id);
  if (ids.includes(diagnosisId) !== can(a.scope, 'diagnosis.view', janowPlace())) throw new Error('the list disagrees with the policy');
}

const save = async (a: Actor) =>
  saveDiagnosis(a, { diagnosisId, version: await versionOf(diagnosisId), title: `Diagnoza ${uid()}`, madeOn: '2027-01-15', gminas: [{ gminaId: m.s.pzk.gminaId, figures: { population: '5200' } }] });
const importCsv = async (a: Actor) => importDiagnosisFigures(a, { diagnosisId, version: await versionOf(diagnosisId), csv: 'TERYT;Liczba mieszkańców\n2011022;5300' });
const create = (a: Actor) => createDiagnosis(a, { title: `Diagnoza ${uid()}`, madeOn: '2027-01-15', gminaIds: [m.s.pzk.gminaId] });
const finish = async (a: Actor) => finishDiagnosis(a, { diagnosisId: await fresh(), version: 1 });
async function reopen(a: Actor) {
  const id = await fresh();
  await finishDiagnosis(m.s.gops, { diagnosisId: id, version: 1 });
  await reopenDiagnosis(a, { diagnosisId: id, version: 2 });
}

const F = 'lib/diagnosis/diagnoses.ts';
const NF = row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const NF_POWIAT = row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const ROPS_READ = row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const ROPS_WRITE = row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
//                                                   inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  { fn: `${F}#getDiagnosis`, role: 'gops_animator', call: (a) => getDiagnosis(a, diagnosisId), expect: NF, note: 'through one of its gminas' },
  { fn: `${F}#getDiagnosis`, role: 'pcpr_animator', call: (a) => getDiagnosis(a, diagnosisId), expect: NF_POWIAT, note: 'through its powiat' },
  { fn: `${F}#getDiagnosis`, role: 'rops_adviser', call: (a) => getDiagnosis(a, diagnosisId), expect: ROPS_READ },
  { fn: `${F}#getDiagnosis`, role: 'councillor', call: (a) => getDiagnosis(a, diagnosisId), expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'no diagnosis.view' },
  { fn: `${F}#listDiagnoses`, role: 'gops_animator', call: listChecked, expect: row('allow', 'allow', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'scoped in the where' },
  { fn: `${F}#listDiagnoses`, role: 'rops_adviser', call: listChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: `${F}#diagnosisFormOptions`, role: 'gops_animator', call: diagnosisFormOptions, expect: row('allow', 'allow', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'its own gmina' },
  { fn: `${F}#diagnosisFormOptions`, role: 'rops_adviser', call: diagnosisFormOptions, expect: ROPS_WRITE },
  { fn: `${F}#createDiagnosis`, role: 'gops_animator', call: create, expect: row('allow', 'INVALID', 'INVALID', 'INVALID', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'only gminas it covers are offered' },
  { fn: `${F}#createDiagnosis`, role: 'pcpr_animator', call: create, expect: row('allow', '-', 'INVALID', 'INVALID', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: `${F}#saveDiagnosis`, role: 'gops_animator', call: save, expect: NF },
  { fn: `${F}#saveDiagnosis`, role: 'pcpr_animator', call: save, expect: NF_POWIAT },
  { fn: `${F}#saveDiagnosis`, role: 'rops_adviser', call: save, expect: ROPS_WRITE, note: 'ROPS reads only' },
  { fn: `${F}#importDiagnosisFigures`, role: 'gops_animator', call: importCsv, expect: NF },
  { fn: `${F}#importDiagnosisFigures`, role: 'rops_adviser', call: importCsv, expect: ROPS_WRITE },
  { fn: `${F}#finishDiagnosis`, role: 'pcpr_animator', call: finish, expect: NF_POWIAT },
  { fn: `${F}#finishDiagnosis`, role: 'rops_adviser', call: finish, expect: ROPS_WRITE },
  { fn: `${F}#reopenDiagnosis`, role: 'gops_animator', call: reopen, expect: NF },
  { fn: `${F}#reopenDiagnosis`, role: 'rops_adviser', call: reopen, expect: ROPS_WRITE },
  { fn: `${F}#notificationDiagnosis`, role: 'rops_adviser', call: (a) => notificationDiagnosis(a, m.notificationId), expect: ROPS_READ, note: 'the notification’s readers' },
  { fn: `${F}#notificationDiagnosis`, role: 'pcpr_animator', call: (a) => notificationDiagnosis(a, m.notificationId), expect: NF_POWIAT },
  { fn: 'lib/diagnosis/pdf.tsx#diagnosisPdf', role: 'pcpr_animator', call: (a) => diagnosisPdf(a, diagnosisId), expect: NF_POWIAT },
  { fn: 'lib/diagnosis/pdf.tsx#diagnosisPdf', role: 'rops_adviser', call: (a) => diagnosisPdf(a, diagnosisId), expect: ROPS_READ },
  { fn: 'lib/diagnosis/csv.ts#diagnosisCsvTemplate', role: 'gops_animator', call: (a) => diagnosisCsvTemplate(a, diagnosisId), expect: NF },
];

export default { setup, rows } satisfies RowModule;
