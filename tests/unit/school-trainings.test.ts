import { describe, expect, it } from 'vitest';
import { needTotals, needsSummary } from '@/lib/school/need-schemas';
import { certificateNumber, certificateSeq, closeProblem, nextCertificateNumbers, scheduleNote, trainingSchema } from '@/lib/school/training-schemas';

describe('zaświadczenie numbers', () => {
  it('SZK/<year>/<nnnn>, continuing after the highest of the year', () => {
    expect(certificateNumber(2026, 7)).toBe('SZK/2026/0007');
    expect(certificateSeq('SZK/2026/0012', 2026)).toBe(12);
    expect(certificateSeq('SZK/2025/0012', 2026)).toBeNull();
    expect(nextCertificateNumbers(['SZK/2026/0002', 'SZK/2026/0010', 'SZK/2025/0099', null], 2026, 2)).toEqual(['SZK/2026/0011', 'SZK/2026/0012']);
    expect(nextCertificateNumbers([], 2027, 1)).toEqual(['SZK/2027/0001']);
  });
});

describe('closing the attendance list', () => {
  const open = { kind: 'basic' as const, attendanceClosedAt: null, implementationId: 1, step: '4' };
  it('only an open basic training with an implementation, a step and an attendee', () => {
    expect(closeProblem(open, 1)).toBeNull();
    expect(closeProblem(open, 0)).toMatch(/co najmniej jednej/);
    expect(closeProblem({ ...open, kind: 'extended' }, 3)).toMatch(/tylko po szkoleniu podstawowym/);
    expect(closeProblem({ ...open, attendanceClosedAt: new Date() }, 3)).toMatch(/już zamknięta/);
    expect(closeProblem({ ...open, step: null }, 3)).toMatch(/krok/);
  });
  it('the schedule note', () => {
    expect(scheduleNote('20.09.2026', 3)).toBe('Szkolenie podstawowe 20.09.2026: 3 uczestników (zaświadczenia wydane)');
    expect(scheduleNote('20.09.2026', 1)).toBe('Szkolenie podstawowe 20.09.2026: 1 uczestnik (zaświadczenia wydane)');
  });
});

describe('the training form', () => {
  const base = { version: 0, kind: 'basic', topic: 'T', heldOn: '2026-09-20', place: 'P', trainer: 'R', description: '' };
  it('a basic training needs its implementation and step; others do not', () => {
    const r = trainingSchema.safeParse({ ...base, implementationId: '', step: '' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['implementationId', 'step']);
    expect(trainingSchema.safeParse({ ...base, implementationId: '3', step: '6.1' }).success).toBe(true);
    expect(trainingSchema.safeParse({ ...base, kind: 'study_visit', implementationId: '', step: '' }).success).toBe(true);
    expect(trainingSchema.safeParse({ ...base, heldOn: '2026-02-30', implementationId: '3', step: '4' }).success).toBe(false);
  });
});

describe('training needs totals', () => {
  it('counts per kind and participants', () => {
    const t = needTotals([
      { kind: 'extended', participants: 12 },
      { kind: 'extended', participants: 3 },
      { kind: 'specialist', participants: 25 },
    ]);
    expect(t.byKind.find((k) => k.kind === 'extended')).toMatchObject({ needs: 2, participants: 15, label: 'szkolenie rozszerzone' });
    expect(t.byKind.find((k) => k.kind === 'basic')).toMatchObject({ needs: 0, participants: 0 });
    expect(needsSummary(t)).toBe('3 zgłoszenia, 40 uczestników');
  });
});
