import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swotItems, workshopNote } from '@/lib/cases/diagnosis-schemas';
import { evaluationSchema } from '@/lib/cases/evaluation-schemas';
import { qualificationChecklist, qualificationIssues, qualificationProblems, type ConsentState } from '@/lib/cases/qualification-rules';
import { qualificationSchema } from '@/lib/cases/qualification-schemas';
import { setClockForTests } from '@/lib/clock';

const bothConsents: ConsentState[] = [
  { kind: 'cooperation', withdrawnOn: null },
  { kind: 'data_sharing', withdrawnOn: null },
];

/** Everything a qualification needs, as the form sends it. */
const complete = {
  decision: 'qualified' as const,
  decidedOn: '2027-01-12',
  opinions: [{ institutionId: '', institutionName: 'Szkoła Podstawowa w Gminie', reason: 'Realna szansa na zmianę' }],
  welfareVerifiedOn: '2027-01-10',
  pcprConsultedOn: '2027-01-11',
  criteria: ['chronic_crisis'],
  refusalReason: '',
};

describe('qualification rules', () => {
  it('finds nothing missing when everything is present', () => {
    expect(qualificationProblems(complete, { consents: bothConsents })).toEqual([]);
    expect(qualificationChecklist(complete, { consents: bothConsents }).every((i) => i.met)).toBe(true);
  });

  it('names the missing cooperation consent', () => {
    expect(qualificationProblems(complete, { consents: [{ kind: 'data_sharing', withdrawnOn: null }] })).toEqual([
      'Brak zgody osoby lub rodziny na współpracę w modelu — zapisz ją na koncie sprawy (wycofana zgoda się nie liczy).',
    ]);
  });

  it('names the missing data-sharing consent', () => {
    expect(qualificationProblems(complete, { consents: [{ kind: 'cooperation', withdrawnOn: null }] })).toEqual([
      'Brak zgody na przekazywanie danych między wskazanymi instytucjami — zapisz ją na koncie sprawy (wycofana zgoda się nie liczy).',
    ]);
  });

  it('does not count a withdrawn consent', () => {
    const consents: ConsentState[] = [
      { kind: 'cooperation', withdrawnOn: '2027-01-08' },
      { kind: 'data_sharing', withdrawnOn: null },
    ];
    const problems = qualificationProblems(complete, { consents });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Brak zgody osoby lub rodziny na współpracę/);
    // A consent given again after a withdrawal counts.
    expect(qualificationProblems(complete, { consents: [...consents, { kind: 'cooperation', withdrawnOn: null }] })).toEqual([]);
  });

  it('names the missing positive opinion — an institution without a reason, or a reason without an institution, is not one', () => {
    const message = 'Brak pozytywnej opinii co najmniej jednej instytucji (która instytucja i dlaczego).';
    expect(qualificationProblems({ ...complete, opinions: [] }, { consents: bothConsents })).toEqual([message]);
    expect(qualificationProblems({ ...complete, opinions: [{ institutionId: '', institutionName: 'Szkoła', reason: '  ' }] }, { consents: bothConsents })).toEqual([message]);
    expect(qualificationProblems({ ...complete, opinions: [{ institutionId: '', institutionName: '', reason: 'Bo tak' }] }, { consents: bothConsents })).toEqual([message]);
    // An institution chosen from the list (its id) is enough, with a reason.
    expect(qualificationProblems({ ...complete, opinions: [{ institutionId: '17', institutionName: '', reason: 'Bo tak' }] }, { consents: bothConsents })).toEqual([]);
    expect(qualificationProblems({ ...complete, opinions: [{ institutionId: 17, reason: 'Bo tak' }] }, { consents: bothConsents })).toEqual([]);
  });

  it('names the missing verification in the welfare system and the consultation with the PCPR animator', () => {
    expect(qualificationIssues({ ...complete, welfareVerifiedOn: '' }, { consents: bothConsents })).toEqual([
      { key: 'welfare', field: 'welfareVerifiedOn', message: 'Brak daty weryfikacji w systemie pomocy społecznej przez animatora GOPS.' },
    ]);
    expect(qualificationIssues({ ...complete, pcprConsultedOn: undefined }, { consents: bothConsents })).toEqual([
      { key: 'pcpr', field: 'pcprConsultedOn', message: 'Brak daty konsultacji z animatorem PCPR w zespole.' },
    ]);
  });

  it('refuses a verification or consultation dated after the decision', () => {
    expect(qualificationProblems({ ...complete, welfareVerifiedOn: '2027-01-13' }, { consents: bothConsents })).toEqual([
      'Weryfikacja w systemie pomocy społecznej (13.01.2027) nie może być późniejsza niż decyzja (12.01.2027).',
    ]);
    expect(qualificationProblems({ ...complete, pcprConsultedOn: '2027-02-01' }, { consents: bothConsents })).toEqual([
      'Konsultacja z animatorem PCPR (01.02.2027) nie może być późniejsza niż decyzja (12.01.2027).',
    ]);
    expect(qualificationProblems({ ...complete, welfareVerifiedOn: '2027-01-12', pcprConsultedOn: '2027-01-12' }, { consents: bothConsents })).toEqual([]);
  });

  it('names the missing criterion (an unticked lone checkbox comes as false)', () => {
    const message = 'Nie wskazano kryterium kwalifikacji z modelu (co najmniej jedno).';
    expect(qualificationProblems({ ...complete, criteria: [] }, { consents: bothConsents })).toEqual([message]);
    expect(qualificationProblems({ ...complete, criteria: false }, { consents: bothConsents })).toEqual([message]);
    expect(qualificationProblems({ ...complete, criteria: 'cross_sector' }, { consents: bothConsents })).toEqual([]);
  });

  it('lists every missing element at once, each with its field', () => {
    const issues = qualificationIssues({ decision: 'qualified', decidedOn: '2027-01-12', opinions: [], criteria: [] }, { consents: [] });
    expect(issues.map((i) => i.key)).toEqual(['consent_cooperation', 'consent_data_sharing', 'opinion', 'welfare', 'pcpr', 'criteria']);
    expect(issues.map((i) => i.field)).toEqual([null, null, 'opinions', 'welfareVerifiedOn', 'pcprConsultedOn', 'criteria']);
    const checklist = qualificationChecklist({ opinions: [], criteria: [] }, { consents: [{ kind: 'cooperation', withdrawnOn: null }] });
    expect(checklist.map((i) => [i.key, i.met])).toEqual([
      ['consent_cooperation', true],
      ['consent_data_sharing', false],
      ['opinion', false],
      ['welfare', false],
      ['pcpr', false],
      ['criteria', false],
    ]);
  });

  it('refusal needs a reason only', () => {
    const refusal = { decision: 'refused' as const, decidedOn: '2027-01-12', opinions: [], criteria: [], refusalReason: '' };
    expect(qualificationIssues(refusal, { consents: [] })).toEqual([{ key: 'refusal_reason', field: 'refusalReason', message: 'Podaj powód odmowy kwalifikacji.' }]);
    expect(qualificationProblems({ ...refusal, refusalReason: '   ' }, { consents: [] })).toEqual(['Podaj powód odmowy kwalifikacji.']);
    expect(qualificationProblems({ ...refusal, refusalReason: 'Rodzina korzysta już z pomocy asystenta rodziny.' }, { consents: [] })).toEqual([]);
  });

  it('asks for a decision when none is chosen', () => {
    expect(qualificationProblems({ ...complete, decision: '' }, { consents: bothConsents })).toEqual(['Wybierz decyzję: zakwalifikowanie albo odmowa.']);
  });
});

describe('qualification form schema', () => {
  const form = { caseId: '5', version: '3', ...complete, meetingId: '' };
  // The form's dates are of January 2027; none of them may be after today (lib/cases/date-rules.ts).
  beforeAll(() => setClockForTests('2027-03-31T10:00:00Z'));
  afterAll(() => setClockForTests(null));
  it('accepts the form and keeps the shape the rules read', () => {
    const v = qualificationSchema.parse(form);
    expect(v).toMatchObject({ caseId: 5, version: 3, decision: 'qualified', criteria: ['chronic_crisis'], meetingId: undefined, refusalReason: undefined });
    expect(qualificationProblems(v, { consents: bothConsents })).toEqual([]);
  });
  it('wants both the institution and the reason of a started opinion row; a blank row is ignored', () => {
    const r = qualificationSchema.safeParse({ ...form, opinions: [{ institutionId: '', institutionName: '', reason: 'Bo tak' }, { institutionId: '', institutionName: '', reason: '' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['opinions.0.institutionName']);
  });
  it('refuses an unknown criterion', () => {
    expect(qualificationSchema.safeParse({ ...form, criteria: ['bo_tak'] }).success).toBe(false);
  });
});

describe('diagnosis helpers', () => {
  it('counts workshops with the Polish plural and warns below 2', () => {
    expect(workshopNote(0)).toEqual({ text: 'Zarejestrowano 0 warsztatów diagnostyczno-ewaluacyjnych — model wymaga co najmniej 2.', warning: true });
    expect(workshopNote(1)).toEqual({ text: 'Zarejestrowano 1 warsztat diagnostyczno-ewaluacyjny — model wymaga co najmniej 2.', warning: true });
    expect(workshopNote(2)).toEqual({ text: 'Zarejestrowano 2 warsztaty diagnostyczno-ewaluacyjne.', warning: false });
    expect(workshopNote(5).text).toBe('Zarejestrowano 5 warsztatów diagnostyczno-ewaluacyjnych.');
  });
  it('reads a SWOT quadrant one item per line', () => {
    expect(swotItems('- wsparcie sąsiadów\n\n  • motywacja syna \r\n1. dom własny\n')).toEqual(['wsparcie sąsiadów', 'motywacja syna', 'dom własny']);
    expect(swotItems('')).toEqual([]);
  });
});

describe('evaluation schema: the after-care plan and the hand-over', () => {
  // The evaluation is a record of the case: not after today (lib/cases/date-rules.ts).
  beforeAll(() => setClockForTests('2027-07-01T10:00:00Z'));
  afterAll(() => setClockForTests(null));
  const base = { caseId: '5', version: '0', evaluatedOn: '2027-06-30', results: [{ goalKey: 'g1', scale: '7' }], summary: 'Podsumowanie', inviteAsFamilyExpert: false };
  const afterCare = { outcome: 'goals_reached', contactUntil: '2027-12-30', visitEveryMonths: '2', firstAidKit: 'Telefon do asystenta, plan dnia', familyExpertName: 'Anna Nowak' };
  const paths = (r: ReturnType<typeof evaluationSchema.safeParse>) => (r.success ? [] : r.error.issues.map((i) => i.path.join('.')));

  it('needs contact for at least 6 months after the evaluation', () => {
    expect(evaluationSchema.parse({ ...base, ...afterCare })).toMatchObject({ contactUntil: '2027-12-30', visitEveryMonths: '2', results: [{ goalKey: 'g1', scale: 7 }] });
    const short = evaluationSchema.safeParse({ ...base, ...afterCare, contactUntil: '2027-12-29' });
    expect(short.error?.issues).toEqual([expect.objectContaining({ path: ['contactUntil'], message: 'Kontakt z rodziną trwa co najmniej 6 miesięcy po ewaluacji — najwcześniej do 30.12.2027.' })]);
  });
  it('needs every part of the after-care plan, even when another field is wrong', () => {
    expect(paths(evaluationSchema.safeParse({ ...base, summary: '', outcome: 'goals_reached' }))).toEqual(['summary', 'contactUntil', 'visitEveryMonths', 'firstAidKit', 'familyExpertName']);
    expect(paths(evaluationSchema.safeParse({ ...base, ...afterCare, visitEveryMonths: '3' }))).toEqual(['visitEveryMonths']);
  });
  it('needs a path when goals are not reached, and for a hand-over the institution and what was passed on', () => {
    expect(paths(evaluationSchema.safeParse({ ...base, outcome: 'not_reached' }))).toEqual(['notReachedPath']);
    expect(paths(evaluationSchema.safeParse({ ...base, outcome: 'not_reached', notReachedPath: 'hand_over' }))).toEqual(['handoverInstitutionName', 'handoverWhat']);
    expect(paths(evaluationSchema.safeParse({ ...base, outcome: 'not_reached', notReachedPath: 'hand_over', handoverInstitutionId: '12', handoverWhat: 'Diagnoza i IPP' }))).toEqual([]);
    expect(paths(evaluationSchema.safeParse({ ...base, outcome: 'not_reached', notReachedPath: 'new_goals' }))).toEqual([]);
  });
  it('takes the scale as 0–10 whole numbers, never a blank as 0', () => {
    expect(paths(evaluationSchema.safeParse({ ...base, outcome: 'not_reached', notReachedPath: 'new_goals', results: [{ goalKey: 'g1', scale: '' }] }))).toEqual(['results.0.scale']);
    expect(paths(evaluationSchema.safeParse({ ...base, outcome: 'not_reached', notReachedPath: 'new_goals', results: [{ goalKey: 'g1', scale: '11' }] }))).toEqual(['results.0.scale']);
    expect(evaluationSchema.parse({ ...base, outcome: 'not_reached', notReachedPath: 'new_goals', results: [{ goalKey: 'g1', scale: '0' }] }).results).toEqual([{ goalKey: 'g1', scale: 0 }]);
  });
});
