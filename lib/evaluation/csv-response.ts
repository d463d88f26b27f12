import 'server-only';
import { asciiFilename } from '@/lib/pdf/response';

/** A CSV download (UTF-8 with a BOM, semicolons), never cached by shared caches. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${asciiFilename(filename)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
