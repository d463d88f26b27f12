/** RFC 5987 value: UTF-8, percent-encoded, also the characters encodeURIComponent leaves. */
export const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** An ASCII stand-in for old clients: Polish letters without diacritics, anything odd as "_". */
export function asciiFilename(name: string): string {
  return (
    name
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[_.]+/, '') || 'dokument.pdf'
  );
}

/**
 * A PDF for the browser to show (inline), named `filename` (may hold Polish letters), never
 * stored by shared caches: documents carry personal or scoped data.
 */
export function pdfResponse(pdf: Uint8Array, filename: string, opts: { download?: boolean } = {}): Response {
  const disposition = `${opts.download ? 'attachment' : 'inline'}; filename="${asciiFilename(filename)}"; filename*=UTF-8''${rfc5987(filename)}`;
  return new Response(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) as BodyInit, {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': disposition,
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * An uploaded file (a signed scan, evidence, a case paper) sent back: always downloaded, never shown
 * inline (it is someone's upload), under its own name, never stored by shared caches.
 */
export function uploadResponse(f: { name: string; mime: string; data: Uint8Array }): Response {
  return new Response(new Uint8Array(f.data), {
    headers: {
      'Content-Type': f.mime,
      'Content-Disposition': `attachment; filename="${asciiFilename(f.name)}"; filename*=UTF-8''${rfc5987(f.name)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A short plain-text refusal (403, 404…) for PDF routes, in Polish. */
export function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}

/** A JSON file to download (an export): private, never cached, never sniffed as anything else. */
export function jsonDownload(data: unknown, filename: string): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${asciiFilename(filename)}"; filename*=UTF-8''${rfc5987(filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
