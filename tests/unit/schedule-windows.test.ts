import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatWindow } from '@/lib/model/dates';
import { checklistView } from '@/lib/model/checklist';
import { monthOf, monthWindow, occurrencesOf, regionalOccurrences, windowsOf, type RecurringTemplate } from '@/lib/model/schedule';

/*
 * Issue 14, items 1, 4, 5, 6: recurring windows in words, the supervision rule at both ends of
 * stage III, the regional track over several implementations, and the checklist rule.
 */

describe('formatWindow: one wording for a recurring window', () => {
  it.each([
    ['a calendar month', '2027-04-01', '2027-04-30', 'kwiecień 2027'],
    ['February of a leap year', '2028-02-01', '2028-02-29', 'luty 2028'],
    ['a calendar quarter', '2027-04-01', '2027-06-30', 'II kwartał 2027'],
    ['the first quarter', '2028-01-01', '2028-03-31', 'I kwartał 2028'],
    ['the last quarter', '2026-10-01', '2026-12-31', 'IV kwartał 2026'],
    ['whole months, not a quarter', '2027-05-01', '2027-07-31', 'maj–lipiec 2027'],
    ['whole months across a year', '2027-12-01', '2028-02-29', 'grudzień 2027 – luty 2028'],
    ['a month counted from the 4th (the "April meeting")', '2027-04-04', '2027-05-03', 'od 04.04.2027 do 03.05.2027'],
    ['a window ending mid-month', '2027-04-01', '2027-04-29', 'od 01.04.2027 do 29.04.2027'],
    ['a single day', '2027-04-04', '2027-04-04', '04.04.2027'],
  ])('%s', (_label, start, end, expected) => {
    expect(formatWindow(start, end)).toBe(expected);
  });

  it('never names a window by its last day alone', () => {
    expect(formatWindow('2027-04-04', '2027-05-03')).not.toBe('03.05.2027');
  });
});

describe('supervision: at least every 3 months through stage III (months 4–16)', () => {
  const supervision: RecurringTemplate = { id: 2, level: 'local', cadence: 'every_3_months', fromMonth: 4, toMonth: 16 };

  it.each(['2027-01-04', '2026-09-01', '2027-01-31', '2028-02-29'])('from a start on %s: opens and closes with stage III, no short window', (start) => {
    const stage = monthWindow(start, 4, 13);
    const occ = occurrencesOf(supervision, start);
    // First window: the first three months of stage III.
    expect(occ[0]).toMatchObject({ periodStart: stage.start, dueDate: addDays(addMonths(start, 6), -1) });
    // Last window: ends with the stage; months 13–16 (the left-over month joins it).
    expect(occ.at(-1)).toMatchObject({ periodStart: addMonths(start, 12), dueDate: stage.end });
    expect(occ).toHaveLength(4);
    for (let k = 1; k < occ.length; k++) {
      // Windows follow each other without gap or overlap…
      expect(addDays(occ[k - 1].dueDate, 1)).toBe(occ[k].periodStart);
      // …and none is due a month after the one before (each is at least three months long).
      expect(occ[k].dueDate >= addDays(addMonths(occ[k].periodStart, 3), -1)).toBe(true);
    }
  });

  it('a span that divides into whole periods keeps them all equal', () => {
    expect(windowsOf('every_3_months', '2027-01-01', 4, 15)).toEqual([
      { start: '2027-04-01', end: '2027-06-30' },
      { start: '2027-07-01', end: '2027-09-30' },
      { start: '2027-10-01', end: '2027-12-31' },
      { start: '2028-01-01', end: '2028-03-31' },
    ]);
  });

  it('a span shorter than one period is one window', () => {
    expect(windowsOf('every_3_months', '2027-01-01', 4, 5)).toEqual([{ start: '2027-04-01', end: '2027-05-31' }]);
  });

  it('monthly meetings keep one window per month', () => {
    expect(windowsOf('monthly', '2027-01-04', 4, 6).map((w) => formatWindow(w.start, w.end))).toEqual([
      'od 04.04.2027 do 03.05.2027',
      'od 04.05.2027 do 03.06.2027',
      'od 04.06.2027 do 03.07.2027',
    ]);
  });
});

describe('WZK meetings: calendar quarters', () => {
  it('every calendar quarter the span touches, whole', () => {
    const w = windowsOf('quarterly', '2027-01-04', -1, 18);
    expect(w[0]).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(w.at(-1)).toEqual({ start: '2028-07-01', end: '2028-09-30' });
    expect(w).toHaveLength(8);
    expect(w.map((x) => formatWindow(x.start, x.end))).toContain('II kwartał 2027');
  });
});

describe('monthOf', () => {
  it.each([
    ['2027-01-04', '2027-01-04', 1],
    ['2027-01-04', '2027-02-03', 1],
    ['2027-01-04', '2027-02-04', 2],
    ['2027-01-04', '2026-12-31', 0],
    ['2027-01-04', '2028-07-03', 18],
    ['2027-01-31', '2027-02-28', 2],
  ])('from %s, %s is in month %i', (anchor, date, m) => {
    expect(monthOf(anchor, date)).toBe(m);
  });
});

describe('regional track over several implementations', () => {
  const tasks: RecurringTemplate[] = [
    { id: 1, level: 'local', cadence: 'monthly', fromMonth: 4, toMonth: 18 },
    { id: 2, level: 'regional', cadence: 'quarterly', fromMonth: -1, toMonth: 18 },
    { id: 3, level: 'regional', cadence: 'q1_q3', fromMonth: -1, toMonth: 18 },
    { id: 4, level: 'regional', cadence: 'yearly_q1', fromMonth: -1, toMonth: 18 },
  ];

  it('with one implementation it is that implementation\'s plan', () => {
    const one = regionalOccurrences(tasks, '2026-09-01', ['2026-09-01']);
    const own = tasks.filter((t) => t.level === 'regional').flatMap((t) => occurrencesOf(t, '2026-09-01'));
    expect(one).toEqual(own);
  });

  it('reaches the end of stage IV of the latest implementation (the seen case: 03.07.2028)', () => {
    const occ = regionalOccurrences(tasks, '2026-09-01', ['2026-09-01', '2027-01-04']);
    const wzk = occ.filter((o) => o.taskId === 2);
    const stageIVEnd = monthWindow('2027-01-04', 17, 2).end;
    expect(stageIVEnd).toBe('2028-07-03');
    expect(wzk.at(-1)!.dueDate >= stageIVEnd).toBe(true);
    expect(wzk.at(-1)!.periodStart <= stageIVEnd).toBe(true);
    // From the earliest start on, with no quarter missing.
    expect(wzk[0]).toMatchObject({ periodStart: '2026-07-01' });
    for (let k = 1; k < wzk.length; k++) expect(addDays(wzk[k - 1].dueDate, 1)).toBe(wzk[k].periodStart);
    expect(occ.some((o) => o.taskId === 1)).toBe(false);
  });

  it('an implementation accepted later but starting earlier extends it backwards', () => {
    const occ = regionalOccurrences(tasks, '2027-01-04', ['2027-01-04', '2026-05-04']);
    expect(occ.filter((o) => o.taskId === 2)[0].periodStart).toBe('2026-01-01');
  });

  it('no implementation, no windows', () => {
    expect(regionalOccurrences(tasks, '2027-01-04', [])).toEqual([]);
  });
});

describe('the checklist rule: advisory beside a closed sub-step', () => {
  const checks = (ticked: number, total = 5) => Array.from({ length: total }, (_, i) => ({ done: i < ticked }));

  it('an open sub-step shows its checklist with the count', () => {
    expect(checklistView({ status: 'in_progress', checks: checks(2), evidence: 'none' })).toEqual({
      heading: 'Lista kontrolna',
      count: 'zaznaczono 2 z 5',
      short: '2 z 5',
      advisory: false,
      note: null,
    });
  });

  it('a sub-step completed by evidence keeps 0/5, shown as advisory and not blocking', () => {
    const v = checklistView({ status: 'done', checks: checks(0), evidence: 'agreement_powiat_gmina', evidenceLabel: 'podpisane porozumienie powiat–gmina' });
    expect(v.advisory).toBe(true);
    expect(v.heading).toBe('Lista kontrolna (pomocnicza)');
    expect(v.count).toBe('zaznaczono 0 z 5');
    expect(v.short).toBe('0 z 5 — pomocnicza');
    expect(v.note).toBe('Podkrok wykonany na podstawie dowodu (podpisane porozumienie powiat–gmina); punkty listy są pomocnicze — niezaznaczone nie blokują jego zamknięcia.');
  });

  it('done by hand, or not applicable: advisory too; a fully ticked list needs no excuse', () => {
    expect(checklistView({ status: 'done', checks: checks(3), evidence: 'none' }).note).toBe('Podkrok wykonany; punkty listy są pomocnicze — niezaznaczone nie blokują jego zamknięcia.');
    expect(checklistView({ status: 'not_applicable', checks: checks(0), evidence: 'document' }).note).toMatch(/^Podkrok nie dotyczy gminy;/);
    expect(checklistView({ status: 'done', checks: checks(5), evidence: 'training_attendance' }).note).toBe('Podkrok wykonany na podstawie dowodu.');
  });
});
