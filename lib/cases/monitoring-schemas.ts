import { z } from 'zod';
import type { TaskStatus } from '@/db/schema';
import { idField, LIMITS, optionalIdField, optionalText, requiredText } from '@/lib/validation/fields';
import { caseDateField } from './date-rules';
import { SESSION_KINDS, TASK_STATUS_LABELS } from './vocabulary';

/*
 * The monitoring page's forms (client-importable: no database, no server-only): the monthly
 * monitoring meeting with the family, and the workshops / team reviews / supervision sessions.
 * Scales and task statuses travel as arrays of {key, value} — goal and task keys are data, not
 * field names.
 */

const scaleMessage = 'Podaj liczbę całkowitą od 0 do 10.';

/** A value on the 0–10 scale; the form sends a string, blank means not given. */
export const scaleField = z.preprocess(
  (v) => (v === '' || v == null ? undefined : typeof v === 'string' ? Number(v.replace(',', '.')) : v),
  z.number({ error: scaleMessage }).int({ error: scaleMessage }).min(0, { error: scaleMessage }).max(10, { error: scaleMessage }),
);

const key = z.string().trim().min(1).max(100);

export const TASK_STATUS_KEYS = Object.keys(TASK_STATUS_LABELS) as [TaskStatus, ...TaskStatus[]];

export const monitoringSchema = z.object({
  caseId: idField(),
  heldOn: caseDateField('monitoring'),
  scales: z.array(z.object({ goalKey: key, value: scaleField })).max(100),
  satisfaction: scaleField,
  taskStatuses: z.array(z.object({ taskKey: key, status: z.enum(TASK_STATUS_KEYS, { error: 'Wybierz stan zadania.' }) })).max(500),
  notes: optionalText(LIMITS.longText),
});
export type MonitoringInput = z.input<typeof monitoringSchema>;

export type SessionKind = keyof typeof SESSION_KINDS;
export const SESSION_KIND_KEYS = Object.keys(SESSION_KINDS) as [SessionKind, ...SessionKind[]];

export const sessionSchema = z.object({
  caseId: idField(),
  kind: z.enum(SESSION_KIND_KEYS, { error: 'Wybierz, co się odbyło.' }),
  heldOn: caseDateField('session'),
  ippId: optionalIdField,
  meetingId: optionalIdField,
  participants: requiredText(LIMITS.reason),
  notes: optionalText(LIMITS.longText),
});
export type SessionInput = z.input<typeof sessionSchema>;

/** The IPP whose period contains `on` (ISO dates compare as strings). */
export function ippCovering<T extends { startsOn: string; endsOn: string }>(ipps: readonly T[], on: string): T | undefined {
  return ipps.find((i) => i.startsOn <= on && on <= i.endsOn);
}

export const NO_IPP_FOR_DATE = 'Brak IPP obejmującego tę datę';
