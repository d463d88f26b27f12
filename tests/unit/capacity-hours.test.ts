import { describe, expect, it } from 'vitest';
import { nextOccurrenceState, occurrenceForDate, supervisionNote } from '@/lib/coaching/supervision-rule';
import { didacticHours, hoursForParticipants, sumHours } from '@/lib/school/hours';
import { trainingSchema } from '@/lib/school/training-schemas';

/* Step 7.1: didactic hours in words, and the rule that a team supervision marks its period's occurrence. */

describe('didactic hours in Polish', () => {
  it.each([
    [1, '1 godzina dydaktyczna'],
    [2, '2 godziny dydaktyczne'],
    [4, '4 godziny dydaktyczne'],
    [5, '5 godzin dydaktycznych'],
    [8, '8 godzin dydaktycznych'],
    [12, '12 godzin dydaktycznych'],
    [22, '22 godziny dydaktyczne'],
    [480, '480 godzin dydaktycznych'],
    [1.5, '1,5 godziny dydaktycznej'],
    [0, '0 godzin dydaktycznych'],
  ])('%s → %s', (n, text) => expect(didacticHours(n)).toBe(text));

  it('words hours for participants as the 3D pilot reports them', () => {
    expect(hoursForParticipants(480, 424)).toBe('480 godzin dydaktycznych dla 424 uczestników');
    expect(hoursForParticipants(8, 1)).toBe('8 godzin dydaktycznych dla 1 uczestnika');
    expect(hoursForParticipants(2, 3)).toBe('2 godziny dydaktyczne dla 3 uczestników');
  });

  it('sums hours without float noise; unknown hours count as none', () => {
    expect(sumHours([0.1, 0.2])).toBe(0.3);
    expect(sumHours([8, null, 1.5, undefined])).toBe(9.5);
    expect(sumHours([])).toBe(0);
  });

  it('the training form takes hours with a decimal comma, optional, to the half hour', () => {
    const base = { version: 0, kind: 'specialist', topic: 'Praca z rodziną', heldOn: '2026-10-05', place: 'ROPS', trainer: 'Anna Nowak' };
    expect(trainingSchema.parse({ ...base, hours: '1,5' }).hours).toBe(1.5);
    expect(trainingSchema.parse({ ...base, hours: '8' }).hours).toBe(8);
    expect(trainingSchema.parse({ ...base, hours: '' }).hours).toBeUndefined();
    const bad = (hours: string) => trainingSchema.safeParse({ ...base, hours }).error?.issues.find((i) => i.path[0] === 'hours')?.message;
    expect(bad('osiem')).toBe('Podaj liczbę godzin dydaktycznych, np. 8 albo 1,5.');
    expect(bad('0')).toBe('Liczba godzin musi być większa od zera.');
    expect(bad('1,2')).toBe('Podaj godziny z dokładnością do pół godziny, np. 8 albo 1,5.');
    expect(bad('501')).toBe('Szkolenie może mieć najwyżej 500 godzin dydaktycznych.');
  });
});

describe('a supervision marks the occurrence whose period holds its date', () => {
  // Every three months from month 4 of an implementation started on 01.10.2026.
  const windows = [
    { id: 11, periodStart: '2027-01-01', dueDate: '2027-03-31' },
    { id: 12, periodStart: '2027-04-01', dueDate: '2027-06-30' },
    { id: 13, periodStart: '2027-07-01', dueDate: '2027-10-31' },
  ];
  it.each([
    ['2027-01-01', 11],
    ['2027-02-15', 11],
    ['2027-03-31', 11],
    ['2027-04-01', 12],
    ['2027-10-31', 13],
    ['2026-12-31', null],
    ['2027-11-01', null],
  ])('%s → %s', (date, id) => expect(occurrenceForDate(date, windows)).toBe(id));

  it('with overlapping periods the earlier-starting one is taken', () => {
    expect(occurrenceForDate('2027-03-15', [{ id: 2, periodStart: '2027-03-01', dueDate: '2027-05-31' }, ...windows])).toBe(11);
  });

  it('notes the topic’s first line', () => {
    expect(supervisionNote('Budowanie zespołu\nomówienie IPP')).toBe('Superwizja zespołowa: Budowanie zespołu');
    expect(supervisionNote('  ')).toBe('Superwizja zespołowa');
  });

  const planned = { status: 'planned', doneOn: null, note: null } as const;
  it('done on the earliest linked supervision’s date', () => {
    expect(nextOccurrenceState(planned, [{ heldOn: '2027-02-20', topic: 'Drugi' }, { heldOn: '2027-02-10', topic: 'Pierwszy' }])).toEqual({ status: 'done', doneOn: '2027-02-10', note: 'Superwizja zespołowa: Pierwszy' });
  });

  it('back to planned when the last supervision is gone, only if a supervision had marked it', () => {
    expect(nextOccurrenceState({ status: 'done', doneOn: '2027-02-10', note: 'Superwizja zespołowa: Pierwszy' }, [])).toEqual(planned);
    // Ticked by hand in the schedule: neither reverted nor overwritten.
    expect(nextOccurrenceState({ status: 'done', doneOn: '2027-02-01', note: 'Superwizja u superwizora zewnętrznego' }, [])).toBeNull();
    expect(nextOccurrenceState({ status: 'done', doneOn: '2027-02-01', note: null }, [{ heldOn: '2027-02-10', topic: '' }])).toBeNull();
    expect(nextOccurrenceState(planned, [])).toBeNull();
  });

  it('another supervision still covering it keeps it done, on that one’s date', () => {
    expect(nextOccurrenceState({ status: 'done', doneOn: '2027-02-10', note: 'Superwizja zespołowa: Pierwszy' }, [{ heldOn: '2027-03-05', topic: 'Drugi' }])).toEqual({ status: 'done', doneOn: '2027-03-05', note: 'Superwizja zespołowa: Drugi' });
    expect(nextOccurrenceState({ status: 'done', doneOn: '2027-03-05', note: 'Superwizja zespołowa: Drugi' }, [{ heldOn: '2027-03-05', topic: 'Drugi' }])).toBeNull();
  });

  it('a skipped period is marked done when a supervision took place in it', () => {
    expect(nextOccurrenceState({ status: 'skipped', doneOn: null, note: 'brak superwizora' }, [{ heldOn: '2027-05-05', topic: '' }])).toEqual({ status: 'done', doneOn: '2027-05-05', note: 'Superwizja zespołowa' });
  });
});

describe('the supervision rule at its edges (mutation survivors)', () => {
  it('takes the earliest-starting period when two hold the date, and the lower id when they start together', () => {
    const windows = [
      { id: 9, periodStart: '2027-02-01', dueDate: '2027-05-31' },
      { id: 4, periodStart: '2027-01-01', dueDate: '2027-03-31' },
      { id: 2, periodStart: '2027-02-01', dueDate: '2027-04-30' },
    ];
    expect(occurrenceForDate('2027-03-15', windows)).toBe(4);
    expect(occurrenceForDate('2027-04-15', windows)).toBe(2);
    expect(occurrenceForDate('2027-06-01', windows)).toBeNull();
  });

  it('notes the first line of the topic only, and cuts a very long one to 1000 characters with an ellipsis', () => {
    expect(supervisionNote('  Omówienie rodzin \nsprawy bieżące')).toBe('Superwizja zespołowa: Omówienie rodzin');
    expect(supervisionNote('   ')).toBe('Superwizja zespołowa');
    const long = supervisionNote('x'.repeat(2000));
    expect(long).toHaveLength(1000);
    expect(long.endsWith('…')).toBe(true);
    expect(supervisionNote('y'.repeat(1000 - 'Superwizja zespołowa: '.length))).not.toContain('…');
  });

  it('changes nothing when the occurrence already says what the earliest supervision would write', () => {
    const done = { status: 'done' as const, doneOn: '2027-03-10', note: 'Superwizja zespołowa: Budowanie zespołu' };
    expect(nextOccurrenceState(done, [{ heldOn: '2027-03-20', topic: 'Inny temat' }, { heldOn: '2027-03-10', topic: 'Budowanie zespołu' }])).toBeNull();
    expect(nextOccurrenceState(done, [{ heldOn: '2027-03-12', topic: 'Budowanie zespołu' }])).toEqual({ status: 'done', doneOn: '2027-03-12', note: 'Superwizja zespołowa: Budowanie zespołu' });
    // Planned, no supervision: nothing to do.
    expect(nextOccurrenceState({ status: 'planned', doneOn: null, note: null }, [])).toBeNull();
  });
});
