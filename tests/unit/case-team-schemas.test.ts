import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClockForTests } from '@/lib/clock';
import { journalEntrySchema, PROBLEM_NOTE_REQUIRED, taskReportSchema } from '@/lib/cases/team-schemas';

/*
 * The case team's forms (issue 15, item 3), as the client and the server parse them: a report on an
 * IPP task (status, a dated note — required for "problem" — not after today) and a dziennik entry.
 * Today is fixed at 31.03.2027 00:30 in Warsaw, which is still 30.03 in UTC: a rule reading today
 * as a UTC date would refuse the 31st.
 */

beforeAll(() => setClockForTests('2027-03-30T22:30:00Z'));
afterAll(() => setClockForTests(null));

const report = (over: Record<string, unknown> = {}) => ({ caseId: '7', ippId: '3', taskKey: 't-school', version: '2', status: 'done', notedOn: '2027-03-31', note: '', ...over });
const errors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('a report on an IPP task', () => {
  it('accepts today in Poland and every status but "problem" without a note', () => {
    for (const status of ['not_started', 'in_progress', 'done']) expect(taskReportSchema.safeParse(report({ status })).success).toBe(true);
    expect(taskReportSchema.parse(report({ note: '  Zrobione.  ' }))).toMatchObject({ caseId: 7, ippId: 3, version: 2, note: 'Zrobione.' });
  });

  it('"problem" needs a note (blank spaces are no note)', () => {
    expect(errors(taskReportSchema.safeParse(report({ status: 'problem', note: '   ' })))).toEqual({ note: PROBLEM_NOTE_REQUIRED });
    expect(taskReportSchema.safeParse(report({ status: 'problem', note: 'Uczeń nie przychodzi.' })).success).toBe(true);
  });

  it('refuses tomorrow (in Poland), a missing status and a made-up one, with Polish messages', () => {
    expect(errors(taskReportSchema.safeParse(report({ notedOn: '2027-04-01' })))).toEqual({ notedOn: 'Data notatki nie może być późniejsza niż dziś (31.03.2027).' });
    expect(errors(taskReportSchema.safeParse(report({ status: '' })))).toEqual({ status: 'Wybierz stan zadania.' });
    expect(errors(taskReportSchema.safeParse(report({ status: 'finished' })))).toEqual({ status: 'Wybierz stan zadania.' });
    expect(errors(taskReportSchema.safeParse(report({ notedOn: '2027-02-30' })))).toEqual({ notedOn: 'Podaj poprawną datę (dd.mm.rrrr).' });
  });

  it('a note longer than 1000 characters is refused', () => {
    expect(taskReportSchema.safeParse(report({ note: 'a'.repeat(1000) })).success).toBe(true);
    expect(Object.keys(errors(taskReportSchema.safeParse(report({ note: 'a'.repeat(1001) }))))).toEqual(['note']);
  });
});

describe('an entry of the dziennik współpracy', () => {
  const entry = (over: Record<string, unknown> = {}) => ({ caseId: '7', happenedOn: '2027-03-31', kind: 'visit', participants: '', note: 'Wizyta w domu.', ...over });

  it('needs a kind and a note; who took part is optional', () => {
    expect(journalEntrySchema.parse(entry())).toMatchObject({ caseId: 7, kind: 'visit', participants: undefined, note: 'Wizyta w domu.' });
    expect(errors(journalEntrySchema.safeParse(entry({ kind: '', note: ' ' })))).toEqual({ kind: 'Wybierz rodzaj kontaktu lub działania.', note: 'To pole jest wymagane.' });
  });

  it('is not dated after today', () => {
    expect(errors(journalEntrySchema.safeParse(entry({ happenedOn: '2027-04-01' })))).toEqual({ happenedOn: 'Data nie może być późniejsza niż dziś (31.03.2027).' });
  });
});
