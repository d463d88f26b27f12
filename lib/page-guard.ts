import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { auditRefusal } from './audit-refusal';
import { loginHref } from './auth/return-path';
import { requestPath } from './http/request-path';
import { AppError, PurposeRequiredError, RefusedError } from './errors';

/**
 * For pages: a domain refusal becomes the 403 page, a missing record the 404 page; ROPS opening a
 * case without a stated purpose goes to the purpose form first.
 */
export async function guard<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof PurposeRequiredError) redirect(`/sprawy/${e.caseId}/cel-dostepu`);
    if (e instanceof RefusedError) await auditRefusal(e);
    if (e instanceof AppError) {
      if (e.code === 'FORBIDDEN') forbidden();
      if (e.code === 'NOT_FOUND') notFound();
      if (e.code === 'UNAUTHENTICATED') redirect(loginHref(await requestPath()));
    }
    throw e;
  }
}
