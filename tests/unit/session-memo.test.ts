import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { dataChanged } from '@/lib/data-generation';
import { keptForSession } from '@/lib/session-memo';

const actor = (sessionId: string, scopeId = 1) => ({ userId: 'u1', sessionId, scope: { id: scopeId } }) as unknown as Actor;

/** A computation that counts its runs. */
function counter() {
  let runs = 0;
  return { compute: async () => ++runs, runs: () => runs };
}

describe('keptForSession: a result kept for one session while the data stays the same', () => {
  it('serves the same session and role again without computing', async () => {
    const c = counter();
    expect(await keptForSession(actor('s1'), 'test-a', c.compute, 60_000)).toBe(1);
    expect(await keptForSession(actor('s1'), 'test-a', c.compute, 60_000)).toBe(1);
    expect(c.runs()).toBe(1);
  });

  it('computes again after any write (a new data generation)', async () => {
    const c = counter();
    await keptForSession(actor('s2'), 'test-b', c.compute, 60_000);
    dataChanged();
    expect(await keptForSession(actor('s2'), 'test-b', c.compute, 60_000)).toBe(2);
  });

  it('keeps nothing across sessions, roles or kinds of result', async () => {
    const c = counter();
    await keptForSession(actor('s3', 1), 'test-c', c.compute, 60_000);
    await keptForSession(actor('s4', 1), 'test-c', c.compute, 60_000);
    await keptForSession(actor('s3', 2), 'test-c', c.compute, 60_000);
    await keptForSession(actor('s3', 1), 'test-d', c.compute, 60_000);
    expect(c.runs()).toBe(4);
  });

  it('computes again once the time is up, and always with a time of 0', async () => {
    const c = counter();
    await keptForSession(actor('s5'), 'test-e', c.compute, 20);
    await new Promise((r) => setTimeout(r, 40));
    expect(await keptForSession(actor('s5'), 'test-e', c.compute, 20)).toBe(2);
    expect(await keptForSession(actor('s5'), 'test-e', c.compute, 0)).toBe(3);
    expect(await keptForSession(actor('s5'), 'test-e', c.compute, 0)).toBe(4);
  });

  it('does not keep a failure', async () => {
    let runs = 0;
    const flaky = async () => {
      runs++;
      if (runs === 1) throw new Error('database away');
      return runs;
    };
    await expect(keptForSession(actor('s6'), 'test-f', flaky, 60_000)).rejects.toThrow('database away');
    await new Promise((r) => setTimeout(r, 0));
    expect(await keptForSession(actor('s6'), 'test-f', flaky, 60_000)).toBe(2);
  });
});

describe('every server action starts a new data generation', () => {
  it('after a success and after a refusal alike', async () => {
    const { runAction } = await import('@/lib/run-action');
    const { dataGeneration } = await import('@/lib/data-generation');
    const { AppError } = await import('@/lib/errors');
    const before = dataGeneration();
    await runAction(async () => 'zapisano');
    expect(dataGeneration()).toBe(before + 1);
    await runAction(async () => {
      throw new AppError('INVALID', 'Błąd formularza.');
    });
    expect(dataGeneration()).toBe(before + 2);
    // Importing run-action loads much of lib/ (3 s alone, more beside the browser tests).
  }, 30_000);
});
