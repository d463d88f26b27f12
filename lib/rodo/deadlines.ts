import { addMonths, daysBetween } from '@/lib/model/dates';
import { count, plural, WORDS } from '@/lib/plural';
import { formatDate } from '@/lib/text';

/*
 * The deadlines of a data-subject request (RODO art. 12 ust. 3), pure: the answer is due a month
 * after receipt (a calendar month; 31.01 → 28.02 or 29.02); before that day the controller may
 * extend it by up to two further months, telling the person why. Table-driven tests in
 * tests/unit/rodo-deadlines.test.ts.
 */

/** Months after receipt the answer is due (art. 12 ust. 3 zd. 1). */
export const ANSWER_MONTHS = 1;
/** Months the deadline may be extended by at most (art. 12 ust. 3 zd. 2). */
export const EXTENSION_MONTHS = 2;

/** The original deadline: received + 1 calendar month, clamped to the end of a shorter month. */
export const requestDueOn = (receivedOn: string) => addMonths(receivedOn, ANSWER_MONTHS);

/** The latest day an extension may reach: the original deadline + 2 months. */
export const latestExtension = (dueOn: string) => addMonths(dueOn, EXTENSION_MONTHS);

/** The deadline in force: the extended one where there is one. */
export const deadlineOf = (r: { dueOn: string; extendedUntil: string | null }) => r.extendedUntil ?? r.dueOn;

export type RequestStatus = 'open' | 'extended' | 'overdue' | 'done';

export const REQUEST_STATUS_WORDS: Record<RequestStatus, string> = {
  open: 'otwarte',
  extended: 'przedłużone',
  overdue: 'po terminie',
  done: 'zrealizowane',
};

export interface DeadlineFields {
  receivedOn: string;
  dueOn: string;
  extendedUntil: string | null;
  doneOn: string | null;
}

/** Done when it has a done date; else overdue after its deadline day; else extended or open. */
export function requestStatus(r: DeadlineFields, today: string): RequestStatus {
  if (r.doneOn) return 'done';
  if (deadlineOf(r) < today) return 'overdue';
  return r.extendedUntil ? 'extended' : 'open';
}

/** Days from today to the deadline (0 on its day, negative when it has passed). */
export const daysLeft = (r: Pick<DeadlineFields, 'dueOn' | 'extendedUntil'>, today: string) => daysBetween(today, deadlineOf(r));

export interface ExtensionInput {
  extendedUntil: string;
  extensionReason: string;
  extensionNotifiedOn: string;
}

/**
 * What is wrong with an extension, per field (empty: none). It may be made only once, while the
 * request is not done and the original deadline has not passed; the new date lies after the
 * original deadline and at most two months beyond it; the reason is given; the person was told
 * between receipt and the original deadline, not in the future.
 */
export function extensionProblems(r: DeadlineFields, v: ExtensionInput, today: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (field: string, message: string) => (out[field] ??= []).push(message);
  if (r.doneOn) add('extendedUntil', 'Żądanie zostało już zrealizowane — nie można przedłużyć terminu.');
  else if (r.extendedUntil) add('extendedUntil', `Termin został już przedłużony do ${formatDate(r.extendedUntil)}.`);
  else if (today > r.dueOn) add('extendedUntil', `Termin można przedłużyć tylko przed jego upływem (${formatDate(r.dueOn)}).`);
  const latest = latestExtension(r.dueOn);
  if (v.extendedUntil <= r.dueOn) add('extendedUntil', `Nowy termin musi być późniejszy niż pierwotny (${formatDate(r.dueOn)}).`);
  else if (v.extendedUntil > latest) add('extendedUntil', `Termin można przedłużyć najwyżej o dwa miesiące — do ${formatDate(latest)}.`);
  if (!v.extensionReason.trim()) add('extensionReason', 'Podaj przyczynę przedłużenia (art. 12 ust. 3 RODO).');
  if (v.extensionNotifiedOn < r.receivedOn) add('extensionNotifiedOn', `Osobę można było poinformować najwcześniej w dniu wpływu żądania (${formatDate(r.receivedOn)}).`);
  else if (v.extensionNotifiedOn > r.dueOn) add('extensionNotifiedOn', `Osobę trzeba poinformować przed upływem pierwotnego terminu (${formatDate(r.dueOn)}).`);
  if (v.extensionNotifiedOn > today) add('extensionNotifiedOn', `Data nie może być późniejsza niż dziś (${formatDate(today)}).`);
  return out;
}

/** The days left in words: "zostało 5 dni", "termin mija dziś", "3 dni po terminie". */
export function daysLeftWords(days: number): string {
  if (days === 0) return 'termin mija dziś';
  if (days > 0) return `${plural(days, ['został', 'zostały', 'zostało'])} ${count(days, WORDS.day)}`;
  return `${count(-days, WORDS.day)} po terminie`;
}
