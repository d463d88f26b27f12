import { z } from 'zod';
import { clock } from '@/lib/clock';
import { count, WORDS } from '@/lib/plural';
import { MESSAGES, requiredText } from '@/lib/validation/fields';

/** Step 7.1 of every PZK: internal mini-trainings (who led), coaching (coach) and team supervision (supervisor). */
export const COACHING_KINDS = {
  internal_training: 'szkolenie wewnętrzne (mini-szkolenie)',
  coaching: 'coaching',
  supervision: 'superwizja zespołowa',
} as const;
const KIND_VALUES = Object.keys(COACHING_KINDS) as [CoachingKind, ...CoachingKind[]];
export type CoachingKind = keyof typeof COACHING_KINDS;

export const COACHING_LIMITS = { maxHours: 24, hoursStep: 0.5, leader: 300, participants: 2000, topic: 2000, minParticipants: 1, maxParticipants: 200 } as const;

/** The form's hint wherever people are named: participants are staff, never a family. */
export const NO_FAMILY_DATA_HINT = 'Nie wpisuj danych osób i rodzin.';

/** "1,5" and "1.5" alike (a Polish keyboard types the comma); NaN when not a number. */
export function parseHours(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return Number.NaN;
  const t = v.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** Hours with the Polish decimal comma and no trailing zero: 12.5 → "12,5", 4 → "4". */
export const formatHours = (h: number) => h.toLocaleString('pl-PL', { maximumFractionDigits: 1, useGrouping: false });

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional());

const hours = z.preprocess(
  parseHours,
  z
    .number({ error: 'Podaj liczbę godzin, np. 1,5.' })
    .refine((h) => !Number.isNaN(h), { error: 'Podaj liczbę godzin, np. 1,5.', abort: true })
    .refine((h) => h > 0, { error: 'Liczba godzin musi być większa od zera.', abort: true })
    .refine((h) => h <= COACHING_LIMITS.maxHours, { error: `Sesja może trwać najwyżej ${COACHING_LIMITS.maxHours} godz.`, abort: true })
    .refine((h) => Number.isInteger(h / COACHING_LIMITS.hoursStep), 'Podaj godziny z dokładnością do pół godziny, np. 1 albo 1,5.'),
);

/**
 * A session's date: a real calendar date, not in the future (a session is recorded after it took
 * place). The server also refuses a date before the implementation's start (it needs the database).
 */
const heldOn = z
  .string({ error: 'Podaj datę sesji.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Podaj datę sesji.', abort: true })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { error: 'Podaj poprawną datę.', abort: true })
  .refine((v) => v <= clock.today(), 'Data sesji nie może być z przyszłości — zapisz sesję po jej odbyciu.');

/** Recording a session (no sessionId, version 0) or editing one (its id and the version edited). */
export const coachingSessionSchema = z
  .object({
    pzkId: id,
    sessionId: optionalId,
    version: z.coerce.number().int().min(0),
    kind: z.enum(KIND_VALUES, { error: 'Wybierz rodzaj sesji.' }),
    heldOn,
    hours,
    leader: requiredText(COACHING_LIMITS.leader),
    participants: requiredText(COACHING_LIMITS.participants),
    participantCount: z.preprocess(
      (v) => (v === '' || v == null ? undefined : typeof v === 'string' ? Number(v.trim()) : v),
      z
        .number({ error: 'Podaj liczbę uczestników.' })
        .int('Podaj liczbę całkowitą.')
        .min(COACHING_LIMITS.minParticipants, `Co najmniej ${count(COACHING_LIMITS.minParticipants, WORDS.participant)}.`)
        .max(COACHING_LIMITS.maxParticipants, `Najwyżej ${count(COACHING_LIMITS.maxParticipants, WORDS.participant)}.`),
    ),
    topic: z
      .string()
      .trim()
      .max(COACHING_LIMITS.topic, MESSAGES.maxLength(COACHING_LIMITS.topic))
      .optional()
      .transform((v) => v ?? ''),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'internal_training' && !v.topic) ctx.addIssue({ code: 'custom', path: ['topic'], message: 'Podaj temat szkolenia wewnętrznego.' });
  });
export type CoachingSessionInput = z.input<typeof coachingSessionSchema>;

export const coachingDeleteSchema = z.object({ pzkId: id, sessionId: id, version: z.coerce.number().int().positive() });

/**
 * "Razem: 12,5 godz. coachingu i 4 godz. superwizji w 9 sesjach." — the sums of a team's sessions;
 * with internal trainings: "Razem: 3 godz. szkoleń wewnętrznych, 12,5 godz. coachingu i 4 godz. superwizji w 10 sesjach."
 */
export function coachingTotalsSentence(t: { internalTrainingHours?: number; coachingHours: number; supervisionHours: number; sessions: number }): string {
  if (!t.sessions) return 'Nie zapisano jeszcze żadnego szkolenia wewnętrznego, coachingu ani superwizji.';
  const internal = t.internalTrainingHours ? `${formatHours(t.internalTrainingHours)} godz. szkoleń wewnętrznych, ` : '';
  return `Razem: ${internal}${formatHours(t.coachingHours)} godz. coachingu i ${formatHours(t.supervisionHours)} godz. superwizji w ${count(t.sessions, WORDS.sessionLoc)}.`;
}
