import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseJournal, cases, emailOutbox, ippTasks, ippTaskUpdates, type CaseRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { FAMILY_EXPERT_ONLY, givePurpose, openCase } from '@/lib/cases/access';
import { getCaseOverview, saveTeam } from '@/lib/cases/cases';
import { exportCase } from '@/lib/cases/export';
import { createNextIpp, getIppPage, listIpps, saveIpp } from '@/lib/cases/ipp';
import { addJournalEntry, getJournal } from '@/lib/cases/journal';
import { getMonitoring, recordMonitoring } from '@/lib/cases/monitoring';
import { PROBLEM_NOTE_REQUIRED } from '@/lib/cases/team-schemas';
import { getTeamTasks, reportTask } from '@/lib/cases/team-work';
import { clock } from '@/lib/clock';
import { addMember } from '@/lib/pzk/members';
import { caseSetup, goalInput, ippInput, qualifiedCase, taskInput, type CaseSetup } from '../case-factories';
import { makeActor, makeColleague } from '../factories';

/*
 * The case team writes (issue 15, item 3). A qualified case whose IPP has a task of the school (the
 * signed member's institution, on the case team), a task of the police (another institution of the
 * PZK, not on the team) and a task written freely. People:
 *  - s.member: the school's person on the case team;
 *  - pedagogue: another account of the school, not on the team in person — the partner access;
 *  - s.outsider: the police's person (PZK member, institution not on the case team);
 *  - s.strangerMember: a member of the neighbouring gmina's PZK;
 *  - expert: a family expert on the case team.
 *
 * Gminas of this file: 2012032, 2012042 (powiat suwalski).
 */

const db = () => getDb();
let s: CaseSetup;
let pedagogue: Actor;
let expert: Actor;

beforeAll(async () => {
  s = await caseSetup(['2012032', '2012042']);
  pedagogue = await makeColleague(s.member);
  expert = await makeActor('family_expert', '2012032');
  await addMember(s.pcpr, { pzkId: s.pzk.id, institutionId: '', name: 'Ewa Ekspertka', function: 'Ekspert rodzin', teamRole: 'leader_expert', email: expert.email });
}, 300_000);

const caseVersion = async (id: number) => (await db().select({ version: cases.version }).from(cases).where(eq(cases.id, id)))[0].version;

/** A qualified case with IPP 1: the school's task, the police's task and a freely written one; optionally the family expert on the team. */
async function teamCase(opts: { withExpert?: boolean } = {}) {
  const made = await qualifiedCase(s);
  const { id: ippId } = await createNextIpp(s.gops, { caseId: made.caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' });
  const school = taskInput({ key: 't-school', description: 'Konsultacje z pedagogiem szkolnym', institutionId: String(s.member.scope.institutionId), institutionName: '', person: 'Maria Szkolna', dueOn: '2027-03-15' });
  const police = taskInput({ key: 't-police', description: 'Wizyta dzielnicowego', institutionId: String(s.outsider.scope.institutionId), institutionName: '', dueOn: '2027-02-20' });
  const free = taskInput({ key: 't-free', description: 'Wizyta u lekarza rodzinnego' });
  const goals = [goalInput(made.mother, { key: 'g-mother', title: 'Regularne leczenie', tasks: [free, police] }), goalInput(made.son, { key: 'g-son', title: 'Powrót do nauki', tasks: [school] })];
  await saveIpp(s.gops, ippInput(made.caseId, ippId, 1, goals));
  if (opts.withExpert) {
    const options = await db().query.pzkMembers.findMany({ where: (p, { eq: e }) => e(p.pzkId, s.pzk.id) });
    const ids = options.filter((o) => o.email === s.member.email || o.email === expert.email).map((o) => o.id);
    await saveTeam(s.gops, { caseId: made.caseId, version: await caseVersion(made.caseId), keyWorkerId: s.socialWorker.userId, memberIds: ids });
  }
  return { ...made, ippId, goals };
}

const taskRow = async (ippId: number, key: string) => (await db().select().from(ippTasks).where(and(eq(ippTasks.ippId, ippId), eq(ippTasks.taskKey, key))))[0];

const reportInput = async (caseId: number, ippId: number, key: string, over: Record<string, unknown> = {}) => ({
  caseId: String(caseId),
  ippId: String(ippId),
  taskKey: key,
  version: String((await taskRow(ippId, key)).version),
  status: 'done',
  notedOn: '2027-03-10',
  note: 'Uczeń uczestniczy w konsultacjach co tydzień.',
  ...over,
});

const codeOf = (p: Promise<unknown>) => p.then(
  () => 'allow',
  (e: { code?: string }) => e.code ?? String(e),
);

describe('IPP tasks as rows, kept in step with the IPP', () => {
  it('saving the IPP adds a row per task with its institution and due date; a report survives a later save; a removed task loses its row', async () => {
    const { caseId, ippId, goals, mother, son } = await teamCase();
    const rows = await db().select().from(ippTasks).where(eq(ippTasks.ippId, ippId));
    expect(rows.map((r) => [r.taskKey, r.goalKey, r.institutionId, r.dueOn, r.status]).sort()).toEqual(
      [
        ['t-free', 'g-mother', null, '2027-02-15', 'not_started'],
        ['t-police', 'g-mother', s.outsider.scope.institutionId, '2027-02-20', 'not_started'],
        ['t-school', 'g-son', s.member.scope.institutionId, '2027-03-15', 'not_started'],
      ].sort(),
    );
    await reportTask(s.member, await reportInput(caseId, ippId, 't-school', { status: 'in_progress' }));
    // The key worker moves the school's deadline and drops the police's task.
    const school = { ...goals[1].tasks[0], dueOn: '2027-03-31' };
    await saveIpp(s.gops, ippInput(caseId, ippId, 2, [goalInput(mother, { ...goals[0], tasks: [goals[0].tasks[0]] }), goalInput(son, { ...goals[1], tasks: [school] })]));
    const after = await db().select().from(ippTasks).where(eq(ippTasks.ippId, ippId));
    expect(after.map((r) => r.taskKey).sort()).toEqual(['t-free', 't-school']);
    expect(await taskRow(ippId, 't-school')).toMatchObject({ dueOn: '2027-03-31', status: 'in_progress', note: 'Uczeń uczestniczy w konsultacjach co tydzień.', version: 2 });
  });

  it('the next IPP continues the tasks with their latest report', async () => {
    const { caseId, ippId } = await teamCase();
    await reportTask(s.member, await reportInput(caseId, ippId, 't-school', { status: 'problem', note: 'Uczeń nie przychodzi na konsultacje.' }));
    const { id: next } = await createNextIpp(s.gops, { caseId, startsOn: '2027-04-15', endsOn: '2027-07-14', pzkAttendance: 'in_person' });
    expect(await taskRow(next, 't-school')).toMatchObject({ status: 'problem', note: 'Uczeń nie przychodzi na konsultacje.', institutionId: s.member.scope.institutionId, version: 1 });
  });
});

describe('who reports on a task', () => {
  it('a partner institution\'s account (not on the team in person) sees only its institution\'s tasks and marks its task done with a dated note', async () => {
    const { caseId, ippId } = await teamCase();
    const view = await getTeamTasks(pedagogue, caseId);
    expect(view.case).toMatchObject({ role: 'partner', number: expect.any(String), canWrite: true });
    expect(view.goals.map((g) => [g.title, g.tasks.map((t) => [t.key, t.canReport])])).toEqual([['Powrót do nauki', [['t-school', true]]]]);
    const r = await reportTask(pedagogue, await reportInput(caseId, ippId, 't-school'));
    expect(r.version).toBe(2);
    expect(await taskRow(ippId, 't-school')).toMatchObject({ status: 'done', notedOn: '2027-03-10', note: 'Uczeń uczestniczy w konsultacjach co tydzień.', updatedBy: pedagogue.userId });
    const [update] = await db().select().from(ippTaskUpdates).where(eq(ippTaskUpdates.ippId, ippId));
    expect(update).toMatchObject({ taskKey: 't-school', status: 'done', institutionId: s.member.scope.institutionId, userId: pedagogue.userId });
    // Audited: the opening (as a partner) and the report.
    const entries = await db().select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), eq(auditLog.userId, pedagogue.userId))).orderBy(desc(auditLog.id));
    expect(entries.map((e) => e.action)).toEqual(['case.task_reported', 'case.opened']);
    expect(entries[1].details).toMatchObject({ what: 'zadania', access: 'partner' });
    // The key worker gets an e-mail with the case number and a link, nothing about the family.
    const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.toUserId, s.socialWorker.userId)).orderBy(desc(emailOutbox.id)))[0];
    const [c] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
    expect(mail.subject).toContain(c.number);
    expect(mail.body).toContain(`/sprawy/${caseId}/zadania`);
    expect(`${mail.subject} ${mail.body}`).not.toMatch(/Zięba|Halina|konsultacj/i);
  });

  it('the partner opens nothing else of the case: overview, IPP, monitoring, export — not found', async () => {
    const { caseId, ippId } = await teamCase();
    for (const open of [() => getCaseOverview(pedagogue, caseId), () => listIpps(pedagogue, caseId), () => getIppPage(pedagogue, caseId, ippId), () => getMonitoring(pedagogue, caseId), () => exportCase(pedagogue, caseId), () => openCase(pedagogue, caseId)]) {
      expect(await codeOf(open())).toBe('NOT_FOUND');
    }
    // The dziennik opens.
    expect((await getJournal(pedagogue, caseId)).case.role).toBe('partner');
  });

  it('the school\'s person on the team reports on the school\'s task, not on the police\'s (FORBIDDEN); the partner does not even find another institution\'s task', async () => {
    const { caseId, ippId } = await teamCase();
    expect(await codeOf(reportTask(s.member, await reportInput(caseId, ippId, 't-school')))).toBe('allow');
    expect(await codeOf(reportTask(s.member, await reportInput(caseId, ippId, 't-police')))).toBe('FORBIDDEN');
    expect(await codeOf(reportTask(pedagogue, await reportInput(caseId, ippId, 't-police')))).toBe('NOT_FOUND');
    expect(await codeOf(reportTask(pedagogue, await reportInput(caseId, ippId, 't-free')))).toBe('NOT_FOUND');
    expect((await taskRow(ippId, 't-police')).status).toBe('not_started');
  });

  it('another institution of the PZK (not on the case team) and a stranger do not find the case', async () => {
    const { caseId, ippId } = await teamCase();
    for (const who of [s.outsider, s.strangerMember, s.strangerGops]) {
      expect(await codeOf(getTeamTasks(who, caseId))).toBe('NOT_FOUND');
      expect(await codeOf(reportTask(who, await reportInput(caseId, ippId, 't-police')))).toBe('NOT_FOUND');
      expect(await codeOf(getJournal(who, caseId))).toBe('NOT_FOUND');
      expect(await codeOf(addJournalEntry(who, { caseId, happenedOn: '2027-03-01', kind: 'visit', participants: '', note: 'Wizyta' }))).toBe('NOT_FOUND');
    }
    expect(await db().select().from(ippTaskUpdates).where(eq(ippTaskUpdates.ippId, ippId))).toEqual([]);
  });

  it('the key worker and the animators report on any task; ROPS reads with a purpose only and never writes', async () => {
    const { caseId, ippId } = await teamCase();
    expect(await codeOf(reportTask(s.socialWorker, await reportInput(caseId, ippId, 't-free')))).toBe('allow');
    expect(await codeOf(reportTask(s.pcpr, await reportInput(caseId, ippId, 't-police', { status: 'in_progress' })))).toBe('allow');
    expect(await codeOf(getTeamTasks(s.rops, caseId))).toBe('FORBIDDEN'); // no stated purpose yet
    expect(await codeOf(reportTask(s.rops, await reportInput(caseId, ippId, 't-free')))).toBe('FORBIDDEN');
    await givePurpose(s.rops, { caseId, purpose: 'Superwizja pracy zespołu sprawy' });
    expect((await getTeamTasks(s.rops, caseId)).case).toMatchObject({ role: 'supervise', canWrite: false, purpose: 'Superwizja pracy zespołu sprawy' });
    expect(await codeOf(reportTask(s.rops, await reportInput(caseId, ippId, 't-free')))).toBe('FORBIDDEN');
  });

  it('Polish refusals: "problem" without a note, a date after today or before the IPP started', async () => {
    const { caseId, ippId } = await teamCase();
    const errorsOf = async (over: Record<string, unknown>) =>
      reportTask(s.member, await reportInput(caseId, ippId, 't-school', over)).then(
        () => null,
        (e: { code: string; fieldErrors?: Record<string, string[]> }) => ({ code: e.code, fields: e.fieldErrors }),
      );
    expect(await errorsOf({ status: 'problem', note: '  ' })).toEqual({ code: 'INVALID', fields: { note: [PROBLEM_NOTE_REQUIRED] } });
    const tomorrow = new Date(Date.parse(`${clock.today()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await errorsOf({ notedOn: tomorrow }))?.fields?.notedOn?.[0]).toMatch(/^Data notatki nie może być późniejsza niż dziś/);
    expect(await errorsOf({ notedOn: '2027-01-14' })).toEqual({ code: 'INVALID', fields: { notedOn: ['Data notatki nie może być wcześniejsza niż początek IPP (15.01.2027).'] } });
    expect((await taskRow(ippId, 't-school')).version).toBe(1);
  });

  it('a closed case refuses new reports and entries', async () => {
    const { caseId, ippId } = await teamCase();
    const input = await reportInput(caseId, ippId, 't-school');
    await db().update(cases).set({ status: 'closed' satisfies CaseRow['status'], closedOn: '2027-03-20', closedReason: 'Przeprowadzka rodziny' }).where(eq(cases.id, caseId));
    const refused = await reportTask(s.member, input).catch((e: { code: string; message: string }) => e);
    expect(refused).toMatchObject({ code: 'INVALID', message: 'Sprawa jest zamknięta — nie można wprowadzać nowych działań.' });
    expect(await codeOf(addJournalEntry(s.member, { caseId, happenedOn: '2027-03-01', kind: 'visit', participants: '', note: 'Wizyta' }))).toBe('INVALID');
    expect((await getTeamTasks(s.member, caseId)).case.canWrite).toBe(false);
  });
});

describe('two reports on one task at once', () => {
  it('one wins, the other gets the conflict message and writes nothing; nothing is lost', async () => {
    const { caseId, ippId } = await teamCase();
    const base = await reportInput(caseId, ippId, 't-school');
    const results = await Promise.allSettled([
      reportTask(pedagogue, { ...base, status: 'done', note: 'Zakończone — pedagog.' }),
      reportTask(s.member, { ...base, status: 'problem', note: 'Problem — wychowawca.' }),
    ]);
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(won).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(lost.reason).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^Ktoś inny zmienił ten rekord/) });
    const winner = won[0] === 0 ? { status: 'done', note: 'Zakończone — pedagog.' } : { status: 'problem', note: 'Problem — wychowawca.' };
    expect(await taskRow(ippId, 't-school')).toMatchObject({ ...winner, version: 2 });
    const updates = await db().select().from(ippTaskUpdates).where(eq(ippTaskUpdates.ippId, ippId));
    expect(updates.map((u) => [u.status, u.note])).toEqual([[winner.status, winner.note]]);
    // The loser reloads (new version) and reports again: both reports are kept, in order.
    const again = await reportInput(caseId, ippId, 't-school', { status: 'in_progress', note: 'Po odświeżeniu.' });
    await reportTask(won[0] === 0 ? s.member : pedagogue, again);
    expect((await db().select().from(ippTaskUpdates).where(eq(ippTaskUpdates.ippId, ippId))).length).toBe(2);
  });
});

describe('dziennik współpracy', () => {
  it('entries are added by the team and the partner, listed newest first with author and institution', async () => {
    const { caseId } = await teamCase();
    await addJournalEntry(s.socialWorker, { caseId, happenedOn: '2027-02-01', kind: 'visit', participants: 'matka, syn', note: 'Wizyta w domu rodziny.' });
    await addJournalEntry(pedagogue, { caseId, happenedOn: '2027-03-05', kind: 'conversation', participants: 'wychowawca', note: 'Rozmowa o frekwencji syna.' });
    await addJournalEntry(s.member, { caseId, happenedOn: '2027-02-20', kind: 'team_meeting', participants: 'ZZK', note: 'Spotkanie zespołu.' });
    const j = await getJournal(s.gops, caseId);
    expect(j.entries.map((e) => [e.happenedOn, e.kind, e.note])).toEqual([
      ['2027-03-05', 'conversation', 'Rozmowa o frekwencji syna.'],
      ['2027-02-20', 'team_meeting', 'Spotkanie zespołu.'],
      ['2027-02-01', 'visit', 'Wizyta w domu rodziny.'],
    ]);
    expect(j.entries[0]).toMatchObject({ authorName: pedagogue.name, institutionName: expect.any(String) });
    const audited = await db().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityId, String(caseId)), eq(auditLog.action, 'case.journal_added')));
    expect(audited).toHaveLength(3);
  });

  it('refuses an entry dated after today or before the referral, with the field named; ROPS never writes', async () => {
    const { caseId } = await teamCase();
    const fieldsOf = (happenedOn: string) => addJournalEntry(s.member, { caseId, happenedOn, kind: 'other', participants: '', note: 'Notatka' }).then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors);
    expect(await fieldsOf('2027-01-04')).toEqual({ happenedOn: ['Data nie może być wcześniejsza niż zgłoszenie (05.01.2027).'] });
    const tomorrow = new Date(Date.parse(`${clock.today()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await fieldsOf(tomorrow))?.happenedOn?.[0]).toMatch(/^Data nie może być późniejsza niż dziś/);
    expect(await codeOf(addJournalEntry(s.rops, { caseId, happenedOn: '2027-03-01', kind: 'other', participants: '', note: 'Notatka' }))).toBe('FORBIDDEN');
    expect(await db().select().from(caseJournal).where(eq(caseJournal.caseId, caseId))).toEqual([]);
  });
});

describe('the family expert sees only what the confidentiality statement covers', () => {
  it('goal titles and tasks, notes of their own only, their own dziennik entries; no other page of the case', async () => {
    const { caseId, ippId } = await teamCase({ withExpert: true });
    await reportTask(s.member, await reportInput(caseId, ippId, 't-school', { status: 'problem', note: 'Przemoc w domu — zgłoszenie do NK.' }));
    await addJournalEntry(s.socialWorker, { caseId, happenedOn: '2027-02-01', kind: 'visit', participants: 'matka', note: 'Matka po hospitalizacji psychiatrycznej.' });
    await addJournalEntry(expert, { caseId, happenedOn: '2027-03-01', kind: 'conversation', participants: 'matka', note: 'Rozmowa wspierająca.' });

    const tasks = await getTeamTasks(expert, caseId);
    expect(tasks.case.role).toBe('expert');
    expect(tasks.goals.map((g) => g.title).sort()).toEqual(['Powrót do nauki', 'Regularne leczenie']);
    const school = tasks.goals.flatMap((g) => g.tasks).find((t) => t.key === 't-school')!;
    expect(school).toMatchObject({ status: 'problem', note: '', person: '', reports: [], canReport: false });
    expect(JSON.stringify(tasks)).not.toMatch(/Przemoc|Zięba|Halina|pesel/i);

    const journal = await getJournal(expert, caseId);
    expect(journal.entries.map((e) => e.note)).toEqual(['Rozmowa wspierająca.']);

    for (const open of [() => getCaseOverview(expert, caseId), () => getMonitoring(expert, caseId), () => listIpps(expert, caseId), () => exportCase(expert, caseId)]) {
      const e = await open().catch((x: { code: string; message: string }) => x);
      expect(e).toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN)$/) });
    }
    expect(await openCase(expert, caseId).catch((e: Error) => e.message)).toBe(FAMILY_EXPERT_ONLY);
    // The team's person sees the same task with the note.
    const full = await getTeamTasks(s.member, caseId);
    expect(full.goals.flatMap((g) => g.tasks).find((t) => t.key === 't-school')).toMatchObject({ note: 'Przemoc w domu — zgłoszenie do NK.' });
  });
});

describe('the key worker sees the reports', () => {
  it('at the next monitoring: the latest report of each task with status, note, date, who and institution; and in the export', async () => {
    const { caseId, ippId } = await teamCase();
    await reportTask(pedagogue, await reportInput(caseId, ippId, 't-school', { status: 'in_progress', notedOn: '2027-03-01', note: 'Pierwsze konsultacje.' }));
    await reportTask(s.member, await reportInput(caseId, ippId, 't-school', { status: 'done', notedOn: '2027-03-20', note: 'Konsultacje zakończone.' }));
    const m = await getMonitoring(s.socialWorker, caseId);
    expect(m.taskReports[`${ippId}:t-school`]).toMatchObject({ status: 'done', note: 'Konsultacje zakończone.', notedOn: '2027-03-20', userName: s.member.name, institutionName: expect.any(String) });
    expect(m.taskReports[`${ippId}:t-police`]).toBeUndefined();
    await addJournalEntry(pedagogue, { caseId, happenedOn: '2027-03-05', kind: 'consultation', participants: '', note: 'Konsultacja.' });
    const { data } = await exportCase(s.gops, caseId);
    expect((data.taskReports as { status: string; note: string }[]).map((r) => [r.status, r.note])).toEqual([
      ['in_progress', 'Pierwsze konsultacje.'],
      ['done', 'Konsultacje zakończone.'],
    ]);
    expect(data.journal).toEqual([expect.objectContaining({ kind: 'consultation', kindLabel: 'Konsultacja', note: 'Konsultacja.', author: pedagogue.name })]);
  });
});

describe('the monitoring meeting sets the tasks\' state', () => {
  it('what the key worker records becomes the current state (a dropped task keeps its own); a partner\'s form opened before is refused, not lost', async () => {
    const { caseId, ippId } = await teamCase();
    const before = await reportInput(caseId, ippId, 't-school', { status: 'problem', note: 'Uczeń nie przychodzi.' });
    await recordMonitoring(
      s.socialWorker,
      {
        caseId,
        heldOn: '2027-03-12',
        scales: [
          { goalKey: 'g-mother', value: '4' },
          { goalKey: 'g-son', value: '6' },
        ],
        satisfaction: '7',
        taskStatuses: [
          { taskKey: 't-free', status: 'in_progress' },
          { taskKey: 't-police', status: 'dropped' },
          { taskKey: 't-school', status: 'done' },
        ],
        notes: '',
      },
      '2027-03-20',
    );
    expect(await taskRow(ippId, 't-school')).toMatchObject({ status: 'done', notedOn: '2027-03-12', updatedByName: s.socialWorker.name, version: 2 });
    expect(await taskRow(ippId, 't-free')).toMatchObject({ status: 'in_progress', version: 2 });
    expect(await taskRow(ippId, 't-police')).toMatchObject({ status: 'not_started', version: 1 });
    await expect(reportTask(pedagogue, before)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db().select().from(ippTaskUpdates).where(eq(ippTaskUpdates.ippId, ippId))).toEqual([]);
  });
});
