import type { DbOrTx } from '@/db/client';

/**
 * Anonymises one case inside the caller's transaction: personal data gone, everything the
 * evaluation counts kept. STUB: helper H1 implements.
 */
export async function anonymiseCase(_tx: DbOrTx, _caseId: number, _reason: string): Promise<void> {
  throw new Error('anonymiseCase: not implemented yet');
}
