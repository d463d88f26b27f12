import crypto from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from './files-limits';

export { MAX_UPLOAD_BYTES } from './files-limits';

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

// A scan of an A3 page at 600 dpi is about 70 million pixels; a "10 MB" image claiming far more is a
// decompression bomb, refused before any pixel is decoded.
const MAX_IMAGE_PIXELS = 100_000_000;

/** A PDF that parses, with a page tree holding at least one page (encrypted ones are not decrypted). */
async function isPdfWithPages(data: Uint8Array): Promise<boolean> {
  try {
    const doc = await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false });
    return doc.getPageCount() >= 1;
  } catch {
    return false;
  }
}

/** An image whose every pixel decodes, in the format its first bytes announce. */
async function isWholeImage(data: Uint8Array, format: 'png' | 'jpeg'): Promise<boolean> {
  try {
    const image = sharp(data, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS });
    const meta = await image.metadata();
    if (meta.format !== format) return false;
    // stats() reads every pixel, so a truncated or corrupt body fails here, not later in a viewer.
    await image.stats();
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks an upload: not empty, at most 10 MB, really a PDF (with a page), JPEG or PNG (that
 * decodes) — by content, so a file that only starts like a PDF is refused. Polish message or null.
 */
export async function uploadProblem(data: Uint8Array): Promise<string | null> {
  if (data.length === 0) return UPLOAD_MESSAGES.empty;
  if (data.length > MAX_UPLOAD_BYTES) return UPLOAD_MESSAGES.tooLarge;
  const type = sniffType(data);
  if (!type) return UPLOAD_MESSAGES.wrongType;
  const whole = type.mime === 'application/pdf' ? await isPdfWithPages(data) : await isWholeImage(data, type.mime === 'image/png' ? 'png' : 'jpeg');
  return whole ? null : UPLOAD_MESSAGES.wrongType;
}
