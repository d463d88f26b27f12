import { z } from 'zod';
import { clock } from '@/lib/clock';
import { formatDate } from '@/lib/text';
import { dateField, idField, LIMITS, MESSAGES, requiredText } from '@/lib/validation/fields';
import { MAX_YEARS, MIN_YEARS, type RetentionRecordKind } from './rules';

/*
 * The retention forms (issue 16, item 1; client-importable: no database, no server-only): the
 * national defaults, an institution's own JRWA class, a legal hold and a destruction batch.
 */

const version = z.coerce.number({ error: 'Odśwież stronę i spróbuj ponownie.' }).int().min(0);
const SYMBOL_MAX = 20;
const BASIS_MAX = 2000;
export const CONSENT_NUMBER_MAX = 100;

const categoryField = z.enum(['A', 'B', 'BE'], { error: 'Wybierz kategorię: A, B albo BE.' });
/** Years as the form sends them ("" for none). */
const yearsField = z.preprocess((v) => (v === '' || v == null ? null : Number(v)), z.number({ error: `Liczba lat musi być liczbą całkowitą od ${MIN_YEARS} do ${MAX_YEARS}.` }).nullable());
const symbolField = z.string().trim().max(SYMBOL_MAX, { error: MESSAGES.maxLength(SYMBOL_MAX) }).optional().default('');

/** A: years empty; B and BE: 1–50 years. */
function checkYears(v: { category?: string; years?: number | null }, ctx: z.RefinementCtx) {
  if (v.category === 'A') {
    if (v.years != null) ctx.addIssue({ code: 'custom', path: ['years'], message: 'Kategoria A (wieczyście) nie ma liczby lat — zostaw pole puste.' });
    return;
  }
  if (v.category !== 'B' && v.category !== 'BE') return;
  if (v.years == null) ctx.addIssue({ code: 'custom', path: ['years'], message: `Podaj liczbę lat przechowywania (od ${MIN_YEARS} do ${MAX_YEARS}).` });
  else if (!Number.isInteger(v.years) || v.years < MIN_YEARS || v.years > MAX_YEARS) ctx.addIssue({ code: 'custom', path: ['years'], message: `Liczba lat musi być liczbą całkowitą od ${MIN_YEARS} do ${MAX_YEARS}.` });
}

/** A national default of a record kind counted in JRWA years (a family case). */
export const classRuleSchema = z
  .object({
    kind: z.literal('family_case', { error: 'Nieznany rodzaj rekordu — odśwież stronę.' }),
    version,
    category: categoryField,
    years: yearsField,
    symbol: symbolField,
    basis: requiredText(BASIS_MAX),
  })
  .superRefine(checkYears);
export type ClassRuleInput = z.input<typeof classRuleSchema>;

export const MIN_DAYS = 1;
export const MAX_DAYS = 3650;

/** A national default counted in days (rejected account requests, login failures). */
export const dayRuleSchema = z.object({
  kind: z.enum(['account_request_rejected', 'login_failure'], { error: 'Nieznany rodzaj rekordu — odśwież stronę.' }),
  version,
  days: z.coerce.number({ error: `Podaj liczbę dni od ${MIN_DAYS} do ${MAX_DAYS}.` }).int({ error: `Podaj liczbę dni od ${MIN_DAYS} do ${MAX_DAYS}.` }).min(MIN_DAYS, { error: `Podaj liczbę dni od ${MIN_DAYS} do ${MAX_DAYS}.` }).max(MAX_DAYS, { error: `Podaj liczbę dni od ${MIN_DAYS} do ${MAX_DAYS}.` }),
  basis: requiredText(BASIS_MAX),
});
export type DayRuleInput = z.input<typeof dayRuleSchema>;

/** Record-access audit entries follow their record: only the stated basis is kept. */
export const followRuleSchema = z.object({
  kind: z.literal('record_access_audit', { error: 'Nieznany rodzaj rekordu — odśwież stronę.' }),
  version,
  basis: requiredText(BASIS_MAX),
});

/** The value of the category select meaning "no own class: the national default applies". */
export const USE_DEFAULT = 'default';

/** An institution's own JRWA class of family cases (or back to the national default). */
export const institutionClassSchema = z
  .object({
    institutionId: idField(),
    kind: z.literal('family_case').optional().default('family_case'),
    /** 0: the institution has no own class yet. */
    version,
    category: z.enum(['A', 'B', 'BE', USE_DEFAULT], { error: 'Wybierz kategorię: A, B, BE albo domyślną krajową.' }),
    years: yearsField,
    symbol: symbolField,
    basis: z.string().trim().max(BASIS_MAX, { error: MESSAGES.maxLength(BASIS_MAX) }).optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.category === USE_DEFAULT) return;
    checkYears(v, ctx);
  });
export type InstitutionClassInput = z.input<typeof institutionClassSchema>;

const notBeforeToday = () => `Data końcowa nie może być wcześniejsza niż dziś (${formatDate(clock.today())}).`;

/** A legal hold of a case: why, and until when. */
export const holdSchema = z.object({
  caseId: idField('Wybierz sprawę z listy.'),
  reason: requiredText(LIMITS.reason),
  until: dateField.refine((v) => v >= clock.today(), { error: notBeforeToday }),
});
export type HoldInput = z.input<typeof holdSchema>;

export const liftHoldSchema = z.object({ holdId: idField() });

const consentInFuture = () => `Data zgody nie może być późniejsza niż dziś (${formatDate(clock.today())}).`;

/**
 * A destruction batch: the items ticked ("<id>" or "<id>:<version>", the version as the page showed
 * it) and the state archive's consent.
 */
export const batchSchema = z.object({
  itemIds: z
    .array(z.union([z.string(), z.number()]), { error: 'Zaznacz co najmniej jedną sprawę.' })
    .min(1, { error: 'Zaznacz co najmniej jedną sprawę.' })
    .max(1000, { error: 'W jednej partii najwyżej 1000 spraw.' })
    .refine((a) => a.every((x) => /^\d{1,9}(:\d{1,9})?$/.test(String(x))), { error: 'Zaznacz sprawy z listy — odśwież stronę.' }),
  consentNumber: requiredText(CONSENT_NUMBER_MAX),
  consentDate: dateField.refine((v) => v <= clock.today(), { error: consentInFuture }),
});
export type BatchInput = z.input<typeof batchSchema>;

/** The ticked items as ids with the version each was shown with (null: not given). */
export function batchItems(itemIds: (string | number)[]): { id: number; version: number | null }[] {
  return itemIds.map((x) => {
    const [id, v] = String(x).split(':');
    return { id: Number(id), version: v === undefined ? null : Number(v) };
  });
}

export type RuleKind = RetentionRecordKind;
