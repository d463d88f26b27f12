import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { caseMonitoring, cases, ippTasks, ippTaskUpdates, ipps, pzkMembers } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock, dateInPoland } from '@/lib/clock';
import { addDays } from '@/lib/model/dates';
import { ippTaskItems, ippTaskUpdateItems } from '@/lib/inbox/sources/ipp-tasks';
import { caseSetup, qualifiedCase, type CaseSetup } from '../case-factories';
import { DABROWA, JANOW } from '../factories';

/*
 * The IPP tasks of a partner institution in its inbox, and the partners' reports in the key
 * worker's. Rows of ipp_tasks are written here directly (the IPP save keeps them in step elsewhere).
 */

let s: CaseSetup;
let caseId: number;
let caseNumber: string;
let ippId: number;
const db = () => getDb();
const today = () => clock.today();
const keys = async (actor: Actor) => (await ippTaskItems(db(), actor, today())).map((i) => i.key).sort();

async function addIpp(forCase: number, sequence: number) {
  const [row] = await db()
    .insert(ipps)
    .values({ caseId: forCase, sequence, startsOn: sequence === 1 ? '2027-01-15' : '2027-04-15', endsOn: sequence === 1 ? '2027-04-14' : '2027-07-14', goals: [], pzkAttendance: 'through_key_worker' })
    .returning({ id: ipps.id });
  return row.id;
}

async function addTask(ipp: number, forCase: number, taskKey: string, institutionId: number | null, over: Partial<typeof ippTasks.$inferInsert> = {}) {
  await db().insert(ippTasks).values({ ippId: ipp, caseId: forCase, taskKey, goalKey: 'g1', institutionId, description: `Zadanie ${taskKey}`, dueOn: '2027-04-10', ...over });
}

beforeAll(async () => {
  s = await caseSetup([JANOW, DABROWA]);
  ({ caseId } = await qualifiedCase(s));
  [{ number: caseNumber }] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
  const first = await addIpp(caseId, 1);
  ippId = await addIpp(caseId, 2);
  const school = s.member.scope.institutionId!;
  await addTask(first, caseId, 'old', school);
  await addTask(ippId, caseId, 'open', school, { dueOn: '2027-04-20', description: 'Umówić konsultację w poradni psychologiczno-pedagogicznej dla syna i ustalić termin badania oraz opinię' });
  await addTask(ippId, caseId, 'problem', school, { status: 'problem', dueOn: '2027-03-01' });
  await addTask(ippId, caseId, 'done', school, { status: 'done' });
  await addTask(ippId, caseId, 'police', s.outsider.scope.institutionId!);
  await addTask(ippId, caseId, 'nobody', null);
});

describe('IPP tasks of the partner institution', () => {
  it('lists the open tasks of its institution in the case’s current IPP, oldest due first, with a short label', async () => {
    const items = await ippTaskItems(db(), s.member, today());
    expect(items.map((i) => i.key)).toEqual([`ipp-task:${ippId}:problem`, `ipp-task:${ippId}:open`]);
    expect(items[1]).toEqual({
      key: `ipp-task:${ippId}:open`,
      source: 'ipp_task',
      what: 'Zadanie z IPP: Umówić konsultację w poradni psychologiczno-pedagogicznej dla syna i ustalić…',
      where: `Sprawa ${caseNumber}`,
      dueOn: '2027-04-20',
      href: `/sprawy/${caseId}/zadania`,
      nav: '/sprawy',
    });
  });

  it('another person of the same institution sees the same tasks (the institution is on the team)', async () => {
    const colleague = { ...s.member, userId: '00000000-0000-4000-8000-00000000abcd' };
    expect(await keys(colleague)).toEqual([`ipp-task:${ippId}:open`, `ipp-task:${ippId}:problem`]);
  });

  it('an institution with a task but not on the case team, or of another PZK, gets nothing', async () => {
    expect(await keys(s.outsider)).toEqual([]);
    expect(await keys(s.strangerMember)).toEqual([]);
  });

  it('territorial roles get nothing here (they see the plan on the case)', async () => {
    for (const a of [s.gops, s.pcpr, s.socialWorker, s.rops]) expect(await keys(a)).toEqual([]);
  });

  it('a task marked done disappears; a case no longer in work shows none', async () => {
    await db().update(ippTasks).set({ status: 'done' }).where(sql`${ippTasks.ippId} = ${ippId} and ${ippTasks.taskKey} = 'problem'`);
    expect(await keys(s.member)).toEqual([`ipp-task:${ippId}:open`]);
    await db().update(cases).set({ status: 'after_care' }).where(eq(cases.id, caseId));
    expect(await keys(s.member)).toEqual([]);
    await db().update(cases).set({ status: 'qualified' }).where(eq(cases.id, caseId));
    await db().update(ippTasks).set({ status: 'problem' }).where(sql`${ippTasks.ippId} = ${ippId} and ${ippTasks.taskKey} = 'problem'`);
  });

  it('an institution removed from the team’s member list sees its tasks no more', async () => {
    await db().update(pzkMembers).set({ removedAt: sql`now()` }).where(eq(pzkMembers.id, s.memberRowId));
    try {
      expect(await keys(s.member)).toEqual([]);
    } finally {
      await db().update(pzkMembers).set({ removedAt: null }).where(eq(pzkMembers.id, s.memberRowId));
    }
    expect(await keys(s.member)).toHaveLength(2);
  });
});

describe('partners’ reports for the key worker', () => {
  const report = (status: 'in_progress' | 'done' | 'problem', by: Actor, hoursAgo: number) =>
    db()
      .insert(ippTaskUpdates)
      .values({ ippId, taskKey: 'open', caseId, status, notedOn: '2027-03-30', institutionId: by.scope.institutionId, userId: by.userId, userName: by.name, createdAt: sql`now() - make_interval(hours => ${hoursAgo})` });

  it('one item per case with the reports since the latest monitoring; gone once a monitoring is recorded after them', async () => {
    expect(await ippTaskUpdateItems(db(), s.socialWorker, today())).toEqual([]);
    await report('in_progress', s.member, 5);
    await report('problem', s.member, 4);
    // The key worker's own report is not news to them.
    await report('done', s.socialWorker, 3);
    const [item] = await ippTaskUpdateItems(db(), s.socialWorker, today());
    expect(item).toMatchObject({
      key: `ipp-task-update:${caseId}`,
      source: 'ipp_task_update',
      what: 'Partnerzy zgłosili postęp zadań: 2 zgłoszenia postępu (ostatnie: problem)',
      where: `Sprawa ${caseNumber}`,
      href: `/sprawy/${caseId}/monitoring`,
      nav: '/sprawy',
    });
    // A problem is due the day it was reported: the Polish date of the database's stamp (the
    // database's clock, not the test's moved one).
    expect(item.dueOn).toBe(dateInPoland(new Date(Date.now() - 4 * 3600_000)));

    await db().insert(caseMonitoring).values({ caseId, ippId, heldOn: '2027-03-30', scales: {}, satisfaction: 6, taskStatuses: {}, recordedBy: s.socialWorker.userId, recordedByName: 'Pracownik', createdAt: sql`now() - interval '2 hours'` });
    expect(await ippTaskUpdateItems(db(), s.socialWorker, today())).toEqual([]);

    await report('done', s.member, 1);
    const [after] = await ippTaskUpdateItems(db(), s.socialWorker, today());
    expect(after.what).toBe('Partner zgłosił postęp zadania: wykonane');
    expect(after.dueOn).toBe(addDays(dateInPoland(new Date(Date.now() - 3600_000)), 7));
  });

  it('nobody but the key worker gets them: not the animators, not the partner', async () => {
    for (const a of [s.gops, s.pcpr, s.member, s.rops, s.strangerGops]) expect(await ippTaskUpdateItems(db(), a, today())).toEqual([]);
  });
});
