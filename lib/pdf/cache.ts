/**
 * Rendered PDFs whose content is fixed (a signed agreement, published minutes), kept in this
 * process's memory by the record's version: printing one again costs nothing. The key must name
 * everything the printout depends on (the record's id and version); a changed record has another
 * version, so a stale printout is never served. At most PDF_CACHE_MB (default 64) are kept; the
 * least recently used go first. Two requests for the same missing PDF render it once.
 */
import { createHash } from 'node:crypto';

const LIMIT_BYTES = Number(process.env.PDF_CACHE_MB ?? 64) * 1024 * 1024;

const g = globalThis as { __kooperacjaPdfCache?: Map<string, Promise<Buffer>>; __kooperacjaPdfCacheBytes?: Map<string, number> };
const kept = (g.__kooperacjaPdfCache ??= new Map());
const sizes = (g.__kooperacjaPdfCacheBytes ??= new Map());

function total(): number {
  let n = 0;
  for (const s of sizes.values()) n += s;
  return n;
}

export async function cachedPdf(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  if (LIMIT_BYTES <= 0) return render();
  const hit = kept.get(key);
  if (hit) {
    // Most recently used last.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const value = render();
  kept.set(key, value);
  try {
    const pdf = await value;
    sizes.set(key, pdf.byteLength);
    while (total() > LIMIT_BYTES && kept.size > 1) {
      const oldest = kept.keys().next().value!;
      kept.delete(oldest);
      sizes.delete(oldest);
    }
    return pdf;
  } catch (e) {
    // A failure is not kept.
    kept.delete(key);
    sizes.delete(key);
    throw e;
  }
}

/**
 * A key naming a printout by its whole content: a change anywhere in `data` (a decision marked done
 * after the minutes were published) gives another key. `data` must hold everything printed except
 * the moment of printing.
 */
export function contentKey(kind: string, data: unknown): string {
  return `${kind}:${createHash('sha256').update(JSON.stringify(data)).digest('base64url')}`;
}

/** For tests: how many printouts are kept. */
export const cachedPdfCount = () => kept.size;
