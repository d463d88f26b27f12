import { describe, expect, it } from 'vitest';
import { daysLeft, daysLeftWords, deadlineOf, extensionProblems, latestExtension, REQUEST_STATUS_WORDS, requestDueOn, requestStatus, type DeadlineFields } from '@/lib/rodo/deadlines';

/*
 * Issue 16, item 2: the one-month deadline of RODO art. 12 ust. 3 and its extension by up to two
 * months, at their boundaries. Fixed far dates (2027–2029), no dependence on the real calendar.
 */

describe('requestDueOn: received + one calendar month', () => {
  it.each([
    ['mid-month', '2027-03-15', '2027-04-15'],
    ['31 January → end of February (common year)', '2027-01-31', '2027-02-28'],
    ['31 January → 29 February (leap year)', '2028-01-31', '2028-02-29'],
    ['30 January → end of February', '2027-01-30', '2027-02-28'],
    ['31 March → 30 April', '2027-03-31', '2027-04-30'],
    ['31 August → 30 September', '2027-08-31', '2027-09-30'],
    ['December → January of the next year', '2027-12-15', '2028-01-15'],
    ['31 December → 31 January', '2027-12-31', '2028-01-31'],
    ['28 February → 28 March', '2027-02-28', '2027-03-28'],
  ])('%s', (_, received, due) => expect(requestDueOn(received)).toBe(due));
});

describe('latestExtension: the original deadline + two months', () => {
  it.each([
    ['mid-month', '2027-04-15', '2027-06-15'],
    ['end of February → end of April (clamped to the day of the deadline)', '2027-02-28', '2027-04-28'],
    ['31 December → end of February', '2027-12-31', '2028-02-29'],
    ['across New Year', '2027-11-30', '2028-01-30'],
  ])('%s', (_, due, latest) => expect(latestExtension(due)).toBe(latest));
});

const req = (over: Partial<DeadlineFields> = {}): DeadlineFields => ({ receivedOn: '2027-03-15', dueOn: '2027-04-15', extendedUntil: null, doneOn: null, ...over });

describe('requestStatus and the words', () => {
  it.each([
    ['open before the deadline', req(), '2027-04-01', 'otwarte'],
    ['open on the deadline day itself', req(), '2027-04-15', 'otwarte'],
    ['overdue the day after', req(), '2027-04-16', 'po terminie'],
    ['extended: counts the extended date', req({ extendedUntil: '2027-06-15' }), '2027-05-01', 'przedłużone'],
    ['extended and past the extended date', req({ extendedUntil: '2027-06-15' }), '2027-06-16', 'po terminie'],
    ['done wins over overdue', req({ doneOn: '2027-05-02' }), '2027-07-01', 'zrealizowane'],
  ])('%s', (_, r, today, words) => expect(REQUEST_STATUS_WORDS[requestStatus(r, today)]).toBe(words));
});

describe('daysLeft and its words', () => {
  it.each([
    [req(), '2027-04-10', 5, 'zostało 5 dni'],
    [req(), '2027-04-14', 1, 'został 1 dzień'],
    [req(), '2027-04-12', 3, 'zostały 3 dni'],
    [req(), '2027-04-15', 0, 'termin mija dziś'],
    [req(), '2027-04-16', -1, '1 dzień po terminie'],
    [req(), '2027-04-27', -12, '12 dni po terminie'],
    [req({ extendedUntil: '2027-05-15' }), '2027-04-20', 25, 'zostało 25 dni'],
  ])('%#: %s on %s', (r, today, days, words) => {
    expect(daysLeft(r, today)).toBe(days);
    expect(daysLeftWords(days)).toBe(words);
  });
  it('the deadline in force is the extended one', () => {
    expect(deadlineOf(req())).toBe('2027-04-15');
    expect(deadlineOf(req({ extendedUntil: '2027-06-01' }))).toBe('2027-06-01');
  });
});

describe('extensionProblems', () => {
  const ok = { extendedUntil: '2027-06-15', extensionReason: 'Złożony charakter żądania — wiele spraw.', extensionNotifiedOn: '2027-04-10' };

  it('accepts two months on the last allowed day, told before the deadline', () => {
    expect(extensionProblems(req(), ok, '2027-04-15')).toEqual({});
    expect(extensionProblems(req(), { ...ok, extendedUntil: '2027-04-16' }, '2027-04-10')).toEqual({});
  });

  it.each([
    ['too late: after the original deadline', req(), ok, '2027-04-16', 'extendedUntil', 'Termin można przedłużyć tylko przed jego upływem (15.04.2027).'],
    ['too long: a day past two months', req(), { ...ok, extendedUntil: '2027-06-16' }, '2027-04-10', 'extendedUntil', 'Termin można przedłużyć najwyżej o dwa miesiące — do 15.06.2027.'],
    ['not later than the original deadline', req(), { ...ok, extendedUntil: '2027-04-15' }, '2027-04-10', 'extendedUntil', 'Nowy termin musi być późniejszy niż pierwotny (15.04.2027).'],
    ['no reason', req(), { ...ok, extensionReason: '  ' }, '2027-04-10', 'extensionReason', 'Podaj przyczynę przedłużenia (art. 12 ust. 3 RODO).'],
    ['already extended', req({ extendedUntil: '2027-05-15' }), ok, '2027-04-10', 'extendedUntil', 'Termin został już przedłużony do 15.05.2027.'],
    ['already done', req({ doneOn: '2027-04-01' }), ok, '2027-04-10', 'extendedUntil', 'Żądanie zostało już zrealizowane — nie można przedłużyć terminu.'],
    ['told before receipt', req(), { ...ok, extensionNotifiedOn: '2027-03-14' }, '2027-04-10', 'extensionNotifiedOn', 'Osobę można było poinformować najwcześniej w dniu wpływu żądania (15.03.2027).'],
    ['told in the future', req(), { ...ok, extensionNotifiedOn: '2027-04-11' }, '2027-04-10', 'extensionNotifiedOn', 'Data nie może być późniejsza niż dziś (10.04.2027).'],
  ])('%s', (_, r, v, today, field, message) => {
    expect(extensionProblems(r, v, today)[field]).toContain(message);
  });

  it('clamps the two months at the end of a month (deadline 28.02 → 28.04 at the latest)', () => {
    const feb = req({ receivedOn: '2027-01-31', dueOn: '2027-02-28' });
    const told = { ...ok, extensionNotifiedOn: '2027-02-20' };
    expect(extensionProblems(feb, { ...told, extendedUntil: '2027-04-28' }, '2027-02-28')).toEqual({});
    expect(extensionProblems(feb, { ...told, extendedUntil: '2027-04-29' }, '2027-02-28').extendedUntil).toEqual(['Termin można przedłużyć najwyżej o dwa miesiące — do 28.04.2027.']);
  });
});
