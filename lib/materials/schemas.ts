import { z } from 'zod';
import { MESSAGES } from '@/lib/validation/fields';
import { MAX_TAGS, MAX_TAG_LENGTH, parseTags } from './text';
import { count, WORDS } from '@/lib/plural';

/** Column sizes of `materials` (db/schema/school.ts); the body is text, bounded here. */
export const MATERIAL_LIMITS = { title: 300, summary: 2000, body: 50_000, fileTitle: 300 } as const;

export const VISIBILITY_LABELS = { public: 'Publiczny', members: 'Tylko dla zalogowanych' } as const;
export type Visibility = keyof typeof VISIBILITY_LABELS;

const required = (max: number) => z.string({ error: MESSAGES.required }).trim().min(1, { error: MESSAGES.required }).max(max, { error: MESSAGES.maxLength(max) });

/** Checkboxes: react-hook-form gives an array, `false` when a lone box is unticked, a string for one value. */
const codes = z.preprocess(
  (v) => (v === false || v == null || v === '' ? [] : typeof v === 'string' ? [v] : v),
  z.array(z.string().trim().regex(/^\d{1,2}(\.\d{1,2})?$/, { error: 'Nieznany krok modelu.' })).transform((list) => [...new Set(list)]),
);

const tags = z
  .string()
  .default('')
  .transform((s) => parseTags(s))
  .superRefine((list, ctx) => {
    if (list.length > MAX_TAGS) ctx.addIssue({ code: 'custom', message: `Najwyżej ${MAX_TAGS} tagów.` });
    const long = list.find((t) => t.length > MAX_TAG_LENGTH);
    if (long) ctx.addIssue({ code: 'custom', message: `Tag „${long.slice(0, 20)}…” jest za długi — najwyżej ${count(MAX_TAG_LENGTH, WORDS.char)}.` });
  });

export const materialSchema = z.object({
  title: required(MATERIAL_LIMITS.title),
  summary: z.string().trim().max(MATERIAL_LIMITS.summary, { error: MESSAGES.maxLength(MATERIAL_LIMITS.summary) }).default(''),
  body: required(MATERIAL_LIMITS.body),
  visibility: z.enum(['public', 'members'], { error: 'Wybierz, kto widzi materiał.' }),
  /** Comma-separated, as typed. */
  tags,
  steps: codes,
});

const version = z.coerce.number().int().positive();
const id = z.coerce.number().int().positive();

export const materialEditSchema = materialSchema.extend({ id, version });
export const materialRefSchema = z.object({ id, version });
export const materialFileTitleSchema = z.object({ materialId: id, title: required(MATERIAL_LIMITS.fileTitle) });
export const materialFileRefSchema = z.object({ materialId: id, fileId: z.string().uuid({ error: 'Nie znaleziono pliku.' }) });

export type MaterialInput = z.input<typeof materialSchema>;
export type MaterialEditInput = z.input<typeof materialEditSchema>;
