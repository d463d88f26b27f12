import { z } from 'zod';
import type { QuestionnaireQuestion } from '@/db/schema/regional';
import { count, WORDS, type Forms } from '@/lib/plural';

/** Evaluation questionnaires of stage IV: templates kept by ROPS, answers without names. */

export const AUDIENCES = {
  family: 'rodziny',
  institution: 'instytucje PZK',
  authority: 'władze samorządowe (wójt, starosta, radni)',
} as const;
export type Audience = keyof typeof AUDIENCES;

export const QUESTION_KINDS = {
  scale: 'skala',
  single: 'jednokrotny wybór',
  multiple: 'wielokrotny wybór',
  open: 'pytanie otwarte',
} as const;

export const QUESTIONNAIRE_LIMITS = { title: 300, intro: 3000, text: 500, option: 200, options: 12, questions: 40, openAnswer: 2000, minScale: 2, maxScale: 10 } as const;

export const ANSWER_WORDS: Forms = ['odpowiedź', 'odpowiedzi', 'odpowiedzi'];
export const QUESTION_WORDS: Forms = ['pytanie', 'pytania', 'pytań'];

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `Wpisz ${what}.`)
    .max(max, `${what[0].toUpperCase()}${what.slice(1)} może mieć najwyżej ${count(max, WORDS.char)}.`);

export const questionSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Klucz pytania: małe litery łacińskie, cyfry i podkreślnik, zaczyna się literą (np. pomoc_1).'),
    kind: z.enum(['scale', 'single', 'multiple', 'open'], { error: 'Wybierz rodzaj pytania.' }),
    text: text(QUESTIONNAIRE_LIMITS.text, 'treść pytania'),
    // The form types the options one per line.
    options: z.preprocess(
      (v) => (typeof v === 'string' ? v.split('\n').map((o) => o.trim()).filter(Boolean) : v),
      z.array(text(QUESTIONNAIRE_LIMITS.option, 'treść odpowiedzi do wyboru')).max(QUESTIONNAIRE_LIMITS.options, `Pytanie może mieć najwyżej ${QUESTIONNAIRE_LIMITS.options} odpowiedzi do wyboru.`).optional(),
    ),
    max: z.preprocess(
      (v) => (v === '' || v == null ? undefined : Number(v)),
      z
        .number({ error: `Koniec skali: liczba od ${QUESTIONNAIRE_LIMITS.minScale} do ${QUESTIONNAIRE_LIMITS.maxScale}.` })
        .int(`Koniec skali: liczba od ${QUESTIONNAIRE_LIMITS.minScale} do ${QUESTIONNAIRE_LIMITS.maxScale}.`)
        .min(QUESTIONNAIRE_LIMITS.minScale, `Koniec skali: liczba od ${QUESTIONNAIRE_LIMITS.minScale} do ${QUESTIONNAIRE_LIMITS.maxScale}.`)
        .max(QUESTIONNAIRE_LIMITS.maxScale, `Koniec skali: liczba od ${QUESTIONNAIRE_LIMITS.minScale} do ${QUESTIONNAIRE_LIMITS.maxScale}.`)
        .optional(),
    ),
    minLabel: z.string().trim().max(QUESTIONNAIRE_LIMITS.option).optional(),
    maxLabel: z.string().trim().max(QUESTIONNAIRE_LIMITS.option).optional(),
    required: z.boolean().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'single' || q.kind === 'multiple') {
      const opts = q.options ?? [];
      if (opts.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Pytanie z wyborem potrzebuje co najmniej dwóch odpowiedzi do wyboru.' });
      if (new Set(opts.map((o) => o.toLocaleLowerCase('pl'))).size !== opts.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Odpowiedzi do wyboru nie mogą się powtarzać.' });
    }
    if (q.kind === 'scale') {
      if (q.max == null) ctx.addIssue({ code: 'custom', path: ['max'], message: `Podaj koniec skali (od ${QUESTIONNAIRE_LIMITS.minScale} do ${QUESTIONNAIRE_LIMITS.maxScale}).` });
      if (!q.minLabel || !q.maxLabel) ctx.addIssue({ code: 'custom', path: ['minLabel'], message: 'Opisz oba końce skali (np. „wcale” i „bardzo”).' });
    }
  })
  // Only what the kind uses is kept.
  .transform(
    (q): QuestionnaireQuestion => ({
      key: q.key,
      kind: q.kind,
      text: q.text,
      ...(q.kind === 'single' || q.kind === 'multiple' ? { options: q.options } : {}),
      ...(q.kind === 'scale' ? { max: q.max, minLabel: q.minLabel, maxLabel: q.maxLabel } : {}),
      ...(q.required ? { required: true } : {}),
    }),
  );

/** A template's new version: title, intro and questions (keys unique). */
export const templateSchema = z
  .object({
    baseId: z.coerce.number().int().positive().optional(),
    key: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,59}$/, 'Klucz wzoru: małe litery łacińskie, cyfry i podkreślnik (np. rodziny).'),
    audience: z.enum(['family', 'institution', 'authority'], { error: 'Wybierz, do kogo jest ankieta.' }),
    title: text(QUESTIONNAIRE_LIMITS.title, 'tytuł ankiety'),
    intro: z.string().trim().max(QUESTIONNAIRE_LIMITS.intro, `Wstęp może mieć najwyżej ${count(QUESTIONNAIRE_LIMITS.intro, WORDS.char)}.`),
    questions: z
      .array(questionSchema)
      .min(1, 'Ankieta musi mieć co najmniej jedno pytanie.')
      .max(QUESTIONNAIRE_LIMITS.questions, `Ankieta może mieć najwyżej ${QUESTIONNAIRE_LIMITS.questions} pytań.`),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.questions.forEach((q, i) => {
      if (seen.has(q.key)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'key'], message: 'Klucze pytań nie mogą się powtarzać.' });
      seen.add(q.key);
    });
  });
export type TemplateInput = z.input<typeof templateSchema>;

/** Giving a questionnaire out for an implementation. */
/** Switching one version of a ROPS's own template off (not given out any more) or on again. */
export const templateActiveSchema = z.object({ templateId: z.coerce.number().int().positive(), active: z.boolean() });

export const giveSchema = z.object({
  implementationId: z.coerce.number().int().positive(),
  templateId: z.coerce.number().int().positive({ error: 'Wybierz ankietę.' }),
});

export type Answers = Record<string, string | number | string[]>;

/**
 * The answer form's schema for one template — the same on the page and on the server. Empty
 * answers are left out; a required question must be answered.
 */
export function answersSchema(questions: QuestionnaireQuestion[]) {
  return z.object({ answers: z.record(z.string(), z.unknown()) }).transform((v, ctx) => {
    const out: Answers = {};
    for (const q of questions) {
      const raw = v.answers[q.key];
      const path = ['answers', q.key];
      // An unticked checkbox group comes as false or [], an unchosen radio as null.
      const empty = raw == null || raw === '' || raw === false || (Array.isArray(raw) && raw.length === 0);
      if (empty) {
        if (q.required) ctx.addIssue({ code: 'custom', path, message: 'Odpowiedz na to pytanie.' });
        continue;
      }
      if (q.kind === 'scale') {
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1 || n > (q.max ?? 5)) ctx.addIssue({ code: 'custom', path, message: `Wybierz liczbę od 1 do ${q.max ?? 5}.` });
        else out[q.key] = n;
      } else if (q.kind === 'single') {
        if (typeof raw !== 'string' || !(q.options ?? []).includes(raw)) ctx.addIssue({ code: 'custom', path, message: 'Wybierz jedną z podanych odpowiedzi.' });
        else out[q.key] = raw;
      } else if (q.kind === 'multiple') {
        const list = Array.isArray(raw) ? raw : [raw];
        if (!list.every((o) => typeof o === 'string' && (q.options ?? []).includes(o))) ctx.addIssue({ code: 'custom', path, message: 'Zaznacz odpowiedzi spośród podanych.' });
        else out[q.key] = (q.options ?? []).filter((o) => list.includes(o));
      } else {
        const t = typeof raw === 'string' ? raw.trim() : '';
        if (t.length > QUESTIONNAIRE_LIMITS.openAnswer) ctx.addIssue({ code: 'custom', path, message: `Odpowiedź może mieć najwyżej ${count(QUESTIONNAIRE_LIMITS.openAnswer, WORDS.char)}.` });
        else if (t) out[q.key] = t;
      }
    }
    return out;
  });
}

/** The public answer: the link's secret and the answers. */
export const linkAnswerSchema = z.object({ token: z.string().trim().min(20).max(100), answers: z.record(z.string(), z.unknown()) });
/** An answer filled in person by the animator with a family during a meeting. */
export const inPersonAnswerSchema = giveSchema.extend({ answers: z.record(z.string(), z.unknown()) });
