/*
 * The capacity rules of a public event's registration — pure, no I/O. lib/events/registrations.ts
 * applies them inside one transaction that holds the event row locked, so two sign-ups never see
 * the same free place.
 */

export type RegistrationStatus = 'confirmed' | 'waiting' | 'cancelled';

/** Free places left, or null when the event has no limit. */
export function placesLeft(capacity: number | null, confirmed: number): number | null {
  if (capacity == null) return null;
  return Math.max(0, capacity - confirmed);
}

/** A new registration: a place while one is free (or there is no limit), else the waiting list. */
export function statusForNew(capacity: number | null, confirmed: number): 'confirmed' | 'waiting' {
  if (capacity == null) return 'confirmed';
  return confirmed < capacity ? 'confirmed' : 'waiting';
}

/**
 * Who moves up from the waiting list after places freed (a cancellation, a larger capacity): the
 * earliest registrations first, as many as there are free places. `waiting` is in registration order.
 */
export function toPromote<T>(capacity: number | null, confirmed: number, waiting: readonly T[]): T[] {
  const free = capacity == null ? waiting.length : Math.max(0, capacity - confirmed);
  return waiting.slice(0, free);
}

/** Said of a cancelled event wherever something is asked of it. */
export const EVENT_CANCELLED_MESSAGE = 'To wydarzenie zostało odwołane.';

/** Registration is taken only for a public, not cancelled event with registration open that has not started. */
export function registrationClosedReason(e: { isPublic: boolean; registrationOpen: boolean; cancelledAt: Date | null; startsAt: Date }, now: Date): string | null {
  if (!e.isPublic || !e.registrationOpen) return 'Zapisy na to wydarzenie nie są prowadzone.';
  if (e.cancelledAt) return EVENT_CANCELLED_MESSAGE;
  if (e.startsAt.getTime() <= now.getTime()) return 'Zapisy są zamknięte — wydarzenie już się rozpoczęło.';
  return null;
}
