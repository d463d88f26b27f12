import { MAX_UPLOAD_BYTES, tooLargeMessage } from '@/lib/files-limits';

type Chosen = ArrayLike<{ size: number }> | null | undefined;

/**
 * The size check every file input makes before anything is sent: the server's own words
 * ("Plik jest za duży — najwyżej 10 MB.") when a chosen file is over the limit, else null.
 */
export function fileSizeProblem(files: Chosen, maxBytes = MAX_UPLOAD_BYTES): string | null {
  return Array.from(files ?? []).some((f) => f.size > maxBytes) ? tooLargeMessage(maxBytes) : null;
}

/** The fields of a form's elements that matter here (form.elements, or plain objects in tests). */
type Control = { type?: string; name?: string; files?: Chosen };

/** Field errors, by input name, of every file input of a form whose chosen file is too large; null if all fit. */
export function oversizedFileErrors(form: { elements: ArrayLike<unknown> }, maxBytes = MAX_UPLOAD_BYTES): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  for (const el of Array.from(form.elements) as Control[]) {
    if (el.type !== 'file' || !el.name) continue;
    const problem = fileSizeProblem(el.files, maxBytes);
    if (problem) errors[el.name] = [problem];
  }
  return Object.keys(errors).length ? errors : null;
}

/**
 * For `onChange` of a file input: `setFieldErrors(withFileSizeError(e.currentTarget))` shows the
 * size message next to the field as soon as a too-large file is chosen, and drops it once one fits.
 */
export function withFileSizeError(input: { name: string; files?: Chosen }, maxBytes = MAX_UPLOAD_BYTES) {
  const { name } = input;
  const problem = fileSizeProblem(input.files, maxBytes);
  return (errors: Record<string, string[]>): Record<string, string[]> => {
    const { [name]: _previous, ...rest } = errors;
    return problem ? { ...rest, [name]: [problem] } : rest;
  };
}
