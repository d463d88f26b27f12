import { describe, expect, it } from 'vitest';
import { areaSummaries, formatChange, goalSeries, scalingSummary, type ScalingEntry, type ScalingIpp } from '@/lib/cases/scaling';

const goal = (key: string, memberId: number, area: string, baseline: number, target: number, title = `Cel ${key}`) => ({ key, memberId, area, title, baseline, target });

// Two IPPs: goal A's target is raised in the second, C is dropped, D and E are new; F aims downwards.
const ipps: ScalingIpp[] = [
  { sequence: 2, startsOn: '2027-04-20', goals: [goal('A', 1, 'zdrowie', 3, 9, 'Leki przyjmowane codziennie'), goal('B', 2, 'zdrowie', 2, 6), goal('D', 2, 'prozawodowy', 4, 6), goal('E', 1, 'zdrowie', 1, 5)] },
  { sequence: 1, startsOn: '2027-01-20', goals: [goal('A', 1, 'zdrowie', 3, 8, 'Leki'), goal('B', 2, 'zdrowie', 2, 6), goal('C', 1, 'prozawodowy', 5, 7), goal('F', 2, 'rodzinny', 8, 3)] },
];
const entries: ScalingEntry[] = [
  { heldOn: '2027-05-20', scales: { A: 7, B: 6, D: 4, X: 9 } },
  { heldOn: '2027-02-20', scales: { A: 4, B: 2, C: 5, F: 5 } },
  { heldOn: '2027-03-20', scales: { A: 5, B: 3, C: 6, F: 2 } },
];

describe('goalSeries', () => {
  const series = goalSeries(ipps, entries);
  const by = (k: string) => series.find((s) => s.key === k)!;

  it('has one series per goal key across IPPs, in the order goals first appear', () => {
    expect(series.map((s) => s.key)).toEqual(['A', 'B', 'C', 'F', 'D', 'E']);
  });

  it('takes the baseline from the first IPP and the target and wording from the latest', () => {
    expect(by('A')).toMatchObject({ baseline: 3, baselineOn: '2027-01-20', target: 9, title: 'Leki przyjmowane codziennie' });
    expect(by('D')).toMatchObject({ baseline: 4, baselineOn: '2027-04-20', target: 6 });
  });

  it('orders the points by date and ignores keys of no goal', () => {
    expect(by('A').points).toEqual([
      { date: '2027-02-20', value: 4 },
      { date: '2027-03-20', value: 5 },
      { date: '2027-05-20', value: 7 },
    ]);
    expect(series.some((s) => s.key === 'X')).toBe(false);
  });

  it('computes latest, change and reached by hand-checked numbers', () => {
    expect(by('A')).toMatchObject({ latest: 7, change: 4, reached: false });
    expect(by('B')).toMatchObject({ latest: 6, change: 4, reached: true });
    expect(by('C')).toMatchObject({ latest: 6, change: 1, reached: false });
    expect(by('D')).toMatchObject({ latest: 4, change: 0, reached: false });
    expect(by('E')).toMatchObject({ latest: null, change: null, reached: false, points: [] });
    // Aiming downwards (8 → 3): 2 is at or below the target.
    expect(by('F')).toMatchObject({ latest: 2, change: -6, reached: true });
  });
});

describe('areaSummaries', () => {
  it('averages the change over measured goals of each area', () => {
    const areas = areaSummaries(goalSeries(ipps, entries));
    expect(areas).toEqual([
      // A +4, B +4; E not measured yet.
      { area: 'zdrowie', goals: 3, measured: 2, reached: 1, averageChange: 4 },
      // C +1, D 0.
      { area: 'prozawodowy', goals: 2, measured: 2, reached: 0, averageChange: 0.5 },
      { area: 'rodzinny', goals: 1, measured: 1, reached: 1, averageChange: -6 },
    ]);
  });

  it('has no average for an area without measurements', () => {
    expect(scalingSummary([ipps[1]], []).areas.find((a) => a.area === 'zdrowie')).toEqual({ area: 'zdrowie', goals: 2, measured: 0, reached: 0, averageChange: null });
  });
});

describe('formatChange', () => {
  it('writes changes the Polish way', () => {
    expect([formatChange(0.5), formatChange(4), formatChange(-6), formatChange(0), formatChange(null), formatChange(1 / 3)]).toEqual(['+0,5', '+4', '−6', '0', '—', '+0,3']);
  });
});
