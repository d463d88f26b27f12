import { z } from 'zod';
import { LIMITS, MESSAGES, requiredText } from '@/lib/validation/fields';
import { count, WORDS } from '@/lib/plural';
import { MEETING_KIND_KEYS, unknownAgendaKeys } from './meeting-kinds';

// The kinds and their agenda points are data in meeting-kinds.ts; re-exported for existing callers.
export { MEETING_KINDS, type MeetingKind } from './meeting-kinds';

/** The model's three areas of a meeting's agenda, in its order. */
export const AGENDA_AREAS = [
  { key: 'agendaResources', label: 'Własne umiejętności i zasoby' },
  { key: 'agendaCases', label: 'Konsultacje przypadków' },
  { key: 'agendaMethods', label: 'Praca metodyczna z osobami i rodzinami' },
] as const;

export const MEETING_LIMITS = { place: 300, onlineUrl: 500, minDuration: 15, maxDuration: 480, decision: 2000, consultationText: 300, minutes: 50_000 } as const;

// ---------------------------------------------------------------------------
// Polish wall-clock time (what a datetime-local field holds) ↔ UTC instants
// ---------------------------------------------------------------------------

const ZONE = 'Europe/Warsaw';
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const partsFormat = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

function warsawParts(d: Date) {
  const p = Object.fromEntries(partsFormat.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute, s: +p.second };
}

/** Minutes Warsaw is ahead of UTC at the instant `d` (60 in winter, 120 in summer). */
function warsawOffsetMinutes(d: Date): number {
  const p = warsawParts(d);
  return Math.round((Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
}

/**
 * "2027-03-28T10:00" read as Polish time → the UTC instant, DST-aware. A time skipped by the
 * spring change (02:xx on the last Sunday of March) is taken as the summer time an hour later; an
 * autumn time that happens twice is taken as the first (summer) one. Null when not a valid time.
 */
export function warsawLocalToUtc(local: string): Date | null {
  const m = LOCAL_RE.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(naive);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Try the offset before and after a possible change; keep one that maps back to the same wall time.
  const candidates = [...new Set([warsawOffsetMinutes(new Date(naive - 3 * 3600_000)), warsawOffsetMinutes(new Date(naive + 3 * 3600_000))])].sort((a, b) => b - a);
  for (const off of candidates) {
    const utc = new Date(naive - off * 60_000);
    if (utcToWarsawLocal(utc) === local) return utc;
  }
  return new Date(naive - Math.min(...candidates) * 60_000);
}

/** The UTC instant as Polish wall-clock time, in the datetime-local format "yyyy-mm-ddThh:mm". */
export function utcToWarsawLocal(d: Date): string {
  const p = warsawParts(d);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.y}-${two(p.mo)}-${two(p.d)}T${two(p.h)}:${two(p.mi)}`;
}

// ---------------------------------------------------------------------------
// Form schemas
// ---------------------------------------------------------------------------

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional());

const localDateTime = z
  .string({ error: 'Podaj datę i godzinę.' })
  .trim()
  .refine((v) => warsawLocalToUtc(v) !== null, 'Podaj datę i godzinę (dd.mm.rrrr gg:mm).');

const httpsUrl = z
  .string()
  .trim()
  .max(MEETING_LIMITS.onlineUrl, MESSAGES.maxLength(MEETING_LIMITS.onlineUrl))
  .refine((v) => {
    if (!v) return true;
    try {
      const u = new URL(v);
      return u.protocol === 'https:' && !!u.hostname;
    } catch {
      return false;
    }
  }, 'Link do spotkania online musi zaczynać się od https://.')
  .optional()
  .transform((v) => v ?? '');

const agendaText = z
  .string()
  .trim()
  .max(LIMITS.longText, MESSAGES.maxLength(LIMITS.longText))
  .optional()
  .transform((v) => v ?? '');

/** Planning a meeting (no meetingId, version 0) or editing one (its id and the version edited). */
export const meetingSchema = z
  .object({
    pzkId: id,
    meetingId: optionalId,
    version: z.coerce.number().int().min(0),
    occurrenceId: optionalId,
    kind: z.enum(MEETING_KIND_KEYS, { error: 'Wybierz rodzaj spotkania.' }),
    startsAt: localDateTime,
    durationMinutes: z.coerce
      .number({ error: 'Podaj czas trwania w minutach.' })
      .int('Podaj pełne minuty.')
      .min(MEETING_LIMITS.minDuration, `Co najmniej ${count(MEETING_LIMITS.minDuration, WORDS.minute)}.`)
      .max(MEETING_LIMITS.maxDuration, `Najwyżej ${count(MEETING_LIMITS.maxDuration, WORDS.minute)}.`),
    place: z
      .string()
      .trim()
      .max(MEETING_LIMITS.place, MESSAGES.maxLength(MEETING_LIMITS.place))
      .optional()
      .transform((v) => v ?? ''),
    onlineUrl: httpsUrl,
    agendaResources: agendaText,
    agendaCases: agendaText,
    agendaMethods: agendaText,
    /** The kind's own agenda points done at the meeting (Kooperacje 3D forming meetings). */
    agendaDone: z.preprocess((v) => (v == null || v === false ? [] : typeof v === 'string' ? [v] : v), z.array(z.string().max(40)).max(20)).default([]),
  })
  .superRefine((v, ctx) => {
    if (!v.place && !v.onlineUrl) ctx.addIssue({ code: 'custom', path: ['place'], message: 'Podaj miejsce spotkania albo link do spotkania online.' });
    if (unknownAgendaKeys(v.kind, v.agendaDone).length) ctx.addIssue({ code: 'custom', path: ['agendaDone'], message: 'Zaznacz tylko punkty porządku tego rodzaju spotkania.' });
  });
export type MeetingInput = z.input<typeof meetingSchema>;

/** Attendance is saved as a whole: the ids of the members present; everyone else was absent. */
export const attendanceSchema = z.object({
  pzkId: id,
  meetingId: id,
  present: z.array(z.coerce.number().int().positive()).default([]),
});

export const decisionSchema = z.object({
  pzkId: id,
  meetingId: id,
  text: requiredText(MEETING_LIMITS.decision),
  ownerMemberId: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number({ error: 'Wybierz osobę odpowiedzialną.' }).int().positive({ error: 'Wybierz osobę odpowiedzialną.' })),
  dueOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Podaj termin (data).', abort: true })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'Podaj poprawną datę.'),
});

export const decisionStatusSchema = z.object({
  pzkId: id,
  decisionId: id,
  version: z.coerce.number().int().positive(),
  status: z.enum(['open', 'done']),
});

/** A consultation slot: who, when, and a general description of for whom — never a family's data. */
export const consultationSchema = z.object({
  pzkId: id,
  meetingId: id,
  specialist: requiredText(MEETING_LIMITS.consultationText),
  startsAt: localDateTime,
  forWhom: requiredText(MEETING_LIMITS.consultationText),
});

export const consultationDeleteSchema = z.object({ pzkId: id, consultationId: id });

export const minutesSchema = z.object({
  pzkId: id,
  meetingId: id,
  version: z.coerce.number().int().positive(),
  minutes: z
    .string()
    .trim()
    .max(MEETING_LIMITS.minutes, MESSAGES.maxLength(MEETING_LIMITS.minutes))
    .optional()
    .transform((v) => v ?? ''),
  publish: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()).default(false),
});

