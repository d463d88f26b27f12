import 'server-only';
import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { caseMonitoring, cases, caseTeam, ippTasks, ippTaskUpdates, ipps, pzkMembers } from '@/db/schema';
import { mayEver } from '@/lib/auth/policy';
import { TASK_PROGRESS_LABELS } from '@/lib/cases/vocabulary';
import { addDays, minIso } from '@/lib/model/dates';
import { count, WORDS } from '@/lib/plural';
import type { InboxItem, InboxSourceFn } from '../types';

/*
 * IPP tasks (issue 15): (a) the tasks of a partner institution on the case teams it sits on, and
 * (b) for the key worker, the partners' reports not yet seen at a monitoring.
 */

/** How many items of one kind an inbox shows at most (the list is a to-do list, not a register). */
export const IPP_TASK_LIMIT = 100;
/** Length of the task's description in the inbox (the key worker writes it; the full text is on the case's page). */
export const DESCRIPTION_LENGTH = 80;
/** A partner's report is to be read within a week; a reported problem at once. */
export const REPORT_READ_DAYS = 7;

/** The description on one line, cut at a word boundary to at most `max` characters (with "…"). */
export function shortLabel(text: string, max = DESCRIPTION_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

export interface OpenTaskRow {
  ippId: number;
  taskKey: string;
  caseId: number;
  caseNumber: string;
  description: string;
  dueOn: string;
}

export function ippTaskItem(r: OpenTaskRow): InboxItem {
  return {
    key: `ipp-task:${r.ippId}:${r.taskKey}`,
    source: 'ipp_task',
    what: `Zadanie z IPP: ${shortLabel(r.description)}`,
    where: `Sprawa ${r.caseNumber}`,
    dueOn: r.dueOn,
    href: `/sprawy/${r.caseId}/zadania`,
    nav: '/sprawy',
  };
}

/**
 * (a) The open tasks (not done) of the actor's institution in the current IPP — the case's latest
 * one — of each case in work (qualified) whose team the institution is on. Only for an assignment
 * whose scope is an institution (a partner: school, clinic, police…); the animators and social
 * workers see the whole plan on the case and its reminders instead.
 */
export const ippTaskItems: InboxSourceFn = async (db, actor) => {
  const s = actor.scope;
  if (s.level !== 'institution' || s.institutionId == null) return [];
  const latest = sql`(select max(${ipps.sequence}) from ${ipps} where ${ipps.caseId} = ${cases.id})`;
  const onTeam = sql`exists (select 1 from ${caseTeam} join ${pzkMembers} on ${pzkMembers.id} = ${caseTeam.pzkMemberId}
    where ${caseTeam.caseId} = ${cases.id} and ${pzkMembers.institutionId} = ${s.institutionId} and ${pzkMembers.removedAt} is null)`;
  const rows = await db
    .select({ ippId: ippTasks.ippId, taskKey: ippTasks.taskKey, caseId: cases.id, caseNumber: cases.number, description: ippTasks.description, dueOn: ippTasks.dueOn })
    .from(ippTasks)
    .innerJoin(cases, eq(cases.id, ippTasks.caseId))
    .innerJoin(ipps, eq(ipps.id, ippTasks.ippId))
    .where(
      and(
        eq(ippTasks.institutionId, s.institutionId),
        ne(ippTasks.status, 'done'),
        eq(cases.voivodeshipId, s.voivodeshipId),
        eq(cases.status, 'qualified'),
        sql`${ipps.sequence} = ${latest}`,
        onTeam,
      ),
    )
    .orderBy(asc(ippTasks.dueOn), asc(cases.number), asc(ippTasks.taskKey))
    .limit(IPP_TASK_LIMIT);
  return rows.map(ippTaskItem);
};

export interface ReportsRow {
  caseId: number;
  caseNumber: string;
  reports: number;
  /** Polish date of the first report not yet seen. */
  firstOn: string;
  /** Polish date of the first unseen report of a problem, if any. */
  firstProblemOn: string | null;
  lastStatus: keyof typeof TASK_PROGRESS_LABELS;
}

/** Due: a week after the first unseen report, or the day a problem was reported. */
export function reportsItem(r: ReportsRow): InboxItem {
  const label = TASK_PROGRESS_LABELS[r.lastStatus];
  const weekLater = addDays(r.firstOn, REPORT_READ_DAYS);
  return {
    key: `ipp-task-update:${r.caseId}`,
    source: 'ipp_task_update',
    what: r.reports === 1 ? `Partner zgłosił postęp zadania: ${label}` : `Partnerzy zgłosili postęp zadań: ${count(r.reports, WORDS.progressReport)} (ostatnie: ${label})`,
    where: `Sprawa ${r.caseNumber}`,
    dueOn: r.firstProblemOn ? minIso(r.firstProblemOn, weekLater) : weekLater,
    href: `/sprawy/${r.caseId}/monitoring`,
    nav: '/sprawy',
  };
}

const polishDay = (at: SQL) => sql`to_char((${at}) at time zone 'Europe/Warsaw', 'YYYY-MM-DD')`;

/**
 * (b) For the key worker: per case they lead (in work or after care), the partners' reports on IPP
 * tasks recorded after the case's latest monitoring — they disappear once a monitoring is recorded.
 */
export const ippTaskUpdateItems: InboxSourceFn = async (db, actor) => {
  if (!mayEver(actor.scope, 'case.list')) return [];
  const lastMonitoring = sql`coalesce((select max(${caseMonitoring.createdAt}) from ${caseMonitoring} where ${caseMonitoring.caseId} = ${cases.id}), '-infinity'::timestamptz)`;
  const rows = await db
    .select({
      caseId: cases.id,
      caseNumber: cases.number,
      reports: sql<number>`count(*)::int`,
      firstOn: sql<string>`${polishDay(sql`min(${ippTaskUpdates.createdAt})`)}`,
      firstProblemOn: sql<string | null>`${polishDay(sql`min(${ippTaskUpdates.createdAt}) filter (where ${ippTaskUpdates.status} = 'problem')`)}`,
      lastStatus: sql<ReportsRow['lastStatus']>`(array_agg(${ippTaskUpdates.status} order by ${ippTaskUpdates.createdAt} desc, ${ippTaskUpdates.id} desc))[1]`,
    })
    .from(ippTaskUpdates)
    .innerJoin(cases, eq(cases.id, ippTaskUpdates.caseId))
    .where(
      and(
        eq(cases.keyWorkerId, actor.userId),
        eq(cases.voivodeshipId, actor.scope.voivodeshipId),
        inArray(cases.status, ['qualified', 'after_care']),
        ne(ippTaskUpdates.userId, actor.userId),
        sql`${ippTaskUpdates.createdAt} > ${lastMonitoring}`,
      ),
    )
    .groupBy(cases.id, cases.number)
    .orderBy(asc(cases.number))
    .limit(IPP_TASK_LIMIT);
  return rows.map((r) => reportsItem({ ...r, reports: Number(r.reports) }));
};
