import { describe, expect, it } from 'vitest';
import type { QuestionnaireQuestion } from '@/db/schema/regional';
import { QUESTIONNAIRE_TEMPLATES } from '@/db/seed/questionnaires';
import { aggregateAnswers, formatMean, mayShowResults, MIN_ANSWERS, thresholdMessage } from '@/lib/questionnaires/results';
import { answersSchema, templateSchema, type Answers } from '@/lib/questionnaires/schemas';

const QUESTIONS: QuestionnaireQuestion[] = [
  { key: 'pomoc', kind: 'scale', text: 'Na ile pomogło?', max: 5, minLabel: 'wcale', maxLabel: 'bardzo', required: true },
  { key: 'plan', kind: 'single', text: 'Jeden plan?', options: ['tak', 'nie'] },
  { key: 'zmiany', kind: 'multiple', text: 'Co się zmieniło?', options: ['praca', 'zdrowie', 'mieszkanie'] },
  { key: 'uwagi', kind: 'open', text: 'Uwagi' },
];

describe('the anonymity threshold', () => {
  it.each([
    [0, false],
    [4, false],
    [5, true],
    [12, true],
  ])('%i answers → shown: %s', (n, shown) => {
    expect(mayShowResults(n)).toBe(shown);
  });

  it('is five answers and says how many there are', () => {
    expect(MIN_ANSWERS).toBe(5);
    expect(thresholdMessage(3)).toBe('Wyniki pokażemy po zebraniu co najmniej 5 odpowiedzi (teraz są 3 odpowiedzi).');
  });

  it('shows nothing aggregate below five answers', () => {
    const r = aggregateAnswers(QUESTIONS, [{ pomoc: 5, uwagi: 'Dobrze' }, { pomoc: 1 }, { pomoc: 2 }, { pomoc: 3 }]);
    expect(r).toEqual({ answers: 4, shown: false, message: 'Wyniki pokażemy po zebraniu co najmniej 5 odpowiedzi (teraz są 4 odpowiedzi).' });
  });
});

describe('aggregating answers', () => {
  const responses: Answers[] = [
    { pomoc: 5, plan: 'tak', zmiany: ['praca', 'zdrowie'], uwagi: 'Pierwsza uwaga' },
    { pomoc: 4, plan: 'tak', zmiany: ['praca'] },
    { pomoc: 4, plan: 'nie', uwagi: 'Druga uwaga' },
    { pomoc: 2, zmiany: ['mieszkanie', 'praca'] },
    { plan: 'tak', uwagi: '  ' },
  ];
  const r = aggregateAnswers(QUESTIONS, responses);
  if (!r.shown) throw new Error('expected results');
  const [scale, single, multiple, open] = r.questions;

  it('a scale: count of answers, mean with one decimal and a Polish comma, distribution of points', () => {
    expect(scale).toMatchObject({ kind: 'scale', count: 4, mean: '3,8' });
    if (scale.kind !== 'scale') throw new Error();
    expect(scale.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 1 },
      { value: 3, count: 0 },
      { value: 4, count: 2 },
      { value: 5, count: 1 },
    ]);
  });

  it('choices: counts per option, in the template order, unchosen ones with zero', () => {
    expect(single).toMatchObject({ count: 4, options: [{ option: 'tak', count: 3 }, { option: 'nie', count: 1 }] });
    expect(multiple).toMatchObject({ count: 3, options: [{ option: 'praca', count: 3 }, { option: 'zdrowie', count: 1 }, { option: 'mieszkanie', count: 1 }] });
  });

  it('open answers as written, in the order given, blank ones left out', () => {
    expect(open).toEqual({ key: 'uwagi', kind: 'open', text: 'Uwagi', count: 2, answers: ['Pierwsza uwaga', 'Druga uwaga'] });
  });

  it('means are rounded to one decimal with a comma', () => {
    expect(formatMean(4)).toBe('4,0');
    expect(formatMean(4.25)).toBe('4,3');
    expect(formatMean(11 / 3)).toBe('3,7');
  });
});

describe('the template schema', () => {
  const valid = { key: 'nowa_ankieta', audience: 'family', title: 'Ankieta', intro: '', questions: QUESTIONS };

  it('accepts a template with every kind of question', () => {
    expect(templateSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['repeated keys', { questions: [QUESTIONS[0], { ...QUESTIONS[3], key: 'pomoc' }] }, 'questions.1.key'],
    ['a choice with one option', { questions: [{ ...QUESTIONS[1], options: ['tak'] }] }, 'questions.0.options'],
    ['repeated options', { questions: [{ ...QUESTIONS[2], options: ['praca', 'Praca'] }] }, 'questions.0.options'],
    ['a scale without its end', { questions: [{ ...QUESTIONS[0], max: undefined }] }, 'questions.0.max'],
    ['a scale without end labels', { questions: [{ ...QUESTIONS[0], minLabel: '' }] }, 'questions.0.minLabel'],
    ['no questions', { questions: [] }, 'questions'],
    ['a key with capitals', { key: 'Rodziny' }, 'key'],
  ])('refuses %s', (_, over, path) => {
    const r = templateSchema.safeParse({ ...valid, ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('reads what the form sends: options one per line, the scale end as text; keeps only what the kind uses', () => {
    const parsed = templateSchema.parse({
      ...valid,
      questions: [
        { key: 'ocena', kind: 'scale', text: 'Ocena', options: 'zbędne', max: '7', minLabel: 'źle', maxLabel: 'dobrze', required: true },
        { key: 'wybor', kind: 'single', text: 'Wybór', options: ' tak \n\nnie\n', max: '', minLabel: '', maxLabel: '', required: false },
      ],
    });
    expect(parsed.questions).toEqual([
      { key: 'ocena', kind: 'scale', text: 'Ocena', max: 7, minLabel: 'źle', maxLabel: 'dobrze', required: true },
      { key: 'wybor', kind: 'single', text: 'Wybór', options: ['tak', 'nie'] },
    ]);
  });

  it('the three seeded templates are valid, for families, PZK institutions and local authorities', () => {
    for (const t of QUESTIONNAIRE_TEMPLATES) expect(templateSchema.safeParse({ ...t }).success, t.key).toBe(true);
    expect(QUESTIONNAIRE_TEMPLATES.map((t) => t.audience).sort()).toEqual(['authority', 'family', 'institution']);
  });
});

describe('the answer schema of a template', () => {
  const schema = answersSchema(QUESTIONS);

  it('keeps valid answers, typed, and drops empty ones', () => {
    expect(schema.parse({ answers: { pomoc: '4', plan: 'nie', zmiany: ['zdrowie', 'praca'], uwagi: ' ok ', obce: 'x' } })).toEqual({ pomoc: 4, plan: 'nie', zmiany: ['praca', 'zdrowie'], uwagi: 'ok' });
  });

  it('takes what an untouched form sends (null, false, empty) as no answer', () => {
    expect(schema.parse({ answers: { pomoc: '2', plan: null, zmiany: false, uwagi: '' } })).toEqual({ pomoc: 2 });
  });

  it.each([
    ['a required question left out', { plan: 'tak' }, 'answers.pomoc'],
    ['a point outside the scale', { pomoc: 6 }, 'answers.pomoc'],
    ['an option not offered', { pomoc: 3, plan: 'może' }, 'answers.plan'],
    ['a multiple choice with a foreign option', { pomoc: 3, zmiany: ['praca', 'inne'] }, 'answers.zmiany'],
  ])('refuses %s', (_, answers, path) => {
    const r = schema.safeParse({ answers });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
