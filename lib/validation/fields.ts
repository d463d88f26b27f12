import { z } from 'zod';
import { plural, WORDS } from '@/lib/plural';

/** Length limits shared by form schemas and DB column sizes. */
export const LIMITS = {
  shortText: 200,
  name: 200,
  email: 254, // RFC 5321 practical maximum for a full address
  longText: 5000,
  reason: 1000,
  phone: 30,
  street: 200,
  city: 100,
  password: { min: 10, max: 128 },
} as const;

const chars = (n: number) => `${n} ${plural(n, WORDS.char)}`;

export const MESSAGES = {
  required: 'To pole jest wymagane.',
  maxLength: (max: number) => `Maksymalnie ${chars(max)}.`,
  email: 'Podaj poprawny adres e-mail.',
  passwordMin: `Hasło musi mieć co najmniej ${chars(LIMITS.password.min)}.`,
  passwordMax: `Hasło może mieć maksymalnie ${chars(LIMITS.password.max)}.`,
  postalCode: 'Kod pocztowy w formacie 00-000.',
  nipFormat: 'NIP musi składać się z 10 cyfr.',
  nipChecksum: 'Nieprawidłowy NIP — sprawdź cyfry (suma kontrolna się nie zgadza).',
  regonFormat: 'REGON musi składać się z 9 lub 14 cyfr.',
  regonChecksum: 'Nieprawidłowy REGON — sprawdź cyfry (suma kontrolna się nie zgadza).',
  peselFormat: 'PESEL musi składać się z 11 cyfr.',
  peselChecksum: 'Nieprawidłowy PESEL — sprawdź cyfry (suma kontrolna się nie zgadza).',
  peselDate: 'Nieprawidłowy PESEL — zakodowana data urodzenia nie istnieje.',
  teryt: 'Nieprawidłowy kod TERYT gminy (7 cyfr, np. 1465011).',
  phone: 'Podaj poprawny numer telefonu (cyfry, spacje oraz znaki + - ( )).',
} as const;

// ---------------------------------------------------------------------------
// Pure helpers
// ---------------------------------------------------------------------------

/** Removes whitespace and dashes that people type when copying identifiers. */
export function normalizeDigits(s: string): string {
  return s.replace(/[\s-]/g, '');
}

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;
const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** NIP: 10 digits; dashes/spaces in input are ignored. Remainder 10 is never issued, so it is invalid. */
export function isValidNip(s: string): boolean {
  const d = normalizeDigits(s);
  if (!/^\d{10}$/.test(d)) return false;
  const r = weightedSum(d, NIP_WEIGHTS) % 11;
  return r !== 10 && r === Number(d[9]);
}

function regonControl(d: string, weights: readonly number[]): number {
  return (weightedSum(d, weights) % 11) % 10; // remainder 10 → 0
}

/**
 * REGON: 9 digits, or 14 digits (local unit) whose first 9 digits are the
 * parent's REGON-9 and must be valid too. Input must be bare digits.
 */
export function isValidRegon(s: string): boolean {
  if (/^\d{9}$/.test(s)) return regonControl(s, REGON9_WEIGHTS) === Number(s[8]);
  if (/^\d{14}$/.test(s)) {
    return (
      isValidRegon(s.slice(0, 9)) && regonControl(s, REGON14_WEIGHTS) === Number(s[13])
    );
  }
  return false;
}

type PeselProblem = 'format' | 'checksum' | 'date';

/** Century is encoded in the month: +80 → 1800s, +0 → 1900s, +20 → 2000s, +40 → 2100s, +60 → 2200s. */
const PESEL_CENTURIES: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

function peselProblem(s: string): PeselProblem | null {
  if (!/^\d{11}$/.test(s)) return 'format';
  const control = (10 - (weightedSum(s, PESEL_WEIGHTS) % 10)) % 10;
  if (control !== Number(s[10])) return 'checksum';

  const yy = Number(s.slice(0, 2));
  const mmRaw = Number(s.slice(2, 4));
  const dd = Number(s.slice(4, 6));
  const offset = Math.floor(mmRaw / 20) * 20;
  const century = PESEL_CENTURIES[offset];
  const month = mmRaw - offset;
  if (century === undefined || month < 1 || month > 12) return 'date';
  const year = century + yy;
  // Round-trip through Date rejects 31 April, 29 Feb in non-leap years etc.
  const date = new Date(Date.UTC(year, month - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dd) {
    return 'date';
  }
  return null;
}

/** PESEL: 11 bare digits, valid checksum AND a real calendar birth date. */
export function isValidPesel(s: string): boolean {
  return peselProblem(s) === null;
}

export function isValidPostalCode(s: string): boolean {
  return /^\d{2}-\d{3}$/.test(s);
}

/**
 * TERYT gmina code WWPPGGR: województwo is even 02–32, powiat and gmina are
 * never 00, and RODZ 1/2/3 are actual gminas (4/5 are parts of urban-rural
 * gminas, 8/9 Warsaw districts — not self-governing units).
 */
export function isValidTerytGmina(s: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([123])$/.exec(s);
  if (!m) return false;
  const woj = Number(m[1]);
  return woj >= 2 && woj <= 32 && woj % 2 === 0 && m[2] !== '00' && m[3] !== '00';
}

/** Masks all but the last 4 digits so PESEL can be shown in lists and logs. */
export function maskPesel(s: string): string {
  const d = normalizeDigits(s);
  if (d.length <= 4) return '*'.repeat(d.length);
  return '*'.repeat(d.length - 4) + d.slice(-4);
}

// ---------------------------------------------------------------------------
// Zod field schemas
// ---------------------------------------------------------------------------

/**
 * Required trimmed text. Markup such as `<script>` is deliberately accepted:
 * it is stored as plain text and escaped at render time.
 */
export function requiredText(max: number, label?: string) {
  const schema = z
    .string({ error: MESSAGES.required })
    .trim()
    .min(1, { error: MESSAGES.required, abort: true })
    .max(max, { error: MESSAGES.maxLength(max) });
  return label ? schema.describe(label) : schema;
}

/** Optional trimmed text; blank input becomes `undefined` so it is stored as NULL. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: MESSAGES.maxLength(max) })
    .optional()
    .transform((v) => (v ? v : undefined));
}

export const emailField = z
  .string({ error: MESSAGES.required })
  .trim()
  .toLowerCase()
  .min(1, { error: MESSAGES.required, abort: true })
  .max(LIMITS.email, { error: MESSAGES.maxLength(LIMITS.email), abort: true })
  .pipe(z.email({ error: MESSAGES.email }));

// Not trimmed: leading/trailing spaces may be intentional parts of a password.
export const passwordField = z
  .string({ error: MESSAGES.required })
  .min(LIMITS.password.min, { error: MESSAGES.passwordMin })
  .max(LIMITS.password.max, { error: MESSAGES.passwordMax });

export const postalCodeField = z
  .string({ error: MESSAGES.required })
  .trim()
  .min(1, { error: MESSAGES.required, abort: true })
  .regex(/^\d{2}-\d{3}$/, { error: MESSAGES.postalCode });

/**
 * Builds an optional identifier field: blank → undefined, otherwise the
 * normalized digits if `problem` finds nothing wrong.
 */
function optionalIdentifier(problem: (digits: string) => string | null) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const digits = normalizeDigits(v ?? '');
      if (!digits) return undefined;
      const message = problem(digits);
      if (message) {
        ctx.addIssue({ code: 'custom', message, input: v });
        return z.NEVER;
      }
      return digits;
    });
}

export const optionalNipField = optionalIdentifier((d) => {
  if (!/^\d{10}$/.test(d)) return MESSAGES.nipFormat;
  return isValidNip(d) ? null : MESSAGES.nipChecksum;
});

export const optionalRegonField = optionalIdentifier((d) => {
  if (!/^(\d{9}|\d{14})$/.test(d)) return MESSAGES.regonFormat;
  return isValidRegon(d) ? null : MESSAGES.regonChecksum;
});

export const optionalPeselField = optionalIdentifier((d) => {
  const p = peselProblem(d);
  if (p === 'format') return MESSAGES.peselFormat;
  if (p === 'checksum') return MESSAGES.peselChecksum;
  if (p === 'date') return MESSAGES.peselDate;
  return null;
});

export const terytGminaField = z
  .string({ error: MESSAGES.required })
  .trim()
  .min(1, { error: MESSAGES.required, abort: true })
  .refine(isValidTerytGmina, { error: MESSAGES.teryt });

export const phoneField = z
  .string()
  .trim()
  .max(LIMITS.phone, { error: MESSAGES.maxLength(LIMITS.phone), abort: true })
  .refine((v) => v === '' || (/^[\d\s+()-]+$/.test(v) && /\d/.test(v)), {
    error: MESSAGES.phone,
  })
  .optional()
  .transform((v) => (v ? v : undefined));

// ---------------------------------------------------------------------------
// Select fields carrying database ids (forms send strings; "" means nothing chosen)
// ---------------------------------------------------------------------------

const toId = (v: unknown) => (v === '' || v == null ? undefined : Number(v));

export const idField = (message = 'Wybierz wartość z listy.') =>
  z.preprocess(toId, z.number({ error: message }).int({ error: message }).positive({ error: message }));

export const optionalIdField = z.preprocess(toId, z.number().int().positive().optional());

// ---------------------------------------------------------------------------
// Calendar dates (what an <input type="date"> sends: yyyy-mm-dd)
// ---------------------------------------------------------------------------

const isIsoDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** A required calendar date, kept as the ISO string. */
export const dateField = z
  .string({ error: MESSAGES.required })
  .trim()
  .min(1, { error: MESSAGES.required, abort: true })
  .refine(isIsoDate, { error: 'Podaj poprawną datę (dd.mm.rrrr).' });

/** An optional calendar date: blank → undefined. */
export const optionalDateField = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isIsoDate(v), { error: 'Podaj poprawną datę (dd.mm.rrrr).' })
  .transform((v) => (v ? v : undefined));
