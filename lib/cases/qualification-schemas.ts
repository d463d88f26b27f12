import { z } from 'zod';
import { idField, LIMITS, optionalIdField, optionalText } from '@/lib/validation/fields';
import { caseDateField, optionalCaseDateField } from './date-rules';
import { QUALIFICATION_CRITERIA_KEYS } from './vocabulary';

/*
 * The qualification form (step 7.2): used by react-hook-form on the client and parsed again on
 * the server. The schema checks the shape of what was typed; whether the case may be qualified
 * (consents, an opinion, the verification, the consultation, a criterion) is decided by
 * qualificationProblems in ./qualification-rules.ts, which names every missing thing at once.
 */

export const OPINION_LIMITS = { institutionName: 300, max: 20 } as const;

/** Checkbox groups: react-hook-form gives an array (or `false` when a lone box is unticked). */
export const checkboxList = <K extends string>(keys: readonly [K, ...K[]], unknownLabel: string) =>
  z.preprocess(
    (v) => (v === false || v == null || v === '' ? [] : typeof v === 'string' ? [v] : v),
    z
      .array(z.enum(keys, { error: (issue) => `${unknownLabel}: „${String(issue.input)}”.` }))
      .max(keys.length * 2)
      .transform((list) => [...new Set(list)]),
  );

/** One institution's positive opinion: chosen from the PZK's institutions or typed, and why. */
export const opinionSchema = z
  .object({
    institutionId: optionalIdField,
    institutionName: optionalText(OPINION_LIMITS.institutionName),
    reason: optionalText(LIMITS.reason),
  })
  .superRefine((o, ctx) => {
    if (!o.institutionId && !o.institutionName && !o.reason) return; // a blank row is ignored
    if (!o.institutionId && !o.institutionName) ctx.addIssue({ code: 'custom', path: ['institutionName'], message: 'Wybierz instytucję z listy albo wpisz jej nazwę.' });
    if (!o.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Napisz, dlaczego instytucja opiniuje zgłoszenie pozytywnie.' });
  });

export const qualificationSchema = z.object({
  caseId: idField(),
  /** The case's version when the form was opened: two people deciding at once get a conflict. */
  version: z.coerce.number().int().nonnegative(),
  decision: z.enum(['qualified', 'refused'], { error: 'Wybierz decyzję: zakwalifikowanie albo odmowa.' }),
  decidedOn: caseDateField('qualification'),
  opinions: z.array(opinionSchema).max(OPINION_LIMITS.max, { error: `Najwyżej ${OPINION_LIMITS.max} opinii.` }).default([]),
  welfareVerifiedOn: optionalCaseDateField('welfareVerification'),
  pcprConsultedOn: optionalCaseDateField('pcprConsultation'),
  criteria: checkboxList(QUALIFICATION_CRITERIA_KEYS, 'Nieznane kryterium'),
  meetingId: optionalIdField,
  refusalReason: optionalText(LIMITS.reason),
});
export type QualificationInput = z.input<typeof qualificationSchema>;
export type QualificationValues = z.output<typeof qualificationSchema>;
