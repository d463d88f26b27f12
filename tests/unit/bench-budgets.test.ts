import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { againstReference, result, writeResults } from '../../scripts/bench/lib';

// Budgets relative to another figure of the same run (issue 19): the budget in ms, the ratio, and
// a pass only within the factor and without errors.
describe('bench budgets against a reference', () => {
  const page = (samples: number[], errors = 0) => result('page', samples, null, { errors });

  it('stores the budget as factor × the reference p95 and the ratio of the p95 to it', () => {
    const m = againstReference(page(Array.from({ length: 100 }, (_, i) => i + 1)), 30, 4, 'ratio_vs_floor');
    expect(m.p95).toBe(95);
    expect(m).toMatchObject({ budget: 120, ratio_vs_floor: 3.17, ratio_vs_floor_budget: 4, pass: true });
  });

  it('fails over the factor, with any error, or without a reference', () => {
    expect(againstReference(page([50, 121]), 30, 4, 'ratio_vs_floor')).toMatchObject({ ratio_vs_floor: 4.03, pass: false });
    expect(againstReference(page([50, 120]), 30, 4, 'ratio_vs_floor').pass).toBe(true);
    expect(againstReference(page([10, 20], 1), 30, 4, 'ratio_vs_floor').pass).toBe(false);
    expect(againstReference(page([10, 20]), 0, 4, 'ratio_vs_floor').pass).toBe(false);
    expect(againstReference(page([10, 20]), 20, 1.5, 'ratio_vs_alone', { pulpit_alone_p95: 20 })).toMatchObject({ budget: 30, ratio_vs_alone: 1, pass: true, pulpit_alone_p95: 20 });
  });
});

describe('bench results file', () => {
  it('keeps the other sections’ metrics on a partial run and replaces the file on a whole one', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-results-')), 'results.json');
    writeResults([result('old_metric', [1], null), result('kept', [2], null)], file);
    writeResults([result('kept', [3], null)], file);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).map((m: { name: string; p50: number }) => [m.name, m.p50])).toEqual([
      ['old_metric', 1],
      ['kept', 3],
    ]);
    writeResults([result('kept', [4], null)], file, { replaceAll: true });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).map((m: { name: string }) => m.name)).toEqual(['kept']);
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
