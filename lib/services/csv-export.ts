import 'server-only';
import { toCsv, type CsvText } from '@/lib/csv';
import { columnsFor, serviceToCells, type CsvKind, type ExportableService } from './csv';

/** The list as an export file: HSDS-named header, one entry per row (lib/csv.ts writes and escapes it). */
export function servicesCsv(rows: ExportableService[], kind: CsvKind): CsvText {
  return toCsv(
    columnsFor(kind).map((c) => c.header),
    rows.map((r) => serviceToCells(r, kind)),
  );
}
