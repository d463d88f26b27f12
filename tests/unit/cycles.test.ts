import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RURAL_CATALOGUE, URBAN_3D_CATALOGUE } from '@/db/seed/catalogue-data';
import { clock, setClockForTests } from '@/lib/clock';
import { decisionSummary, mayDecideCycle, nextCycleSubsteps, type CycleItem } from '@/lib/cycles/rules';
import { cycleDecisionSchema } from '@/lib/cycles/schemas';

/** Stage IV of the rural catalogue, positions in the model's order (only what the rule reads). */
const items = (s91: CycleItem['status'], s92: CycleItem['status'], s93: CycleItem['status'] = 'not_started', s101: CycleItem['status'] = 'not_started'): CycleItem[] => [
  { code: '8', position: 20, status: 'done' },
  { code: '9.1', position: 21, status: s91 },
  { code: '9.2', position: 22, status: s92 },
  { code: '9.3', position: 23, status: s93 },
  { code: '10.1', position: 24, status: s101 },
];

describe('may the PZK decide at 9.2', () => {
  it.each([
    ['9.1 done', items('done', 'not_started'), true],
    ['9.1 not applicable', items('not_applicable', 'not_started'), true],
    ['9.1 in progress, 9.2 not started', items('in_progress', 'not_started'), false],
    ['nothing of stage IV started', items('not_started', 'not_started'), false],
    ['9.2 in progress out of order', items('in_progress', 'in_progress'), true],
    ['a later sub-step (10.1) started', items('not_started', 'not_started', 'not_started', 'in_progress'), true],
    ['a later sub-step only marked not applicable', items('not_started', 'not_started', 'not_applicable'), false],
  ])('%s → %s', (_, list, ok) => {
    expect(mayDecideCycle(list).ok).toBe(ok);
  });

  it('explains the refusal in Polish, and refuses a schedule without 9.2', () => {
    const r = mayDecideCycle(items('in_progress', 'not_started'));
    expect(r.ok ? '' : r.reason).toBe('Decyzję o kontynuacji prac PZK podejmuje w kroku 9.2 — najpierw zakończ podkrok 9.1 (ewaluacja pracy z osobą/rodziną).');
    expect(mayDecideCycle([{ code: '9.1', position: 1, status: 'done' }]).ok).toBe(false);
  });
});

describe('the next cycle starts at 2.2', () => {
  for (const cat of [RURAL_CATALOGUE, URBAN_3D_CATALOGUE]) {
    it(`${cat.variant.code}: the local sub-steps from 2.2 on, none before`, () => {
      const substeps = cat.substeps.map((s, i) => ({ code: s.code, position: i + 1, level: s.step === 1 ? 'regional' : 'local' }));
      const codes = nextCycleSubsteps(substeps).map((s) => s.code);
      expect(codes[0]).toBe('2.2');
      expect(codes).not.toContain('2.1');
      expect(codes.some((c) => c.startsWith('1.'))).toBe(false);
      expect(codes).toContain('9.2');
      expect(codes).toContain('10.4');
      // Everything else of the gmina's schedule is there, in order.
      expect(codes).toHaveLength(cat.substeps.filter((s) => s.step > 1).length - 1);
    });
  }
});

describe('the summary of a decision', () => {
  it.each([
    [{ decision: 'continue' as const, decidedOn: '2028-06-04', cycle: 1, openCases: [] }, 'Cykl 2 od 04.06.2028'],
    [{ decision: 'end' as const, decidedOn: '2028-06-30', cycle: 1, openCases: [{ handedTo: null }, { handedTo: null }, { handedTo: null }] }, 'Zakończono 30.06.2028: 3 sprawy w toku zostają w GOPS'],
    [{ decision: 'end' as const, decidedOn: '2028-06-30', cycle: 2, openCases: [{ handedTo: null }, { handedTo: 'PCPR' }] }, 'Zakończono 30.06.2028: 1 sprawa w toku zostaje w GOPS, 1 sprawa przekazana dalej'],
    [{ decision: 'end' as const, decidedOn: '2028-06-30', cycle: 1, openCases: Array.from({ length: 5 }, () => ({ handedTo: null })) }, 'Zakończono 30.06.2028: 5 spraw w toku zostaje w GOPS'],
    [{ decision: 'end' as const, decidedOn: '2028-06-30', cycle: 1, openCases: [] }, 'Zakończono 30.06.2028: bez spraw w toku'],
  ])('%#', (d, text) => {
    expect(decisionSummary(d)).toBe(text);
  });
});

describe('the decision form schema', () => {
  let before: Date;
  beforeAll(() => {
    before = clock.now();
    setClockForTests('2028-06-10T10:00:00Z');
  });
  afterAll(() => setClockForTests(before));

  it('needs what records the decision, and a date not in the future', () => {
    const r = cycleDecisionSchema.safeParse({ trackId: '5', decision: 'end', decidedOn: '2028-06-11', basis: '  ' });
    expect(r.success).toBe(false);
    const errs = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(errs).toContain('decidedOn: Data decyzji nie może być z przyszłości — zapisz decyzję po jej podjęciu.');
    expect(errs.some((e) => e.startsWith('basis: Wskaż, co dokumentuje decyzję'))).toBe(true);
    expect(cycleDecisionSchema.safeParse({ trackId: '5', decision: 'continue', decidedOn: '2028-06-10', meetingId: '7', basis: '' }).success).toBe(true);
    expect(cycleDecisionSchema.safeParse({ trackId: '5', decision: 'maybe', decidedOn: '2028-06-10', basis: 'Uchwała' }).success).toBe(false);
  });
});
