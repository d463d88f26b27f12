import { dateInPoland } from '@/lib/clock';
import { addDays, addMonths, maxIso } from '@/lib/model/dates';

/*
 * Inactive accounts (issue 16, item 3) as pure rules on calendar dates in Poland: an active account
 * without a login for 12 calendar months is disabled; 30 days before that its owner gets one
 * warning e-mail. Inactivity counts from the latest of the last login, the last decision making the
 * account active (approval, re-enabling by a ROPS administrator or `npm run admin:create`) and the
 * account's creation. An account is never disabled without a warning at least 30 days earlier: one
 * whose warning day passed unwarned (the worker did not run, the rule is new) is warned now and
 * disabled 30 days later.
 */

export const INACTIVE_MONTHS = 12;
export const WARN_DAYS_BEFORE = 30;
export const INACTIVE_REASON = 'Konto zablokowane automatycznie: brak logowania od 12 miesięcy';

export interface ActivityStamps {
  lastLoginAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
}

/** The day in Poland inactivity counts from. */
export function lastActivityDay(a: ActivityStamps): string {
  return [a.lastLoginAt, a.decidedAt, a.createdAt].filter((d): d is Date => d !== null).map(dateInPoland).reduce(maxIso);
}

/** A warning counts only when given after the last activity (a login or re-enabling starts the clock anew). */
export function currentWarning(lastActivity: string, warnedOn: string | null): string | null {
  return warnedOn !== null && warnedOn >= lastActivity ? warnedOn : null;
}

/**
 * The day the account will be disabled: 12 months after the last activity, but never sooner than
 * 30 days after the warning (given, or — not given yet — today's).
 */
export function disablingDay(lastActivity: string, warnedOn: string | null, today: string): string {
  const warning = currentWarning(lastActivity, warnedOn) ?? today;
  return maxIso(addMonths(lastActivity, INACTIVE_MONTHS), addDays(warning, WARN_DAYS_BEFORE));
}

/** The day the warning is due: 30 days before the 12 months end. */
export const warningDay = (lastActivity: string) => addDays(addMonths(lastActivity, INACTIVE_MONTHS), -WARN_DAYS_BEFORE);

export type InactivityStep = { kind: 'none' } | { kind: 'warn'; disableOn: string } | { kind: 'disable' };

/** What the background worker does today with an active account. */
export function inactivityStep(lastActivity: string, warnedOn: string | null, today: string): InactivityStep {
  const warning = currentWarning(lastActivity, warnedOn);
  if (warning === null) return today >= warningDay(lastActivity) ? { kind: 'warn', disableOn: disablingDay(lastActivity, null, today) } : { kind: 'none' };
  return today >= disablingDay(lastActivity, warning, today) ? { kind: 'disable' } : { kind: 'none' };
}

/** Whether a record decided on `decidedOn` has reached the end of a retention of `days` days by `today` (day `days` after it counts). */
export const retentionEnded = (decidedOn: string, days: number, today: string) => decidedOn <= addDays(today, -days);
