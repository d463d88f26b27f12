import { z } from 'zod';
import { dateField, idField, LIMITS, optionalDateField, optionalIdField, optionalPeselField, optionalText, requiredText } from '@/lib/validation/fields';
import { clock } from '@/lib/clock';
import { caseDateField } from './date-rules';
import { CASE_ACCESS_KIND_KEYS } from '@/lib/audit-labels';
import { ROLES } from '@/lib/auth/roles';
import type { Role } from '@/db/schema';

/*
 * The case account's own forms (karta oczekiwań, household, consents, team, extension, closing).
 * One schema per form, used by react-hook-form on the client and parsed again on the server.
 * The step forms live next to their domain code: qualification, diagnosis, IPP, monitoring, evaluation.
 */

const id = idField();
const version = z.coerce.number().int().nonnegative();
const long = (label?: string) => requiredText(LIMITS.longText, label);

const referralFields = {
  referringInstitutionId: optionalIdField,
  referringInstitutionName: optionalText(300),
  referrerName: requiredText(LIMITS.name),
  referredOn: caseDateField('referral'),
  situation: long(),
  reasons: long(),
  expectations: long(),
  expectedFrom: long(),
  meetingId: optionalIdField,
};

/** The referring institution: picked from the team's institutions, or its name typed. */
const institutionGiven = (v: { referringInstitutionId?: number; referringInstitutionName?: string }, ctx: z.RefinementCtx) => {
  if (!v.referringInstitutionId && !v.referringInstitutionName) {
    ctx.addIssue({ code: 'custom', path: ['referringInstitutionName'], message: 'Wybierz instytucję z listy albo wpisz jej nazwę.' });
  }
};

/** Karta oczekiwań — opening a case: the PZK, who is the key worker, the referral itself. */
export const newCaseSchema = z
  .object({
    pzkId: id,
    kind: z.enum(['person', 'family', 'group'], { error: 'Wybierz, kogo dotyczy zgłoszenie.' }),
    keyWorkerId: z.uuid({ error: 'Wybierz pracownika kluczowego.' }),
    ...referralFields,
  })
  .superRefine(institutionGiven);
export type NewCaseInput = z.input<typeof newCaseSchema>;

export const referralSchema = z.object({ caseId: id, version, ...referralFields }).superRefine(institutionGiven);


export const householdMemberSchema = z.object({
  caseId: id,
  memberId: optionalIdField,
  version: version.optional(),
  firstName: requiredText(100),
  lastName: requiredText(100),
  birthYear: z.preprocess(
    (v) => (v === '' || v == null ? undefined : Number(v)),
    z
      .number({ error: 'Podaj rok urodzenia liczbą, np. 1972.' })
      .int({ error: 'Podaj rok urodzenia liczbą, np. 1972.' })
      .min(1900, { error: 'Rok urodzenia nie może być wcześniejszy niż 1900.' })
      .optional()
      // This year in Poland, read when the form is checked (a server outlives New Year's Eve).
      .refine((y) => y === undefined || y <= clock.year(), { error: () => `Rok urodzenia nie może być późniejszy niż ${clock.year()}.` }),
  ),
  relation: requiredText(100),
  pesel: optionalPeselField,
  notes: optionalText(LIMITS.longText),
});

export const removeMemberSchema = z.object({ caseId: id, memberId: id });

export const consentSchema = z.object({
  caseId: id,
  kind: z.enum(['cooperation', 'data_sharing'], { error: 'Wybierz rodzaj zgody.' }),
  givenOn: caseDateField('consent'),
  form: z.enum(['written', 'oral', 'electronic'], { error: 'Wybierz, jak wyrażono zgodę.' }),
  givenBy: requiredText(LIMITS.name),
  institutions: optionalText(LIMITS.longText),
});

export const withdrawConsentSchema = z.object({
  caseId: id,
  consentId: id,
  withdrawnOn: caseDateField('consentWithdrawal'),
  note: optionalText(LIMITS.reason),
});

export const teamSchema = z.object({
  caseId: id,
  version,
  keyWorkerId: z.uuid({ error: 'Wybierz pracownika kluczowego.' }),
  // A checkbox group: react-hook-form sends an array (or false/one value when there is a single box).
  memberIds: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.coerce.number().int().positive()).max(50)),
});

export const extensionSchema = z.object({ caseId: id, version, until: dateField, reason: requiredText(LIMITS.reason) });
export const endAnnouncementSchema = z.object({ caseId: id, version, on: caseDateField('endAnnouncement'), plannedEndOn: dateField });
export const closeCaseSchema = z.object({ caseId: id, version, closedOn: caseDateField('closing'), reason: requiredText(LIMITS.reason) });
export const purposeSchema = z.object({ caseId: id, purpose: z.string().trim().min(10, { error: 'Opisz cel dostępu (co najmniej 10 znaków).' }).max(1000, { error: 'Maksymalnie 1000 znaków.' }) });

/** Rows (folded groups) per page of a case's access log. */
export const ACCESS_LOG_PAGE_SIZE = 50;

const ROLE_KEYS = Object.keys(ROLES) as [Role, ...Role[]];
/** A GET parameter: Next gives a string, an array (repeated) or nothing; blank means "no filter". */
const getParam = (v: unknown) => {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
};

/**
 * The filters of a case's access log, from the page's GET parameters (kto, rola, rodzaj, spoza,
 * od, do, strona). Bad input gets a Polish message beside its field and the log is shown without
 * that filter.
 */
export const accessLogFilterSchema = z
  .object({
    kto: z.preprocess(getParam, z.uuid({ error: 'Wybierz osobę z listy.' }).optional()),
    rola: z.preprocess(getParam, z.enum(ROLE_KEYS, { error: 'Wybierz rolę z listy.' }).optional()),
    rodzaj: z.preprocess(getParam, z.enum(CASE_ACCESS_KIND_KEYS, { error: 'Wybierz rodzaj z listy.' }).optional()),
    spoza: z.preprocess((v) => getParam(v) === '1', z.boolean()),
    od: z.preprocess(getParam, optionalDateField),
    do: z.preprocess(getParam, optionalDateField),
    strona: z.preprocess(
      getParam,
      z.coerce.number({ error: 'Numer strony to liczba od 1.' }).int({ error: 'Numer strony to liczba od 1.' }).min(1, { error: 'Numer strony to liczba od 1.' }).max(100_000, { error: 'Za duży numer strony.' }).optional(),
    ),
  })
  .superRefine((f, ctx) => {
    if (f.od && f.do && f.do < f.od) ctx.addIssue({ code: 'custom', path: ['do'], message: 'Data „do dnia” nie może być wcześniejsza niż „od dnia”.' });
  });
export type AccessLogFilterParams = z.output<typeof accessLogFilterSchema>;

type AccessLogFilterErrors = Partial<Record<keyof AccessLogFilterParams, string>>;
const NO_ACCESS_LOG_FILTERS: AccessLogFilterParams = { spoza: false, od: undefined, do: undefined };

/**
 * The access log's filters from the address: every valid one applies; a bad one is dropped and
 * its message kept for the field (the page never fails on a typed-in address).
 */
export function readAccessLogFilters(sp: Record<string, unknown>): { values: AccessLogFilterParams; errors: AccessLogFilterErrors } {
  const errors: AccessLogFilterErrors = {};
  const first = accessLogFilterSchema.safeParse(sp);
  if (first.success) return { values: first.data, errors };
  for (const issue of first.error.issues) {
    const key = String(issue.path[0]) as keyof AccessLogFilterParams;
    errors[key] ??= issue.message;
  }
  const retry = accessLogFilterSchema.safeParse(Object.fromEntries(Object.entries(sp).filter(([k]) => !(k in errors))));
  return { values: retry.success ? retry.data : NO_ACCESS_LOG_FILTERS, errors };
}
