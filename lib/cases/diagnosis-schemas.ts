import { z } from 'zod';
import { idField, LIMITS, MESSAGES, optionalText, requiredText } from '@/lib/validation/fields';
import { count, WORDS } from '@/lib/plural';
import { caseDateField } from './date-rules';
import { checkboxList } from './qualification-schemas';
import { DIAGNOSIS_TOOL_KEYS } from './vocabulary';

/*
 * The multi-dimensional diagnosis with its SWOT (step 7.2): one per case, edited over time by the
 * key worker and the team's workshops. Optimistic locking: the form carries the version it was
 * opened at (0 before the first save).
 */

export const DIAGNOSIS_LIMITS = { institutionName: 300, institutions: 30 } as const;

/** The model's minimum of diagnostic-evaluation workshops per case. */
export const MIN_WORKSHOPS = 2;

const text = () =>
  z
    .string({ error: 'Wpisz tekst.' })
    .trim()
    .max(LIMITS.longText, { error: MESSAGES.maxLength(LIMITS.longText) })
    .default('');

export const institutionExpectationSchema = z.object({
  institutionName: requiredText(DIAGNOSIS_LIMITS.institutionName),
  expectations: requiredText(LIMITS.longText),
});

export const diagnosisSchema = z.object({
  caseId: idField(),
  version: z.coerce.number().int().nonnegative(),
  /** The day the diagnosis was made: not before the qualification (checked on the server), not after today. */
  diagnosedOn: caseDateField('diagnosis'),
  causes: requiredText(LIMITS.longText),
  strengths: text(),
  weaknesses: text(),
  resources: text(),
  deficits: text(),
  familyExpectations: text(),
  institutionExpectations: z
    .array(institutionExpectationSchema)
    .max(DIAGNOSIS_LIMITS.institutions, { error: `Najwyżej ${count(DIAGNOSIS_LIMITS.institutions, WORDS.institution)}.` })
    .default([]),
  swotStrengths: text(),
  swotWeaknesses: text(),
  swotOpportunities: text(),
  swotThreats: text(),
  tools: checkboxList(DIAGNOSIS_TOOL_KEYS, 'Nieznane narzędzie'),
  toolsOther: optionalText(LIMITS.shortText),
});
export type DiagnosisInput = z.input<typeof diagnosisSchema>;
export type DiagnosisValues = z.output<typeof diagnosisSchema>;

/** A SWOT quadrant is typed one item per line; blank lines and bullets are dropped. */
export function swotItems(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-–•*]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
}

/** How many workshops were recorded, and a warning when fewer than the model's minimum. */
export function workshopNote(n: number): { text: string; warning: boolean } {
  if (n < MIN_WORKSHOPS) return { text: `Zarejestrowano ${count(n, WORDS.workshop)} — model wymaga co najmniej ${MIN_WORKSHOPS}.`, warning: true };
  return { text: `Zarejestrowano ${count(n, WORDS.workshop)}.`, warning: false };
}
