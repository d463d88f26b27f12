import type { ActionResult } from '@/lib/action-result';

/**
 * Shown when a server action never answered with a result: the connection broke, or the server
 * (or the proxy in front of it) refused the request — most often a body over the size limit.
 */
export const SEND_FAILED = 'Nie udało się wysłać formularza. Plik lub treść mogą być za duże (najwyżej 10 MB) albo połączenie zostało przerwane — spróbuj ponownie.';

/**
 * Calls a server action and turns a rejected call (network error, 413, 500) into a failed result,
 * so no form stays on "Zapisywanie…". Framework signals (redirects, not-found) still propagate.
 */
export async function callAction<R>(run: () => Promise<R>): Promise<R | Extract<ActionResult, { ok: false }>> {
  try {
    return await run();
  } catch (e) {
    if (isFrameworkSignal(e)) throw e;
    console.error('[kooperacja] server action failed', e);
    return { ok: false, code: 'UNEXPECTED', message: SEND_FAILED };
  }
}

/** Next's redirect()/notFound()/forbidden() arrive in the client as errors with a NEXT_ digest. */
function isFrameworkSignal(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_');
}
