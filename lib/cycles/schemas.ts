import { z } from 'zod';
import { clock } from '@/lib/clock';
import { count, WORDS } from '@/lib/plural';

/** The PZK's decision at step 9.2: continue (a next cycle from 2.2) or end the work. */
export const CYCLE_DECISIONS = {
  continue: 'kontynuacja prac — nowy cykl od kroku 2.2',
  end: 'zakończenie prac',
} as const;
export type CycleDecisionKind = keyof typeof CYCLE_DECISIONS;

export const CYCLE_LIMITS = { basis: 500, handedTo: 300 } as const;

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional());

const decidedOn = z
  .string({ error: 'Podaj datę decyzji.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Podaj datę decyzji.', abort: true })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { error: 'Podaj poprawną datę.', abort: true })
  .refine((v) => v <= clock.today(), 'Data decyzji nie może być z przyszłości — zapisz decyzję po jej podjęciu.');

/**
 * The decision form. What records it is required: the published minutes of a PZK meeting, a signed
 * document of the gmina, or a description (e.g. "uchwała PZK nr 3/2028"). The server checks the
 * meeting and the document belong to this PZK, and the date against the cycle's start.
 */
export const cycleDecisionSchema = z
  .object({
    trackId: id,
    decision: z.enum(['continue', 'end'], { error: 'Wybierz decyzję: kontynuacja albo zakończenie prac.' }),
    decidedOn,
    meetingId: optionalId,
    documentId: optionalId,
    basis: z
      .string()
      .trim()
      .max(CYCLE_LIMITS.basis, `Opis może mieć najwyżej ${count(CYCLE_LIMITS.basis, WORDS.char)}.`)
      .default(''),
    /** For "end": who takes over each case still in work (empty: it stays with the GOPS). */
    handovers: z
      .array(z.object({ caseId: id, handedTo: z.string().trim().max(CYCLE_LIMITS.handedTo, `Najwyżej ${count(CYCLE_LIMITS.handedTo, WORDS.char)}.`).default('') }))
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (!v.meetingId && !v.documentId && !v.basis) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'Wskaż, co dokumentuje decyzję: protokół spotkania PZK, podpisany dokument albo opis (np. numer uchwały).' });
    }
  });
export type CycleDecisionInput = z.input<typeof cycleDecisionSchema>;
