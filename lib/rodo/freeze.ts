import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';

/*
 * STUB — helper H3b implements. A case is frozen when anonymised (for good) or when its processing
 * is restricted (RODO art. 18) until the restriction is lifted.
 */

export type CaseFreeze = { kind: 'anonymised' | 'restricted'; since: Date; reason: string } | null;

export async function caseFreeze(_db: DbOrTx, _caseId: number): Promise<CaseFreeze> {
  return null;
}

/** Restricts processing of a case (the caller has authorized and runs the transaction); audited. */
export async function placeRestriction(_tx: DbOrTx, _actor: Actor, _p: { caseId: number; requestId: number | null; reason: string }): Promise<void> {
  throw new Error('placeRestriction: not implemented yet');
}

/** Records that the person was told the restriction will be lifted (required before lifting); audited. */
export async function recordRestrictionNotice(_tx: DbOrTx, _actor: Actor, _p: { caseId: number; noticeGivenOn: string }): Promise<void> {
  throw new Error('recordRestrictionNotice: not implemented yet');
}

/** Lifts the case's restriction; refuses (a Polish ValidationError) when the person was not told first; audited. */
export async function liftRestriction(_tx: DbOrTx, _actor: Actor, _p: { caseId: number }): Promise<void> {
  throw new Error('liftRestriction: not implemented yet');
}
