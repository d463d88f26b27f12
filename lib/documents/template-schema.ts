import { z } from 'zod';
import { LIMITS, MESSAGES } from '@/lib/validation/fields';
import { DOCUMENT_KINDS, KEY_PATTERN, type TemplateBody } from './template';

/** The template editor's form: one schema for the browser and the server. */

const req = (max: number) => z.string().trim().min(1, MESSAGES.required).max(max, MESSAGES.maxLength(max));
const opt = (max: number) => z.string().trim().max(max, MESSAGES.maxLength(max));
const key = z.string().trim().regex(KEY_PATTERN, 'Małe litery bez polskich znaków, cyfry i „_”, zaczyna się literą.').max(40, MESSAGES.maxLength(40));
const count = z.coerce.number({ error: 'Podaj liczbę.' }).int('Podaj liczbę całkowitą.').min(0, 'Najmniej 0.').max(500, 'Najwyżej 500.');

export const templateBodySchema = z.object({
  title: req(300),
  preamble: opt(LIMITS.longText),
  paragraphs: z
    .array(
      z.object({
        key,
        heading: req(200),
        text: req(20000),
        table: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.enum(['parties', 'tasks', 'people']).optional()),
        optional: z.preprocess(
          (v) => (v && typeof v === 'object' && 'label' in v && (v as { label?: string }).label ? v : undefined),
          z.object({ label: req(200), defaultOn: z.coerce.boolean() }).optional(),
        ),
      }),
    )
    .min(1, 'Wzór musi mieć co najmniej jeden paragraf.')
    .max(60),
  fields: z
    .array(
      z.object({
        key,
        label: req(200),
        type: z.enum(['text', 'textarea', 'date']),
        required: z.coerce.boolean(),
        help: z.preprocess((v) => (v ? v : undefined), opt(500).optional()),
        defaultValue: z.preprocess((v) => (v ? v : undefined), opt(LIMITS.longText).optional()),
      }),
    )
    .max(40),
  parties: z
    .array(
      z.object({
        role: key,
        label: req(200),
        source: z.enum(['voivodeship', 'powiat', 'gmina', 'institution', 'person', 'parent']),
        min: count,
        max: count,
        signs: z.coerce.boolean(),
        tasks: z.coerce.boolean(),
      }),
    )
    .min(1, 'Wzór musi mieć co najmniej jedną rolę stron.')
    .max(10),
  peopleLabel: z.preprocess((v) => (v ? v : null), opt(200).nullable()),
  closing: opt(LIMITS.longText),
}) satisfies z.ZodType<TemplateBody, unknown>;

export const templateEditSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  baseVersion: z.coerce.number().int().positive(),
  changeNote: req(LIMITS.reason),
  body: templateBodySchema,
});
