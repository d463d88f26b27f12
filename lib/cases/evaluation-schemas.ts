import { z } from 'zod';
import { addMonths } from '@/lib/model/dates';
import { formatDate } from '@/lib/text';
import { idField, LIMITS, MESSAGES, optionalDateField, optionalIdField, optionalText } from '@/lib/validation/fields';
import { count, WORDS } from '@/lib/plural';
import { caseDateField } from './date-rules';

/*
 * The final evaluation (step 7.2): the scale reached per goal, the outcome, and what follows —
 * the after-care plan (goals reached), or a hand-over / new goals (not reached). One per case,
 * re-saved with a version check. The conditional rules live in the schema, so the form shows them
 * next to their fields and the server refuses the same way.
 */

/** After-care: contact with the family for at least this long after the evaluation. */
export const AFTER_CARE_MIN_MONTHS = 6;
export const VISIT_INTERVALS = { '1': 'co miesiąc', '2': 'co 2 miesiące' } as const;
export const EVALUATION_LIMITS = { goals: 200, institutionName: 300 } as const;

/** The earliest date the after-care contact may end for an evaluation on `evaluatedOn`. */
export const afterCareEarliestEnd = (evaluatedOn: string) => addMonths(evaluatedOn, AFTER_CARE_MIN_MONTHS);

const blankToUndefined = (v: unknown) => (v === '' || v == null ? undefined : v);

const scale = z.preprocess(
  (v) => (v === '' || v == null ? undefined : typeof v === 'string' ? Number(v.replace(',', '.')) : v),
  z
    .number({ error: 'Podaj wartość skali od 0 do 10.' })
    .int({ error: 'Podaj liczbę całkowitą od 0 do 10.' })
    .min(0, { error: 'Skala ma wartości od 0 do 10.' })
    .max(10, { error: 'Skala ma wartości od 0 do 10.' }),
);

export const goalResultSchema = z.object({
  goalKey: z.string().trim().min(1).max(100),
  scale,
});

/** The fields whose values the conditional rules read: they run once these parse, whatever else is wrong. */
const CONDITIONAL_INPUTS = new Set(['evaluatedOn', 'outcome', 'contactUntil', 'notReachedPath']);

/** Required text whose blank does not abort the parse, so the conditional rules still run. */
const required = (max: number) => z.string({ error: MESSAGES.required }).trim().min(1, { error: MESSAGES.required }).max(max, { error: MESSAGES.maxLength(max) });

const checkbox = z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean());

export const evaluationSchema = z
  .object({
    caseId: idField(),
    /** The evaluation's version when the form was opened (0 before the first save). */
    version: z.coerce.number().int().nonnegative(),
    evaluatedOn: caseDateField('evaluation'),
    results: z.array(goalResultSchema).max(EVALUATION_LIMITS.goals).default([]),
    outcome: z.enum(['goals_reached', 'not_reached'], { error: 'Wybierz wynik ewaluacji.' }),
    summary: required(LIMITS.longText),
    // After-care plan (goals reached).
    contactUntil: optionalDateField,
    visitEveryMonths: z.preprocess(blankToUndefined, z.enum(['1', '2'], { error: 'Wybierz, co ile miesięcy odbywają się wizyty.' }).optional()),
    firstAidKit: optionalText(LIMITS.longText),
    familyExpertName: optionalText(LIMITS.name),
    // Goals not reached.
    notReachedPath: z.preprocess(blankToUndefined, z.enum(['hand_over', 'new_goals'], { error: 'Wybierz dalsze postępowanie.' }).optional()),
    handoverInstitutionId: optionalIdField,
    handoverInstitutionName: optionalText(EVALUATION_LIMITS.institutionName),
    handoverWhat: optionalText(LIMITS.longText),
    inviteAsFamilyExpert: checkbox,
  })
  .superRefine((v, ctx) => {
    // A field that already has its own error (e.g. a wrong value) is not reported twice.
    const need = (path: string, message: string) => {
      if (!ctx.issues.some((i) => i.path?.[0] === path)) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (v.outcome === 'goals_reached') {
      if (!v.contactUntil) need('contactUntil', 'Podaj, do kiedy trwa kontakt z rodziną po zakończeniu wsparcia.');
      else if (v.contactUntil < afterCareEarliestEnd(v.evaluatedOn)) {
        need('contactUntil', `Kontakt z rodziną trwa co najmniej ${count(AFTER_CARE_MIN_MONTHS, WORDS.month)} po ewaluacji — najwcześniej do ${formatDate(afterCareEarliestEnd(v.evaluatedOn))}.`);
      }
      if (!v.visitEveryMonths) need('visitEveryMonths', 'Wybierz, co ile miesięcy odbywają się wizyty.');
      if (!v.firstAidKit) need('firstAidKit', 'Opisz „apteczkę pierwszej pomocy” uzgodnioną z rodziną i ekspertem rodzinnym.');
      if (!v.familyExpertName) need('familyExpertName', 'Podaj imię i nazwisko eksperta rodzinnego.');
    }
    if (v.outcome === 'not_reached') {
      if (!v.notReachedPath) need('notReachedPath', 'Wybierz dalsze postępowanie.');
      if (v.notReachedPath === 'hand_over') {
        if (!v.handoverInstitutionId && !v.handoverInstitutionName) need('handoverInstitutionName', 'Wybierz instytucję z listy albo wpisz jej nazwę.');
        if (!v.handoverWhat) need('handoverWhat', 'Opisz, co przekazano instytucji.');
      }
    }
  }, { when: (payload) => !payload.issues.some((i) => CONDITIONAL_INPUTS.has(String(i.path?.[0]))) });
export type EvaluationInput = z.input<typeof evaluationSchema>;
export type EvaluationValues = z.output<typeof evaluationSchema>;
