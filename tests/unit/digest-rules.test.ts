import { describe, expect, it } from 'vitest';
import { mondayOf } from '@/lib/model/dates';
import { duePeriod, isoWeekKey } from '@/lib/notifications/digest-rules';

const at = (iso: string) => new Date(iso);

describe('daily digest: due from 7:00 of the Polish day', () => {
  it('winter (UTC+1): 6:59 not yet, 7:00 due for that day', () => {
    expect(duePeriod('daily', at('2026-12-07T05:59:00Z'))).toBeNull();
    expect(duePeriod('daily', at('2026-12-07T06:00:00Z'))).toEqual({ period: 'daily', key: '2026-12-07', from: '2026-12-07' });
    // Late in the evening it is still that day's digest; after midnight, nothing until 7:00.
    expect(duePeriod('daily', at('2026-12-07T22:59:00Z'))?.key).toBe('2026-12-07');
    expect(duePeriod('daily', at('2026-12-07T23:00:00Z'))).toBeNull();
  });

  it('summer (UTC+2): 7:00 is 5:00 UTC', () => {
    expect(duePeriod('daily', at('2027-06-14T04:59:00Z'))).toBeNull();
    expect(duePeriod('daily', at('2027-06-14T05:00:00Z'))?.key).toBe('2027-06-14');
  });

  it('on the days the clocks change', () => {
    // 28.03.2027: 2:00 → 3:00, so 7:00 is 5:00 UTC; the day before it was 6:00 UTC.
    expect(duePeriod('daily', at('2027-03-27T05:59:00Z'))).toBeNull();
    expect(duePeriod('daily', at('2027-03-27T06:00:00Z'))?.key).toBe('2027-03-27');
    expect(duePeriod('daily', at('2027-03-28T04:59:00Z'))).toBeNull();
    expect(duePeriod('daily', at('2027-03-28T05:00:00Z'))?.key).toBe('2027-03-28');
    // 25.10.2026: 3:00 → 2:00, so 7:00 is 6:00 UTC (5:30 UTC is 6:30).
    expect(duePeriod('daily', at('2026-10-25T05:30:00Z'))).toBeNull();
    expect(duePeriod('daily', at('2026-10-25T06:00:00Z'))?.key).toBe('2026-10-25');
  });

  it('New Year: 00:30 on 1 January is the new day, not due before 7:00', () => {
    expect(duePeriod('daily', at('2026-12-31T23:30:00Z'))).toBeNull();
    expect(duePeriod('daily', at('2027-01-01T06:00:00Z'))?.key).toBe('2027-01-01');
  });
});

describe('weekly digest: due from Monday 7:00 for the rest of the ISO week', () => {
  it('Sunday evening belongs to the old week; Monday 6:59 nothing; Monday 7:00 the new week', () => {
    expect(duePeriod('weekly', at('2026-12-06T22:59:00Z'))).toEqual({ period: 'weekly', key: '2026-W49', from: '2026-11-30' });
    expect(duePeriod('weekly', at('2026-12-06T23:00:00Z'))).toBeNull(); // Monday 00:00 in Warsaw
    expect(duePeriod('weekly', at('2026-12-07T05:59:00Z'))).toBeNull();
    expect(duePeriod('weekly', at('2026-12-07T06:00:00Z'))).toEqual({ period: 'weekly', key: '2026-W50', from: '2026-12-07' });
    // Still the same week's digest on Tuesday at 3:00 (if no worker ran on Monday).
    expect(duePeriod('weekly', at('2026-12-08T02:00:00Z'))?.key).toBe('2026-W50');
  });

  it('Monday 7:00 in summer time and right after the change', () => {
    expect(duePeriod('weekly', at('2027-03-29T04:59:00Z'))).toBeNull();
    expect(duePeriod('weekly', at('2027-03-29T05:00:00Z'))?.key).toBe('2027-W13');
    expect(duePeriod('weekly', at('2026-10-26T05:59:00Z'))).toBeNull();
    expect(duePeriod('weekly', at('2026-10-26T06:00:00Z'))?.key).toBe('2026-W44');
  });

  it("New Year's week 53: 1 January 2027 is in 2026-W53; 4 January starts 2027-W01", () => {
    expect(duePeriod('weekly', at('2026-12-31T23:30:00Z'))).toEqual({ period: 'weekly', key: '2026-W53', from: '2026-12-28' });
    expect(duePeriod('weekly', at('2027-01-04T05:59:00Z'))).toBeNull();
    expect(duePeriod('weekly', at('2027-01-04T06:00:00Z'))).toEqual({ period: 'weekly', key: '2027-W01', from: '2027-01-04' });
  });

  it('ISO weeks at year ends', () => {
    expect(isoWeekKey('2020-12-31')).toBe('2020-W53');
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
    expect(isoWeekKey('2019-12-30')).toBe('2020-W01');
    expect(isoWeekKey('2027-12-31')).toBe('2027-W52');
    expect(isoWeekKey('2028-01-01')).toBe('2027-W52');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });
});
