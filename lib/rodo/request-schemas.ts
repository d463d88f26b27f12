import { z } from 'zod';
import type { dataRequestDecision, dataRequestKind } from '@/db/schema';
import { clock } from '@/lib/clock';
import { formatDate } from '@/lib/text';
import { dateField, idField, LIMITS, optionalIdField, optionalText, requiredText } from '@/lib/validation/fields';

/*
 * The forms of the register of data-subject requests (issue 16, item 2; client-importable: no
 * database, no server-only). The same schema checks on the client and again on the server
 * (lib/rodo/requests.ts); the date rules that need the stored request (extension) live in
 * lib/rodo/deadlines.ts.
 */

export type DataRequestKind = (typeof dataRequestKind.enumValues)[number];
export type DataRequestDecision = (typeof dataRequestDecision.enumValues)[number];

export const REQUEST_KINDS: Record<DataRequestKind, string> = {
  access: 'dostęp (art. 15)',
  rectification: 'sprostowanie (art. 16)',
  restriction: 'ograniczenie przetwarzania (art. 18)',
  erasure: 'usunięcie (art. 17)',
  objection: 'sprzeciw (art. 21)',
};
export const REQUEST_KIND_KEYS = Object.keys(REQUEST_KINDS) as [DataRequestKind, ...DataRequestKind[]];

export const REQUEST_DECISIONS: Record<DataRequestDecision, string> = {
  granted: 'uwzględnione',
  partly_granted: 'uwzględnione w części',
  refused: 'odmowa',
};
export const REQUEST_DECISION_KEYS = Object.keys(REQUEST_DECISIONS) as [DataRequestDecision, ...DataRequestDecision[]];

/** The grounds of art. 17 ust. 3 on which erasure is refused here, as recorded in the legal basis. */
export const ERASURE_REFUSAL_BASES = {
  b: 'art. 17 ust. 3 lit. b RODO — wywiązanie się z prawnego obowiązku (obowiązek przechowywania dokumentacji zgodnie z ustawą z dnia 14 lipca 1983 r. o narodowym zasobie archiwalnym i archiwach oraz jednolitym rzeczowym wykazem akt) i wykonanie zadania realizowanego w interesie publicznym',
  d: 'art. 17 ust. 3 lit. d RODO — cele archiwalne w interesie publicznym (art. 89 ust. 1 RODO), gdy usunięcie uniemożliwiłoby ich realizację',
} as const;
export type ErasureRefusalBasis = keyof typeof ERASURE_REFUSAL_BASES;
export const ERASURE_REFUSAL_LABELS: Record<ErasureRefusalBasis, string> = {
  b: 'art. 17 ust. 3 lit. b — obowiązek prawny (przechowywanie akt, ustawa o narodowym zasobie archiwalnym)',
  d: 'art. 17 ust. 3 lit. d — archiwizacja w interesie publicznym',
};

/** "R/2027/0004": the number a case is found by. */
export const CASE_NUMBER_PATTERN = /^R\/\d{4}\/\d{4,}$/;

const notFuture = (v: string) => v <= clock.today();
const futureMessage = () => `Data nie może być późniejsza niż dziś (${formatDate(clock.today())}).`;
const pastDate = dateField.refine(notFuture, { error: futureMessage });
const version = z.coerce.number().int().positive();

export const registerRequestSchema = z.object({
  kind: z.enum(REQUEST_KIND_KEYS, { error: 'Wybierz rodzaj żądania.' }),
  requesterName: requiredText(LIMITS.name),
  requesterContact: optionalText(300),
  receivedOn: pastDate,
  caseNumber: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .default('')
    .refine((v) => v === '' || CASE_NUMBER_PATTERN.test(v), { error: () => `Numer sprawy w formacie R/rrrr/nnnn (rok i numer), np. R/${clock.year()}/0004.` }),
  caseMemberId: optionalIdField,
  subject: optionalText(LIMITS.longText),
});
export type RegisterRequestInput = z.input<typeof registerRequestSchema>;

export const extendRequestSchema = z.object({
  id: idField(),
  version,
  extendedUntil: dateField,
  extensionReason: requiredText(LIMITS.reason),
  extensionNotifiedOn: pastDate,
});
export type ExtendRequestInput = z.input<typeof extendRequestSchema>;

export const decideRequestSchema = z
  .object({
    id: idField(),
    version,
    decision: z.enum(REQUEST_DECISION_KEYS, { error: 'Wybierz decyzję.' }),
    legalBasis: optionalText(LIMITS.reason),
    decisionNote: optionalText(LIMITS.longText),
    decidedOn: pastDate,
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'granted' && !v.legalBasis) ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: 'Przy odmowie lub uwzględnieniu w części podaj podstawę prawną.' });
  });
export type DecideRequestInput = z.input<typeof decideRequestSchema>;

export const completeRequestSchema = z.object({ id: idField(), version, doneOn: pastDate });
export type CompleteRequestInput = z.input<typeof completeRequestSchema>;

export const restrictRequestSchema = z.object({ id: idField(), version, reason: requiredText(LIMITS.reason) });
export type RestrictRequestInput = z.input<typeof restrictRequestSchema>;

export const restrictionNoticeSchema = z.object({ id: idField(), version, noticeGivenOn: pastDate });
export type RestrictionNoticeInput = z.input<typeof restrictionNoticeSchema>;

export const liftRestrictionSchema = z.object({ id: idField(), version });

export const refuseErasureSchema = z.object({
  id: idField(),
  version,
  basis: z.enum(['b', 'd'], { error: 'Wybierz podstawę odmowy.' }),
  decisionNote: optionalText(LIMITS.longText),
  decidedOn: pastDate,
});
export type RefuseErasureInput = z.input<typeof refuseErasureSchema>;

export const eraseCaseSchema = z.object({
  id: idField(),
  version,
  confirm: z.literal(true, { error: 'Potwierdź, że rozumiesz, że anonimizacji nie można cofnąć.' }),
});
export type EraseCaseInput = z.input<typeof eraseCaseSchema>;

/** The register's filters (query string). */
export const REQUEST_FILTERS = { open: 'otwarte', overdue: 'po terminie', done: 'zrealizowane', all: 'wszystkie' } as const;
export type RequestFilter = keyof typeof REQUEST_FILTERS;

