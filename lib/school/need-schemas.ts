import { z } from 'zod';
import { requiredText } from '@/lib/validation/fields';
import { count, plural, WORDS } from '@/lib/plural';
import { TRAINING_KIND_VALUES, TRAINING_KINDS, type TrainingKind } from './training-schemas';

/** Training needs (zapotrzebowanie szkoleniowe) reported to the ROPS adviser for the next year's plan. */

export const NEED_LIMITS = { topic: 300, description: 5000, minParticipants: 1, maxParticipants: 999, minYear: 2024, maxYear: 2100 } as const;

export const needSchema = z.object({
  year: z.coerce
    .number({ error: 'Podaj rok.' })
    .int('Podaj rok, np. 2027.')
    .min(NEED_LIMITS.minYear, `Rok nie wcześniejszy niż ${NEED_LIMITS.minYear}.`)
    .max(NEED_LIMITS.maxYear, `Rok nie późniejszy niż ${NEED_LIMITS.maxYear}.`),
  kind: z.enum(TRAINING_KIND_VALUES, { error: 'Wybierz rodzaj szkolenia.' }),
  topic: requiredText(NEED_LIMITS.topic),
  description: z
    .string()
    .trim()
    .max(NEED_LIMITS.description, `Maksymalnie ${count(NEED_LIMITS.description, WORDS.char)}.`)
    .optional()
    .transform((v) => v ?? ''),
  participants: z.coerce
    .number({ error: 'Podaj przewidywaną liczbę uczestników.' })
    .int('Podaj liczbę całkowitą.')
    .min(NEED_LIMITS.minParticipants, 'Co najmniej 1 uczestnik.')
    .max(NEED_LIMITS.maxParticipants, `Najwyżej ${count(NEED_LIMITS.maxParticipants, WORDS.participant)}.`),
});
export type NeedInput = z.input<typeof needSchema>;

export interface NeedTotals {
  byKind: { kind: TrainingKind; label: string; needs: number; participants: number }[];
  needs: number;
  participants: number;
}

/** For planning: how many needs of each kind and how many people they would bring, and in total. */
export function needTotals(rows: { kind: TrainingKind; participants: number }[]): NeedTotals {
  const byKind = TRAINING_KIND_VALUES.map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    return { kind, label: TRAINING_KINDS[kind], needs: of.length, participants: of.reduce((n, r) => n + r.participants, 0) };
  });
  return { byKind, needs: rows.length, participants: rows.reduce((n, r) => n + r.participants, 0) };
}

/** "3 zgłoszenia, 45 uczestników". */
export function needsSummary(t: { needs: number; participants: number }): string {
  return `${t.needs} ${plural(t.needs, WORDS.need)}, ${t.participants} ${plural(t.participants, WORDS.participant)}`;
}
