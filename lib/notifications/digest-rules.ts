/**
 * When digests are due, and how a digest groups the inbox — pure, on Poland's wall clock
 * (Europe/Warsaw), so summer time and New Year's week come out of the calendar, not the server's zone.
 */

import { dateInPoland, hourInPoland } from '@/lib/clock';
import { addDays, daysBetween, isoWeekday, mondayOf } from '@/lib/model/dates';

export type DigestPeriod = 'daily' | 'weekly';

/** The hour (Polish time) a digest of the day — or, on Monday, of the week — becomes due. */
export const DIGEST_HOUR = 7;

/** The Polish date (yyyy-mm-dd) and hour of an instant. */
const warsawWallClock = (at: Date): { date: string; hour: number } => ({ date: dateInPoland(at), hour: hourInPoland(at) });

/** The ISO week of a date: "2026-W53" (the year is the one of the week's Thursday, so 01.01.2027 is in 2026-W53). */
export function isoWeekKey(date: string): string {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The digest of a period that is due at an instant: its key (unique per person) and first day. */
export interface DuePeriod {
  period: DigestPeriod;
  /** "2026-12-07" for a day, "2026-W50" for an ISO week (digests.period_key). */
  key: string;
  /** The day itself, or the Monday of the week. */
  from: string;
}

/**
 * The digest due at `at`: the daily one from 7:00 of each Polish day, the weekly one from Monday 7:00
 * for the rest of that ISO week. Before 7:00 (before Monday 7:00) nothing is due yet: the previous
 * period's digest is not sent late in the night — its items simply wait for the next one.
 */
export function duePeriod(period: DigestPeriod, at: Date): DuePeriod | null {
  const { date, hour } = warsawWallClock(at);
  if (period === 'daily') return hour >= DIGEST_HOUR ? { period, key: date, from: date } : null;
  if (isoWeekday(date) === 1 && hour < DIGEST_HOUR) return null;
  return { period, key: isoWeekKey(date), from: mondayOf(date) };
}
