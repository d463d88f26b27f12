import { clock } from '@/lib/clock';
import { formatDate } from '@/lib/text';
import { dateField, optionalDateField } from '@/lib/validation/fields';

/*
 * One date rule for every dated record of work with a family (step 7.2): a record is never dated
 * after today (a Polish calendar day, lib/clock.ts) and never before the record it follows in the
 * model's order — referral → consents, the GOPS animator's check in the welfare system, the
 * consultation with the PCPR animator → the qualification decision (also not before the consents
 * it relies on) → the diagnosis, the PZK's acceptance of an IPP, the kontrakt, monitoring meetings,
 * sessions, the announcement of the end, the final evaluation. The form schemas carry the first
 * half (caseDateField: the same message on the client and on the server); the domain functions
 * check the second against the dates already stored (caseDateErrors), because only they know them.
 * Dates that plan rather than record (an IPP's period, a task's deadline, the planned end, an
 * extension, the after-care contact) are not records: the period rules (periods.ts, ipp-rules.ts)
 * bound them instead.
 */

export const CASE_RECORDS = {
  referral: { subject: 'Data zgłoszenia', name: 'zgłoszenie', follows: [] },
  consent: { subject: 'Data wyrażenia zgody', name: 'data wyrażenia zgody', follows: ['referral'] },
  consentWithdrawal: { subject: 'Data wycofania zgody', name: 'wycofanie zgody', follows: ['consent'] },
  welfareVerification: { subject: 'Data weryfikacji w systemie pomocy społecznej', name: 'weryfikacja w systemie pomocy społecznej', follows: ['referral'] },
  pcprConsultation: { subject: 'Data konsultacji z animatorem PCPR', name: 'konsultacja z animatorem PCPR', follows: ['referral'] },
  qualification: { subject: 'Decyzja', name: 'kwalifikacja', follows: ['referral', 'consent', 'welfareVerification', 'pcprConsultation'] },
  diagnosis: { subject: 'Data diagnozy', name: 'diagnoza', follows: ['qualification'] },
  // The work after qualification: records of what happened, dated the day it happened.
  ippAcceptance: { subject: 'Data akceptacji IPP przez PZK', name: 'akceptacja IPP', follows: ['qualification'] },
  contract: { subject: 'Data zawarcia kontraktu', name: 'zawarcie kontraktu', follows: ['qualification'] },
  monitoring: { subject: 'Data spotkania', name: 'spotkanie monitorujące', follows: ['qualification'] },
  session: { subject: 'Data spotkania', name: 'spotkanie', follows: ['qualification'] },
  endAnnouncement: { subject: 'Data poinformowania o zakończeniu', name: 'poinformowanie o zakończeniu', follows: ['qualification'] },
  evaluation: { subject: 'Data ewaluacji', name: 'ewaluacja', follows: ['qualification'] },
  closing: { subject: 'Data zamknięcia sprawy', name: 'zamknięcie sprawy', follows: ['referral'] },
} as const satisfies Record<string, { subject: string; name: string; follows: readonly string[] }>;

/** A dated record of the case; `subject` starts its messages, `name` is how a later one names it. */
export type CaseRecord = keyof typeof CASE_RECORDS;

/**
 * The day from which the consents a qualification relies on are all given: for each kind, the
 * earliest consent not withdrawn; the later of the two. Null while one is missing (the
 * qualification rules report that).
 */
export function consentsGivenOn(consents: readonly { kind: 'cooperation' | 'data_sharing'; givenOn: string; withdrawnOn: string | null }[]): string | null {
  const firstActive = (kind: 'cooperation' | 'data_sharing') =>
    consents.filter((c) => c.kind === kind && !c.withdrawnOn).reduce<string | null>((min, c) => (min === null || c.givenOn < min ? c.givenOn : min), null);
  const cooperation = firstActive('cooperation');
  const dataSharing = firstActive('data_sharing');
  if (!cooperation || !dataSharing) return null;
  return cooperation > dataSharing ? cooperation : dataSharing;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** "Data zgłoszenia nie może być późniejsza niż dziś (05.12.2026)." or null. */
export function futureDateProblem(record: CaseRecord, on: string, today: string): string | null {
  return on > today ? `${CASE_RECORDS[record].subject} nie może być późniejsza niż dziś (${formatDate(today)}).` : null;
}

/** "Decyzja nie może być wcześniejsza niż zgłoszenie (05.01.2027)." or null (same day allowed). */
export function beforePredecessorProblem(record: CaseRecord, on: string, predecessor: CaseRecord, predecessorOn: string | null | undefined): string | null {
  if (!predecessorOn || on >= predecessorOn) return null;
  return `${CASE_RECORDS[record].subject} nie może być wcześniejsza niż ${CASE_RECORDS[predecessor].name} (${formatDate(predecessorOn)}).`;
}

/** For a record moved later (the referral edited): it may not pass a record that follows it. */
export function afterSuccessorProblem(record: CaseRecord, on: string, successor: CaseRecord, successorOn: string | null | undefined): string | null {
  if (!successorOn || on <= successorOn) return null;
  return `${CASE_RECORDS[record].subject} nie może być późniejsza niż ${CASE_RECORDS[successor].name} (${formatDate(successorOn)}).`;
}

/**
 * Every problem of dating `record` on `on`: after today, or before one of the records it follows
 * (their stored dates in `stored`; a missing one is not checked). Empty when the date is fine.
 */
export function caseDateProblems(record: CaseRecord, on: string, today: string, stored: Partial<Record<CaseRecord, string | null>> = {}): string[] {
  const out: string[] = [];
  const future = futureDateProblem(record, on, today);
  if (future) out.push(future);
  for (const p of CASE_RECORDS[record].follows as readonly CaseRecord[]) {
    const before = beforePredecessorProblem(record, on, p, stored[p]);
    if (before) out.push(before);
  }
  return out;
}

/**
 * The field errors of a form's dates, each beside its field: `dates` maps a field to its record and
 * value (blank values are skipped). Server side, with the stored predecessors.
 */
export function caseDateErrors(
  dates: Record<string, { record: CaseRecord; on: string | null | undefined }>,
  stored: Partial<Record<CaseRecord, string | null>>,
  today = clock.today(),
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [field, { record, on }] of Object.entries(dates)) {
    if (!on) continue;
    const problems = caseDateProblems(record, on, today, stored);
    if (problems.length) errors[field] = problems;
  }
  return errors;
}

const notInFuture = (record: CaseRecord) => (v: string | undefined) => !v || !ISO.test(v) || futureDateProblem(record, v, clock.today()) === null;
const futureMessage = (record: CaseRecord) => () => `${CASE_RECORDS[record].subject} nie może być późniejsza niż dziś (${formatDate(clock.today())}).`;

/** A required date of a case record: a valid date, not after today (read when the form is checked). */
export const caseDateField = (record: CaseRecord) => dateField.refine(notInFuture(record), { error: futureMessage(record) });

/** An optional date of a case record (blank → undefined), not after today. */
export const optionalCaseDateField = (record: CaseRecord) => optionalDateField.refine(notInFuture(record), { error: futureMessage(record) });
