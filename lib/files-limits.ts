// The limits and words of an upload, safe to import in the browser: the client checks the size
// before sending, the server (lib/files.ts) checks again and says the same thing.

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** "Plik jest za duży — najwyżej 10 MB." for the given limit. */
export const tooLargeMessage = (maxBytes = MAX_UPLOAD_BYTES) => `Plik jest za duży — najwyżej ${(maxBytes / 1024 / 1024).toLocaleString('pl-PL', { maximumFractionDigits: 1 })} MB.`;

export const UPLOAD_MESSAGES = {
  empty: 'Wybierz plik do przesłania.',
  tooLarge: tooLargeMessage(MAX_UPLOAD_BYTES),
  wrongType: 'Dozwolone są tylko pliki PDF, JPEG i PNG (sprawdzamy zawartość pliku, nie jego nazwę).',
} as const;
