import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationSchema } from '@/lib/cases/evaluation-schemas';
import { setClockForTests } from '@/lib/clock';
import { continueGoals, nextIppStartProblem, tasksOutsidePeriod } from '@/lib/cases/ipp-rules';
import { ippCovering } from '@/lib/cases/monitoring-schemas';
import { beyondCaseEnd, caseEnd, ippLatestEnd, ippPeriodProblem } from '@/lib/cases/periods';
import { qualificationIssues, type ConsentState } from '@/lib/cases/qualification-rules';
import { dueReminders, sessionWarnings, type ReminderFacts } from '@/lib/cases/reminders';
import type { IppGoal } from '@/db/schema';

/*
 * Every pure date rule of work with a family, tried on the day of its limit and on the days on
 * either side — an off-by-one (< for <=) fails one of these rows. Dates are written out, not
 * computed with the code under test. The rules inside domain functions (qualification against the
 * referral, IPP start against the qualification, …) are in tests/integration/cases-date-boundaries.test.ts.
 */

type Row = [label: string, date: string, allowed: boolean];

describe('an IPP covers at most 3 months (ippPeriodProblem)', () => {
  // Start 15.01.2027: the last allowed day is 14.04.2027; an IPP may also last a single day.
  const rows: Row[] = [
    ['end the day before the start', '2027-01-14', false],
    ['end on the start day', '2027-01-15', true],
    ['end the day after the start', '2027-01-16', true],
    ['end the day before the 3-month limit', '2027-04-13', true],
    ['end on the 3-month limit', '2027-04-14', true],
    ['end the day after the 3-month limit', '2027-04-15', false],
  ];
  it.each(rows)('%s (%s): allowed = %s', (_, endsOn, allowed) => {
    expect(ippPeriodProblem('2027-01-15', endsOn) === null).toBe(allowed);
  });

  it.each([
    ['2027-01-01', '2027-03-31'],
    ['2027-01-31', '2027-04-29'],
    ['2027-11-30', '2028-02-28'],
    ['2027-12-01', '2028-02-29'],
    ['2028-02-29', '2028-05-28'],
  ])('the limit of an IPP starting %s is %s', (startsOn, latest) => {
    expect(ippLatestEnd(startsOn)).toBe(latest);
    expect(ippPeriodProblem(startsOn, latest)).toBeNull();
    expect(ippPeriodProblem(startsOn, nextDay(latest))).toMatch(/najwyżej 3 miesiące/);
  });
});

describe('work with a family ends 12 months after qualification (beyondCaseEnd)', () => {
  const qualified = { qualifiedOn: '2027-01-12', extensionUntil: null };
  const rows: Row[] = [
    ['the day before the end', '2028-01-11', true],
    ['the end day (12 months)', '2028-01-12', true],
    ['the day after the end', '2028-01-13', false],
  ];
  it.each(rows)('without an extension, work on %s (%s): allowed = %s', (_, on, allowed) => {
    expect(caseEnd(qualified)).toBe('2028-01-12');
    expect(beyondCaseEnd(qualified, on) === null).toBe(allowed);
  });

  const extended = { qualifiedOn: '2027-01-12', extensionUntil: '2028-04-30' };
  const extendedRows: Row[] = [
    ['the day before the extension ends', '2028-04-29', true],
    ['the day the extension ends', '2028-04-30', true],
    ['the day after the extension ends', '2028-05-01', false],
  ];
  it.each(extendedRows)('with an extension, work on %s (%s): allowed = %s', (_, on, allowed) => {
    expect(beyondCaseEnd(extended, on) === null).toBe(allowed);
  });

  it.each([
    ['2027-01-31', '2028-01-31'],
    ['2028-02-29', '2029-02-28'],
  ])('qualified %s: the 12 months end on %s', (qualifiedOn, end) => {
    expect(caseEnd({ qualifiedOn, extensionUntil: null })).toBe(end);
  });
});

describe('the next IPP starts the day after the previous one ends (nextIppStartProblem)', () => {
  const rows: Row[] = [
    ['the day before the previous end', '2027-04-13', false],
    ['the previous end day itself', '2027-04-14', false],
    ['the day after the previous end', '2027-04-15', true],
    ['two days after the previous end', '2027-04-16', true],
  ];
  it.each(rows)('starting on %s (%s): allowed = %s', (_, startsOn, allowed) => {
    expect(nextIppStartProblem({ sequence: 1, endsOn: '2027-04-14' }, startsOn) === null).toBe(allowed);
  });
  it('across the year end', () => {
    expect(nextIppStartProblem({ sequence: 2, endsOn: '2027-12-31' }, '2027-12-31')).toMatch(/najwcześniej 01\.01\.2028/);
    expect(nextIppStartProblem({ sequence: 2, endsOn: '2027-12-31' }, '2028-01-01')).toBeNull();
  });
});

describe('task due dates lie within the IPP (15.01–14.04.2027)', () => {
  const rows: Row[] = [
    ['the day before the start', '2027-01-14', false],
    ['the start day', '2027-01-15', true],
    ['the day after the start', '2027-01-16', true],
    ['the day before the end', '2027-04-13', true],
    ['the end day', '2027-04-14', true],
    ['the day after the end', '2027-04-15', false],
  ];
  it.each(rows)('due on %s (%s): allowed = %s', (_, dueOn, allowed) => {
    expect(tasksOutsidePeriod([{ tasks: [{ dueOn }] }], '2027-01-15', '2027-04-14')).toHaveLength(allowed ? 0 : 1);
  });

  // Continuing into the next IPP: a due date inside its period is kept, one outside moves to its end.
  it.each(rows)('continued into an IPP of the same period, a task due %s (%s) keeps its date = %s', (_, dueOn, kept) => {
    const goal: IppGoal = { key: 'g', memberId: 1, area: 'zdrowie', title: 'Cel', expectedEffect: 'Efekt', baseline: 2, target: 6, tasks: [{ key: 't', serviceId: null, description: 'Zadanie', institutionId: null, institutionName: 'OPS', person: '', dueOn }] };
    const [next] = continueGoals([goal], [], { startsOn: '2027-01-15', endsOn: '2027-04-14' });
    expect(next.tasks[0].dueOn).toBe(kept ? dueOn : '2027-04-14');
  });
});

describe('a monitoring meeting belongs to the IPP whose period contains its date (ippCovering)', () => {
  const periods = [
    { id: 1, startsOn: '2027-01-15', endsOn: '2027-04-14' },
    { id: 2, startsOn: '2027-04-15', endsOn: '2027-07-14' },
  ];
  it.each([
    ['the day before the first IPP', '2027-01-14', undefined],
    ['the first IPP’s first day', '2027-01-15', 1],
    ['the first IPP’s last day', '2027-04-14', 1],
    ['the next IPP’s first day', '2027-04-15', 2],
    ['the last IPP’s last day', '2027-07-14', 2],
    ['the day after the last IPP', '2027-07-15', undefined],
  ] as const)('%s (%s) → IPP %s', (_, on, id) => {
    expect(ippCovering(periods, on)?.id).toBe(id);
  });
});

describe('the checks before a qualification may not be later than the decision (12.01.2027)', () => {
  const consents: ConsentState[] = [
    { kind: 'cooperation', withdrawnOn: null },
    { kind: 'data_sharing', withdrawnOn: null },
  ];
  const decision = (over: Record<string, string>) => ({
    decision: 'qualified' as const,
    decidedOn: '2027-01-12',
    opinions: [{ institutionId: '', institutionName: 'Szkoła', reason: 'Realna szansa na zmianę' }],
    welfareVerifiedOn: '2027-01-12',
    pcprConsultedOn: '2027-01-12',
    criteria: ['chronic_crisis'],
    ...over,
  });
  const rows: Row[] = [
    ['the day before the decision', '2027-01-11', true],
    ['the decision day', '2027-01-12', true],
    ['the day after the decision', '2027-01-13', false],
  ];
  it.each(rows)('the welfare-system check on %s (%s): allowed = %s', (_, welfareVerifiedOn, allowed) => {
    expect(qualificationIssues(decision({ welfareVerifiedOn }), { consents }).map((i) => i.key)).toEqual(allowed ? [] : ['welfare_after_decision']);
  });
  it.each(rows)('the consultation with the PCPR animator on %s (%s): allowed = %s', (_, pcprConsultedOn, allowed) => {
    expect(qualificationIssues(decision({ pcprConsultedOn }), { consents }).map((i) => i.key)).toEqual(allowed ? [] : ['pcpr_after_decision']);
  });
});

describe('after-care contact lasts at least 6 months after the final evaluation (30.06.2027)', () => {
  // The evaluation is a record of the case: not after today (lib/cases/date-rules.ts).
  beforeAll(() => setClockForTests('2027-07-01T10:00:00Z'));
  afterAll(() => setClockForTests(null));
  const input = (contactUntil: string) => ({
    caseId: '5',
    version: '0',
    evaluatedOn: '2027-06-30',
    results: [{ goalKey: 'g1', scale: '7' }],
    summary: 'Podsumowanie',
    inviteAsFamilyExpert: false,
    outcome: 'goals_reached',
    contactUntil,
    visitEveryMonths: '2',
    firstAidKit: 'Telefon do asystenta',
    familyExpertName: 'Anna Nowak',
  });
  const rows: Row[] = [
    ['the day before 6 months', '2027-12-29', false],
    ['exactly 6 months', '2027-12-30', true],
    ['the day after 6 months', '2027-12-31', true],
  ];
  it.each(rows)('contact until %s (%s): allowed = %s', (_, contactUntil, allowed) => {
    expect(evaluationSchema.safeParse(input(contactUntil)).success).toBe(allowed);
  });
});

describe('reminders around their days (qualified 12.01.2027)', () => {
  const facts = (over: Partial<ReminderFacts> = {}): ReminderFacts => ({ qualifiedOn: '2027-01-12', extensionUntil: null, endAnnouncedOn: null, lastMonitoringOn: null, lastIpp: null, ...over });
  const due = (f: ReminderFacts, today: string, kind: string) => dueReminders(f, today).some((r) => r.kind === kind);

  // A month after the last meeting (10.03 → 10.04) is still in time; the day after is overdue.
  it.each([
    ['the day before a month has passed', '2027-04-09', false],
    ['exactly a month after the last meeting', '2027-04-10', false],
    ['the day after a month has passed', '2027-04-11', true],
  ] as const)('monitoring on %s (%s): overdue = %s', (_, today, overdue) => {
    expect(due(facts({ lastMonitoringOn: '2027-03-10' }), today, 'monitoring_overdue')).toBe(overdue);
  });

  // IPP ending 19.04.2027: due from 05.04 (14 days before) to 19.04.
  it.each([
    ['the day before the 14-day window', '2027-04-04', false],
    ['the first day of the window', '2027-04-05', true],
    ['the end day', '2027-04-19', true],
    ['the day after the end', '2027-04-20', false],
  ] as const)('IPP ending, %s (%s): due = %s', (_, today, isDue) => {
    expect(due(facts({ lastMonitoringOn: today, lastIpp: { startsOn: '2027-01-20', endsOn: '2027-04-19' } }), today, 'ipp_ending')).toBe(isDue);
  });

  it.each([
    ['the day before 11 months', '2027-12-11', false],
    ['exactly 11 months', '2027-12-12', true],
    ['the day after 11 months', '2027-12-13', true],
  ] as const)('telling the PCPR animator of the end, %s (%s): due = %s', (_, today, isDue) => {
    expect(due(facts({ lastMonitoringOn: today }), today, 'case_11_months')).toBe(isDue);
  });

  it.each([
    ['the day before 12 months', '2028-01-11', false],
    ['exactly 12 months', '2028-01-12', false],
    ['the day after 12 months', '2028-01-13', true],
  ] as const)('past 12 months without an extension, %s (%s): due = %s', (_, today, isDue) => {
    expect(due(facts({ lastMonitoringOn: today }), today, 'case_over_12_months')).toBe(isDue);
    expect(due(facts({ lastMonitoringOn: today, extensionUntil: '2028-04-30' }), today, 'case_over_12_months')).toBe(false);
  });

  // A team review every 3 months: the last one on 15.01.2027 is due again on 15.04.2027.
  it.each([
    ['the day before 3 months', '2027-04-14', false],
    ['exactly 3 months', '2027-04-15', false],
    ['the day after 3 months', '2027-04-16', true],
  ] as const)('team review, %s (%s): warned = %s', (_, today, warned) => {
    const warnings = sessionWarnings({ workshops: 2, supervisions: 1, lastTeamReviewOn: '2027-01-15', firstIppStartsOn: '2027-01-15' }, today);
    expect(warnings.some((w) => w.includes('przegląd'))).toBe(warned);
  });
});

function nextDay(iso: string) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
