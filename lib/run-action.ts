import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { ActionResult } from './action-result';
import { auditRefusal } from './audit-refusal';
import { AppError, RefusedError } from './errors';
import { dataChanged } from './data-generation';

/**
 * The one place server actions turn domain outcomes into form results. Redirects and other
 * framework signals pass through; anything unexpected is logged and reported without details.
 */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await fn();
    return { ok: true, data };
  } catch (e) {
    unstable_rethrow(e);
    if (e instanceof RefusedError) await auditRefusal(e);
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
    console.error('[kooperacja] action failed', e);
    return { ok: false, code: 'UNEXPECTED', message: 'Wystąpił nieoczekiwany błąd. Spróbuj ponownie za chwilę.' };
  } finally {
    // Whatever the outcome (a success may end in a redirect): what was computed from the data is computed again.
    dataChanged();
  }
}
