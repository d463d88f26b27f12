import type { QuestionnaireQuestion } from '@/db/schema/regional';
import { count, plural, thereIs } from '@/lib/plural';
import { ANSWER_WORDS, type Answers } from './schemas';

/**
 * The anonymity threshold: no aggregate of a template's answers for an implementation is shown
 * until at least this many exist — with fewer, a family could be recognised by its answers.
 */
export const MIN_ANSWERS = 5;

export const mayShowResults = (answers: number) => answers >= MIN_ANSWERS;

/** "Wyniki pokażemy po zebraniu co najmniej 5 odpowiedzi (jest 3)." */
export const thresholdMessage = (answers: number) => `Wyniki pokażemy po zebraniu co najmniej ${count(MIN_ANSWERS, ANSWER_WORDS)} (teraz ${thereIs(answers, ANSWER_WORDS)}).`;

/** A mean with one decimal and the Polish comma: 4.25 → "4,3", 4 → "4,0". */
export const formatMean = (m: number) => m.toLocaleString('pl-PL', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

export type QuestionResult =
  | { key: string; kind: 'scale'; text: string; max: number; minLabel: string; maxLabel: string; count: number; mean: string | null; distribution: { value: number; count: number }[] }
  | { key: string; kind: 'single' | 'multiple'; text: string; count: number; options: { option: string; count: number }[] }
  | { key: string; kind: 'open'; text: string; count: number; answers: string[] };

export type TemplateResults = { answers: number; shown: false; message: string } | { answers: number; shown: true; questions: QuestionResult[] };

/**
 * A template's answers summed up per question: for a scale the count, the mean and how often each
 * point was chosen; for a choice how often each option; open answers as written, in the order given.
 * Nothing at all below the threshold. Answers to keys the template does not have are ignored.
 */
export function aggregateAnswers(questions: QuestionnaireQuestion[], responses: Answers[]): TemplateResults {
  const n = responses.length;
  if (!mayShowResults(n)) return { answers: n, shown: false, message: thresholdMessage(n) };
  return {
    answers: n,
    shown: true,
    questions: questions.map((q): QuestionResult => {
      const given = responses.map((r) => r[q.key]).filter((v) => v != null && v !== '');
      if (q.kind === 'scale') {
        const max = q.max ?? 5;
        const values = given.map(Number).filter((v) => Number.isInteger(v) && v >= 1 && v <= max);
        const sum = values.reduce((a, b) => a + b, 0);
        return {
          key: q.key,
          kind: 'scale',
          text: q.text,
          max,
          minLabel: q.minLabel ?? '',
          maxLabel: q.maxLabel ?? '',
          count: values.length,
          mean: values.length ? formatMean(sum / values.length) : null,
          distribution: Array.from({ length: max }, (_, i) => ({ value: i + 1, count: values.filter((v) => v === i + 1).length })),
        };
      }
      if (q.kind === 'single' || q.kind === 'multiple') {
        const chosen = given.flatMap((v) => (Array.isArray(v) ? v : [String(v)]));
        return { key: q.key, kind: q.kind, text: q.text, count: given.length, options: (q.options ?? []).map((option) => ({ option, count: chosen.filter((c) => c === option).length })) };
      }
      const texts = given.map((v) => String(v).trim()).filter(Boolean);
      return { key: q.key, kind: 'open', text: q.text, count: texts.length, answers: texts };
    }),
  };
}
