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
export const invalidError = (fieldErrors: FieldErrors, message = 'Popraw zaznaczone pola.') =>
  new AppError('INVALID', message, fieldErrors);

/** ROPS opened a case without a current purpose of access: pages send them to the purpose form. */
export class PurposeRequiredError extends AppError {
  constructor(readonly caseId: number) {
    super('FORBIDDEN', 'Podaj cel dostępu do konta osoby/rodziny — zostanie zapisany w dzienniku zdarzeń.');
  }
}
