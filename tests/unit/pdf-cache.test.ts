import { describe, expect, it, vi } from 'vitest';
import { cachedPdf } from '@/lib/pdf/cache';

// Issue 19 §1: a printout whose content is fixed (a signed agreement, published minutes) renders once per record version.
describe('the cache of fixed printouts', () => {
  it('renders once per key, also for two requests at the same time, and again for a new version', async () => {
    const render = vi.fn(async () => Buffer.from('%PDF-1'));
    const [a, b] = await Promise.all([cachedPdf('document:1:v3:r2', render), cachedPdf('document:1:v3:r2', render)]);
    expect(a).toBe(b);
    await cachedPdf('document:1:v3:r2', render);
    expect(render).toHaveBeenCalledTimes(1);
    await cachedPdf('document:1:v4:r2', render);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed render', async () => {
    const failing = vi.fn(async (): Promise<Buffer> => {
      throw new Error('nie wyszło');
    });
    await expect(cachedPdf('document:2:v1:r1', failing)).rejects.toThrow('nie wyszło');
    const ok = vi.fn(async () => Buffer.from('%PDF-2'));
    expect((await cachedPdf('document:2:v1:r1', ok)).toString()).toBe('%PDF-2');
    expect(ok).toHaveBeenCalledTimes(1);
  });
});
