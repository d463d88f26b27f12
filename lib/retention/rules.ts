import { addDays } from '@/lib/model/dates';

/*
 * Retention rules of the data lifecycle (issue 16, item 1), pure: no database, no clock — every
 * "today" is passed in. Polish public bodies keep their documentation by the JRWA (jednolity
 * rzeczowy wykaz akt) under the ustawa z dnia 14 lipca 1983 r. o narodowym zasobie archiwalnym i
 * archiwach:
 *   A     — kept permanently (materiały archiwalne): never marked for destruction;
 *   B<n>  — kept n full years, counted from 1 January of the year after the matter closed, then
 *           destroyed (here: anonymised) with the state archive's consent;
 *   BE<n> — as B<n>, but after n years the state archive reviews them and may keep them (the
 *           review is part of its consent to the batch).
 * Social-assistance case files are commonly B10: a family case closed on 15.06.2027 is kept to the
 * end of 2037 and reaches its end on 01.01.2038.
 */

export type RetentionCategory = 'A' | 'B' | 'BE';
export const RETENTION_CATEGORIES = ['A', 'B', 'BE'] as const satisfies readonly RetentionCategory[];

export type RetentionRecordKind = 'family_case' | 'account_request_rejected' | 'login_failure' | 'record_access_audit';

/** A JRWA class: its category and, for B and BE, the years (A: null). */
export interface RetentionClass {
  category: RetentionCategory;
  years: number | null;
  symbol?: string;
}

/** What the categories mean, for administrators. */
export const CATEGORY_LABELS: Record<RetentionCategory, string> = {
  A: 'A — materiały archiwalne, przechowywane wieczyście',
  B: 'B — dokumentacja niearchiwalna, niszczona (anonimizowana) po upływie lat, za zgodą archiwum państwowego',
  BE: 'BE — po upływie lat ekspertyza archiwum państwowego decyduje o zachowaniu lub zniszczeniu',
};

export const RECORD_KIND_LABELS: Record<RetentionRecordKind, string> = {
  family_case: 'Zakończona sprawa osoby, rodziny lub grupy',
  account_request_rejected: 'Odrzucony wniosek o konto',
  login_failure: 'Nieudane logowanie',
  record_access_audit: 'Wpisy dziennika o wglądzie w rekord',
};

/** Record kinds counted in JRWA years (the others are counted in days or follow their record). */
export const YEAR_KINDS: readonly RetentionRecordKind[] = ['family_case'];
/** Record kinds counted in days. */
export const DAY_KINDS: readonly RetentionRecordKind[] = ['account_request_rejected', 'login_failure'];

/** The background worker marks what reaches its end within this many days (the overview's "W ciągu 90 dni"). */
export const MARK_HORIZON_DAYS = 90;
export const MIN_YEARS = 1;
export const MAX_YEARS = 50;

/** "A", "B10", "BE5"; with the JRWA symbol when there is one: "5131 B10". */
export function classLabel(c: RetentionClass, withSymbol = false): string {
  const label = c.category === 'A' ? 'A' : `${c.category}${c.years ?? '?'}`;
  return withSymbol && c.symbol ? `${c.symbol} ${label}` : label;
}

/**
 * The day the retention of a matter closed on `closedOn` (yyyy-mm-dd) ends: 1 January of
 * (closing year + 1 + n) for B<n> and BE<n>; null for A (kept permanently) and for a class without years.
 */
export function retentionEnd(closedOn: string, c: RetentionClass): string | null {
  if (c.category === 'A' || c.years == null || c.years < 1) return null;
  const year = Number(closedOn.slice(0, 4));
  return `${String(year + 1 + c.years).padStart(4, '0')}-01-01`;
}

/**
 * The class that applies to a record: the institution's own (its instrukcja kancelaryjna) when it
 * set one, else the national default. For a family case the institution is the key worker's.
 */
export function applicableClass(own: RetentionClass | null | undefined, national: RetentionClass): RetentionClass {
  return own ?? national;
}

/** Does the worker mark a record ending on `dueOn` (null: never) on `today`? Yes when it ends within the horizon. */
export function withinHorizon(dueOn: string | null, today: string, horizonDays = MARK_HORIZON_DAYS): boolean {
  return dueOn !== null && dueOn <= addDays(today, horizonDays);
}

/** Has the retention ended (destruction may be approved)? */
export function isDueNow(dueOn: string, today: string): boolean {
  return dueOn <= today;
}

/** A legal hold is in force until it is lifted, to the end of its `until` day. */
export function holdInForce(h: { until: string; liftedAt: Date | string | null }, today: string): boolean {
  return h.liftedAt == null && h.until >= today;
}

/** The statuses a matter may be closed in (its documentation then starts its retention). */
export const CLOSED_STATUSES = ['closed', 'refused', 'handed_over'] as const;
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];
export const isClosedStatus = (s: string): s is ClosedStatus => (CLOSED_STATUSES as readonly string[]).includes(s);

/**
 * The day a matter closed: the case's closing date when recorded; for a refusal, the day of the
 * refusal decision; for a hand-over, the day of the final evaluation that handed it over; else (a
 * record without any of them) the day of the case's last change.
 */
export function closingDate(status: ClosedStatus, d: { closedOn: string | null; refusedOn: string | null; evaluatedOn: string | null; lastChangeOn: string }): string {
  if (d.closedOn) return d.closedOn;
  if (status === 'refused' && d.refusedOn) return d.refusedOn;
  if (status === 'handed_over' && d.evaluatedOn) return d.evaluatedOn;
  return d.lastChangeOn;
}

/** The item's status as the worker keeps it: anonymised for good; held while a hold is in force; else due. */
export function itemStatus(p: { anonymised: boolean; held: boolean }): 'anonymised' | 'held' | 'due' {
  if (p.anonymised) return 'anonymised';
  return p.held ? 'held' : 'due';
}

/**
 * Records counted in days (rejected account requests' personal fields, login-failure rows): those
 * dated before the returned day are past their retention on `today` (kept `days` full days).
 */
export function dayRetentionCutoff(today: string, days: number): string {
  return addDays(today, -days);
}

/** Is the class well formed? A without years; B and BE with 1–50 years. */
export function classProblem(c: { category: string; years: number | null }): string | null {
  if (c.category === 'A') return c.years == null ? null : 'Kategoria A (wieczyście) nie ma liczby lat — zostaw pole puste.';
  if (c.category !== 'B' && c.category !== 'BE') return 'Wybierz kategorię: A, B albo BE.';
  if (c.years == null) return `Podaj liczbę lat przechowywania (od ${MIN_YEARS} do ${MAX_YEARS}).`;
  if (!Number.isInteger(c.years) || c.years < MIN_YEARS || c.years > MAX_YEARS) return `Liczba lat musi być liczbą całkowitą od ${MIN_YEARS} do ${MAX_YEARS}.`;
  return null;
}
