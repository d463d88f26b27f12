import { z } from 'zod';
import { LIMITS, MESSAGES, optionalIdField } from '@/lib/validation/fields';

/** Column sizes of `good_practices` (db/schema/school.ts); long texts bounded here. */
export const PRACTICE_LIMITS = { name: 300, level: 300, area: 300, contact: 500, longText: LIMITS.longText, step: 2000, steps: 30 } as const;

/** The sheet's fields, in the order of the Kooperacje 3D cards. */
export const PRACTICE_LABELS = {
  name: 'Nazwa dobrej praktyki',
  level: 'Poziom modelu',
  area: 'Obszar',
  description: 'Opis dobrej praktyki',
  conditions: 'Warunki początkowe wdrożenia',
  process: 'Proces wdrożenia',
  solution: 'Rozwiązanie',
  swot: 'Analiza SWOT',
  swotStrengths: 'Mocne strony',
  swotWeaknesses: 'Słabe strony',
  swotOpportunities: 'Szanse',
  swotThreats: 'Zagrożenia',
  measures: 'Pomiar sukcesu',
  powiatId: 'Powiat',
  gminaId: 'Gmina',
  contact: 'Kontakt',
} as const;

const required = (max: number) => z.string({ error: MESSAGES.required }).trim().min(1, { error: MESSAGES.required }).max(max, { error: MESSAGES.maxLength(max) });
const optional = (max: number) => z.string().trim().max(max, { error: MESSAGES.maxLength(max) }).default('');

/**
 * The implementation process: numbered steps. The form keeps them as `{ text }` rows (a field
 * array); plain strings are accepted too. Blank rows are dropped; at least one step is needed.
 */
const process = z.preprocess(
  (v) => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : ((x as { text?: unknown } | null)?.text ?? ''))) : v),
  z
    .array(z.string().trim().max(PRACTICE_LIMITS.step, { error: MESSAGES.maxLength(PRACTICE_LIMITS.step) }), { error: 'Opisz co najmniej jeden krok procesu wdrożenia.' })
    .max(PRACTICE_LIMITS.steps, { error: `Najwyżej ${PRACTICE_LIMITS.steps} kroków.` })
    .transform((steps) => steps.filter(Boolean))
    .refine((steps) => steps.length > 0, { error: 'Opisz co najmniej jeden krok procesu wdrożenia.' }),
);

export const practiceSchema = z.object({
  name: required(PRACTICE_LIMITS.name),
  level: required(PRACTICE_LIMITS.level),
  area: required(PRACTICE_LIMITS.area),
  description: required(PRACTICE_LIMITS.longText),
  conditions: required(PRACTICE_LIMITS.longText),
  process,
  solution: required(PRACTICE_LIMITS.longText),
  swotStrengths: optional(PRACTICE_LIMITS.longText),
  swotWeaknesses: optional(PRACTICE_LIMITS.longText),
  swotOpportunities: optional(PRACTICE_LIMITS.longText),
  swotThreats: optional(PRACTICE_LIMITS.longText),
  measures: required(PRACTICE_LIMITS.longText),
  powiatId: optionalIdField,
  gminaId: optionalIdField,
  contact: required(PRACTICE_LIMITS.contact),
});

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

export const practiceEditSchema = practiceSchema.extend({ id, version });
export const practiceRefSchema = z.object({ id, version });

export type PracticeValues = z.output<typeof practiceSchema>;
/** What the form holds: the process as rows of a field array. */
export type PracticeFormValues = Omit<z.input<typeof practiceEditSchema>, 'process' | 'id' | 'version'> & { process: { text: string }[]; id?: number; version?: number };
