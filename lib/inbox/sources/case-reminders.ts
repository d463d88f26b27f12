import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { caseReminders, cases } from '@/db/schema';
import { reminderHref } from '@/lib/cases/reminders';
import { REMINDER_LABELS } from '@/lib/cases/vocabulary';
import type { InboxItem, InboxSourceFn } from '../types';

/*
 * The open reminders of the cases the person leads as key worker (computed hourly by the worker,
 * lib/cases/reminders.ts — never on page load): monitoring due, IPP ending, 11 and 12 months.
 * Resolved reminders (the monitoring recorded, the next IPP, the announced end) are gone.
 * A case is named by its number only.
 */
export const caseRemindersSource: InboxSourceFn = async (db, actor) => {
  const rows = await db
    .select({ id: caseReminders.id, caseId: cases.id, number: cases.number, kind: caseReminders.kind, dueOn: caseReminders.dueOn })
    .from(caseReminders)
    .innerJoin(cases, eq(cases.id, caseReminders.caseId))
    .where(and(eq(cases.keyWorkerId, actor.userId), eq(cases.voivodeshipId, actor.scope.voivodeshipId), isNull(caseReminders.resolvedAt)))
    .orderBy(asc(caseReminders.dueOn), asc(cases.number))
    .limit(200);
  return rows.map(
    (r): InboxItem => ({
      key: `case-reminder:${r.id}`,
      source: 'case_reminder',
      what: REMINDER_LABELS[r.kind],
      where: `Sprawa ${r.number}`,
      dueOn: r.dueOn,
      href: reminderHref(r.caseId, r.kind),
      nav: '/sprawy',
    }),
  );
};
