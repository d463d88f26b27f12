import { z } from 'zod';
import { MESSAGES } from '@/lib/validation/fields';
import { isCompetenceKey, RATINGS, SPECIALISATION_VALUES } from './competences';

/* The "Mój profil zawodowy" form, checked alike in the browser and on the server. */

export const STAFF_LIMITS = { qualifications: 5000, specialisationArea: 300, developmentPath: 5000 } as const;

const text = (max: number) => z.string({ error: MESSAGES.required }).trim().max(max, { error: MESSAGES.maxLength(max) });

const RATING_MESSAGE = `Oceń w skali od 1 (${RATINGS[1]}) do 5 (${RATINGS[5]}).`;

/** A rating from a radio group: '1'…'5'; an unanswered group (empty, null) is left out of the ratings. */
const rating = z.coerce.number({ error: RATING_MESSAGE }).int({ error: RATING_MESSAGE }).min(1, { error: RATING_MESSAGE }).max(5, { error: RATING_MESSAGE });

const competences = z.preprocess(
  (v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, r]) => r !== '' && r != null)) : v),
  z
    .record(z.string(), rating, { error: 'Nieprawidłowa samoocena kompetencji.' })
    .superRefine((ratings, ctx) => {
      for (const key of Object.keys(ratings))
        if (!isCompetenceKey(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'Nie ma takiej kompetencji na liście — odśwież stronę i oceń ponownie.' });
    }),
);

export const staffProfileSchema = z
  .object({
    /** The profile's version the form was opened with (0: no profile saved yet). */
    version: z.coerce.number().int().min(0),
    qualifications: text(STAFF_LIMITS.qualifications),
    specialisation: z.enum(SPECIALISATION_VALUES, { error: 'Wybierz stopień specjalizacji (także „brak”).' }),
    specialisationArea: text(STAFF_LIMITS.specialisationArea),
    competences,
    developmentPath: text(STAFF_LIMITS.developmentPath),
  })
  .superRefine((v, ctx) => {
    if (v.specialisation !== 'none' && !v.specialisationArea)
      ctx.addIssue({ code: 'custom', path: ['specialisationArea'], message: 'Podaj dziedzinę specjalizacji, np. „praca socjalna ze społecznością lokalną”.' });
  })
  // Without a specialisation there is no area to keep.
  .transform((v) => ({ ...v, specialisationArea: v.specialisation === 'none' ? '' : v.specialisationArea, competences: v.competences as Record<string, number> }));

export type StaffProfileInput = z.input<typeof staffProfileSchema>;
export type StaffProfileValues = z.output<typeof staffProfileSchema>;
