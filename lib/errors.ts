import type { AuditEntity } from './audit-labels';

export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID';

export type FieldErrors = Record<string, string[]>;

/** A failure the user can be told about, in Polish. Codes map to HTTP/UI in lib/errors-ui.ts. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const forbiddenError = () => new AppError('FORBIDDEN', 'Nie masz uprawnień do tej strony lub czynności.');
export const notFoundError = (what = 'Nie znaleziono') => new AppError('NOT_FOUND', what);
export const conflictError = () =>
  new AppError(
    'CONFLICT',
    'Ktoś inny zmienił ten rekord, gdy go edytowałeś(-aś). Twoje dane są nadal w formularzu — odśwież stronę w nowej karcie, porównaj zmiany i zapisz ponownie.',
  );
/** The one wording of a form's error banner, on the client's check and the server's alike. */
export const FORM_INVALID_SUMMARY = 'Formularz zawiera błędy — popraw zaznaczone pola.';

export const invalidError = (fieldErrors: FieldErrors, message = FORM_INVALID_SUMMARY) =>
  new AppError('INVALID', message, fieldErrors);

/**
 * An existing record refused to this reader: answered as NOT_FOUND (existence not revealed) or
 * FORBIDDEN (a reader who may see it but not change it). The adapters (page guard, route errors,
 * runAction) write it to the audit log, repeats of the same person and record folded.
 */
export class RefusedError extends AppError {
  constructor(
    code: 'NOT_FOUND' | 'FORBIDDEN',
    message: string,
    readonly entity: { type: AuditEntity; id: string | number; voivodeshipId: number | null },
  ) {
    super(code, message);
  }
}

/** A record that exists but lies outside the reader's scope: "not found", audited. */
export const refusedError = (type: AuditEntity, id: string | number, voivodeshipId: number | null, message = 'Nie znaleziono') =>
  new RefusedError('NOT_FOUND', message, { type, id, voivodeshipId });

/** A record the reader sees but may not change: FORBIDDEN, audited. */
export const refusedChange = (type: AuditEntity, id: string | number, voivodeshipId: number | null, message = 'Nie masz uprawnień do tej strony lub czynności.') =>
  new RefusedError('FORBIDDEN', message, { type, id, voivodeshipId });

/** ROPS opened a case without a current purpose of access: pages send them to the purpose form. */
export class PurposeRequiredError extends AppError {
  constructor(readonly caseId: number) {
    super('FORBIDDEN', 'Podaj cel dostępu do sprawy — zostanie zapisany w dzienniku zdarzeń.');
  }
}
