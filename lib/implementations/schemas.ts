import { z } from 'zod';
import { LIMITS, optionalText, requiredText } from '@/lib/validation/fields';

export const PERSON_FUNCTIONS = {
  animator_pcpr: 'Animator PCPR',
  councillor_powiat: 'Radny powiatu / członek zarządu powiatu',
  animator_gops: 'Animator GOPS',
  councillor_gmina: 'Radny gminy',
  network_worker: 'Pracownik ds. sieci',
} as const;
export type PersonFunction = keyof typeof PERSON_FUNCTIONS;
export const PER_GMINA: PersonFunction[] = ['animator_gops', 'councillor_gmina', 'network_worker'];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Podaj datę (dd.mm.rrrr).').refine((s) => !Number.isNaN(Date.parse(s)), 'Podaj poprawną datę.');

/**
 * The notification to ROPS (step 2.4): the gminas that decided, the people named in step 2.3 —
 * an animator and a councillor for the powiat and for each gmina — and the planned start.
 */
export const notificationSchema = z
  .object({
    variant: z.enum(['rural', 'urban_3d'], { error: 'Wybierz wariant modelu.' }),
    plannedStart: isoDate,
    gminaIds: z.array(z.coerce.number().int().positive()).min(1, 'Zaznacz co najmniej jedną gminę.'),
    targetGroup: optionalText(LIMITS.reason),
    /** The finished local diagnosis (step 2.1) the target group is justified by, if any. */
    diagnosisId: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional()),
    people: z.array(
      z.object({
        function: z.enum(Object.keys(PERSON_FUNCTIONS) as [PersonFunction, ...PersonFunction[]], { error: 'Wybierz funkcję.' }),
        name: requiredText(LIMITS.name),
        gminaId: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional()),
      }),
    ),
  })
  .superRefine((v, ctx) => {
    const count = (f: PersonFunction, gminaId?: number) => v.people.filter((p) => p.function === f && (gminaId === undefined || p.gminaId === gminaId)).length;
    // The rural model is led by the powiat's PCPR; Kooperacje 3D by each town's OPS and its network worker.
    const urban = v.variant === 'urban_3d';
    if (!urban && !count('animator_pcpr')) ctx.addIssue({ code: 'custom', path: ['people'], message: 'Wskaż animatora PCPR.' });
    if (!urban && !count('councillor_powiat')) ctx.addIssue({ code: 'custom', path: ['people'], message: 'Wskaż radnego powiatu lub członka zarządu powiatu.' });
    v.people.forEach((p, i) => {
      if (PER_GMINA.includes(p.function) && !p.gminaId) ctx.addIssue({ code: 'custom', path: ['people', i, 'gminaId'], message: 'Wybierz gminę tej osoby.' });
      if (p.gminaId && !v.gminaIds.includes(p.gminaId)) ctx.addIssue({ code: 'custom', path: ['people', i, 'gminaId'], message: 'Ta gmina nie jest zaznaczona w zgłoszeniu.' });
    });
    for (const g of v.gminaIds) {
      if (!count(urban ? 'network_worker' : 'animator_gops', g) || !count('councillor_gmina', g)) {
        const message = urban ? 'Dla każdej zaznaczonej gminy wskaż pracownika ds. sieci i radnego gminy (miasta).' : 'Dla każdej zaznaczonej gminy wskaż animatora GOPS i radnego gminy.';
        ctx.addIssue({ code: 'custom', path: ['people'], message });
        break;
      }
    }
  });
export type NotificationInput = z.input<typeof notificationSchema>;

export const resubmitSchema = z.object({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });

export const reviewSchema = z
  .object({
    id: z.coerce.number().int().positive(),
    version: z.coerce.number().int().positive(),
    decision: z.enum(['accept', 'return'], { error: 'Wybierz decyzję.' }),
    comment: optionalText(2000),
  })
  .refine((v) => v.decision === 'accept' || !!v.comment, { path: ['comment'], message: 'Napisz, co trzeba poprawić — zobaczy to osoba, która wysłała zgłoszenie.' });
export type ReviewInput = z.input<typeof reviewSchema>;

export const itemStatusSchema = z.object({
  itemId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  status: z.enum(['not_started', 'in_progress', 'done', 'not_applicable'], { error: 'Wybierz stan.' }),
  actualStart: z.union([z.literal('').transform(() => undefined), isoDate]).optional(),
  actualEnd: z.union([z.literal('').transform(() => undefined), isoDate]).optional(),
  naReason: optionalText(LIMITS.reason),
  outOfOrderReason: optionalText(LIMITS.reason),
  notes: optionalText(LIMITS.longText),
});
export type ItemStatusInput = z.input<typeof itemStatusSchema>;

export const checkSchema = z.object({
  itemId: z.coerce.number().int().positive(),
  checklistItemId: z.coerce.number().int().positive(),
  done: z.boolean(),
});

export const occurrenceSchema = z.object({
  occurrenceId: z.coerce.number().int().positive(),
  done: z.boolean(),
  note: optionalText(LIMITS.reason),
});

export const evidenceTitleSchema = z.object({ itemId: z.coerce.number().int().positive(), title: requiredText(300) });
export { isoDate };
