import { z } from 'zod';
import { LIMITS, MESSAGES, idField, optionalIdField } from '@/lib/validation/fields';
import { AREA_KEYS, TARGET_GROUP_KEYS } from './vocabulary';
import { clock } from '@/lib/clock';

/** Column sizes of `services` (db/schema/pzk.ts). */
export const SERVICE_LIMITS = { name: 300, providerName: 300, cost: 300, place: 300, contact: 500, coordinator: 300, longText: LIMITS.longText } as const;

const text = (max: number) => z.string({ error: 'Wpisz tekst.' }).trim().max(max, { error: MESSAGES.maxLength(max) }).default('');

/** Checkbox groups: react-hook-form gives an array (or `false` when a lone box is unticked). */
const checkboxes = <K extends string>(keys: readonly [K, ...K[]], unknown: string, none: string) =>
  z.preprocess(
    (v) => (v === false || v == null || v === '' ? [] : typeof v === 'string' ? [v] : v),
    z
      .array(z.enum(keys, { error: (issue) => `${unknown}: „${String(issue.input)}”.` }), { error: none })
      .min(1, { error: none })
      .transform((list) => [...new Set(list)]),
  );

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return isoDate.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
/** Not after today in Poland (the server's clock decides; in the browser, the browser's). */
const notFuture = (s: string) => s <= clock.today();

const lastReviewedOn = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .superRefine((v, ctx) => {
    if (v === undefined) return;
    if (!realDate(v)) ctx.addIssue({ code: 'custom', message: 'Podaj datę w formacie dd.mm.rrrr.' });
    else if (!notFuture(v)) ctx.addIssue({ code: 'custom', message: 'Data weryfikacji nie może być z przyszłości.' });
  });

/**
 * Required text like `requiredText`, but a blank value does not abort the parse: the provider
 * check below must still run, so that a form or a CSV row gets every error at once.
 */
const required = (max: number) =>
  z.string({ error: MESSAGES.required }).trim().min(1, { error: MESSAGES.required }).max(max, { error: MESSAGES.maxLength(max) });

/** The fields of one entry, shared by the gmina–powiat list, the regional list and the CSV import. */
const entryFields = {
  name: required(SERVICE_LIMITS.name),
  description: required(SERVICE_LIMITS.longText),
  targetGroups: checkboxes(TARGET_GROUP_KEYS, 'Nieznana grupa odbiorców', 'Zaznacz co najmniej jedną grupę odbiorców.'),
  areas: checkboxes(AREA_KEYS, 'Nieznany obszar wsparcia', 'Zaznacz co najmniej jeden obszar wsparcia.'),
  providerInstitutionId: optionalIdField,
  providerName: text(SERVICE_LIMITS.providerName),
  conditions: text(SERVICE_LIMITS.longText),
  cost: text(SERVICE_LIMITS.cost),
  place: text(SERVICE_LIMITS.place),
  contact: text(SERVICE_LIMITS.contact),
  referral: text(SERVICE_LIMITS.longText),
  lastReviewedOn,
};

const editFields = {
  id: idField('Nie wskazano wpisu.'),
  version: z.coerce.number().int().positive(),
};

/**
 * The provider is an institution from the registry or, when it is not there, a name typed in.
 * `when` makes the check run even when other fields failed (none of them aborts the parse), so
 * every error is reported at once.
 */
const hasProvider = (v: { providerInstitutionId?: number; providerName?: string }) => v.providerInstitutionId != null || Boolean(v.providerName);
const providerRule = { path: ['providerName'], error: 'Wybierz instytucję z rejestru albo wpisz nazwę dostawcy.', when: () => true };

/**
 * A PZK's entry is also a partner's service card (karta usługi, Kooperacje 3D): it names the
 * coordinator at the partner. The regional list has no partners, so no coordinator.
 */
const pzkFields = { ...entryFields, coordinator: text(SERVICE_LIMITS.coordinator) };

/** An entry of a PZK's gmina–powiat list (add, propose, CSV row). */
export const serviceSchema = z.object(pzkFields).refine(hasProvider, providerRule);
export const serviceEditSchema = z.object({ ...pzkFields, ...editFields }).refine(hasProvider, providerRule);

/** An entry of the regional list; `powiatId` empty means the whole województwo. */
export const regionalServiceSchema = z.object({ ...entryFields, powiatId: optionalIdField }).refine(hasProvider, providerRule);
export const regionalServiceEditSchema = z.object({ ...entryFields, powiatId: optionalIdField, ...editFields }).refine(hasProvider, providerRule);

export type ServiceInput = z.input<typeof serviceSchema>;
export type ServiceValues = z.output<typeof serviceSchema>;
/** What a regional entry's form gives (no coordinator). */
export type EntryValues = Omit<ServiceValues, 'coordinator'> & { coordinator?: string };
export type RegionalServiceInput = z.input<typeof regionalServiceSchema>;
export type ServiceEditInput = z.input<typeof serviceEditSchema>;
export type RegionalServiceEditInput = z.input<typeof regionalServiceEditSchema>;

/** Delete, approve or reject: which entry, as the user saw it. */
export const serviceRefSchema = z.object(editFields);

/** Rows per import request: the page sends a file in chunks of this size. */
export const IMPORT_CHUNK = 200;
/** The largest file the import page accepts. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** One chunk of an import: the file's rows (header = row 1) with their cells keyed by column. */
export const importChunkSchema = z.object({
  rows: z
    .array(
      z.object({
        row: z.number().int().min(2),
        values: z.record(z.string(), z.string().max(20_000)),
      }),
    )
    .min(1)
    .max(IMPORT_CHUNK * 2),
});
export type ImportChunk = z.input<typeof importChunkSchema>;
