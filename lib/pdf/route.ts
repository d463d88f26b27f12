import 'server-only';
import { AppError } from '@/lib/errors';
import { textResponse } from './response';

/** For PDF route handlers: a domain refusal becomes a short plain-text 401/403/404. */
export function pdfErrorResponse(e: unknown): Response {
  if (e instanceof AppError) {
    if (e.code === 'FORBIDDEN') return textResponse(403, 'Brak dostępu.');
    if (e.code === 'NOT_FOUND') return textResponse(404, 'Nie znaleziono.');
    if (e.code === 'UNAUTHENTICATED') return textResponse(401, 'Zaloguj się, aby pobrać dokument.');
  }
  throw e;
}
