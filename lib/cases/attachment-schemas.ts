import { z } from 'zod';
import type { caseAttachmentKind } from '@/db/schema';
import { clock } from '@/lib/clock';
import { formatDate } from '@/lib/text';
import { dateField, idField, optionalText } from '@/lib/validation/fields';

/*
 * The case files' form (akta sprawy; client-importable: no database, no server-only): the kind of
 * paper, its date, a short description and the step it belongs to — the consent it is the signed
 * copy of, or the IPP it is the signed copy (or the kontrakt) of. The file itself travels beside
 * the fields and is checked by content on the server (lib/files.ts).
 */

export type CaseAttachmentKind = (typeof caseAttachmentKind.enumValues)[number];

export const ATTACHMENT_KINDS: Record<CaseAttachmentKind, string> = {
  consent: 'Podpisana zgoda',
  ipp_contract: 'Podpisany IPP lub kontrakt',
  opinion: 'Opinia instytucji',
  genogram: 'Genogram (skan)',
  other: 'Inny dokument',
};
export const ATTACHMENT_KIND_KEYS = Object.keys(ATTACHMENT_KINDS) as [CaseAttachmentKind, ...CaseAttachmentKind[]];

/** What the "Dotyczy" select sends: nothing, "consent:<id>" or "ipp:<id>". */
export const STEP_PATTERN = /^(?:(consent|ipp):(\d{1,9}))?$/;
export const DESCRIPTION_MAX = 300;

const futureMessage = () => `Data dokumentu nie może być późniejsza niż dziś (${formatDate(clock.today())}).`;

export const attachmentSchema = z
  .object({
    caseId: idField(),
    kind: z.enum(ATTACHMENT_KIND_KEYS, { error: 'Wybierz rodzaj dokumentu.' }),
    documentDate: dateField.refine((v) => !v || v <= clock.today(), { error: futureMessage }),
    description: optionalText(DESCRIPTION_MAX),
    step: z
      .string()
      .trim()
      .optional()
      .default('')
      .refine((v) => STEP_PATTERN.test(v), { error: 'Wybierz zgodę lub IPP z listy.' }),
  })
  .superRefine((v, ctx) => {
    // A signed consent belongs to a consent, a signed IPP or kontrakt to an IPP: the other link would mislead.
    if (v.kind === 'consent' && v.step.startsWith('ipp:')) ctx.addIssue({ code: 'custom', path: ['step'], message: 'Podpisaną zgodę połącz ze zgodą, nie z IPP.' });
    if (v.kind === 'ipp_contract' && v.step.startsWith('consent:')) ctx.addIssue({ code: 'custom', path: ['step'], message: 'Podpisany IPP lub kontrakt połącz z IPP, nie ze zgodą.' });
  });
export type AttachmentInput = z.input<typeof attachmentSchema>;

/** The consent or IPP the attachment belongs to, from the select's value. */
export function stepLink(step: string): { consentId: number | null; ippId: number | null } {
  const m = STEP_PATTERN.exec(step);
  if (!m || !m[1]) return { consentId: null, ippId: null };
  return m[1] === 'consent' ? { consentId: Number(m[2]), ippId: null } : { consentId: null, ippId: Number(m[2]) };
}

export const removeAttachmentSchema = z.object({ caseId: idField(), attachmentId: idField() });
