import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseJournal, cases, caseTeam, institutions, ippTasks, ippTaskUpdates, ipps, pzkMembers, users, type CaseRow, type IppGoal } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { clock } from '@/lib/clock';
import { conflictError, invalidError, notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { appUrl, notifyUsers } from '@/lib/notifications/outbox';
import { formatDate } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { assertInWork, caseAccess, openCase } from './access';
import { isInWork } from './vocabulary';
import { assertNotFrozen, caseFreeze, type CaseFreeze } from '@/lib/rodo/freeze';
import { taskReportSchema, type TaskProgress } from './team-schemas';
import { JOURNAL_KINDS, TASK_PROGRESS_LABELS } from './vocabulary';

/*
 * The case team writes (issue 15, item 3): the institutions on a case's team report on the IPP
 * tasks of their own institution (status and a dated note) and add entries to the dziennik
 * współpracy (journal.ts). Who may, besides the key worker and the animators ('write'):
 *  - a person on the case team ('read' in caseAccess): reports on the tasks of the institution they
 *    represent on the team, writes in the dziennik, reads every task;
 *  - "partner": an account whose active scope is an institution (Członek PZK) on the case team,
 *    without being on the team in person — only the tasks of its institution and the dziennik open
 *    for it, nothing else of the case (caseAccess gives it nothing, so every other page of the case
 *    stays NOT_FOUND);
 *  - a family expert on the team ('expert'): only what the confidentiality statement covers — goal
 *    titles and tasks with their status and dates, but the notes of their own reports only, and
 *    their own dziennik entries; never the household, the member a goal concerns, the diagnosis,
 *    the consents or the monitoring (openCase refuses them every other page).
 * ROPS (supervision, with a purpose) reads both pages and writes nothing. Nobody changes the plan,
 * the household or consents here: the IPP's own form does that.
 */

export type TeamWorkRole = 'write' | 'member' | 'expert' | 'partner' | 'supervise';

/** Case statuses in which the team still records work (as caseForWork). */
const NOT_FOUND = 'Nie znaleziono sprawy.';
const TASK_NOT_FOUND = 'Nie znaleziono zadania.';

type CaseForTeam = Pick<CaseRow, 'id' | 'number' | 'status' | 'voivodeshipId' | 'powiatId' | 'gminaId' | 'keyWorkerId'>;

const caseColumns = {
  id: cases.id,
  number: cases.number,
  status: cases.status,
  voivodeshipId: cases.voivodeshipId,
  powiatId: cases.powiatId,
  gminaId: cases.gminaId,
  keyWorkerId: cases.keyWorkerId,
};

/**
 * The actor's place in the case's team work, and the institution its reports and entries are
 * written for (the task rule: a report only on a task of this institution, except for writers).
 */
export async function teamRoleOf(db: DbOrTx, actor: Actor, c: CaseForTeam): Promise<{ role: TeamWorkRole; institutionId: number | null } | null> {
  const access = await caseAccess(db, actor, c);
  if (access === 'write') {
    const [u] = await db.select({ institutionId: users.institutionId }).from(users).where(eq(users.id, actor.userId));
    return { role: 'write', institutionId: actor.scope.institutionId ?? u?.institutionId ?? null };
  }
  if (access === 'supervise') return { role: 'supervise', institutionId: null };
  if (access === 'read') {
    const [m] = await db
      .select({ institutionId: pzkMembers.institutionId, teamRole: pzkMembers.teamRole })
      .from(caseTeam)
      .innerJoin(pzkMembers, eq(pzkMembers.id, caseTeam.pzkMemberId))
      .where(and(eq(caseTeam.caseId, c.id), eq(caseTeam.userId, actor.userId)))
      .limit(1);
    const expert = actor.scope.role === 'family_expert' || m?.teamRole === 'leader_expert';
    return { role: expert ? 'expert' : 'member', institutionId: m?.institutionId ?? null };
  }
  const s = actor.scope;
  if (s.role !== 'pzk_member' || s.level !== 'institution' || s.institutionId == null || s.voivodeshipId !== c.voivodeshipId) return null;
  const [onTeam] = await db
    .select({ id: pzkMembers.id })
    .from(caseTeam)
    .innerJoin(pzkMembers, eq(pzkMembers.id, caseTeam.pzkMemberId))
    .where(and(eq(caseTeam.caseId, c.id), eq(pzkMembers.institutionId, s.institutionId), isNull(pzkMembers.removedAt)))
    .limit(1);
  return onTeam ? { role: 'partner', institutionId: s.institutionId } : null;
}

export interface TeamWorkCase {
  id: number;
  number: string;
  status: CaseRow['status'];
  role: TeamWorkRole;
  institutionId: number | null;
  /** May record reports and entries now (not ROPS, the case open for work). */
  canWrite: boolean;
  purpose: string | null;
  /** Restricted (RODO art. 18) or anonymised: read only, the pages show why. */
  freeze: CaseFreeze;
}

/**
 * Opens the tasks page or the dziennik of a case and writes the opening to the audit log (as
 * openCase: ROPS only with a stated purpose). The partner gets the case number and status only.
 */
export async function openForTeamWork(db: DbOrTx, actor: Actor, caseId: number, what: 'zadania' | 'dziennik'): Promise<TeamWorkCase> {
  const [c] = await db.select(caseColumns).from(cases).where(eq(cases.id, caseId));
  if (!c) throw notFoundError(NOT_FOUND);
  const placed = await teamRoleOf(db, actor, c);
  if (!placed) throw refusedError('case', caseId, c.voivodeshipId, NOT_FOUND);
  let purpose: string | null = null;
  if (placed.role === 'partner') {
    await audit(db, actor, { action: 'case.opened', entityType: 'case', entityId: caseId, voivodeshipId: c.voivodeshipId, details: { what, access: 'partner' } });
  } else {
    purpose = (await openCase(actor, caseId, what)).purpose;
  }
  const freeze = await caseFreeze(db, caseId);
  return { id: c.id, number: c.number, status: c.status, ...placed, canWrite: placed.role !== 'supervise' && isInWork(c.status) && !freeze, purpose, freeze };
}

/** For a write: the case, the actor's team role, refusals (stranger NOT_FOUND, ROPS FORBIDDEN, closed INVALID). */
export async function caseForTeamWrite(tx: DbOrTx, actor: Actor, caseId: number) {
  const [c] = await tx.select(caseColumns).from(cases).where(eq(cases.id, caseId));
  if (!c) throw notFoundError(NOT_FOUND);
  const placed = await teamRoleOf(tx, actor, c);
  if (!placed) throw refusedError('case', caseId, c.voivodeshipId, NOT_FOUND);
  if (placed.role === 'supervise') throw refusedChange('case', caseId, c.voivodeshipId, 'ROPS ma wgląd w sprawy tylko do odczytu (superwizja).');
  // Restricted (RODO art. 18) or anonymised: stored and read, nothing new recorded.
  await assertNotFrozen(tx, caseId);
  assertInWork(c);
  return { c, ...placed };
}

/** The IPP the team works on: the one in force today, else the latest that has started, else the first. */
function currentIpp<T extends { startsOn: string; endsOn: string; sequence: number }>(rows: readonly T[], today: string): T | null {
  const started = rows.filter((r) => r.startsOn <= today).sort((a, b) => b.sequence - a.sequence);
  return rows.find((r) => r.startsOn <= today && today <= r.endsOn) ?? started[0] ?? rows[0] ?? null;
}

/** A report as the pages show it: status, note, the day it speaks of, who and for which institution. */
export interface TaskReport {
  id: number;
  status: TaskProgress;
  note: string;
  notedOn: string;
  userName: string;
  institutionName: string | null;
  createdAt: Date;
}

/**
 * The tasks page: the current IPP's tasks grouped by goal title (partner: its institution's tasks
 * only), each with its status, due date, latest report and history, and whether the actor may
 * report on it. A family expert sees the notes of their own reports only.
 */
export async function getTeamTasks(actor: Actor, caseId: number) {
  const db = getDb();
  const c = await openForTeamWork(db, actor, caseId, 'zadania');
  const today = clock.today();
  const ippRows = await db.select({ id: ipps.id, sequence: ipps.sequence, startsOn: ipps.startsOn, endsOn: ipps.endsOn, goals: ipps.goals }).from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence));
  const ipp = currentIpp(ippRows, today);
  if (!ipp) return { case: c, today, ipp: null, goals: [] };
  const partner = c.role === 'partner';
  const [rows, reports] = await Promise.all([
    db
      .select()
      .from(ippTasks)
      .where(and(eq(ippTasks.ippId, ipp.id), partner ? eq(ippTasks.institutionId, c.institutionId!) : undefined)),
    db
      .select({
        id: ippTaskUpdates.id,
        taskKey: ippTaskUpdates.taskKey,
        status: ippTaskUpdates.status,
        note: ippTaskUpdates.note,
        notedOn: ippTaskUpdates.notedOn,
        userId: ippTaskUpdates.userId,
        userName: ippTaskUpdates.userName,
        institutionName: institutions.name,
        createdAt: ippTaskUpdates.createdAt,
      })
      .from(ippTaskUpdates)
      .leftJoin(institutions, eq(institutions.id, ippTaskUpdates.institutionId))
      .where(and(eq(ippTaskUpdates.ippId, ipp.id), partner ? eq(ippTaskUpdates.institutionId, c.institutionId!) : undefined))
      .orderBy(desc(ippTaskUpdates.createdAt), desc(ippTaskUpdates.id)),
  ]);
  const expert = c.role === 'expert';
  // The family expert: the plan's outline, but the notes (which may name health or violence) only of their own reports.
  const ownOrAll = (r: { userId: string }) => !expert || r.userId === actor.userId;
  const byTask = new Map<string, TaskReport[]>();
  for (const r of reports) {
    if (!ownOrAll(r)) continue;
    const list = byTask.get(r.taskKey) ?? [];
    list.push({ id: r.id, status: r.status, note: r.note, notedOn: r.notedOn, userName: r.userName, institutionName: r.institutionName, createdAt: r.createdAt });
    byTask.set(r.taskKey, list);
  }
  const rowByKey = new Map(rows.map((r) => [r.taskKey, r]));
  const goals = (ipp.goals as IppGoal[])
    .map((g) => ({
      key: g.key,
      title: g.title,
      tasks: g.tasks
        .filter((t) => rowByKey.has(t.key))
        .map((t) => {
          const row = rowByKey.get(t.key)!;
          const own = !expert || row.updatedBy === actor.userId;
          return {
            key: t.key,
            description: t.description,
            institutionName: t.institutionName,
            person: expert ? '' : t.person,
            dueOn: row.dueOn,
            status: row.status,
            note: own ? row.note : '',
            notedOn: row.notedOn,
            updatedByName: row.updatedByName,
            version: row.version,
            reports: byTask.get(t.key) ?? [],
            canReport: c.canWrite && (c.role === 'write' || (row.institutionId != null && row.institutionId === c.institutionId)),
          };
        }),
    }))
    .filter((g) => g.tasks.length > 0);
  return { case: c, today, ipp: { id: ipp.id, sequence: ipp.sequence, startsOn: ipp.startsOn, endsOn: ipp.endsOn }, goals };
}
export type TeamTasksView = Awaited<ReturnType<typeof getTeamTasks>>;

/**
 * A report on one IPP task: status and dated note (not after today, not before the IPP's start;
 * required for "problem"). With the version the form was opened with: a stale one gets CONFLICT and
 * nothing is written. The key worker is told by e-mail (case number and link only).
 */
export async function reportTask(actor: Actor, input: unknown) {
  const v = parseInput(taskReportSchema, input);
  return getDb().transaction(async (tx) => {
    const { c, role, institutionId } = await caseForTeamWrite(tx, actor, v.caseId);
    const [task] = await tx
      .select({ institutionId: ippTasks.institutionId, version: ippTasks.version, startsOn: ipps.startsOn })
      .from(ippTasks)
      .innerJoin(ipps, eq(ipps.id, ippTasks.ippId))
      .where(and(eq(ippTasks.ippId, v.ippId), eq(ippTasks.taskKey, v.taskKey), eq(ippTasks.caseId, c.id)))
      .for('update', { of: ippTasks });
    if (!task) throw notFoundError(TASK_NOT_FOUND);
    const ownTask = task.institutionId != null && task.institutionId === institutionId;
    if (role !== 'write' && !ownTask) {
      // A partner sees only its institution's tasks: another's does not exist for it.
      if (role === 'partner') throw refusedError('case', c.id, c.voivodeshipId, TASK_NOT_FOUND);
      throw refusedChange('case', c.id, c.voivodeshipId, 'O postępie zadania informuje instytucja, która za nie odpowiada, pracownik kluczowy lub animator.');
    }
    if (task.version !== v.version) throw conflictError();
    const today = clock.today();
    if (v.notedOn > today) throw invalidError({ notedOn: [`Data notatki nie może być późniejsza niż dziś (${formatDate(today)}).`] });
    if (v.notedOn < task.startsOn) throw invalidError({ notedOn: [`Data notatki nie może być wcześniejsza niż początek IPP (${formatDate(task.startsOn)}).`] });
    const updated = await tx
      .update(ippTasks)
      .set({ status: v.status, note: v.note ?? '', notedOn: v.notedOn, updatedBy: actor.userId, updatedByName: actor.name, updatedAt: clock.now(), version: sql`${ippTasks.version} + 1` })
      .where(and(eq(ippTasks.ippId, v.ippId), eq(ippTasks.taskKey, v.taskKey), eq(ippTasks.version, v.version)))
      .returning({ version: ippTasks.version });
    if (!updated.length) throw conflictError();
    const [report] = await tx
      .insert(ippTaskUpdates)
      .values({ ippId: v.ippId, taskKey: v.taskKey, caseId: c.id, status: v.status, note: v.note ?? '', notedOn: v.notedOn, institutionId, userId: actor.userId, userName: actor.name })
      .returning({ id: ippTaskUpdates.id });
    await audit(tx, actor, {
      action: 'case.task_reported',
      entityType: 'case',
      entityId: c.id,
      voivodeshipId: c.voivodeshipId,
      details: { ippId: v.ippId, taskKey: v.taskKey, status: v.status, notedOn: v.notedOn, reportId: report.id, access: role },
    });
    if (c.keyWorkerId !== actor.userId) {
      await notifyUsers(tx, c.voivodeshipId, [c.keyWorkerId], 'case_reminder', {
        subject: `Nowa informacja o zadaniu IPP w sprawie ${c.number}`,
        body: `Członek zespołu sprawy ${c.number} odnotował postęp zadania IPP. Zobaczysz go na stronie zadań zespołu i przy najbliższym monitoringu.\nSzczegóły (po zalogowaniu): ${appUrl(`/sprawy/${c.id}/zadania`)}`,
      });
    }
    return { version: updated[0].version, reportId: report.id };
  });
}


/**
 * For the monitoring page (opened by its own loader): the latest partner report of each task of the
 * case, keyed `${ippId}:${taskKey}` — status, note, date, who and for which institution.
 */
export async function latestTaskReports(db: DbOrTx, caseId: number): Promise<Record<string, TaskReport>> {
  const rows = await db
    .select({
      id: ippTaskUpdates.id,
      ippId: ippTaskUpdates.ippId,
      taskKey: ippTaskUpdates.taskKey,
      status: ippTaskUpdates.status,
      note: ippTaskUpdates.note,
      notedOn: ippTaskUpdates.notedOn,
      userName: ippTaskUpdates.userName,
      institutionName: institutions.name,
      createdAt: ippTaskUpdates.createdAt,
    })
    .from(ippTaskUpdates)
    .leftJoin(institutions, eq(institutions.id, ippTaskUpdates.institutionId))
    .where(eq(ippTaskUpdates.caseId, caseId))
    .orderBy(desc(ippTaskUpdates.createdAt), desc(ippTaskUpdates.id));
  const out: Record<string, TaskReport> = {};
  for (const { ippId, taskKey, ...r } of rows) out[`${ippId}:${taskKey}`] ??= r;
  return out;
}

/**
 * For the JSON export (RODO art. 15, lib/cases/export.ts, opened there): every report on the IPP
 * tasks and every dziennik entry, oldest first, with labels; people named, never by internal ids.
 */
export async function teamWorkForExport(db: DbOrTx, caseId: number) {
  const [reports, entries, tasks] = await Promise.all([
    db
      .select({ u: ippTaskUpdates, institutionName: institutions.name, sequence: ipps.sequence })
      .from(ippTaskUpdates)
      .innerJoin(ipps, eq(ipps.id, ippTaskUpdates.ippId))
      .leftJoin(institutions, eq(institutions.id, ippTaskUpdates.institutionId))
      .where(eq(ippTaskUpdates.caseId, caseId))
      .orderBy(asc(ippTaskUpdates.createdAt), asc(ippTaskUpdates.id)),
    db
      .select({ j: caseJournal, institutionName: institutions.name })
      .from(caseJournal)
      .leftJoin(institutions, eq(institutions.id, caseJournal.institutionId))
      .where(eq(caseJournal.caseId, caseId))
      .orderBy(asc(caseJournal.happenedOn), asc(caseJournal.id)),
    db.select({ ippId: ippTasks.ippId, taskKey: ippTasks.taskKey, description: ippTasks.description }).from(ippTasks).where(eq(ippTasks.caseId, caseId)),
  ]);
  const description = new Map(tasks.map((t) => [`${t.ippId}:${t.taskKey}`, t.description]));
  return {
    taskReports: reports.map(({ u, institutionName, sequence }) => ({
      ippSequence: sequence,
      taskKey: u.taskKey,
      task: description.get(`${u.ippId}:${u.taskKey}`) ?? null,
      status: u.status,
      statusLabel: TASK_PROGRESS_LABELS[u.status],
      notedOn: u.notedOn,
      note: u.note,
      reportedBy: u.userName,
      institution: institutionName,
      recordedAt: u.createdAt.toISOString(),
    })),
    journal: entries.map(({ j, institutionName }) => ({
      happenedOn: j.happenedOn,
      kind: j.kind,
      kindLabel: JOURNAL_KINDS[j.kind],
      participants: j.participants,
      note: j.note,
      author: j.authorName,
      institution: institutionName,
      recordedAt: j.createdAt.toISOString(),
    })),
  };
}
