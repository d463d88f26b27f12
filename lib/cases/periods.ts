import { addDays, addMonths } from '@/lib/model/dates';
import { formatDate } from '@/lib/text';

/*
 * The model's time limits for work with a family, as pure functions (tests/unit/cases-periods.test.ts):
 * an IPP covers at most 3 months; the work ends at most 12 months after qualification unless a
 * decision to extend it is recorded.
 */

export const IPP_MAX_MONTHS = 3;
export const CASE_MAX_MONTHS = 12;

/** The last day an IPP starting on `startsOn` may cover: 01.01 → 31.03; 31.01 → 29/30.04. */
export function ippLatestEnd(startsOn: string): string {
  return addDays(addMonths(startsOn, IPP_MAX_MONTHS), -1);
}

/** A Polish message when the IPP's period is wrong, else null. */
export function ippPeriodProblem(startsOn: string, endsOn: string): string | null {
  if (endsOn < startsOn) return 'Koniec IPP nie może być wcześniejszy niż jego początek.';
  const latest = ippLatestEnd(startsOn);
  if (endsOn > latest) return `IPP obejmuje najwyżej 3 miesiące — przy początku ${formatDate(startsOn)} może trwać najpóźniej do ${formatDate(latest)}.`;
  return null;
}

/** The planned end of work with the family: 12 months after qualification, or the recorded extension. */
export function caseEnd(c: { qualifiedOn: string | null; extensionUntil: string | null }): string | null {
  if (!c.qualifiedOn) return null;
  return c.extensionUntil ?? addMonths(c.qualifiedOn, CASE_MAX_MONTHS);
}

/** A Polish message when work dated `on` falls past the case's allowed end, else null. */
export function beyondCaseEnd(c: { qualifiedOn: string | null; extensionUntil: string | null }, on: string): string | null {
  const end = caseEnd(c);
  if (!end || on <= end) return null;
  return c.extensionUntil
    ? `Praca z rodziną została przedłużona do ${formatDate(end)} — data ${formatDate(on)} jest późniejsza.`
    : `Praca z rodziną trwa najwyżej 12 miesięcy od kwalifikacji (do ${formatDate(end)}). Po tym terminie potrzebna jest zapisana decyzja o przedłużeniu.`;
}
