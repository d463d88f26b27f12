import type { AppErrorCode, FieldErrors } from './errors';

/** What a server action returns to its form: success, or a Polish message and per-field errors. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; code: AppErrorCode | 'UNEXPECTED'; message: string; fieldErrors?: FieldErrors };
