import type { Db } from '@/db/client';

export interface AccountLifecycleResult {
  warned: number;
  disabled: number;
  requestsCleared: number;
  failuresCompacted: number;
}

/** Inactive accounts (warning, then disabling), rejected requests' personal data, old login failures. STUB: helper H4 implements. */
export async function runAccountLifecycle(_db: Db, _today: string): Promise<AccountLifecycleResult> {
  return { warned: 0, disabled: 0, requestsCleared: 0, failuresCompacted: 0 };
}
