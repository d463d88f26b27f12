import { describe, expect, it } from 'vitest';
import { currentWarning, disablingDay, inactivityStep, lastActivityDay, retentionEnded, warningDay } from '@/lib/accounts/inactive';

// A fixed scenario far from the real calendar: the rules take every date as an argument.
const LAST = '2031-03-15';

describe('inactivity counts from the latest activity, as a day in Poland', () => {
  it('takes the latest of the last login, the last decision and the creation', () => {
    const createdAt = new Date('2030-01-10T08:00:00Z');
    expect(lastActivityDay({ createdAt, decidedAt: null, lastLoginAt: null })).toBe('2030-01-10');
    expect(lastActivityDay({ createdAt, decidedAt: new Date('2030-02-01T08:00:00Z'), lastLoginAt: new Date('2030-01-20T08:00:00Z') })).toBe('2030-02-01');
    expect(lastActivityDay({ createdAt, decidedAt: new Date('2030-02-01T08:00:00Z'), lastLoginAt: new Date('2030-06-20T08:00:00Z') })).toBe('2030-06-20');
  });
  it('a login at 23:30 UTC belongs to the next day in Poland', () => {
    expect(lastActivityDay({ createdAt: new Date('2030-01-10T08:00:00Z'), decidedAt: null, lastLoginAt: new Date('2030-06-20T23:30:00Z') })).toBe('2030-06-21');
  });
});

describe('the warning 30 days before, the disabling after 12 calendar months', () => {
  it('the warning day is 30 days before the 12 months end', () => {
    expect(warningDay(LAST)).toBe('2032-02-14');
    expect(disablingDay(LAST, '2032-02-14', '2032-02-14')).toBe('2032-03-15');
  });
  it('31 days before: nothing; exactly 11 months (29 days before in this month): warned', () => {
    expect(inactivityStep(LAST, null, '2032-02-13')).toEqual({ kind: 'none' });
    // 15.02.2032 is 11 calendar months after 15.03.2031 and 29 days before 15.03.2032 (2032 is a leap year).
    // Warned a day late (the worker did not run on the 14th): the owner still gets 30 days.
    expect(inactivityStep(LAST, null, '2032-02-15')).toEqual({ kind: 'warn', disableOn: '2032-03-16' });
  });
  it('exactly 11 months is not yet the warning when the month before the end is long (31 days before)', () => {
    // 15.08.2031 + 11 months = 15.07.2032, 31 days before 15.08.2032.
    expect(inactivityStep('2031-08-15', null, '2032-07-15')).toEqual({ kind: 'none' });
    expect(inactivityStep('2031-08-15', null, '2032-07-16')).toEqual({ kind: 'warn', disableOn: '2032-08-15' });
  });
  it('30 days before: warned once, then nothing until the day', () => {
    expect(inactivityStep(LAST, null, '2032-02-14')).toEqual({ kind: 'warn', disableOn: '2032-03-15' });
    expect(inactivityStep(LAST, '2032-02-14', '2032-02-15')).toEqual({ kind: 'none' });
    expect(inactivityStep(LAST, '2032-02-14', '2032-03-14')).toEqual({ kind: 'none' });
  });
  it('exactly 12 months after the last activity: disabled', () => {
    expect(inactivityStep(LAST, '2032-02-14', '2032-03-15')).toEqual({ kind: 'disable' });
    expect(inactivityStep(LAST, '2032-02-14', '2032-04-01')).toEqual({ kind: 'disable' });
  });
  it('12 calendar months from the end of a month land on the last day of the month (29.02 → 28.02)', () => {
    expect(disablingDay('2032-02-29', null, '2032-03-01')).toBe('2033-02-28');
    expect(warningDay('2032-02-29')).toBe('2033-01-29');
  });
  it('never disabled without a warning 30 days earlier: an account found past its day unwarned is warned now', () => {
    expect(inactivityStep(LAST, null, '2032-05-01')).toEqual({ kind: 'warn', disableOn: '2032-05-31' });
    expect(inactivityStep(LAST, '2032-05-01', '2032-05-30')).toEqual({ kind: 'none' });
    expect(inactivityStep(LAST, '2032-05-01', '2032-05-31')).toEqual({ kind: 'disable' });
  });
  it('a warning given before a later activity (a login, re-enabling) no longer counts', () => {
    expect(currentWarning('2032-03-01', '2032-02-14')).toBeNull();
    expect(currentWarning(LAST, '2032-02-14')).toBe('2032-02-14');
    // Re-enabled on 01.03.2032 after a warning: the clock restarts, nothing happens for 11 months.
    expect(inactivityStep('2032-03-01', '2032-02-14', '2032-03-15')).toEqual({ kind: 'none' });
    expect(inactivityStep('2032-03-01', '2032-02-14', '2033-01-29')).toEqual({ kind: 'none' });
    expect(inactivityStep('2032-03-01', '2032-02-14', '2033-01-30')).toEqual({ kind: 'warn', disableOn: '2033-03-01' });
  });
});

describe('retention in days (rejected account requests, login failures)', () => {
  it('89 days after the decision: kept; 90 days: ended', () => {
    expect(retentionEnded('2031-01-01', 90, '2031-03-31')).toBe(false); // 89 days
    expect(retentionEnded('2031-01-01', 90, '2031-04-01')).toBe(true); // 90 days
    expect(retentionEnded('2031-01-01', 90, '2031-04-02')).toBe(true);
  });
});
