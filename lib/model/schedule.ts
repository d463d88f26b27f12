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

/**
 * When each recurring task is due — the rules, stated once:
 * - monthly: every month of the task's span, counted from the implementation's start;
 * - every_3_months (supervision, "at least every 3 months through stage III", months 4–16):
 *   windows of three months from the first month of the span; months left over at the end
 *   (fewer than three) join the last window rather than form a short one of their own, so stage
 *   III's 13 months give 4–6, 7–9, 10–12, 13–16 — the first window opens with stage III, the last
 *   closes with it, and no window comes a month after the one before;
 * - quarterly (WZK), q1_q3 (promotion), yearly_q1 (info meetings): calendar quarters — the whole
 *   quarter, for each such quarter the span touches. They are the województwo's own rhythm, shared
 *   by all its implementations, so they do not move with any one implementation's start.
 */
const CALENDAR_QUARTERS: Partial<Record<Cadence, number[]>> = { quarterly: [1, 2, 3, 4], yearly_q1: [1], q1_q3: [1, 3] };
const MONTHS_PER_PERIOD: Partial<Record<Cadence, number>> = { monthly: 1, every_3_months: 3 };

/** The windows of a cadence over months fromMonth..toMonth counted from `anchor` (month 1 = the anchor's month). */
export function windowsOf(cadence: Cadence, anchor: string, fromMonth: number, toMonth: number): Window[] {
  const span = monthWindow(anchor, fromMonth, toMonth - fromMonth + 1);
  const out: Window[] = [];
  const step = MONTHS_PER_PERIOD[cadence];
  if (step) {
    for (let m = fromMonth; m <= toMonth; m += step) {
      // The remainder shorter than a period goes with the last whole one.
      const length = toMonth - m + 1 < 2 * step ? toMonth - m + 1 : step;
      out.push(monthWindow(anchor, m, length));
      if (length > step) break;
    }
    return out;
  }
  const quarters = CALENDAR_QUARTERS[cadence] ?? [];
  for (let y = parseIso(span.start).y; y <= parseIso(span.end).y; y++) {
    for (const q of quarters) {
      const qs = toIso(y, (q - 1) * 3 + 1, 1);
      const qe = addDays(addMonths(qs, 3), -1);
      if (qe < span.start || qs > span.end) continue;
      out.push({ start: qs, end: qe });
    }
  }
  return out;
}

export function occurrencesOf(task: RecurringTemplate, startDate: string): PlannedOccurrence[] {
  return windowsOf(task.cadence, startDate, task.fromMonth, task.toMonth).map((w) => ({ taskId: task.id, level: task.level, periodStart: w.start, dueDate: w.end }));
}

/** The month (counted from `anchor`, month 1 = the anchor's month) whose window holds `date`. */
export function monthOf(anchor: string, date: string): number {
  const a = parseIso(anchor);
  const d = parseIso(date);
  let m = (d.y - a.y) * 12 + (d.m - a.m) + 1;
  while (monthWindow(anchor, m, 1).start > date) m--;
  while (monthWindow(anchor, m, 1).end < date) m++;
  return m;
}

/**
 * The regional track's recurring occurrences: one track per województwo serves every one of its
 * implementations, so each regional task runs from its first month in the earliest implementation
 * to its last month in the latest one (`starts`: the start dates of the implementations). Windows
 * counted in months are counted from the regional track's own start (`anchor`).
 */
export function regionalOccurrences(recurring: RecurringTemplate[], anchor: string, starts: string[]): PlannedOccurrence[] {
  if (!starts.length) return [];
  return recurring
    .filter((t) => t.level === 'regional')
    .flatMap((t) => {
      const first = starts.map((s) => monthWindow(s, t.fromMonth, 1).start).reduce(minIso);
      const last = starts.map((s) => monthWindow(s, t.toMonth, 1).end).reduce(maxIso);
      return windowsOf(t.cadence, anchor, monthOf(anchor, first), monthOf(anchor, last)).map((w) => ({ taskId: t.id, level: t.level, periodStart: w.start, dueDate: w.end }));
    });
}

export function generateSchedule(catalogue: { substeps: SubstepTemplate[]; recurring: RecurringTemplate[] }, startDate: string) {
  const items: PlannedItem[] = catalogue.substeps.map((s) => {
    const w = monthWindow(startDate, s.startMonth, s.durationMonths);
    return { substepId: s.id, level: s.level, plannedStart: w.start, plannedEnd: w.end };
  });
  const occurrences = catalogue.recurring.flatMap((t) => occurrencesOf(t, startDate));
  return { items, occurrences };
}
