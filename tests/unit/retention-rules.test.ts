import { addDays } from '@/lib/model/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClockForTests } from '@/lib/clock';
import {
  applicableClass,
  classLabel,
  classProblem,
  closingDate,
  dayRetentionCutoff,
  holdInForce,
  isClosedStatus,
  isDueNow,
  itemStatus,
  retentionEnd,
  withinHorizon,
  type RetentionClass,
} from '@/lib/retention/rules';
import { batchItems, batchSchema, holdSchema, institutionClassSchema } from '@/lib/retention/schemas';

/*
 * The JRWA retention rules (issue 16, item 1). Expected values written out by hand from the rule:
 * B<n>/BE<n> end on 1 January of (closing year + 1 + n); A never ends. Fixed far dates only.
 */

const B10: RetentionClass = { category: 'B', years: 10 };
const BE5: RetentionClass = { category: 'BE', years: 5 };
const A: RetentionClass = { category: 'A', years: null };

describe('the end of retention of a closed matter', () => {
  it.each([
    ['2031-06-15', B10, '2042-01-01'],
    ['2031-01-01', B10, '2042-01-01'],
    ['2031-12-31', B10, '2042-01-01'],
    ['2032-01-01', B10, '2043-01-01'],
    ['2031-06-15', BE5, '2037-01-01'],
    ['2031-06-15', { category: 'B', years: 1 }, '2033-01-01'],
    ['2031-06-15', { category: 'B', years: 50 }, '2082-01-01'],
  ] as const)('closed %s, class %o → %s', (closedOn, cls, end) => {
    expect(retentionEnd(closedOn, cls)).toBe(end);
  });

  it('never ends for category A (kept permanently), nor for a class without years', () => {
    expect(retentionEnd('2031-06-15', A)).toBeNull();
    expect(retentionEnd('2031-06-15', { category: 'B', years: null })).toBeNull();
  });
});

describe('class labels', () => {
  it.each([
    [B10, false, 'B10'],
    [BE5, false, 'BE5'],
    [A, false, 'A'],
    [{ category: 'B', years: 10, symbol: '5131' }, true, '5131 B10'],
    [{ category: 'B', years: 10, symbol: '' }, true, 'B10'],
    [{ category: 'A', years: null, symbol: '0123' }, false, 'A'],
  ] as const)('%o (symbol: %s) → %s', (cls, withSymbol, label) => {
    expect(classLabel(cls, withSymbol)).toBe(label);
  });
});

describe('which class applies', () => {
  it("takes the institution's own class over the national default", () => {
    expect(applicableClass(BE5, B10)).toBe(BE5);
    expect(applicableClass(A, B10)).toBe(A);
  });
  it('takes the national default when the institution has none', () => {
    expect(applicableClass(null, B10)).toBe(B10);
    expect(applicableClass(undefined, B10)).toBe(B10);
  });
});

describe('the marking horizon and the due day', () => {
  it.each([
    ['2042-01-01', '2041-10-03', true],
    ['2042-01-01', '2041-10-02', false],
    ['2042-01-01', '2042-01-01', true],
    ['2042-01-01', '2045-05-05', true],
    [null, '2045-05-05', false],
  ] as const)('ending %s, marked on %s: %s', (dueOn, today, marked) => {
    expect(withinHorizon(dueOn, today)).toBe(marked);
  });

  it('is due from its end day on, not the day before (31.12 vs 1.01)', () => {
    expect(isDueNow('2042-01-01', '2041-12-31')).toBe(false);
    expect(isDueNow('2042-01-01', '2042-01-01')).toBe(true);
    expect(isDueNow('2042-01-01', '2042-01-02')).toBe(true);
  });

  it('counts days on the calendar, across months, years and a leap day', () => {
    expect(addDays('2041-12-31', 1)).toBe('2042-01-01');
    expect(addDays('2040-02-28', 1)).toBe('2040-02-29');
    expect(addDays('2040-03-01', -1)).toBe('2040-02-29');
    expect(addDays('2041-10-03', 90)).toBe('2042-01-01');
  });

  it('removes day-counted records dated before the cutoff (90 days kept)', () => {
    expect(dayRetentionCutoff('2040-04-01', 90)).toBe('2040-01-02');
  });
});

describe('the closing day of a matter', () => {
  const base = { closedOn: null, refusedOn: null, evaluatedOn: null, lastChangeOn: '2031-09-09' };
  it.each([
    ['closed', { ...base, closedOn: '2031-05-05', refusedOn: '2031-01-01' }, '2031-05-05'],
    ['refused', { ...base, refusedOn: '2031-02-02' }, '2031-02-02'],
    ['refused', { ...base, refusedOn: '2031-02-02', closedOn: '2031-03-03' }, '2031-03-03'],
    ['handed_over', { ...base, evaluatedOn: '2031-04-04' }, '2031-04-04'],
    ['handed_over', { ...base, refusedOn: '2031-02-02' }, '2031-09-09'],
    ['closed', base, '2031-09-09'],
  ] as const)('%s with %o → %s', (status, d, day) => {
    expect(closingDate(status, d)).toBe(day);
  });

  it('knows which statuses close a matter', () => {
    expect(['closed', 'refused', 'handed_over'].every(isClosedStatus)).toBe(true);
    expect(['referred', 'qualified', 'after_care'].some(isClosedStatus)).toBe(false);
  });
});

describe('holds and item statuses', () => {
  it('a hold is in force to the end of its day, unless lifted', () => {
    expect(holdInForce({ until: '2042-01-10', liftedAt: null }, '2042-01-10')).toBe(true);
    expect(holdInForce({ until: '2042-01-10', liftedAt: null }, '2042-01-11')).toBe(false);
    expect(holdInForce({ until: '2042-01-10', liftedAt: new Date('2042-01-05T10:00:00Z') }, '2042-01-06')).toBe(false);
  });
  it.each([
    [{ anonymised: true, held: true }, 'anonymised'],
    [{ anonymised: false, held: true }, 'held'],
    [{ anonymised: false, held: false }, 'due'],
  ] as const)('%o → %s', (p, status) => {
    expect(itemStatus(p)).toBe(status);
  });
});

describe('class validation (Polish messages)', () => {
  it.each([
    [{ category: 'A', years: null }, null],
    [{ category: 'A', years: 5 }, 'Kategoria A (wieczyście) nie ma liczby lat — zostaw pole puste.'],
    [{ category: 'B', years: null }, 'Podaj liczbę lat przechowywania (od 1 do 50).'],
    [{ category: 'B', years: 0 }, 'Liczba lat musi być liczbą całkowitą od 1 do 50.'],
    [{ category: 'BE', years: 51 }, 'Liczba lat musi być liczbą całkowitą od 1 do 50.'],
    [{ category: 'BE', years: 50 }, null],
    [{ category: 'C', years: 5 }, 'Wybierz kategorię: A, B albo BE.'],
  ] as const)('%o → %s', (c, problem) => {
    expect(classProblem(c)).toBe(problem);
  });

  const inst = (over: Record<string, unknown>) => institutionClassSchema.safeParse({ institutionId: '7', version: '0', category: 'B', years: '10', symbol: '', basis: '', ...over });
  const yearsError = (r: ReturnType<typeof inst>) => (r.success ? null : r.error.issues.find((i) => i.path[0] === 'years')?.message);
  it('the form: B/BE need 1–50 years, A none, "default" ignores years', () => {
    expect(inst({}).success).toBe(true);
    expect(yearsError(inst({ years: '' }))).toBe('Podaj liczbę lat przechowywania (od 1 do 50).');
    expect(yearsError(inst({ category: 'BE', years: '51' }))).toBe('Liczba lat musi być liczbą całkowitą od 1 do 50.');
    expect(yearsError(inst({ category: 'A', years: '3' }))).toBe('Kategoria A (wieczyście) nie ma liczby lat — zostaw pole puste.');
    expect(inst({ category: 'A', years: '' }).success).toBe(true);
    expect(inst({ category: 'default', years: '77' }).success).toBe(true);
    const bad = inst({ category: 'C' });
    expect(bad.success ? null : bad.error.issues.find((i) => i.path[0] === 'category')?.message).toBe('Wybierz kategorię: A, B, BE albo domyślną krajową.');
  });
});

describe('the hold and batch forms against today', () => {
  beforeAll(() => setClockForTests('2041-06-10T10:00:00Z'));
  afterAll(() => setClockForTests(null));

  it('a hold ends today at the earliest', () => {
    expect(holdSchema.safeParse({ caseId: '1', reason: 'Postępowanie sądowe', until: '2041-06-10' }).success).toBe(true);
    const r = holdSchema.safeParse({ caseId: '1', reason: 'Postępowanie sądowe', until: '2041-06-09' });
    expect(r.success ? null : r.error.issues[0].message).toBe('Data końcowa nie może być wcześniejsza niż dziś (10.06.2041).');
    const noReason = holdSchema.safeParse({ caseId: '1', reason: '  ', until: '2041-07-01' });
    expect(noReason.success ? null : noReason.error.issues[0].message).toBe('To pole jest wymagane.');
  });

  it("the archive's consent is dated today at the latest, with at least one case ticked", () => {
    expect(batchSchema.safeParse({ itemIds: ['3', '4:2'], consentNumber: 'AP.4231.1.2041', consentDate: '2041-06-10' }).success).toBe(true);
    const future = batchSchema.safeParse({ itemIds: ['3'], consentNumber: 'AP.4231.1.2041', consentDate: '2041-06-11' });
    expect(future.success ? null : future.error.issues[0].message).toBe('Data zgody nie może być późniejsza niż dziś (10.06.2041).');
    const none = batchSchema.safeParse({ itemIds: [], consentNumber: 'AP.4231.1.2041', consentDate: '2041-06-10' });
    expect(none.success ? null : none.error.issues[0].message).toBe('Zaznacz co najmniej jedną sprawę.');
    expect(batchSchema.safeParse({ itemIds: ['x'], consentNumber: 'AP', consentDate: '2041-06-10' }).success).toBe(false);
  });

  it('reads ticked items with and without the version shown', () => {
    expect(batchItems(['3', '4:2', 5])).toEqual([
      { id: 3, version: null },
      { id: 4, version: 2 },
      { id: 5, version: null },
    ]);
  });
});
