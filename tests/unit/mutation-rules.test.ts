import { describe, expect, it } from 'vitest';
import type { IppGoal } from '@/db/schema';
import { contractDraft, latestScales, removedReferencedMessage, tasksOutsidePeriod } from '@/lib/cases/ipp-rules';
import { countsAsOpinion, qualificationIssues, qualificationRefusalMessage, type ConsentState, type QualificationRuleInput } from '@/lib/cases/qualification-rules';
import { occurrencesOf } from '@/lib/model/schedule';

/*
 * Written for the mutation run (docs/testing.md): edges of the rule modules the existing tests in
 * tests/unit/cases-ipp.test.ts, cases-qualification.test.ts and schedule.test.ts do not reach.
 * Every expected value follows from DOMAIN.md §4 (IPP, qualification) and §2 (calendar-bound
 * ROPS tasks), worked out by hand.
 */

describe('monitoring values carried into the next IPP', () => {
  it('a scale left blank (not a number) at a later meeting does not erase the value measured before', () => {
    expect(latestScales([
      { heldOn: '2027-02-01', scales: { a: 4, b: 2 } },
      { heldOn: '2027-03-01', scales: { a: Number.NaN, b: 5 } },
    ])).toEqual({ a: 4, b: 5 });
  });
});

describe('task due dates against the IPP period', () => {
  it('a task without a due date yet is not reported as outside the period (the form asks for the date itself)', () => {
    const goals = [{ tasks: [{ dueOn: '' }, { dueOn: '2027-05-01' }] }];
    expect(tasksOutsidePeriod(goals, '2027-01-15', '2027-04-14')).toEqual([
      { goalIndex: 0, taskIndex: 1, message: 'Termin zadania musi mieścić się w okresie IPP (15.01.2027–14.04.2027).' },
    ]);
  });
});

describe('refusing to remove what monitoring refers to', () => {
  const g = (title: string) => ({ title });
  const t = (description: string) => ({ description });

  it('names several goals in the plural, listed with commas', () => {
    expect(removedReferencedMessage({ goals: [g('Praca'), g('Zdrowie')], tasks: [] })).toBe(
      'Nie można usunąć celów „Praca”, „Zdrowie” — monitoring tego IPP ma już dla nich zapisy. Zmień treść zamiast usuwać (zadanie niewykonane oznacz w monitoringu jako zaniechane).',
    );
  });

  it('names tasks alone, one or several, without mentioning goals', () => {
    expect(removedReferencedMessage({ goals: [], tasks: [t('Kurs')] })).toBe(
      'Nie można usunąć zadania „Kurs” — monitoring tego IPP ma już dla nich zapisy. Zmień treść zamiast usuwać (zadanie niewykonane oznacz w monitoringu jako zaniechane).',
    );
    expect(removedReferencedMessage({ goals: [], tasks: [t('Kurs'), t('Turnus')] })).toMatch(/^Nie można usunąć zadań „Kurs”, „Turnus” — /);
  });
});

describe('the kontrakt’s first draft', () => {
  const goal = (over: Partial<IppGoal>): IppGoal => ({ key: 'a', memberId: 1, area: 'socjalny', title: 'Cel', expectedEffect: 'Efekt', baseline: 2, target: 6, tasks: [], ...over });
  const task = (over: Partial<IppGoal['tasks'][number]>) => ({ key: 't', serviceId: null, description: 'Zadanie', institutionId: null, institutionName: 'GOPS', person: '', dueOn: '2027-02-01', ...over });
  const members = [{ id: 1, firstName: 'Halina', lastName: 'Zięba' }];

  it('names each area in words, not by its key', () => {
    const d = contractDraft([goal({ area: 'sport_kultura', title: 'Basen' }), goal({ area: 'spoleczno_integracyjny', title: 'Klub' })], members, { startsOn: '2027-01-15', endsOn: '2027-04-14' });
    expect(d.familyCommitments).toBe('Halina Zięba:\n– Basen (obszar: sport i kultura); oczekiwany efekt: Efekt\n– Klub (obszar: społeczno-integracyjny); oczekiwany efekt: Efekt');
  });

  it('puts a task without an institution under “Instytucja nieokreślona” and leaves the consequences for the worker to write', () => {
    const d = contractDraft([goal({ tasks: [task({ institutionName: '', description: 'Wizyta' })] })], members, { startsOn: '2027-01-15', endsOn: '2027-04-14' });
    expect(d.institutionCommitments).toBe('Instytucja nieokreślona:\n– Wizyta, termin: 01.02.2027');
    expect(d.consequences).toBe('');
  });
});

describe('qualification: what counts as filled in', () => {
  it('an opinion needs an institution (a positive whole id, or a typed name) and a reason', () => {
    expect(countsAsOpinion({ institutionId: 7, reason: 'Widzi szansę' })).toBe(true);
    expect(countsAsOpinion({ institutionName: 'Szkoła', reason: 'Widzi szansę' })).toBe(true);
    for (const institutionId of [0, -3, Number.NaN, Number.POSITIVE_INFINITY, true, {}, null, '', '   ']) {
      expect(countsAsOpinion({ institutionId, reason: 'Widzi szansę' }), String(institutionId)).toBe(false);
    }
    expect(countsAsOpinion({ institutionId: 7, reason: '  ' })).toBe(false);
    expect(countsAsOpinion({ institutionId: 7 })).toBe(false);
  });

  const consents: ConsentState[] = [
    { kind: 'cooperation', withdrawnOn: null },
    { kind: 'data_sharing', withdrawnOn: null },
  ];
  const complete: QualificationRuleInput = {
    decision: 'qualified',
    decidedOn: '2027-03-10',
    opinions: [{ institutionId: 7, reason: 'Widzi szansę' }],
    welfareVerifiedOn: '2027-03-01',
    pcprConsultedOn: '2027-03-02',
    criteria: ['chroniczny_kryzys'],
  };
  const keys = (input: QualificationRuleInput) => qualificationIssues(input, { consents }).map((i) => i.key);

  it('criteria left blank count as none, whether a list of blanks or one empty value', () => {
    expect(keys(complete)).toEqual([]);
    expect(keys({ ...complete, criteria: ['', '  '] })).toEqual(['criteria']);
    expect(keys({ ...complete, criteria: '' })).toEqual(['criteria']);
    expect(keys({ ...complete, criteria: false })).toEqual(['criteria']);
    expect(keys({ ...complete, criteria: 'chroniczny_kryzys' })).toEqual([]);
  });

  it('no opinions at all is the missing opinion, not an error', () => {
    expect(keys({ ...complete, opinions: undefined })).toEqual(['opinion']);
    expect(keys({ ...complete, opinions: null })).toEqual(['opinion']);
  });

  it('without a decision the form asks for one, next to the decision field', () => {
    expect(qualificationIssues({ ...complete, decision: '' }, { consents })).toEqual([{ key: 'decision', field: 'decision', message: 'Wybierz decyzję: zakwalifikowanie albo odmowa.' }]);
  });

  it('a check dated after the decision is reported next to its own date field', () => {
    const issues = qualificationIssues({ ...complete, welfareVerifiedOn: '2027-03-11', pcprConsultedOn: '2027-03-12' }, { consents });
    expect(issues.map((i) => [i.key, i.field])).toEqual([
      ['welfare_after_decision', 'welfareVerifiedOn'],
      ['pcpr_after_decision', 'pcprConsultedOn'],
    ]);
  });

  it('the refusal names everything that is missing, in one message', () => {
    expect(qualificationRefusalMessage(['Brak zgody.', 'Brak opinii.'])).toBe('Sprawy nie można zakwalifikować. Brak zgody. Brak opinii.');
  });
});

describe('calendar-bound ROPS tasks at the edges of the span', () => {
  // The regional track's windows are whole calendar quarters (issue 14: they stay put when a later
  // implementation widens the span); a quarter is in when it overlaps the span by one day or more.
  it('a quarter that ends on the span’s first day is in, whole', () => {
    // Month 1 from 31.03.2027 runs 31.03–29.04: Q1 overlaps it on 31.03 only; Q3 lies after it.
    const occ = occurrencesOf({ id: 5, level: 'regional', cadence: 'q1_q3', fromMonth: 1, toMonth: 1 }, '2027-03-31');
    expect(occ.map((o) => [o.periodStart, o.dueDate])).toEqual([['2027-01-01', '2027-03-31']]);
  });

  it('a quarter that starts on the span’s last day is in, whole; a quarter after the span is not', () => {
    // Month 1 from 02.06.2027 runs 02.06–01.07: Q3 begins on 01.07; Q1 of that year ended before.
    const occ = occurrencesOf({ id: 6, level: 'regional', cadence: 'q1_q3', fromMonth: 1, toMonth: 1 }, '2027-06-02');
    expect(occ.map((o) => [o.periodStart, o.dueDate])).toEqual([['2027-07-01', '2027-09-30']]);
    // Month 1 from 04.01.2027 runs 04.01–03.02: Q1 whole, Q3 (July) after it.
    const early = occurrencesOf({ id: 7, level: 'regional', cadence: 'q1_q3', fromMonth: 1, toMonth: 1 }, '2027-01-04');
    expect(early.map((o) => [o.periodStart, o.dueDate])).toEqual([['2027-01-01', '2027-03-31']]);
  });
});
