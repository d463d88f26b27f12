import { z } from 'zod';
import { warsawLocalToUtc } from '@/lib/pzk/meeting-schemas';
import { LIMITS, MESSAGES, emailField, requiredText } from '@/lib/validation/fields';

/** The kinds of the województwo's own events (ROPS): step 1's info meetings, animators' meetings, trainings, conferences. */
export const EVENT_KINDS = {
  info_meeting: 'Spotkanie informacyjne',
  animators_meeting: 'Spotkanie animatorów',
  training: 'Szkolenie',
  conference: 'Konferencja',
  other: 'Inne wydarzenie',
} as const;
export type EventKind = keyof typeof EVENT_KINDS;

export const REGISTRATION_STATUSES = { confirmed: 'potwierdzone', waiting: 'lista rezerwowa', cancelled: 'rezygnacja' } as const;

export const EVENT_LIMITS = { title: 300, description: 5000, place: 300, onlineUrl: 500, maxCapacity: 5000, institution: 300 } as const;

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional());

const localDateTime = (what: string) =>
  z
    .string({ error: `Podaj ${what}.` })
    .trim()
    .min(1, { error: `Podaj ${what}.`, abort: true })
    .refine((v) => warsawLocalToUtc(v) !== null, 'Podaj datę i godzinę (dd.mm.rrrr gg:mm).');

const flags = z.preprocess((v) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []), z.array(z.enum(['public', 'registration'])));

/** A new event (no eventId, version 0) or changes to one (its id and the version edited). */
export const eventSchema = z
  .object({
    eventId: optionalId,
    version: z.coerce.number().int().min(0),
    kind: z.enum(Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]], { error: 'Wybierz rodzaj wydarzenia.' }),
    title: requiredText(EVENT_LIMITS.title),
    description: z.string().trim().max(EVENT_LIMITS.description, MESSAGES.maxLength(EVENT_LIMITS.description)).optional().transform((v) => v ?? ''),
    startsAt: localDateTime('początek wydarzenia'),
    endsAt: localDateTime('koniec wydarzenia'),
    place: z.string().trim().max(EVENT_LIMITS.place, MESSAGES.maxLength(EVENT_LIMITS.place)).optional().transform((v) => v ?? ''),
    onlineUrl: z
      .string()
      .trim()
      .max(EVENT_LIMITS.onlineUrl, MESSAGES.maxLength(EVENT_LIMITS.onlineUrl))
      .refine((v) => v === '' || /^https:\/\/\S+$/.test(v), 'Podaj adres zaczynający się od https://.')
      .optional()
      .transform((v) => v ?? ''),
    flags,
    capacity: z.preprocess(
      (v) => (v === '' || v == null ? undefined : typeof v === 'string' ? Number(v.trim()) : v),
      z.number({ error: 'Podaj liczbę miejsc.' }).int('Podaj liczbę całkowitą.').min(1, 'Co najmniej 1 miejsce.').max(EVENT_LIMITS.maxCapacity, `Najwyżej ${EVENT_LIMITS.maxCapacity} miejsc.`).optional(),
    ),
  })
  .superRefine((v, ctx) => {
    const s = warsawLocalToUtc(v.startsAt);
    const e = warsawLocalToUtc(v.endsAt);
    if (s && e && e.getTime() <= s.getTime()) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Koniec musi być późniejszy niż początek.' });
    if (!v.place && !v.onlineUrl) ctx.addIssue({ code: 'custom', path: ['place'], message: 'Podaj miejsce albo adres spotkania online.' });
    if (v.flags.includes('registration') && !v.flags.includes('public')) ctx.addIssue({ code: 'custom', path: ['flags'], message: 'Zapisy przez formularz są możliwe tylko dla wydarzenia publicznego.' });
  });
export type EventInput = z.input<typeof eventSchema>;

/** The public registration form. */
export const registrationSchema = z.object({
  eventId: id,
  name: requiredText(LIMITS.name),
  institution: requiredText(EVENT_LIMITS.institution),
  email: emailField,
  gminaId: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number({ error: 'Wybierz gminę z listy.' }).int().positive({ error: 'Wybierz gminę z listy.' })),
});
export type RegistrationInput = z.input<typeof registrationSchema>;

/** The cancellation link's secret (43 characters of base64url). */
export const cancelSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Link rezygnacji jest niepoprawny.') });

/** Invitations to an event: institutions of the registry. */
export const invitationSchema = z.object({
  eventId: id,
  institutionIds: z.preprocess((v) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []), z.array(z.coerce.number().int().positive()).min(1, 'Wybierz co najmniej jedną instytucję.')),
});
export type InvitationInput = z.input<typeof invitationSchema>;

/** Closing the attendance list (the info meeting's occurrence is then done). */
export const eventVersionSchema = z.object({ eventId: id, version: z.coerce.number().int().positive() });

/** Cancelling an event: the reason goes to everyone registered or waiting. */
export const eventCancelSchema = eventVersionSchema.extend({
  reason: z.string().trim().min(5, 'Podaj powód odwołania (co najmniej 5 znaków) — trafi do osób zapisanych.').max(1000, 'Powód odwołania może mieć najwyżej 1000 znaków.'),
});
