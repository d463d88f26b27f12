/**
 * When digests are due, and how a digest groups the inbox — pure, on Poland's wall clock
 * (Europe/Warsaw), so summer time and New Year's week come out of the calendar, not the server's zone.
 */

export type DigestPeriod = 'daily' | 'weekly';

/** The hour (Polish time) a digest of the day — or, on Monday, of the week — becomes due. */
export const DIGEST_HOUR = 7;

const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Polish date (yyyy-mm-dd) and hour of an instant. */
export function warsawWallClock(at: Date): { date: string; hour: number } {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour) };
}

const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A date (yyyy-mm-dd) moved by `days`. */
export function addDays(date: string, days: number): string {
  const d = utcDay(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string) => utcDay(date).getUTCDay() || 7;

/** The Monday of the ISO week a date belongs to. */
export const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));

/** The ISO week of a date: "2026-W53" (the year is the one of the week's Thursday, so 01.01.2027 is in 2026-W53). */
export function isoWeekKey(date: string): string {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((utcDay(thursday).getTime() - utcDay(`${year}-01-01`).getTime()) / 86_400_000 / 7) + 1;
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
