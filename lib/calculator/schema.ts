import { z } from 'zod';
import { LIMITS, MESSAGES } from '@/lib/validation/fields';
import { fieldErrorsOf } from '@/lib/validation/parse';
import type { FieldErrors } from '@/lib/errors';
import { CALCULATOR_FIELDS, FIELD_NAMES, type CalculatorField, type FieldName } from './fields';
import { RATE_KEYS } from './rates';

/*
 * One schema per form, the same on the server and (for the rates) in the browser. Numbers come as
 * text from the query string or the form: Polish decimal commas and spaces between thousands are
 * accepted ("7 800,50").
 */

const nf = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2 });

export const NUMBER_MESSAGES = {
  notNumber: 'Wpisz liczbę, np. 12 lub 12,5.',
  integer: 'Wpisz liczbę całkowitą.',
  decimals: 'Najwyżej dwa miejsca po przecinku.',
  min: (n: number) => `Najmniejsza wartość to ${nf.format(n)}.`,
  max: (n: number) => `Największa wartość to ${nf.format(n)}.`,
};

/** Text (or a number) to a number; empty → required, absent → `fallback` when given. */
function numeric(opts: { min: number; max: number; integer: boolean; fallback?: number }) {
  return z
    .unknown()
    .transform((v, ctx) => {
      const raw = Array.isArray(v) ? v[0] : v;
      if (raw === undefined || raw === null) {
        if (opts.fallback !== undefined) return opts.fallback;
        ctx.addIssue({ code: 'custom', message: MESSAGES.required });
        return z.NEVER;
      }
      if (typeof raw === 'number') return raw;
      const s = String(raw).trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
      if (s === '') {
        ctx.addIssue({ code: 'custom', message: MESSAGES.required });
        return z.NEVER;
      }
      if (!/^-?\d+(\.\d+)?$/.test(s)) {
        ctx.addIssue({ code: 'custom', message: NUMBER_MESSAGES.notNumber });
        return z.NEVER;
      }
      if (opts.integer && s.includes('.') && !/\.0+$/.test(s)) {
        ctx.addIssue({ code: 'custom', message: NUMBER_MESSAGES.integer });
        return z.NEVER;
      }
      if (/\.\d{3,}$/.test(s)) {
        ctx.addIssue({ code: 'custom', message: NUMBER_MESSAGES.decimals });
        return z.NEVER;
      }
      return Number(s);
    })
    .pipe(z.number().min(opts.min, NUMBER_MESSAGES.min(opts.min)).max(opts.max, NUMBER_MESSAGES.max(opts.max)));
}

const fieldSchema = (f: CalculatorField) => numeric({ min: f.min, max: f.max, integer: f.integer, fallback: f.default });

/** The calculator's inputs. An absent field takes the example's value; an empty one is an error. */
export const calculatorSchema = z
  .object(Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f.name, fieldSchema(f)])) as Record<FieldName, ReturnType<typeof fieldSchema>>)
  .superRefine((v, ctx) => {
    if (v.dpsAvoided > v.dpsPeople)
      ctx.addIssue({ code: 'custom', path: ['dpsAvoided'], message: `Nie więcej niż liczba osób w DPS (${v.dpsPeople}).` });
    if (v.dpsToYear < v.dpsFromYear)
      ctx.addIssue({ code: 'custom', path: ['dpsToYear'], message: 'Rok końcowy nie może być wcześniejszy niż rok początkowy.' });
  });

export type CalculatorInput = Record<FieldName, number>;

/** The example family: every field's default. */
export const DEFAULT_INPUT: CalculatorInput = Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f.name, f.default])) as CalculatorInput;

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function toRecord(sp: SearchParams): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of FIELD_NAMES) {
    const v = sp instanceof URLSearchParams ? (sp.get(name) ?? undefined) : sp[name];
    out[name] = Array.isArray(v) ? v[0] : v;
  }
  return out;
}

export type ParsedQuery =
  | { submitted: false; values: Record<FieldName, string> }
  | { submitted: true; ok: true; values: Record<FieldName, string>; input: CalculatorInput }
  | { submitted: true; ok: false; values: Record<FieldName, string>; errors: FieldErrors };

/**
 * The query string of /kalkulator (and its PDF): the values to show in the form (as typed, or the
 * example's) and, once any field was sent, the parsed input or the Polish errors per field.
 */
export function parseCalculatorQuery(sp: SearchParams): ParsedQuery {
  const raw = toRecord(sp);
  const values = Object.fromEntries(
    CALCULATOR_FIELDS.map((f) => [f.name, (raw[f.name] ?? nf.format(f.default).replace(/\u00a0/g, ' ')).slice(0, 30)]),
  ) as Record<FieldName, string>;
  if (FIELD_NAMES.every((n) => raw[n] === undefined)) return { submitted: false, values };
  const result = calculatorSchema.safeParse(raw);
  if (!result.success) return { submitted: true, ok: false, values, errors: fieldErrorsOf(result.error) };
  return { submitted: true, ok: true, values, input: result.data as CalculatorInput };
}

/** The query string that reproduces an input (for the PDF link and shared results). */
export function calculatorQuery(input: CalculatorInput): string {
  const q = new URLSearchParams();
  for (const name of FIELD_NAMES) q.set(name, String(input[name]));
  return q.toString();
}

// ---------------------------------------------------------------------------
// A rate kept by ROPS
// ---------------------------------------------------------------------------

export const RATE_MESSAGES = {
  source: 'Podaj źródło stawki (np. ogłoszenie starosty w dzienniku urzędowym, uchwała, sprawozdanie).',
  unit: 'Podaj jednostkę, np. „zł / osobę / miesiąc”.',
};

export const rateSchema = z.object({
  key: z.enum(RATE_KEYS, { error: 'Nieznana stawka.' }),
  amount: numeric({ min: 0, max: 1_000_000, integer: false }),
  unit: z.string({ error: RATE_MESSAGES.unit }).trim().min(1, RATE_MESSAGES.unit).max(50, MESSAGES.maxLength(50)),
  source: z.string({ error: RATE_MESSAGES.source }).trim().min(1, RATE_MESSAGES.source).max(LIMITS.reason, MESSAGES.maxLength(LIMITS.reason)),
  version: z.coerce.number().int().min(0),
});

export type RateValues = z.output<typeof rateSchema>;
