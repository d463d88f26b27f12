import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '@/lib/model/dates';
import { deriveProgress, earlierUnfinished, isOverdue, type ItemState } from '@/lib/model/progress';
import { generateSchedule, monthWindow, occurrencesOf } from '@/lib/model/schedule';

describe('month arithmetic', () => {
  it.each([
    ['2027-01-04', 1, '2027-02-04'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', 1, '2027-04-30'],
    ['2027-01-31', 2, '2027-03-31'],
    ['2027-12-15', 1, '2028-01-15'],
    ['2027-01-04', -2, '2026-11-04'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-01-04', 18, '2028-07-04'],
  ])('%s + %i months = %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2027-01-04', '2028-07-04')).toBe(547);
  });
});

describe('stage windows for a start on 2027-01-04 (rural model, 18 months)', () => {
  it.each([
    ['stage I (regional, 2 months before)', -1, 2, '2026-11-04', '2027-01-03'],
    ['stage II (months 1–3)', 1, 3, '2027-01-04', '2027-04-03'],
    ['stage III (months 4–16)', 4, 13, '2027-04-04', '2028-05-03'],
    ['stage IV (months 17–18)', 17, 2, '2028-05-04', '2028-07-03'],
  ])('%s', (_label, startMonth, duration, start, end) => {
    expect(monthWindow('2027-01-04', startMonth, duration)).toEqual({ start, end });
  });

  it('consecutive windows neither overlap nor leave gaps, even from the 31st', () => {
    for (const start of ['2027-01-31', '2027-08-31', '2028-02-29']) {
      for (let m = -1; m < 18; m++) {
        const a = monthWindow(start, m, 1);
        const b = monthWindow(start, m + 1, 1);
        expect(addDays(a.end, 1)).toBe(b.start);
      }
    }
  });
});

describe('recurring occurrences', () => {
  it('monthly PZK meetings in months 4–18 give 15 dated occurrences', () => {
    const occ = occurrencesOf({ id: 1, level: 'local', cadence: 'monthly', fromMonth: 4, toMonth: 18 }, '2027-01-04');
    expect(occ).toHaveLength(15);
    expect(occ[0]).toMatchObject({ periodStart: '2027-04-04', dueDate: '2027-05-03' });
    expect(occ[14]).toMatchObject({ periodStart: '2028-06-04', dueDate: '2028-07-03' });
  });

  it('supervision at least every 3 months over months 4–16 gives 4 periods, the left-over month joining the last', () => {
    const occ = occurrencesOf({ id: 2, level: 'local', cadence: 'every_3_months', fromMonth: 4, toMonth: 16 }, '2027-01-04');
    expect(occ.map((o) => [o.periodStart, o.dueDate])).toEqual([
      ['2027-04-04', '2027-07-03'],
      ['2027-07-04', '2027-10-03'],
      ['2027-10-04', '2028-01-03'],
      ['2028-01-04', '2028-05-03'],
    ]);
  });

  it('ROPS promotion in Q1 and Q3 follows whole calendar quarters the implementation touches', () => {
    const occ = occurrencesOf({ id: 3, level: 'regional', cadence: 'q1_q3', fromMonth: -1, toMonth: 18 }, '2027-01-04');
    expect(occ.map((o) => [o.periodStart, o.dueDate])).toEqual([
      ['2027-01-01', '2027-03-31'],
      ['2027-07-01', '2027-09-30'],
      ['2028-01-01', '2028-03-31'],
      ['2028-07-01', '2028-09-30'],
    ]);
  });

  it('ROPS info meetings yearly in Q1', () => {
    const occ = occurrencesOf({ id: 4, level: 'regional', cadence: 'yearly_q1', fromMonth: -1, toMonth: 18 }, '2027-01-04');
    expect(occ.map((o) => o.periodStart)).toEqual(['2027-01-01', '2028-01-01']);
  });
});

describe('generateSchedule', () => {
  it('dates every sub-step and recurring task from the catalogue', () => {
    const s = generateSchedule(
      {
        substeps: [
          { id: 10, level: 'regional', startMonth: -1, durationMonths: 2 },
          { id: 11, level: 'local', startMonth: 2, durationMonths: 2 },
        ],
        recurring: [{ id: 20, level: 'local', cadence: 'quarterly', fromMonth: 1, toMonth: 6 }],
      },
      '2027-01-04',
    );
    expect(s.items).toEqual([
      { substepId: 10, level: 'regional', plannedStart: '2026-11-04', plannedEnd: '2027-01-03' },
      { substepId: 11, level: 'local', plannedStart: '2027-02-04', plannedEnd: '2027-04-03' },
    ]);
    // Quarterly tasks follow calendar quarters: months 1–6 from 04.01.2027 touch Q1–Q3 2027.
    expect(s.occurrences.map((o) => o.dueDate)).toEqual(['2027-03-31', '2027-06-30', '2027-09-30']);
  });
});

const item = (id: number, stage: number, step: number, status: ItemState['status'], plannedEnd: string, extra: Partial<ItemState> = {}): ItemState => ({
  id,
  position: id,
  stage,
  step,
  code: `${step}.${id}`,
  name: `pozycja ${id}`,
  status,
  plannedEnd,
  ...extra,
});

describe('stage and step derivation, overdue', () => {
  const today = '2027-03-15';
  it('the current step is the first unfinished one on the normal path', () => {
    const items = [
      item(1, 2, 2, 'done', '2027-02-03'),
      item(2, 2, 2, 'not_applicable', '2027-02-03'),
      item(3, 2, 3, 'in_progress', '2027-03-03'),
      item(4, 2, 4, 'not_started', '2027-04-03'),
      item(5, 3, 6, 'not_started', '2027-05-03'),
    ];
    const p = deriveProgress(items, today);
    expect([p.stage, p.step]).toEqual([2, 3]);
    expect(p.percentDone).toBe(40);
    expect(p.overdue.map((i) => i.id)).toEqual([3]);
    expect(p.nextDue?.id).toBe(4);
    expect(p.finished).toBe(false);
  });

  it('a finished schedule has no current step and 100%', () => {
    const p = deriveProgress([item(1, 2, 2, 'done', '2027-01-01'), item(2, 4, 10, 'not_applicable', '2028-07-03')], today);
    expect(p).toMatchObject({ stage: null, step: null, finished: true, percentDone: 100 });
  });

  it.each([
    ['not_started', '2027-03-14', true],
    ['in_progress', '2027-03-14', true],
    ['not_started', '2027-03-15', false],
    ['done', '2027-01-01', false],
    ['not_applicable', '2027-01-01', false],
  ] as const)('%s with planned end %s is overdue on 2027-03-15: %s', (status, end, expected) => {
    expect(isOverdue({ status, plannedEnd: end }, today)).toBe(expected);
  });

  it('starting stage III while stage II is open is out of order', () => {
    const items = [item(1, 2, 2, 'done', '2027-02-03'), item(2, 2, 5, 'in_progress', '2027-04-03'), item(3, 3, 6, 'not_started', '2027-05-03')];
    expect(earlierUnfinished(items, items[2]).map((i) => i.id)).toEqual([2]);
    expect(earlierUnfinished(items, items[1])).toEqual([]);
  });
});
