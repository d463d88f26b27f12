import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IppGoal } from '@/db/schema';
import {
  continueGoals,
  contractDraft,
  duplicateKeys,
  latestScales,
  HOUSEHOLD_MEMBER,
  keptReasons,
  memberCoverage,
  membersWithoutGoals,
  membersWithoutGoalsMessage,
  uncoveredMembers,
  nextIppStart,
  nextIppStartProblem,
  removedReferenced,
  removedReferencedMessage,
  tasksOutsidePeriod,
  type MonitoredScales,
} from '@/lib/cases/ipp-rules';
import { contractSchema, ippSchema, newIppSchema } from '@/lib/cases/ipp-schemas';
import { setClockForTests } from '@/lib/clock';
import { fieldErrorsOf } from '@/lib/validation/parse';

const task = (key: string, dueOn: string, over: Partial<IppGoal['tasks'][number]> = {}) => ({
  key,
  serviceId: null,
  description: `Zadanie ${key}`,
  institutionId: null,
  institutionName: 'GOPS',
  person: 'Anna Nowak',
  dueOn,
  ...over,
});

const goal = (key: string, memberId: number, over: Partial<IppGoal> = {}): IppGoal => ({
  key,
  memberId,
  area: 'zdrowie',
  title: `Cel ${key}`,
  expectedEffect: 'Poprawa',
  baseline: 2,
  target: 6,
  tasks: [task(`${key}-t1`, '2027-02-15')],
  ...over,
});

const members = [
  { id: 1, firstName: 'Halina', lastName: 'Zięba' },
  { id: 2, firstName: 'Łukasz', lastName: 'Zięba' },
  { id: 3, firstName: 'Jan', lastName: 'Zięba' },
];

/** The IPP form as the browser sends it (strings everywhere). */
const form = (over: Record<string, unknown> = {}) => ({
  caseId: '5',
  ippId: '7',
  version: '1',
  startsOn: '2027-01-15',
  endsOn: '2027-04-14',
  pzkAttendance: 'in_person',
  acceptedOn: '',
  acceptedMeetingId: '',
  goals: [
    {
      key: 'g1',
      memberId: '1',
      area: 'zdrowie',
      title: 'Regularne leczenie',
      expectedEffect: 'Wizyty u lekarza co miesiąc',
      baseline: '2',
      target: '7',
      tasks: [{ key: 't1', serviceId: '', description: 'Umówienie wizyty', institutionId: '', institutionName: 'Przychodnia', person: '', dueOn: '2027-02-01' }],
    },
  ],
  ...over,
});

describe('the next IPP continues the previous one', () => {
  const previous = [goal('g-mother', 1, { baseline: 2 }), goal('g-son', 2, { baseline: 4, tasks: [task('t-son-1', '2027-03-20'), task('t-son-2', '2027-04-20')] })];

  it('keeps goal and task keys and takes each baseline from the latest monitoring', () => {
    const monitoring: MonitoredScales[] = [
      { heldOn: '2027-03-10', scales: { 'g-mother': 5 } },
      { heldOn: '2027-02-10', scales: { 'g-mother': 3, 'g-son': 6 } },
    ];
    const next = continueGoals(previous, monitoring, { startsOn: '2027-04-15', endsOn: '2027-07-14' });
    expect(next.map((g) => g.key)).toEqual(['g-mother', 'g-son']);
    expect(next[1].tasks.map((t) => t.key)).toEqual(['t-son-1', 't-son-2']);
    // The latest meeting (by date, not by order in the list) wins; the son was measured only in February.
    expect(next[0].baseline).toBe(5);
    expect(next[1].baseline).toBe(6);
    expect(next[0]).toMatchObject({ memberId: 1, area: 'zdrowie', title: 'Cel g-mother', target: 6 });
    // The previous IPP is not changed.
    expect(previous[0].baseline).toBe(2);
  });

  it('keeps the previous baseline when a goal was never measured, and moves due dates into the new period', () => {
    const next = continueGoals(previous, [{ heldOn: '2027-02-10', scales: { other: 9 } }], { startsOn: '2027-04-15', endsOn: '2027-07-14' });
    expect(next.map((g) => g.baseline)).toEqual([2, 4]);
    expect(next[1].tasks.map((t) => t.dueOn)).toEqual(['2027-07-14', '2027-04-20']);
  });

  it('on one date the later entry wins', () => {
    expect(latestScales([{ heldOn: '2027-02-10', scales: { a: 3 } }, { heldOn: '2027-02-10', scales: { a: 4 } }])).toEqual({ a: 4 });
  });

  it('starts the day after the previous one ends, never earlier', () => {
    expect(nextIppStart('2027-04-14')).toBe('2027-04-15');
    expect(nextIppStart('2027-12-31')).toBe('2028-01-01');
    expect(nextIppStartProblem({ sequence: 1, endsOn: '2027-04-14' }, '2027-04-15')).toBeNull();
    expect(nextIppStartProblem({ sequence: 1, endsOn: '2027-04-14' }, '2027-05-01')).toBeNull();
    expect(nextIppStartProblem({ sequence: 1, endsOn: '2027-04-14' }, '2027-04-14')).toBe('IPP 2 może się zacząć najwcześniej 15.04.2027 — dzień po zakończeniu IPP 1 (14.04.2027).');
  });
});

describe('goals for every household member', () => {
  it('names the members without a goal', () => {
    const goals = [goal('a', 1), goal('b', 1), goal('c', 3)];
    expect(membersWithoutGoals(members, goals).map((m) => m.id)).toEqual([2]);
    expect(membersWithoutGoalsMessage(members, goals)).toBe('Każda osoba z gospodarstwa domowego musi mieć własny cel, cel rodzinny (dla całej rodziny) albo zapisany powód braku celu. Brak celu: Łukasz Zięba.');
    expect(membersWithoutGoalsMessage(members, [])).toMatch(/Brak celu: Halina Zięba, Łukasz Zięba, Jan Zięba\.$/);
    expect(membersWithoutGoalsMessage(members, [goal('a', 1), goal('b', 2), goal('c', 3)])).toBeNull();
    // Form values carry ids as strings.
    expect(membersWithoutGoals(members, [{ memberId: '1' }, { memberId: '2' }, { memberId: '3' }])).toEqual([]);
  });

  it('counts a household goal as covering every member, a recorded reason as covering one, blanks as nothing', () => {
    const household = goal('h', 1, { memberId: null });
    // A household goal is nobody's own goal.
    expect(membersWithoutGoals(members, [household]).map((m) => m.id)).toEqual([1, 2, 3]);
    expect(uncoveredMembers(members, [household])).toEqual([]);
    expect(membersWithoutGoalsMessage(members, [household])).toBeNull();
    expect([...memberCoverage(members, [household, goal('a', 2)]).entries()]).toEqual([
      [1, 'household'],
      [2, 'own'],
      [3, 'household'],
    ]);
    // Form values: HOUSEHOLD_MEMBER is the household, '' is a goal whose person is not chosen yet.
    expect(uncoveredMembers(members, [{ memberId: HOUSEHOLD_MEMBER }])).toEqual([]);
    expect(uncoveredMembers(members, [{ memberId: '' }]).map((m) => m.id)).toEqual([1, 2, 3]);
    // Reasons: per member; blank or white space does not count.
    const reasons = [
      { memberId: '2', reason: 'nie dotyczy — dziecko w wieku 4 lat, cele w celu rodzinnym' },
      { memberId: '3', reason: '   ' },
    ];
    expect(uncoveredMembers(members, [goal('a', 1)], reasons).map((m) => m.id)).toEqual([3]);
    expect(membersWithoutGoalsMessage(members, [goal('a', 1)], reasons)).toMatch(/Brak celu: Jan Zięba\.$/);
    expect(memberCoverage(members, [goal('a', 1)], reasons).get(2)).toBe('reason');
  });

  it('keeps a trimmed reason only for a member of the household without an own goal', () => {
    const reasons = [
      { memberId: '1', reason: 'ma cel, powód zbędny' },
      { memberId: '2', reason: '  dziecko w wieku 4 lat  ' },
      { memberId: '3', reason: '' },
      { memberId: '99', reason: 'spoza gospodarstwa' },
    ];
    expect(keptReasons(members, [goal('a', 1), goal('h', 1, { memberId: null })], reasons)).toEqual([{ memberId: 2, reason: 'dziecko w wieku 4 lat' }]);
  });
});

describe('the IPP form schema: goals of the household and the members\' rows', () => {
  const base = (goals: unknown[], memberReasons: unknown[] = []) => ({ caseId: '1', ippId: '1', version: '1', startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person', acceptedOn: '', acceptedMeetingId: '', goals, memberReasons });
  const formGoal = (memberId: string) => ({ key: `g${memberId}`, memberId, area: 'rodzinny', title: 'Cel', expectedEffect: 'Efekt', baseline: '1', target: '5', tasks: [{ key: `t${memberId}`, serviceId: '', description: 'Zadanie', institutionId: '', institutionName: 'OPS', person: '', dueOn: '2027-02-01' }] });

  it('stores a household goal as memberId null and asks to choose someone when nothing is chosen', () => {
    const ok = ippSchema.safeParse(base([formGoal(HOUSEHOLD_MEMBER)]));
    expect(ok.success && ok.data.goals[0].memberId).toBeNull();
    const none = ippSchema.safeParse(base([formGoal('')]));
    expect(none.success).toBe(false);
    expect(fieldErrorsOf(none.error!)['goals.0.memberId']).toEqual(['Wybierz osobę, której dotyczy cel, albo całą rodzinę.']);
  });

  it('puts the refusal beside the row of the member covered by nothing', () => {
    const rows = [
      { memberId: '1', reason: '' },
      { memberId: '2', reason: '' },
      { memberId: '3', reason: 'dziecko w wieku 4 lat' },
    ];
    const refused = ippSchema.safeParse(base([formGoal('1')], rows));
    expect(refused.success).toBe(false);
    const errors = fieldErrorsOf(refused.error!);
    expect(errors['memberReasons.1.reason']).toHaveLength(1);
    expect(errors['memberReasons.0.reason']).toBeUndefined();
    expect(errors['memberReasons.2.reason']).toBeUndefined();
    // A household goal covers everyone: no row needs a reason.
    expect(ippSchema.safeParse(base([formGoal('1'), formGoal(HOUSEHOLD_MEMBER)], rows)).success).toBe(true);
  });
});

describe('task due dates', () => {
  it('finds tasks outside the IPP period, inclusive of its first and last day', () => {
    const goals = [{ tasks: [{ dueOn: '2027-01-15' }, { dueOn: '2027-01-14' }] }, { tasks: [{ dueOn: '2027-04-14' }, { dueOn: '2027-04-15' }] }];
    const problems = tasksOutsidePeriod(goals, '2027-01-15', '2027-04-14');
    expect(problems.map((p) => [p.goalIndex, p.taskIndex])).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(problems[0].message).toBe('Termin zadania musi mieścić się w okresie IPP (15.01.2027–14.04.2027).');
  });

  it('the schema puts the message on the task’s due date', () => {
    const bad = form();
    (bad.goals as { tasks: { dueOn: string }[] }[])[0].tasks[0].dueOn = '2027-05-01';
    const r = ippSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({ 'goals.0.tasks.0.dueOn': ['Termin zadania musi mieścić się w okresie IPP (15.01.2027–14.04.2027).'] });
  });
});

describe('the 3-month limit through the schemas', () => {
  it('accepts exactly 3 months and refuses one day more, on endsOn', () => {
    expect(ippSchema.safeParse(form()).success).toBe(true);
    const r = ippSchema.safeParse(form({ endsOn: '2027-04-15' }));
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!).endsOn).toEqual(['IPP obejmuje najwyżej 3 miesiące — przy początku 15.01.2027 może trwać najpóźniej do 14.04.2027.']);
    const n = newIppSchema.safeParse({ caseId: '5', startsOn: '2027-01-01', endsOn: '2027-04-01', pzkAttendance: 'in_person' });
    expect(fieldErrorsOf(n.error!)).toEqual({ endsOn: ['IPP obejmuje najwyżej 3 miesiące — przy początku 01.01.2027 może trwać najpóźniej do 31.03.2027.'] });
    expect(newIppSchema.safeParse({ caseId: '5', startsOn: '2027-01-01', endsOn: '2027-03-31', pzkAttendance: 'in_person' }).success).toBe(true);
  });

  it('refuses an end before the start', () => {
    const r = newIppSchema.safeParse({ caseId: '5', startsOn: '2027-02-10', endsOn: '2027-02-09', pzkAttendance: 'through_key_worker' });
    expect(fieldErrorsOf(r.error!).endsOn).toEqual(['Koniec IPP nie może być wcześniejszy niż jego początek.']);
  });
});

describe('the IPP form schema', () => {
  // The PZK's acceptance and the kontrakt are records of the case: not after today (lib/cases/date-rules.ts).
  beforeAll(() => setClockForTests('2027-03-31T10:00:00Z'));
  afterAll(() => setClockForTests(null));
  it('parses the form’s strings into the stored shape', () => {
    const v = ippSchema.parse(form({ acceptedOn: '2027-01-20', acceptedMeetingId: '12' }));
    expect(v).toMatchObject({ caseId: 5, ippId: 7, version: 1, acceptedOn: '2027-01-20', acceptedMeetingId: 12 });
    expect(v.goals[0]).toMatchObject({ memberId: 1, baseline: 2, target: 7 });
    expect(v.goals[0].tasks[0]).toMatchObject({ serviceId: undefined, institutionId: undefined, institutionName: 'Przychodnia', person: undefined });
  });

  it('wants the target above the baseline, a task, a responsible institution and an area of the eight', () => {
    const bad = form({
      goals: [
        { ...form().goals[0], baseline: '7', target: '7', area: 'kosmos', tasks: [] },
        { ...form().goals[0], key: 'g2', baseline: '11', tasks: [{ ...form().goals[0].tasks[0], key: 't2', institutionName: '' }] },
      ],
    });
    const e = fieldErrorsOf(ippSchema.safeParse(bad).error!);
    expect(e['goals.0.target']).toEqual(['Wartość docelowa musi być wyższa niż wartość na początku.']);
    expect(e['goals.0.area']).toEqual(['Wybierz obszar wsparcia.']);
    expect(e['goals.0.tasks']).toEqual(['Dodaj co najmniej jedno zadanie do celu.']);
    expect(e['goals.1.baseline']).toEqual(['Podaj liczbę całkowitą od 0 do 10.']);
    expect(e['goals.1.tasks.0.institutionName']).toEqual(['Wybierz instytucję odpowiedzialną z listy albo wpisz jej nazwę.']);
  });

  it('wants the acceptance date when a meeting is linked, and at least one goal', () => {
    const e = fieldErrorsOf(ippSchema.safeParse(form({ acceptedMeetingId: '3', goals: [] })).error!);
    expect(e.acceptedOn).toEqual(['Podaj datę akceptacji IPP przez PZK.']);
    expect(e.goals).toEqual(['Dodaj co najmniej jeden cel.']);
  });

  it('refuses repeated keys', () => {
    expect(duplicateKeys([goal('a', 1), goal('b', 2, { tasks: [task('a-t1', '2027-02-01')] })])).toEqual(['a-t1']);
    const twice = form({ goals: [form().goals[0], form().goals[0]] });
    expect(fieldErrorsOf(ippSchema.safeParse(twice).error!).goals).toHaveLength(1);
  });

  it('the kontrakt needs the date and the family’s and worker’s commitments', () => {
    const e = fieldErrorsOf(contractSchema.safeParse({ caseId: '1', ippId: '2', version: '3', concludedOn: '', familyCommitments: ' ', workerCommitments: 'x', institutionCommitments: '', consequences: '' }).error!);
    expect(Object.keys(e).sort()).toEqual(['concludedOn', 'familyCommitments']);
  });
});

describe('keys monitoring already refers to', () => {
  it('may not be removed from the IPP', () => {
    const stored = [goal('a', 1), goal('b', 2, { title: 'Praca', tasks: [task('b-t1', '2027-02-01', { description: 'Kurs' }), task('b-t2', '2027-02-01')] })];
    const refs = { goalKeys: new Set(['a', 'b']), taskKeys: new Set(['b-t1']) };
    expect(removedReferencedMessage(removedReferenced(stored, stored, refs))).toBeNull();
    // Dropping goal b drops its referenced task too; dropping only an unreferenced task is fine.
    const withoutB = removedReferenced(stored, [stored[0]], refs);
    expect(withoutB.goals.map((g) => g.key)).toEqual(['b']);
    expect(removedReferencedMessage(withoutB)).toBe('Nie można usunąć celu „Praca” ani zadania „Kurs” — monitoring tego IPP ma już dla nich zapisy. Zmień treść zamiast usuwać (zadanie niewykonane oznacz w monitoringu jako zaniechane).');
    const withoutT2 = [stored[0], { ...stored[1], tasks: [stored[1].tasks[0]] }];
    expect(removedReferencedMessage(removedReferenced(stored, withoutT2, refs))).toBeNull();
    // An unmeasured goal may go.
    expect(removedReferenced(stored, [stored[1]], { goalKeys: new Set(['b']), taskKeys: new Set() }).goals).toEqual([]);
  });
});

describe('the kontrakt’s first draft', () => {
  it('lists the family’s goals per member and the tasks per institution', () => {
    const goals = [
      goal('a', 1, { title: 'Leczenie', area: 'zdrowie', tasks: [task('a1', '2027-02-01', { institutionName: 'PCPR', description: 'Turnus' }), task('a2', '2027-03-01', { institutionName: 'GOPS', description: 'Zasiłek', person: '' })] }),
      goal('b', 2, { title: 'Praca', area: 'prozawodowy', tasks: [task('b1', '2027-02-10', { institutionName: 'PCPR', description: 'Kurs', person: 'Jan Kowal' })] }),
    ];
    const d = contractDraft(goals, members, { startsOn: '2027-01-15', endsOn: '2027-04-14' });
    expect(d.familyCommitments).toBe('Halina Zięba:\n– Leczenie (obszar: zdrowie); oczekiwany efekt: Poprawa\n\nŁukasz Zięba:\n– Praca (obszar: prozawodowy); oczekiwany efekt: Poprawa');
    expect(d.institutionCommitments).toBe('GOPS:\n– Zasiłek, termin: 01.03.2027\n\nPCPR:\n– Turnus (odpowiada: Anna Nowak), termin: 01.02.2027\n– Kurs (odpowiada: Jan Kowal), termin: 10.02.2027');
    expect(d.workerCommitments).toMatch(/15\.01\.2027–14\.04\.2027/);
  });

  it('lists the household’s goals once, first, under "Cała rodzina", and their tasks with the institutions', () => {
    const goals = [goal('a', 1, { title: 'Leczenie' }), goal('h', 1, { memberId: null, title: 'Wspólne posiłki', area: 'rodzinny', tasks: [task('h1', '2027-02-01', { institutionName: 'OPS', description: 'Warsztaty', person: '' })] })];
    const d = contractDraft(goals, members, { startsOn: '2027-01-15', endsOn: '2027-04-14' });
    expect(d.familyCommitments).toBe('Cała rodzina (cel rodzinny):\n– Wspólne posiłki (obszar: rodzinny); oczekiwany efekt: Poprawa\n\nHalina Zięba:\n– Leczenie (obszar: zdrowie); oczekiwany efekt: Poprawa');
    expect(d.institutionCommitments).toContain('OPS:\n– Warsztaty, termin: 01.02.2027');
  });
});
