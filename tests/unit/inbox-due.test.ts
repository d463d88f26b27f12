import { describe, expect, it } from 'vitest';
import { meetingToPlanWhat, minutesDueOn, scheduleHorizon } from '@/lib/inbox/due';

/*
 * Issue 15, item 1: the date rules of the inbox's schedule and meetings sources at their
 * boundaries (the queries themselves: tests/integration/inbox-schedule.test.ts, inbox-meetings.test.ts).
 */

describe('scheduleHorizon: due within 30 days', () => {
  it.each([
    ['within a month', '2027-03-10', '2027-04-09'],
    ['across the end of February', '2027-02-01', '2027-03-03'],
    ['across New Year', '2027-12-31', '2028-01-30'],
  ])('%s', (_, today, last) => expect(scheduleHorizon(today)).toBe(last));
});

describe('minutesDueOn: a week after the meeting day in Poland', () => {
  it('counts from the Polish day of the meeting, not the UTC one', () => {
    // 31.03.2027 22:30 UTC is already 01.04.2027 00:30 in Warsaw (summer time).
    expect(minutesDueOn(new Date('2027-03-31T22:30:00Z'))).toBe('2027-04-08');
    expect(minutesDueOn(new Date('2027-03-31T21:30:00Z'))).toBe('2027-04-07');
    // New Year's Eve: 31.12.2027 23:30 UTC is 01.01.2028 in Warsaw (winter time).
    expect(minutesDueOn(new Date('2027-12-31T23:30:00Z'))).toBe('2028-01-08');
  });
});

describe('meetingToPlanWhat: a period still running, or one never planned', () => {
  it('asks to plan the meeting while the period runs, its last day included', () => {
    expect(meetingToPlanWhat('2027-03-01', '2027-03-31', '2027-03-31')).toBe('Zaplanuj comiesięczne spotkanie zespołu');
    expect(meetingToPlanWhat('2027-03-01', '2027-03-31', '2027-03-01')).toBe('Zaplanuj comiesięczne spotkanie zespołu');
  });
  it('says a past period had no meeting, naming it in dd.mm.rrrr', () => {
    expect(meetingToPlanWhat('2027-03-01', '2027-03-31', '2027-04-01')).toBe('Spotkanie zespołu za okres 01.03.2027–31.03.2027 nie zostało zaplanowane');
  });
});
