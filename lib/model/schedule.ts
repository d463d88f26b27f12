import type { Cadence, ItemLevel } from '@/db/schema';
import { addDays, addMonths, maxIso, minIso, parseIso, toIso } from './dates';

/**
 * Schedule generation: pure functions from a catalogue and a start date to dated windows.
 * Month m of an implementation (m = 1 is the start month) runs from start + (m−1) months to the
 * day before start + m months; months ≤ 0 lie before the start (stage I, regional).
 */

export interface Window {
  start: string;
  end: string;
}

export function monthWindow(startDate: string, startMonth: number, durationMonths: number): Window {
  return {
    start: addMonths(startDate, startMonth - 1),
    end: addDays(addMonths(startDate, startMonth - 1 + durationMonths), -1),
  };
}

export interface SubstepTemplate {
  id: number;
  level: ItemLevel;
  startMonth: number;
  durationMonths: number;
}

export interface RecurringTemplate {
  id: number;
  level: ItemLevel;
  cadence: Cadence;
  fromMonth: number;
  toMonth: number;
}

export interface PlannedItem {
  substepId: number;
  level: ItemLevel;
  plannedStart: string;
  plannedEnd: string;
}

export interface PlannedOccurrence {
  taskId: number;
  level: ItemLevel;
  periodStart: string;
  dueDate: string;
}

/** Calendar quarters (1–4) whose periods a cadence asks for, or null for start-relative cadences. */
const CALENDAR_QUARTERS: Partial<Record<Cadence, number[]>> = { yearly_q1: [1], q1_q3: [1, 3] };
const MONTHS_PER_PERIOD: Partial<Record<Cadence, number>> = { monthly: 1, quarterly: 3, every_3_months: 3 };

export function occurrencesOf(task: RecurringTemplate, startDate: string): PlannedOccurrence[] {
  const span = monthWindow(startDate, task.fromMonth, task.toMonth - task.fromMonth + 1);
  const out: PlannedOccurrence[] = [];
  const step = MONTHS_PER_PERIOD[task.cadence];
  if (step) {
    for (let m = task.fromMonth; m <= task.toMonth; m += step) {
      const w = monthWindow(startDate, m, Math.min(step, task.toMonth - m + 1));
      out.push({ taskId: task.id, level: task.level, periodStart: w.start, dueDate: w.end });
    }
    return out;
  }
  // Calendar-bound tasks (ROPS promotion in Q1 and Q3, info meetings in Q1): each such quarter
  // that overlaps the span, clipped to it.
  const quarters = CALENDAR_QUARTERS[task.cadence] ?? [];
  for (let y = parseIso(span.start).y; y <= parseIso(span.end).y; y++) {
    for (const q of quarters) {
      const qs = toIso(y, (q - 1) * 3 + 1, 1);
      const qe = addDays(addMonths(qs, 3), -1);
      if (qe < span.start || qs > span.end) continue;
      out.push({ taskId: task.id, level: task.level, periodStart: maxIso(qs, span.start), dueDate: minIso(qe, span.end) });
    }
  }
  return out;
}

export function generateSchedule(catalogue: { substeps: SubstepTemplate[]; recurring: RecurringTemplate[] }, startDate: string) {
  const items: PlannedItem[] = catalogue.substeps.map((s) => {
    const w = monthWindow(startDate, s.startMonth, s.durationMonths);
    return { substepId: s.id, level: s.level, plannedStart: w.start, plannedEnd: w.end };
  });
  const occurrences = catalogue.recurring.flatMap((t) => occurrencesOf(t, startDate));
  return { items, occurrences };
}
