import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  afterSuccessorProblem,
  beforePredecessorProblem,
  CASE_RECORDS,
  caseDateErrors,
  caseDateField,
  caseDateProblems,
  consentsGivenOn,
  futureDateProblem,
  optionalCaseDateField,
  type CaseRecord,
} from '@/lib/cases/date-rules';
import { setClockForTests } from '@/lib/clock';

/*
 * The one date rule of the case records (issue 14, item 11): not after today, not before the record
 * it follows. Each limit is tried on its day and on the days either side; dates are written out.
 * The domain functions that apply it against stored dates: tests/integration/cases-date-boundaries.test.ts.
 */

afterEach(() => setClockForTests(null));

type Row = [label: string, date: string, allowed: boolean];

describe('not after today (futureDateProblem), today = 31.03.2027', () => {
  const rows: Row[] = [
    ['yesterday', '2027-03-30', true],
    ['today', '2027-03-31', true],
    ['tomorrow', '2027-04-01', false],
    ['a mistyped year', '2207-03-31', false],
  ];
  it.each(rows)('%s (%s): allowed = %s', (_, on, allowed) => {
    expect(futureDateProblem('referral', on, '2027-03-31') === null).toBe(allowed);
  });

  it('names the record and today', () => {
    expect(futureDateProblem('referral', '2027-04-01', '2027-03-31')).toBe('Data zgłoszenia nie może być późniejsza niż dziś (31.03.2027).');
    expect(futureDateProblem('qualification', '2027-04-01', '2027-03-31')).toBe('Decyzja nie może być późniejsza niż dziś (31.03.2027).');
  });
});

describe('not before the record it follows (beforePredecessorProblem), referral 05.01.2027', () => {
  const rows: Row[] = [
    ['the day before the referral', '2027-01-04', false],
    ['the referral day', '2027-01-05', true],
    ['the day after', '2027-01-06', true],
  ];
  it.each(rows)('a consent on %s (%s): allowed = %s', (_, on, allowed) => {
    expect(beforePredecessorProblem('consent', on, 'referral', '2027-01-05') === null).toBe(allowed);
  });

  it('names both records and the earlier date; no stored predecessor, no problem', () => {
    expect(beforePredecessorProblem('diagnosis', '2027-01-11', 'qualification', '2027-01-12')).toBe('Data diagnozy nie może być wcześniejsza niż kwalifikacja (12.01.2027).');
    expect(beforePredecessorProblem('diagnosis', '2027-01-11', 'qualification', null)).toBeNull();
    expect(beforePredecessorProblem('diagnosis', '2027-01-11', 'qualification', undefined)).toBeNull();
  });
});

describe('a record moved later may not pass what follows it (afterSuccessorProblem), consent 05.01.2027', () => {
  const rows: Row[] = [
    ['the day before the consent', '2027-01-04', true],
    ['the consent day', '2027-01-05', true],
    ['the day after the consent', '2027-01-06', false],
  ];
  it.each(rows)('a referral on %s (%s): allowed = %s', (_, on, allowed) => {
    expect(afterSuccessorProblem('referral', on, 'consent', '2027-01-05') === null).toBe(allowed);
  });

  it('names both records', () => {
    expect(afterSuccessorProblem('referral', '2027-01-13', 'qualification', '2027-01-12')).toBe('Data zgłoszenia nie może być późniejsza niż kwalifikacja (12.01.2027).');
    expect(afterSuccessorProblem('referral', '2027-01-13', 'qualification', null)).toBeNull();
  });
});

describe('caseDateProblems: every problem of one date, in the model’s order', () => {
  it('follows the order of the model', () => {
    const follows = Object.fromEntries(Object.entries(CASE_RECORDS).map(([k, v]) => [k, [...v.follows]]));
    expect(follows).toEqual({
      referral: [],
      consent: ['referral'],
      consentWithdrawal: ['consent'],
      welfareVerification: ['referral'],
      pcprConsultation: ['referral'],
      qualification: ['referral', 'consent', 'welfareVerification', 'pcprConsultation'],
      diagnosis: ['qualification'],
      ippAcceptance: ['qualification'],
      contract: ['qualification'],
      monitoring: ['qualification'],
      session: ['qualification'],
      endAnnouncement: ['qualification'],
      evaluation: ['qualification'],
      closing: ['referral'],
    });
  });

  // Every record after qualification: the day before it refused, its day and today allowed, tomorrow refused.
  const AFTER_QUALIFICATION: [CaseRecord, string][] = [
    ['ippAcceptance', 'Data akceptacji IPP przez PZK'],
    ['contract', 'Data zawarcia kontraktu'],
    ['monitoring', 'Data spotkania'],
    ['session', 'Data spotkania'],
    ['endAnnouncement', 'Data poinformowania o zakończeniu'],
    ['evaluation', 'Data ewaluacji'],
  ];
  it.each(AFTER_QUALIFICATION)('%s: from the qualification day to today, with the messages beside the field', (record, subject) => {
    const stored = { referral: '2027-01-05', qualification: '2027-01-12' };
    expect(caseDateProblems(record, '2027-01-11', '2027-03-31', stored)).toEqual([`${subject} nie może być wcześniejsza niż kwalifikacja (12.01.2027).`]);
    expect(caseDateProblems(record, '2027-01-12', '2027-03-31', stored)).toEqual([]);
    expect(caseDateProblems(record, '2027-03-31', '2027-03-31', stored)).toEqual([]);
    expect(caseDateProblems(record, '2027-04-01', '2027-03-31', stored)).toEqual([`${subject} nie może być późniejsza niż dziś (31.03.2027).`]);
  });

  it('a qualification is not dated before the consents (consentsGivenOn: the day both are in force)', () => {
    const given = (kind: 'cooperation' | 'data_sharing', givenOn: string, withdrawnOn: string | null = null) => ({ kind, givenOn, withdrawnOn });
    // The later of the two kinds, each by its earliest consent still in force.
    expect(consentsGivenOn([given('cooperation', '2027-01-05'), given('data_sharing', '2027-01-10'), given('data_sharing', '2027-01-08')])).toBe('2027-01-08');
    expect(consentsGivenOn([given('cooperation', '2027-01-09'), given('data_sharing', '2027-01-06')])).toBe('2027-01-09');
    // A withdrawn consent does not count; a missing kind gives no date (the qualification rules say it is missing).
    expect(consentsGivenOn([given('cooperation', '2027-01-05', '2027-01-06'), given('cooperation', '2027-01-07'), given('data_sharing', '2027-01-05')])).toBe('2027-01-07');
    expect(consentsGivenOn([given('cooperation', '2027-01-05')])).toBeNull();
    const stored = { referral: '2027-01-05', consent: '2027-01-08' };
    expect(caseDateProblems('qualification', '2027-01-07', '2027-03-31', stored)).toEqual(['Decyzja nie może być wcześniejsza niż data wyrażenia zgody (08.01.2027).']);
    expect(caseDateProblems('qualification', '2027-01-08', '2027-03-31', stored)).toEqual([]);
  });

  it('a decision before the referral and both checks, and after today, gets all four messages', () => {
    const stored = { referral: '2027-01-05', welfareVerification: '2027-01-06', pcprConsultation: '2027-01-07' };
    expect(caseDateProblems('qualification', '2027-01-04', '2027-01-03', stored)).toEqual([
      'Decyzja nie może być późniejsza niż dziś (03.01.2027).',
      'Decyzja nie może być wcześniejsza niż zgłoszenie (05.01.2027).',
      'Decyzja nie może być wcześniejsza niż weryfikacja w systemie pomocy społecznej (06.01.2027).',
      'Decyzja nie może być wcześniejsza niż konsultacja z animatorem PCPR (07.01.2027).',
    ]);
    expect(caseDateProblems('qualification', '2027-01-07', '2027-01-07', stored)).toEqual([]);
  });

  it('checks only the records a record follows', () => {
    // A diagnosis follows the qualification, not the referral.
    expect(caseDateProblems('diagnosis', '2027-01-04', '2027-03-31', { referral: '2027-01-05' })).toEqual([]);
    expect(caseDateProblems('referral', '2027-01-04', '2027-03-31', { consent: '2027-01-05', qualification: '2027-01-12' })).toEqual([]);
  });

  it('caseDateErrors puts each field’s problems beside it and skips blank fields', () => {
    const dates: Record<string, { record: CaseRecord; on: string | undefined }> = {
      decidedOn: { record: 'qualification', on: '2027-01-04' },
      welfareVerifiedOn: { record: 'welfareVerification', on: '2027-01-05' },
      pcprConsultedOn: { record: 'pcprConsultation', on: undefined },
    };
    expect(caseDateErrors(dates, { referral: '2027-01-05' }, '2027-03-31')).toEqual({ decidedOn: ['Decyzja nie może być wcześniejsza niż zgłoszenie (05.01.2027).'] });
    expect(caseDateErrors({ givenOn: { record: 'consent', on: '' } }, { referral: '2027-01-05' }, '2027-03-31')).toEqual({});
  });

  it('caseDateErrors reads today from the clock when not given', () => {
    setClockForTests('2027-03-31T10:00:00Z');
    expect(caseDateErrors({ closedOn: { record: 'closing', on: '2027-04-01' } }, {})).toEqual({ closedOn: ['Data zamknięcia sprawy nie może być późniejsza niż dziś (31.03.2027).'] });
    expect(caseDateErrors({ closedOn: { record: 'closing', on: '2027-03-31' } }, {})).toEqual({});
  });
});

describe('the form fields (client and server alike)', () => {
  const form = z.object({ on: caseDateField('consent'), check: optionalCaseDateField('welfareVerification') });
  const errorsOf = (v: Record<string, string>) => {
    const r = form.safeParse(v);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('refuse a date after today in Poland, read when the form is checked', () => {
    // 31.03.2027 23:30 UTC is already 01.04 in Warsaw: 01.04 is today there, 02.04 tomorrow.
    setClockForTests('2027-03-31T23:30:00Z');
    expect(errorsOf({ on: '2027-04-01', check: '2027-04-01' })).toEqual({});
    expect(errorsOf({ on: '2027-04-02', check: '2027-04-02' })).toEqual({
      on: 'Data wyrażenia zgody nie może być późniejsza niż dziś (01.04.2027).',
      check: 'Data weryfikacji w systemie pomocy społecznej nie może być późniejsza niż dziś (01.04.2027).',
    });
  });

  it('say only "wrong date" for a malformed one; an optional blank is fine, a required one is not', () => {
    setClockForTests('2027-03-31T10:00:00Z');
    const r = form.safeParse({ on: '2027-02-30', check: '' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['on', 'Podaj poprawną datę (dd.mm.rrrr).']]);
    expect(form.safeParse({ on: '2027-03-01', check: '' }).data).toEqual({ on: '2027-03-01', check: undefined });
    expect(errorsOf({ on: '', check: '' })).toHaveProperty('on');
  });
});
