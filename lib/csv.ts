import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { asciiFilename, rfc5987 } from '@/lib/pdf/response';

/**
 * The one CSV writer of every export: UTF-8 with a BOM, `;` between cells and CRLF between
 * records, as Polish Excel opens it without an import dialog.
 *
 * Cells a spreadsheet would run as a formula — text starting with `=`, `+`, `-`, `@`, tab or CR
 * (and the full-width `＝＋－＠` that Apple Numbers folds into them) — get an apostrophe in front,
 * as OWASP recommends (csv-stringify's `escape_formulas`). Only text is escaped: a cell given as a
 * number is ours, not typed by a user, so a scale change of -2 stays `-2` and stays a number in
 * the spreadsheet. Numbers are written with a decimal comma, as Polish spreadsheets read them.
 * The services import (lib/services/csv.ts) strips that apostrophe again, so exports round-trip.
 */
export type CsvCell = string | number | null | undefined;

declare const written: unique symbol;
/** Text that came out of toCsv — the only thing csvResponse sends. */
export type CsvText = string & { readonly [written]: true };

export function toCsv(columns: readonly string[], rows: Iterable<readonly CsvCell[]>): CsvText {
  const records = [...rows];
  const bad = records.findIndex((r) => r.length !== columns.length);
  if (bad >= 0) throw new Error(`CSV row ${bad + 1} has ${records[bad].length} cells for ${columns.length} columns.`);
  return stringify(records, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // Without this, csv-stringify leaves a lone LF or CR inside a cell unquoted once record_delimiter is set.
    quote_record_delimiter: true,
    header: true,
    columns: [...columns],
    escape_formulas: true,
    cast: { number: (n) => String(n).replace('.', ',') },
  }) as CsvText;
}

/** A CSV download named `filename` (Polish letters kept for browsers that read RFC 5987), never cached by shared caches. */
export function csvResponse(csv: CsvText, filename: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${asciiFilename(filename)}"; filename*=UTF-8''${rfc5987(filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
