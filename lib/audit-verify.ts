import type { DbOrTx } from '@/db/client';

export interface VerificationResult {
  ok: boolean;
  chains: number;
  entries: number;
  broken: { chain: number; seq: number | null; entryId: number | null; problem: string } | null;
}

/** Walks every chain and records the verification. STUB: helper H6 implements. */
export async function verifyAuditChains(_db: DbOrTx, _runBy: string): Promise<VerificationResult> {
  return { ok: true, chains: 0, entries: 0, broken: null };
}

/** The background worker's verification: at most once a day. STUB: helper H6 implements. */
export async function verifyAuditChainsIfDue(_db: DbOrTx): Promise<VerificationResult | null> {
  return null;
}
