import { z } from 'zod';
import { LIMITS, MESSAGES, optionalText, requiredText } from '@/lib/validation/fields';
import { ACTIVITY_KINDS } from './aggregate';
import { QUESTION_KEYS } from './labels';

const id = z.coerce.number().int().positive();
const isoDate = z
  .string({ error: MESSAGES.required })
  .trim()
  .min(1, { error: MESSAGES.required, abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Podaj datę w formacie dd.mm.rrrr.' });
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Podaj datę w formacie dd.mm.rrrr.' }).optional());
const optionalId = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === '' || v == null ? null : Number(v)))
  .pipe(z.number().int().positive().nullable());

/** An activity record (step 7.3 / 10.1): the form sends strings (FormData, with its attachment). */
export const activitySchema = z
  .object({
    implementationId: id,
    activityId: optionalId,
    kind: z.enum(ACTIVITY_KINDS, { error: 'Wybierz rodzaj działania.' }),
    title: requiredText(300),
    startsOn: isoDate,
    endsOn: optionalDate,
    gminaId: optionalId,
    partners: z.string().trim().max(LIMITS.reason, { error: MESSAGES.maxLength(LIMITS.reason) }).default(''),
    participants: z.coerce
      .number({ error: 'Podaj liczbę uczestników (0, jeśli nie dotyczy).' })
      .int({ error: 'Podaj liczbę całkowitą.' })
      .min(0, { error: 'Liczba nie może być ujemna.' })
      .max(100000, { error: 'Za duża liczba.' })
      .default(0),
    outcome: z.string().trim().max(LIMITS.longText, { error: MESSAGES.maxLength(LIMITS.longText) }).default(''),
    removeFile: z
      .union([z.boolean(), z.string()])
      .optional()
      .transform((v) => v === true || v === 'on' || v === 'true'),
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.' });
export type ActivityInput = z.input<typeof activitySchema>;

export const activityDeleteSchema = z.object({ implementationId: id, activityId: id });

const answer = optionalText(LIMITS.longText).transform((v) => v ?? '');

/** The team's answers to the eight key questions and its recommendations (10.2). */
export const answersSchema = z.object({
  implementationId: id,
  /** The version the form was based on; 0 before the first save. */
  version: z.coerce.number().int().min(0),
  answers: z.object(Object.fromEntries(QUESTION_KEYS.map((k) => [k, answer])) as Record<string, typeof answer>),
  recommendations: answer,
});
export type AnswersInput = z.input<typeof answersSchema>;
