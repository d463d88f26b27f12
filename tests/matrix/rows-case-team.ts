import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { ippTasks, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { createNextIpp, saveIpp } from '@/lib/cases/ipp';
import { addJournalEntry, getJournal } from '@/lib/cases/journal';
import { getTeamTasks, reportTask } from '@/lib/cases/team-work';
import { goalInput, ippInput, qualifiedCase, taskInput } from '../case-factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The case team writes (issue 15, item 3): the tasks page and the reports on IPP tasks, the
 * dziennik współpracy and its entries, on a qualified case of Janów whose IPP has a task of the
 * signed member's institution. Who: the writers of the case (GOPS animator inside); the signed
 * member on the case team reads both pages and writes for its own institution's task; ROPS at home
 * without a stated purpose is sent to state one (FORBIDDEN); the guest (its institution not on the
 * case team), other PZKs' members and everyone else do not find the case. The partner institution
 * (an account of an institution on the team, not on it in person) and the family expert are in
 * tests/integration/case-team-work.test.ts.
 */

const db = () => getDb();
let caseId: number;
let ippId: number;
const TASK_KEY = 't-szkola';

async function setup() {
  const made = await qualifiedCase(m.s);
  caseId = made.caseId;
  ({ id: ippId } = await createNextIpp(m.s.gops, { caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' }));
  const school = taskInput({ key: TASK_KEY, description: 'Konsultacje z pedagogiem szkolnym', institutionId: String(m.s.member.scope.institutionId), institutionName: '', dueOn: '2027-03-15' });
  await saveIpp(m.s.gops, ippInput(caseId, ippId, 1, [goalInput(made.mother), goalInput(made.son, { title: 'Powrót do nauki', tasks: [school] })]));
}

const taskVersion = async () => (await db().select({ version: ippTasks.version }).from(ippTasks).where(and(eq(ippTasks.ippId, ippId), eq(ippTasks.taskKey, TASK_KEY))))[0].version;

const report = async (a: Actor) => reportTask(a, { caseId, ippId, taskKey: TASK_KEY, version: await taskVersion(), status: 'in_progress', notedOn: '2027-03-01', note: 'Pierwsze spotkanie z uczniem.' });
const addEntry = (a: Actor) => addJournalEntry(a, { caseId, happenedOn: '2027-03-02', kind: 'conversation', participants: 'wychowawca, matka', note: 'Rozmowa o frekwencji.' });

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
const EXPECT: Partial<Record<Role, MatrixRow['expect']>> = {
  gops_animator: row('allow', NF, NF, NF, NF, NF, NF),
  pcpr_animator: row('allow', '-', NF, NF, NF, NF, NF),
  pzk_member: row('allow', NF, NF, NF, NF, NF, NF),
  rops_adviser: row(FB, '-', '-', NF, NF, NF, NF),
  social_worker: row(NF, NF, NF, NF, NF, NF, NF),
  family_expert: row(NF, NF, NF, NF, NF, NF, NF),
};
const NOTES: Partial<Record<Role, string>> = {
  pzk_member: 'inside: the signed member on the case team (its institution answers for the task); the guest\'s institution is not on the case team',
  rops_adviser: 'ROPS at home: reads with a stated purpose only (FORBIDDEN without one), never writes',
  social_worker: 'a social worker of the gmina who is neither the key worker nor on the team',
  family_expert: 'a family expert not on this case\'s team',
};

const rowsFor = (fn: string, call: (a: Actor) => Promise<unknown>): MatrixRow[] =>
  (Object.entries(EXPECT) as [Role, MatrixRow['expect']][]).map(([role, expect]) => ({ fn, role, call, expect, note: NOTES[role] }));

const rows: MatrixRow[] = [
  ...rowsFor('lib/cases/team-work.ts#getTeamTasks', (a) => getTeamTasks(a, caseId)),
  ...rowsFor('lib/cases/team-work.ts#reportTask', report),
  ...rowsFor('lib/cases/journal.ts#getJournal', (a) => getJournal(a, caseId)),
  ...rowsFor('lib/cases/journal.ts#addJournalEntry', addEntry),
];

export default { setup, rows } satisfies RowModule;
