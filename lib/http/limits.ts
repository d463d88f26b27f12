/**
 * The largest request body the front server passes on: one upload (lib/files-limits.ts) plus the form around it.
 * Server actions allow the same (next.config.js), so the two limits meet here.
 */
export const MAX_REQUEST_BYTES = 12 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = 'Plik lub treść formularza są za duże — plik może mieć najwyżej 10 MB.';
