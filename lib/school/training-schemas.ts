import { z } from 'zod';
import { dateField, idField, optionalIdField, requiredText } from '@/lib/validation/fields';
import { parseHours } from '@/lib/coaching/schemas';
import { count, plural, WORDS } from '@/lib/plural';

/*
 * Szkoła Kooperacji: the forms of a training and its participants, and the pure rules of the
 * zaświadczenia (numbers). No server code here — the client forms import it too.
 */

export const TRAINING_KINDS = {
  basic: 'szkolenie podstawowe',
  extended: 'szkolenie rozszerzone',
  specialist: 'szkolenie specjalistyczne',
  study_visit: 'wizyta studyjna',
} as const;
export type TrainingKind = keyof typeof TRAINING_KINDS;
export const TRAINING_KIND_VALUES = Object.keys(TRAINING_KINDS) as [TrainingKind, ...TrainingKind[]];

/** Which step of the schedule a basic training satisfies. */
export const TRAINING_STEPS = {
  '4': 'Krok 4 — animatorzy i radni',
  '6.1': 'Krok 6.1 — instytucje PZK',
} as const;
export type TrainingStep = keyof typeof TRAINING_STEPS;

/** The basic training's programme, as the model describes it; printed on every zaświadczenie. */
export const BASIC_PROGRAMME = ['zasady kooperacji', 'budowanie zespołu', 'praca Modelem', 'korzystanie z Platformy'] as const;

/** What the public verification page calls a zaświadczenie. */
export const CERTIFICATE_KIND_LABEL = 'Zaświadczenie ukończenia szkolenia podstawowego Szkoły Kooperacji';

export const TRAINING_LIMITS = { topic: 300, place: 300, trainer: 300, description: 5000, name: 200, function: 200, maxHours: 500, hoursStep: 0.5 } as const;

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().min(0);

/** Didactic hours (godziny dydaktyczne): optional (older trainings have none), "1,5" with a comma accepted. */
export const trainingHoursField = z.preprocess(
  (v) => (v === '' || v == null ? undefined : parseHours(v)),
  z
    .number({ error: 'Podaj liczbę godzin dydaktycznych, np. 8 albo 1,5.' })
    .refine((h) => !Number.isNaN(h), { error: 'Podaj liczbę godzin dydaktycznych, np. 8 albo 1,5.', abort: true })
    .refine((h) => h > 0, { error: 'Liczba godzin musi być większa od zera.', abort: true })
    .refine((h) => h <= TRAINING_LIMITS.maxHours, { error: `Szkolenie może mieć najwyżej ${count(TRAINING_LIMITS.maxHours, WORDS.didacticHourGen)}.`, abort: true })
    .refine((h) => Number.isInteger(h / TRAINING_LIMITS.hoursStep), 'Podaj godziny z dokładnością do pół godziny, np. 8 albo 1,5.')
    .optional(),
);

/** Recording a training (no trainingId, version 0) or editing one (its id and the version edited). */
export const trainingSchema = z
  .object({
    trainingId: optionalIdField,
    version,
    kind: z.enum(TRAINING_KIND_VALUES, { error: 'Wybierz rodzaj szkolenia.' }),
    topic: requiredText(TRAINING_LIMITS.topic),
    heldOn: dateField,
    hours: trainingHoursField,
    place: requiredText(TRAINING_LIMITS.place),
    trainer: requiredText(TRAINING_LIMITS.trainer),
    description: z
      .string()
      .trim()
      .max(TRAINING_LIMITS.description, `Maksymalnie ${count(TRAINING_LIMITS.description, WORDS.char)}.`)
      .optional()
      .transform((v) => v ?? ''),
    implementationId: optionalIdField,
    step: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.enum(['4', '6.1'], { error: 'Wybierz krok harmonogramu.' }).optional()),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'basic') return;
    if (!v.implementationId) ctx.addIssue({ code: 'custom', path: ['implementationId'], message: 'Wybierz wdrożenie, któremu służy szkolenie podstawowe.' });
    if (!v.step) ctx.addIssue({ code: 'custom', path: ['step'], message: 'Wybierz krok harmonogramu: 4 albo 6.1.' });
  });
export type TrainingInput = z.input<typeof trainingSchema>;

/** A participant with a user account of the województwo (name and institution copied from it). */
export const userParticipantSchema = z.object({
  trainingId: id,
  userId: z.string({ error: 'Wybierz konto użytkownika.' }).trim().min(1, 'Wybierz konto użytkownika.').uuid('Wybierz konto użytkownika.'),
});
export type UserParticipantInput = z.input<typeof userParticipantSchema>;

/** A person of an institution from the registry, without an account: name and function typed. */
export const institutionParticipantSchema = z.object({
  trainingId: id,
  institutionId: idField('Wybierz instytucję z rejestru.'),
  name: requiredText(TRAINING_LIMITS.name),
  function: requiredText(TRAINING_LIMITS.function),
});
export type InstitutionParticipantInput = z.input<typeof institutionParticipantSchema>;

export const removeParticipantSchema = z.object({ trainingId: id, participantId: id });

/** The attendance list, saved as a whole: the listed participants attended, the rest did not. */
export const trainingAttendanceSchema = z.object({ trainingId: id, attended: z.array(id).max(1000).default([]) });

export const closeAttendanceSchema = z.object({ trainingId: id, version });

// ---------------------------------------------------------------------------
// Pure rules
// ---------------------------------------------------------------------------

const NUMBER_RE = /^SZK\/(\d{4})\/(\d{4,})$/;

/** "SZK/2026/0007". */
export function certificateNumber(year: number, seq: number): string {
  return `SZK/${year}/${String(seq).padStart(4, '0')}`;
}

/** The sequence part of a number of the given year, or null (another year, malformed). */
export function certificateSeq(number: string | null | undefined, year: number): number | null {
  const m = number ? NUMBER_RE.exec(number) : null;
  return m && Number(m[1]) === year ? Number(m[2]) : null;
}

/** The next numbers of the year after the given ones: max + 1, max + 2… */
export function nextCertificateNumbers(existing: (string | null)[], year: number, count: number): string[] {
  const max = existing.reduce<number>((m, n) => Math.max(m, certificateSeq(n, year) ?? 0), 0);
  return Array.from({ length: count }, (_, i) => certificateNumber(year, max + i + 1));
}

/** Attendance may be closed (zaświadczenia issued) only for an open basic training with an attendee. */
export function closeProblem(t: { kind: TrainingKind; attendanceClosedAt: Date | null; implementationId: number | null; step: string | null }, attendees: number): string | null {
  if (t.attendanceClosedAt) return 'Lista obecności jest już zamknięta, a zaświadczenia wydane.';
  if (t.kind !== 'basic') return 'Zaświadczenia Szkoły Kooperacji wydaje się tylko po szkoleniu podstawowym.';
  if (!t.implementationId || !t.step) return 'Wskaż w szkoleniu wdrożenie i krok harmonogramu, któremu służy.';
  if (attendees < 1) return 'Zaznacz i zapisz obecność co najmniej jednej osoby.';
  return null;
}

/** The schedule's note: "Szkolenie podstawowe 20.09.2026: 3 uczestników (zaświadczenia wydane)". */
export function scheduleNote(heldOnFormatted: string, n: number): string {
  return `Szkolenie podstawowe ${heldOnFormatted}: ${n} ${plural(n, WORDS.participant)} (zaświadczenia wydane)`;
}
