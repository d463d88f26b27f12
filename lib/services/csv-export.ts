import { stringify } from 'csv-stringify/sync';
import { columnsFor, serviceToCells, type CsvKind, type ExportableService } from './csv';

/** The list as Polish Excel opens it: UTF-8 with a BOM, `;` between cells, HSDS-named header. */
export function servicesCsv(rows: ExportableService[], kind: CsvKind): string {
  return stringify(
    rows.map((r) => serviceToCells(r, kind)),
    { delimiter: ';', bom: true, header: true, columns: columnsFor(kind).map((c) => c.header), record_delimiter: 'windows' },
  );
}

/** The response of an export route: a download named after the gmina or województwo. */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'private, no-store',
    },
  });
}
