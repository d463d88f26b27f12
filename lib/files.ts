import crypto from 'node:crypto';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

// The three kinds a signed scan may be; recognised by their first bytes, never by the file name.
const SIGNATURES: { mime: string; ext: string; bytes: number[] }[] = [
  { mime: 'application/pdf', ext: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: 'image/png', ext: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', ext: 'jpg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffType(data: Uint8Array): { mime: string; ext: string } | null {
  const hit = SIGNATURES.find((s) => s.bytes.every((b, i) => data[i] === b));
  return hit ? { mime: hit.mime, ext: hit.ext } : null;
}

export const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/** Checks an upload: not empty, at most 10 MB, really a PDF, JPEG or PNG. Polish message or null. */
export function uploadProblem(data: Uint8Array): string | null {
  if (data.length === 0) return 'Wybierz plik do przesłania.';
  if (data.length > MAX_UPLOAD_BYTES) return 'Plik jest za duży — najwyżej 10 MB.';
  if (!sniffType(data)) return 'Dozwolone są tylko pliki PDF, JPEG i PNG (sprawdzamy zawartość pliku, nie jego nazwę).';
  return null;
}
