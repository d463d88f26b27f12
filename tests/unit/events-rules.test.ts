import { describe, expect, it } from 'vitest';
import { placesLeft, registrationClosedReason, statusForNew, toPromote } from '@/lib/events/rules';

describe('event capacity rules', () => {
  it('confirms while places are free, then puts people on the waiting list', () => {
    expect(statusForNew(3, 0)).toBe('confirmed');
    expect(statusForNew(3, 2)).toBe('confirmed');
    expect(statusForNew(3, 3)).toBe('waiting');
    expect(statusForNew(null, 500)).toBe('confirmed');
  });
  it('counts the places left, never below zero', () => {
    expect(placesLeft(30, 2)).toBe(28);
    expect(placesLeft(2, 3)).toBe(0);
    expect(placesLeft(null, 3)).toBeNull();
  });
  it('promotes the earliest waiting people, as many as places are free', () => {
    expect(toPromote(3, 2, ['a', 'b', 'c'])).toEqual(['a']);
    expect(toPromote(5, 2, ['a', 'b'])).toEqual(['a', 'b']);
    expect(toPromote(2, 2, ['a'])).toEqual([]);
    expect(toPromote(null, 9, ['a', 'b'])).toEqual(['a', 'b']);
  });
  it('takes registrations only for a public, open, not cancelled event that has not started', () => {
    const now = new Date('2027-01-10T09:00:00Z');
    const base = { isPublic: true, registrationOpen: true, cancelledAt: null, startsAt: new Date('2027-02-01T09:00:00Z') };
    expect(registrationClosedReason(base, now)).toBeNull();
    expect(registrationClosedReason({ ...base, registrationOpen: false }, now)).toBe('Zapisy na to wydarzenie nie są prowadzone.');
    expect(registrationClosedReason({ ...base, isPublic: false }, now)).toBe('Zapisy na to wydarzenie nie są prowadzone.');
    expect(registrationClosedReason({ ...base, cancelledAt: now }, now)).toBe('To wydarzenie zostało odwołane.');
    expect(registrationClosedReason({ ...base, startsAt: now }, now)).toContain('rozpoczęło');
  });
});
