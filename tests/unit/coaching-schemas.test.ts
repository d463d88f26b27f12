import { describe, expect, it } from 'vitest';
import { coachingDeleteSchema, coachingSessionSchema, coachingTotalsSentence, formatHours, parseHours } from '@/lib/coaching/schemas';
import { clock } from '@/lib/clock';
import { addDays } from '@/lib/model/dates';

const base = {
  pzkId: '7',
  version: '0',
  kind: 'coaching',
  heldOn: '2024-03-12',
  hours: '1,5',
  leader: 'Anna Wiśniewska, coach ICF (Fundacja „Razem”)',
  participants: 'Pracownicy socjalni MOPR, asystenci rodziny',
  participantCount: '6',
  topic: '',
};

const errors = (over: Record<string, unknown>) => {
  const r = coachingSessionSchema.safeParse({ ...base, ...over });
  if (r.success) return null;
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('coaching session form', () => {
  it('reads hours typed with a Polish decimal comma', () => {
    const r = coachingSessionSchema.parse(base);
    expect(r.hours).toBe(1.5);
    expect(r.participantCount).toBe(6);
    expect(r.sessionId).toBeUndefined();
    expect(r.topic).toBe('');
  });

  it.each([
    ['2', 2],
    ['2.5', 2.5],
    [' 24 ', 24],
    ['0,5', 0.5],
  ])('hours %j → %d', (typed, hours) => {
    expect(coachingSessionSchema.parse({ ...base, hours: typed }).hours).toBe(hours);
  });

  it.each([
    ['0', 'Liczba godzin musi być większa od zera.'],
    ['24,5', 'Sesja może trwać najwyżej 24 godz.'],
    ['0,25', 'Podaj godziny z dokładnością do pół godziny, np. 1 albo 1,5.'],
    ['1,75', 'Podaj godziny z dokładnością do pół godziny, np. 1 albo 1,5.'],
    ['półtorej', 'Podaj liczbę godzin, np. 1,5.'],
    ['', 'Podaj liczbę godzin, np. 1,5.'],
    ['-1', 'Podaj liczbę godzin, np. 1,5.'],
  ])('hours %j are refused: %s', (typed, message) => {
    expect(errors({ hours: typed })).toEqual({ hours: message });
  });

  it('refuses a date in the future (a session is recorded after it took place)', () => {
    expect(errors({ heldOn: addDays(clock.today(), 1) })).toEqual({ heldOn: 'Data sesji nie może być z przyszłości — zapisz sesję po jej odbyciu.' });
    expect(errors({ heldOn: clock.today() })).toBeNull();
  });

  it('refuses a date that does not exist or is missing', () => {
    expect(errors({ heldOn: '2023-02-29' })).toEqual({ heldOn: 'Podaj poprawną datę.' });
    expect(errors({ heldOn: '' })).toEqual({ heldOn: 'Podaj datę sesji.' });
  });

  it('requires the leader and the participants, and counts 1 to 200 participants', () => {
    expect(errors({ leader: '  ', participants: '' })).toEqual({ leader: 'To pole jest wymagane.', participants: 'To pole jest wymagane.' });
    expect(errors({ leader: 'x'.repeat(301) })).toEqual({ leader: 'Maksymalnie 300 znaków.' });
    expect(errors({ participantCount: '0' })).toEqual({ participantCount: 'Co najmniej 1 uczestnik.' });
    expect(errors({ participantCount: '201' })).toEqual({ participantCount: 'Najwyżej 200 uczestników.' });
    expect(errors({ participantCount: '2,5' })).toEqual({ participantCount: 'Podaj liczbę uczestników.' });
    expect(errors({ participantCount: '200' })).toBeNull();
  });

  it('knows internal trainings, coaching and supervision only; an internal training needs its topic', () => {
    expect(errors({ kind: 'intervision' })).toEqual({ kind: 'Wybierz rodzaj sesji.' });
    expect(coachingSessionSchema.parse({ ...base, kind: 'supervision' }).kind).toBe('supervision');
    expect(coachingSessionSchema.parse({ ...base, kind: 'internal_training', topic: 'Praca z genogramem' }).kind).toBe('internal_training');
    expect(errors({ kind: 'internal_training', topic: '  ' })).toEqual({ topic: 'Podaj temat szkolenia wewnętrznego.' });
  });

  it('deleting needs the version seen', () => {
    expect(coachingDeleteSchema.safeParse({ pzkId: '1', sessionId: '2' }).success).toBe(false);
    expect(coachingDeleteSchema.parse({ pzkId: '1', sessionId: '2', version: '3' })).toEqual({ pzkId: 1, sessionId: 2, version: 3 });
  });
});

describe('hours in Polish', () => {
  it('parses both separators and nothing else', () => {
    expect(parseHours('1,5')).toBe(1.5);
    expect(parseHours('1.5')).toBe(1.5);
    expect(parseHours('1,5,5')).toBeNaN();
    expect(parseHours('1e1')).toBeNaN();
  });
  it('prints the decimal comma and no trailing zero', () => {
    expect(formatHours(12.5)).toBe('12,5');
    expect(formatHours(4)).toBe('4');
    expect(formatHours(1234.5)).toBe('1234,5');
  });
});

describe('the sums in one sentence', () => {
  it.each([
    [{ coachingHours: 12.5, supervisionHours: 4, sessions: 9 }, 'Razem: 12,5 godz. coachingu i 4 godz. superwizji w 9 sesjach.'],
    [{ coachingHours: 1.5, supervisionHours: 0, sessions: 1 }, 'Razem: 1,5 godz. coachingu i 0 godz. superwizji w 1 sesji.'],
    [{ coachingHours: 0, supervisionHours: 6, sessions: 3 }, 'Razem: 0 godz. coachingu i 6 godz. superwizji w 3 sesjach.'],
    [{ coachingHours: 500.5, supervisionHours: 22, sessions: 112 }, 'Razem: 500,5 godz. coachingu i 22 godz. superwizji w 112 sesjach.'],
    [{ internalTrainingHours: 3, coachingHours: 12.5, supervisionHours: 4, sessions: 10 }, 'Razem: 3 godz. szkoleń wewnętrznych, 12,5 godz. coachingu i 4 godz. superwizji w 10 sesjach.'],
    [{ coachingHours: 0, supervisionHours: 0, sessions: 0 }, 'Nie zapisano jeszcze żadnego szkolenia wewnętrznego, coachingu ani superwizji.'],
  ])('%j', (totals, sentence) => {
    expect(coachingTotalsSentence(totals)).toBe(sentence);
  });
});
