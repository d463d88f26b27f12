import { z } from 'zod';
import { count, WORDS } from '@/lib/plural';
import { LIMITS, MESSAGES, requiredText } from '@/lib/validation/fields';
import { warsawLocalToUtc } from '@/lib/pzk/meeting-schemas';

/*
 * The forms of the WZK pages: one schema per form, shared by the form (react-hook-form) and the
 * server (lib/wzk). The województwo is never an input: it is the acting ROPS's own.
 */

export const WZK_LIMITS = { place: 300, onlineUrl: 500, minDuration: 15, maxDuration: 480, decision: 2000, personName: 200, minutes: 50_000, evaluation: 20_000 } as const;

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional());
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, MESSAGES.maxLength(max))
    .optional()
    .transform((v) => v ?? '');

const localDateTime = z
  .string({ error: 'Podaj datę i godzinę.' })
  .trim()
  .refine((v) => warsawLocalToUtc(v) !== null, 'Podaj datę i godzinę (dd.mm.rrrr gg:mm).');

const httpsUrl = text(WZK_LIMITS.onlineUrl).refine((v) => {
  if (!v) return true;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' && !!u.hostname;
  } catch {
    return false;
  }
}, 'Link do spotkania online musi zaczynać się od https://.');

const isoDay = z
  .string({ error: 'Podaj termin (data).' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Podaj termin (data).', abort: true })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'Podaj poprawną datę (dd.mm.rrrr).');

/** Planning a meeting (no meetingId, version 0) or editing one (its id and the version edited). */
export const wzkMeetingSchema = z
  .object({
    meetingId: optionalId,
    version: z.coerce.number().int().min(0),
    startsAt: localDateTime,
    durationMinutes: z.coerce
      .number({ error: 'Podaj czas trwania w minutach.' })
      .int('Podaj pełne minuty.')
      .min(WZK_LIMITS.minDuration, `Co najmniej ${count(WZK_LIMITS.minDuration, WORDS.minute)}.`)
      .max(WZK_LIMITS.maxDuration, `Najwyżej ${count(WZK_LIMITS.maxDuration, WORDS.minute)}.`),
    place: text(WZK_LIMITS.place),
    onlineUrl: httpsUrl,
    agenda: text(LIMITS.longText),
  })
  .superRefine((v, ctx) => {
    if (!v.place && !v.onlineUrl) ctx.addIssue({ code: 'custom', path: ['place'], message: 'Podaj miejsce spotkania albo link do spotkania online.' });
  });
export type WzkMeetingInput = z.input<typeof wzkMeetingSchema>;

/** Attendance is saved as a whole: a row per member (party), present or not, and who came for it. */
export const wzkAttendanceSchema = z.object({
  meetingId: id,
  rows: z
    .array(
      z.object({
        partyKey: z.string().trim().min(1).max(40),
        present: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()),
        personName: text(WZK_LIMITS.personName),
      }),
    )
    .max(200),
});
export type WzkAttendanceInput = z.input<typeof wzkAttendanceSchema>;

/** A decision of the WZK, tracked as a task: what, which member (party) owns it, by when. */
export const wzkDecisionSchema = z.object({
  meetingId: id,
  text: requiredText(WZK_LIMITS.decision),
  ownerPartyKey: z.string({ error: 'Wybierz odpowiedzialnego członka WZK.' }).trim().min(1, 'Wybierz odpowiedzialnego członka WZK.').max(40),
  dueOn: isoDay,
});
export type WzkDecisionInput = z.input<typeof wzkDecisionSchema>;

export const wzkDecisionStatusSchema = z.object({
  decisionId: id,
  version: z.coerce.number().int().positive(),
  status: z.enum(['open', 'done']),
});

export const wzkMinutesSchema = z.object({
  meetingId: id,
  version: z.coerce.number().int().positive(),
  minutes: text(WZK_LIMITS.minutes),
  publish: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()).default(false),
});
export type WzkMinutesInput = z.input<typeof wzkMinutesSchema>;

/**
 * The third level of evaluation ("Trzeci poziom ewaluacji … Wojewódzki Zespół Kooperacji") and the
 * recommendations, split as the model's step 10.2 splits them.
 */
export const REGIONAL_EVALUATION_FIELDS = [
  { key: 'evaluation', label: 'Ewaluacja współpracy pionowej (samorząd województwa, powiaty, gminy)', hint: 'Na podstawie pracy WZK oraz ewaluacji i rekomendacji przesłanych przez radnych i animatorów.' },
  { key: 'recommendationsLocal', label: 'Rekomendacje powiatowo-gminne', hint: '' },
  { key: 'recommendationsRegional', label: 'Rekomendacje wojewódzkie', hint: '' },
  { key: 'recommendationsLegal', label: 'Rekomendacje dotyczące zmian prawnych i organizacyjnych', hint: '' },
  { key: 'recommendationsOzps', label: 'Rekomendacje do oceny zasobów pomocy społecznej (OZPS)', hint: '' },
] as const;
export type RegionalEvaluationKey = (typeof REGIONAL_EVALUATION_FIELDS)[number]['key'];

/** The years one may write an evaluation for. */
export const EVALUATION_YEARS = { min: 2020, max: 2100 } as const;

export const regionalEvaluationSchema = z.object({
  year: z.coerce.number().int().min(EVALUATION_YEARS.min, 'Nieprawidłowy rok.').max(EVALUATION_YEARS.max, 'Nieprawidłowy rok.'),
  /** 0 when nothing was saved for the year yet. */
  version: z.coerce.number().int().min(0),
  evaluation: text(WZK_LIMITS.evaluation),
  recommendationsLocal: text(WZK_LIMITS.evaluation),
  recommendationsRegional: text(WZK_LIMITS.evaluation),
  recommendationsLegal: text(WZK_LIMITS.evaluation),
  recommendationsOzps: text(WZK_LIMITS.evaluation),
});
export type RegionalEvaluationInput = z.input<typeof regionalEvaluationSchema>;
