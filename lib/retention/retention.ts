import type { DbOrTx } from '@/db/client';

/** Marks the closed cases whose retention ends within 90 days of `today` (the background worker). STUB: helper H2 implements. */
export async function markRetention(_db: DbOrTx, _today: string): Promise<{ marked: number }> {
  return { marked: 0 };
}
