import { z } from 'zod';
import { invalidError, type FieldErrors } from '../errors';

/** Every field's errors, keyed by field path — the shape forms show next to each field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses with a form's schema or throws INVALID carrying every field error. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidError(fieldErrorsOf(result.error));
  return result.data;
}
