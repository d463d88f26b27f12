import { describe, expect, it } from 'vitest';
import type { IppGoal } from '@/db/schema';
import {
  ageBand,
  ageBandYear,
  anonymiseAfterCare,
  anonymiseContract,
  anonymiseExpectations,
  anonymiseGivenBy,
  anonymiseGoals,
  anonymiseMemberReasons,
  anonymiseOpinions,
  blankNullable,
  neutralFullName,
  neutralName,
  reasonKind,
  taskLabels,
} from '@/lib/retention/anonymise-rules';

describe('ageBand', () => {
  // [birth year, at year, band]: the edges of each band, both sides.
  it.each([
    [2020, 2020, '0–6'],
    [2014, 2020, '0–6'],
    [2013, 2020, '7–17'],
    [2003, 2020, '7–17'],
    [2002, 2020, '18–25'],
    [1995, 2020, '18–25'],
    [1994, 2020, '26–59'],
    [1961, 2020, '26–59'],
    [1960, 2020, '60+'],
    [1920, 2020, '60+'],
    [2022, 2020, '0–6'],
  ] as const)('born %i, in %i → %s', (birthYear, atYear, band) => {
    expect(ageBand(birthYear, atYear)).toBe(band);
  });

  it('is computed at the year of closing, else the current year', () => {
    expect(ageBandYear('2019-11-30', 2031)).toBe(2019);
    expect(ageBandYear(null, 2031)).toBe(2031);
  });
});

describe('neutral labels', () => {
  it('names a member by position, from 1', () => {
    expect(neutralName(0)).toEqual({ firstName: 'Osoba', lastName: '1' });
    expect(neutralName(2)).toEqual({ firstName: 'Osoba', lastName: '3' });
    expect(neutralFullName(1)).toBe('Osoba 2');
  });

  it.each([
    ['Halina Zięba', 'Osoba 1'],
    ['  zięba   halina ', 'Osoba 1'],
    ['ŁUKASZ ZIĘBA', 'Osoba 2'],
    ['Jan Kurator (opiekun prawny)', ''],
    ['', ''],
  ])('who gave a consent: %j → %j', (givenBy, out) => {
    const members = [
      { firstName: 'Halina', lastName: 'Zięba' },
      { firstName: 'Łukasz', lastName: 'Zięba' },
    ];
    expect(anonymiseGivenBy(givenBy, members)).toBe(out);
  });

  it('keeps null free texts null and blanks written ones', () => {
    expect(blankNullable(null)).toBeNull();
    expect(blankNullable('Powód: Kowalski przeprowadził się')).toBe('');
  });
});

const goals: IppGoal[] = [
  {
    key: 'g1',
    memberId: 7,
    area: 'zdrowie',
    title: 'Halina regularnie się leczy',
    expectedEffect: 'Wizyty u dr. Nowaka co miesiąc',
    baseline: 2,
    target: 6,
    tasks: [
      { key: 't1', serviceId: 3, description: 'Wizyta Haliny w poradni', institutionId: 11, institutionName: 'Przychodnia w Gminie', person: 'Anna Nowak', dueOn: '2030-02-15' },
      { key: 't2', serviceId: null, description: 'Dowóz na rehabilitację', institutionId: null, institutionName: 'Stowarzyszenie', person: 'Jan Zięba', dueOn: '2030-03-01' },
    ],
  },
  { key: 'g2', memberId: null, area: 'praca', title: 'Praca dla Łukasza', expectedEffect: 'Umowa o pracę', baseline: 0, target: 5, tasks: [] },
];

describe('anonymiseGoals', () => {
  it('keeps what the evaluation counts and replaces the texts', () => {
    expect(anonymiseGoals(goals)).toEqual([
      {
        key: 'g1',
        memberId: 7,
        area: 'zdrowie',
        title: 'Cel 1',
        expectedEffect: '',
        baseline: 2,
        target: 6,
        tasks: [
          { key: 't1', serviceId: 3, description: 'Zadanie 1.1', institutionId: 11, institutionName: 'Przychodnia w Gminie', person: '', dueOn: '2030-02-15' },
          { key: 't2', serviceId: null, description: 'Zadanie 1.2', institutionId: null, institutionName: 'Stowarzyszenie', person: '', dueOn: '2030-03-01' },
        ],
      },
      { key: 'g2', memberId: null, area: 'praca', title: 'Cel 2', expectedEffect: '', baseline: 0, target: 5, tasks: [] },
    ]);
  });

  it('labels the task rows as their tasks in the IPP', () => {
    expect([...taskLabels(goals)]).toEqual([
      ['t1', 'Zadanie 1.1'],
      ['t2', 'Zadanie 1.2'],
    ]);
  });

  it('is idempotent', () => {
    const once = anonymiseGoals(goals);
    expect(anonymiseGoals(once)).toEqual(once);
  });
});

describe('the other JSON structures', () => {
  it.each([
    [
      'contract',
      anonymiseContract({ concludedOn: '2030-01-20', familyCommitments: 'Halina będzie…', workerCommitments: 'x', institutionCommitments: 'y', consequences: 'z' }),
      { concludedOn: '2030-01-20', familyCommitments: '', workerCommitments: '', institutionCommitments: '', consequences: '' },
    ],
    ['no contract', anonymiseContract(null), null],
    [
      'after-care',
      anonymiseAfterCare({ contactUntil: '2030-12-31', visitEveryMonths: 2, firstAidKit: 'Telefon do p. Nowak', familyExpertName: 'Halina Zięba' }),
      { contactUntil: '2030-12-31', visitEveryMonths: 2, firstAidKit: '', familyExpertName: '' },
    ],
    ['no after-care', anonymiseAfterCare(null), null],
    [
      'opinions',
      anonymiseOpinions([{ institutionId: 4, institutionName: 'Szkoła', reason: 'Łukasz chodzi do nas' }]),
      [{ institutionId: 4, institutionName: 'Szkoła', reason: '' }],
    ],
    [
      'institutions’ expectations',
      anonymiseExpectations([{ institutionName: 'Szkoła Podstawowa', expectations: 'Kontakt z matką Łukasza' }]),
      [{ institutionName: 'Szkoła Podstawowa', expectations: '' }],
    ],
    ['members’ reasons', anonymiseMemberReasons([{ memberId: 9, reason: 'Dziecko w wieku 4 lat' }]), [{ memberId: 9, reason: '' }]],
  ])('%s', (_name, got, want) => {
    expect(got).toEqual(want);
  });
});

describe('reasonKind', () => {
  it.each([
    ['partia brakowania nr 3 (zgoda archiwum AP/12/2030 z 01.02.2030)', 'destruction_batch'],
    ['Partia brakowania nr 12', 'destruction_batch'],
    ['żądanie RODO/2030/0001', 'erasure_request'],
    ['Żądanie usunięcia RODO/2030/0002', 'erasure_request'],
    ['test', 'other'],
  ] as const)('%s → %s', (reason, kind) => {
    expect(reasonKind(reason)).toBe(kind);
  });
});
