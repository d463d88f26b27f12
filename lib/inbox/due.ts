import { dateInPoland } from '@/lib/clock';
import { addDays } from '@/lib/model/dates';
import { formatDate } from '@/lib/text';

/*
 * The date rules of the inbox's own sources, pure (tests/unit/inbox-due.test.ts); the queries in
 * lib/inbox/sources/ use them.
 */

/** How far ahead the schedule's deadlines come into the inbox. */
export const SCHEDULE_HORIZON_DAYS = 30;
/** Minutes are expected within a week of the meeting. */
export const MINUTES_DUE_DAYS = 7;

/** The last due date of the schedule that comes into the inbox on `today` (overdue ones always do). */
export const scheduleHorizon = (today: string) => addDays(today, SCHEDULE_HORIZON_DAYS);

/** When the minutes of a meeting are due: a week after its day in Poland. */
export const minutesDueOn = (startsAt: Date) => addDays(dateInPoland(startsAt), MINUTES_DUE_DAYS);

/** What the monthly meeting's item says: plan it (its period runs), or it was never planned (the period is over). */
export function meetingToPlanWhat(periodStart: string, dueOn: string, today: string): string {
  return dueOn < today ? `Spotkanie zespołu za okres ${formatDate(periodStart)}–${formatDate(dueOn)} nie zostało zaplanowane` : 'Zaplanuj comiesięczne spotkanie zespołu';
}
