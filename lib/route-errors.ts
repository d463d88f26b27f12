import 'server-only';
import { auditRefusal } from './audit-refusal';
import { AppError, PurposeRequiredError, RefusedError } from './errors';
import { PdfQueueFullError } from './pdf/pool';

/** For route handlers (files, exports): the same codes as pages, as plain Polish text. */
export async function errorResponse(e: unknown): Promise<Response> {
  // ROPS opening a case's file without a stated purpose: to the purpose form, like the pages.
  if (e instanceof PurposeRequiredError) return new Response(null, { status: 303, headers: { Location: `/sprawy/${e.caseId}/cel-dostepu` } });
  if (e instanceof RefusedError) await auditRefusal(e);
  if (e instanceof AppError) {
    const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400 }[e.code];
    return new Response(e.message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  // Too many PDFs printing at once: try again shortly, never a hang.
  if (e instanceof PdfQueueFullError) return new Response(e.message, { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' } });
  console.error('[kooperacja] route failed', e);
  return new Response('Wystąpił nieoczekiwany błąd.', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
