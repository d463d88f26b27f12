import { describe, expect, it } from 'vitest';
import { membersFromAgreements, occurrenceForDay, partyKey } from '@/lib/wzk/rules';

const party = (over: { institutionId?: number | null; unitId?: number | null; name: string }) => ({ institutionId: null, unitId: null, ...over });

describe('WZK members from the regional agreements', () => {
  const V = 20;
  it('keys an institution by its id and the województwo by its own id; a hand-named party has no key', () => {
    expect(partyKey(party({ institutionId: 7, name: 'KWP' }), V)).toBe('i:7');
    expect(partyKey(party({ unitId: 20, name: 'Województwo Podlaskie' }), V)).toBe('v:20');
    expect(partyKey(party({ unitId: 14, name: 'Województwo Mazowieckie' }), V)).toBeNull();
    expect(partyKey(party({ name: 'Stowarzyszenie' }), V)).toBeNull();
  });

  it('takes the parties of signed and amended agreements only, each once', () => {
    const members = membersFromAgreements(
      [
        { id: 3, number: 'R/3', status: 'terminated', voivodeshipId: V, parties: [party({ institutionId: 9, name: 'Kuratorium' })] },
        { id: 1, number: 'R/1', status: 'signed', voivodeshipId: V, parties: [party({ unitId: V, name: 'Województwo Podlaskie' }), party({ institutionId: 7, name: 'KWP' })] },
        { id: 2, number: 'R/2', status: 'amended', voivodeshipId: V, parties: [party({ institutionId: 7, name: 'KWP (aneks)' }), party({ institutionId: 8, name: 'Sąd Okręgowy' })] },
        { id: 4, number: 'R/4', status: 'draft', voivodeshipId: V, parties: [party({ institutionId: 10, name: 'Projekt' })] },
        { id: 5, number: 'R/5', status: 'ready', voivodeshipId: V, parties: [party({ institutionId: 11, name: 'Do podpisu' })] },
        { id: 6, number: 'M/6', status: 'signed', voivodeshipId: 14, parties: [party({ institutionId: 12, name: 'Inne województwo' })] },
      ],
      V,
    );
    expect(members.map((m) => [m.key, m.name, m.documentNumber])).toEqual([
      ['v:20', 'Województwo Podlaskie', 'R/1'],
      ['i:7', 'KWP', 'R/1'],
      ['i:8', 'Sąd Okręgowy', 'R/2'],
    ]);
  });

  it('no binding agreement, no members', () => {
    expect(membersFromAgreements([{ id: 1, number: 'R/1', status: 'draft', voivodeshipId: V, parties: [party({ unitId: V, name: 'Województwo' })] }], V)).toEqual([]);
  });
});

describe('the quarter a WZK meeting fulfils', () => {
  const windows = [
    { id: 1, periodStart: '2027-01-04', dueDate: '2027-04-03', status: 'done' },
    { id: 2, periodStart: '2027-04-04', dueDate: '2027-07-03', status: 'planned' },
    { id: 3, periodStart: '2027-07-04', dueDate: '2027-10-03', status: 'planned' },
  ];
  it('is the window holding the day, both ends inclusive', () => {
    expect(occurrenceForDay(windows, '2027-04-20')?.id).toBe(2);
    expect(occurrenceForDay(windows, '2027-04-04')?.id).toBe(2);
    expect(occurrenceForDay(windows, '2027-07-03')?.id).toBe(2);
    expect(occurrenceForDay(windows, '2027-07-04')?.id).toBe(3);
    expect(occurrenceForDay(windows, '2027-01-04')?.id).toBe(1);
  });
  it('is none outside the schedule', () => {
    expect(occurrenceForDay(windows, '2027-01-03')).toBeNull();
    expect(occurrenceForDay(windows, '2027-10-04')).toBeNull();
    expect(occurrenceForDay([], '2027-05-01')).toBeNull();
  });
});
