import { z } from 'zod';
import { LIMITS, MESSAGES, optionalText, requiredText } from '@/lib/validation/fields';

const month = (label: string) =>
  z.coerce
    .number({ error: `${label}: podaj liczbę.` })
    .int({ error: `${label}: podaj liczbę całkowitą.` })
    .min(-12, { error: `${label}: najmniej −12.` })
    .max(36, { error: `${label}: najwyżej 36.` });

/** Editing one sub-step of the catalogue (creates a new catalogue version). */
export const substepEditSchema = z.object({
  versionId: z.coerce.number().int().positive(),
  code: z.string().regex(/^\d{1,2}(\.\d{1,2})?$/),
  name: requiredText(300),
  description: requiredText(LIMITS.longText),
  startMonth: month('Miesiąc rozpoczęcia'),
  durationMonths: z.coerce.number({ error: 'Podaj liczbę miesięcy.' }).int().min(1, { error: 'Co najmniej 1 miesiąc.' }).max(18, { error: 'Najwyżej 18 miesięcy.' }),
  // One checklist item per line; empty lines are dropped.
  checklist: z
    .string()
    .transform((s) => s.split('\n').map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(500, { error: 'Punkt listy może mieć najwyżej 500 znaków.' })).min(1, { error: 'Lista kontrolna musi mieć co najmniej jeden punkt.' }).max(20, { error: 'Najwyżej 20 punktów.' })),
  note: optionalText(LIMITS.reason),
});
export type SubstepEditInput = z.input<typeof substepEditSchema>;
export type SubstepEdit = z.output<typeof substepEditSchema>;

/** Editing a step's name and description. */
export const stepEditSchema = z.object({
  versionId: z.coerce.number().int().positive(),
  number: z.coerce.number().int().min(1).max(10),
  name: requiredText(300),
  description: requiredText(LIMITS.longText),
  note: optionalText(LIMITS.reason),
});
export type StepEditInput = z.input<typeof stepEditSchema>;
export type StepEdit = z.output<typeof stepEditSchema>;

/** Editing a recurring task (PZK meetings, WZK, supervision, promotion…). */
export const recurringEditSchema = z
  .object({
    versionId: z.coerce.number().int().positive(),
    code: z.string().min(1).max(40),
    name: requiredText(300),
    description: requiredText(LIMITS.longText),
    cadence: z.enum(['monthly', 'quarterly', 'every_3_months', 'yearly_q1', 'q1_q3'], { error: 'Wybierz częstotliwość.' }),
    fromMonth: month('Od miesiąca'),
    toMonth: month('Do miesiąca'),
    note: optionalText(LIMITS.reason),
  })
  .refine((v) => v.toMonth >= v.fromMonth, { path: ['toMonth'], message: 'Miesiąc końcowy nie może być wcześniejszy niż początkowy.' });
export type RecurringEditInput = z.input<typeof recurringEditSchema>;
export type RecurringEdit = z.output<typeof recurringEditSchema>;

const proposalId = z.coerce.number().int().positive();
const RETURN_REASON = 'Napisz, dlaczego zwracasz propozycję — zobaczy to jej autor.';

/** The national administrator's decision on a proposed change to the model (one form). */
export const proposalDecisionSchema = z
  .object({
    id: proposalId,
    decision: z.enum(['accept', 'return'], { error: 'Wybierz decyzję.' }),
    note: optionalText(LIMITS.reason),
  })
  .refine((v) => v.decision === 'accept' || !!v.note, { path: ['note'], message: RETURN_REASON });
export type ProposalDecisionInput = z.input<typeof proposalDecisionSchema>;

/** Accepting a proposal: an optional comment for its author. */
export const acceptProposalSchema = z.object({ id: proposalId, note: optionalText(LIMITS.reason) });

/** Returning a proposal: the reason is required. */
export const returnProposalSchema = z.object({
  id: proposalId,
  note: z.string({ error: RETURN_REASON }).trim().min(1, { error: RETURN_REASON }).max(LIMITS.reason, { error: MESSAGES.maxLength(LIMITS.reason) }),
});
