import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { cases, caseTeam, zzkDecisions } from '@/db/schema';
import { IN_WORK_STATUSES } from '@/lib/cases/vocabulary';
import type { InboxItem, InboxSourceFn } from '../types';
import { IPP_TASK_LIMIT, shortLabel } from './ipp-tasks';

/*
 * Decisions of a case team's meetings (ZZK in Kooperacje 3D) as tasks (issue 17, item 4): an open
 * decision whose owner is on the case team with an account is in that person's "Moja praca", with
 * a link to the meeting. One query; the case named by its number only.
 */

export interface ZzkDecisionRow {
  id: number;
  meetingId: number;
  caseId: number;
  caseNumber: string;
  text: string;
  dueOn: string | null;
}

export function zzkDecisionItem(r: ZzkDecisionRow): InboxItem {
  return {
    key: `zzk-decision:${r.id}`,
    source: 'zzk_decision',
    what: `Ustalenie zespołu sprawy: ${shortLabel(r.text)}`,
    where: `Sprawa ${r.caseNumber}`,
    dueOn: r.dueOn,
    href: `/sprawy/${r.caseId}/zzk/${r.meetingId}`,
    nav: '/sprawy',
  };
}

export const zzkDecisionItems: InboxSourceFn = async (db, actor) => {
  const rows = await db
    .select({ id: zzkDecisions.id, meetingId: zzkDecisions.meetingId, caseId: cases.id, caseNumber: cases.number, text: zzkDecisions.text, dueOn: zzkDecisions.dueOn })
    .from(zzkDecisions)
    .innerJoin(cases, eq(cases.id, zzkDecisions.caseId))
    .innerJoin(caseTeam, and(eq(caseTeam.caseId, zzkDecisions.caseId), eq(caseTeam.pzkMemberId, zzkDecisions.ownerMemberId)))
    .where(
      and(
        eq(caseTeam.userId, actor.userId),
        eq(zzkDecisions.status, 'open'),
        eq(cases.voivodeshipId, actor.scope.voivodeshipId),
        inArray(cases.status, [...IN_WORK_STATUSES]),
      ),
    )
    .orderBy(asc(zzkDecisions.dueOn), asc(cases.number), asc(zzkDecisions.id))
    .limit(IPP_TASK_LIMIT);
  return rows.map(zzkDecisionItem);
};
