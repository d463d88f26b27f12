/**
 * The CSV form of the list of services, for export and import (pure: used by the import page in
 * the browser and by the server). Columns are named after the Open Referral Human Services Data
 * Specification (HSDS) where it has a field; `service.access_conditions` and `location.powiat` are
 * our extensions. Polish Excel writes `;`-separated files, others `,`: both are read.
 */
import type { FieldErrors } from '@/lib/errors';
import { normalizeSearch } from './normalize';
import { AREAS, FIELD_LABELS, TARGET_GROUPS, areaLabels, groupLabels, type ServiceField } from './vocabulary';

export const CSV_COLUMNS = [
  { header: 'organization.name', field: 'providerName' },
  { header: 'service.name', field: 'name' },
  { header: 'service.description', field: 'description' },
  { header: 'service.eligibility_description', field: 'targetGroups' },
  { header: 'service.taxonomy_terms', field: 'areas' },
  { header: 'service.access_conditions', field: 'conditions' },
  { header: 'service.fees_description', field: 'cost' },
  { header: 'location.address', field: 'place' },
  { header: 'contact.phone_or_email', field: 'contact' },
  { header: 'service.application_process', field: 'referral' },
  { header: 'service.assured_date', field: 'lastReviewedOn' },
] as const satisfies readonly { header: string; field: ServiceField }[];

/** The regional list also says where an entry applies (empty: the whole województwo). */
export const POWIAT_COLUMN = { header: 'location.powiat', field: 'powiatId' } as const;

/**
 * A PZK's entry is a partner's service card: it names the coordinator at the partner (our
 * extension of HSDS; "Koordynator u partnera" is accepted as the header too). Files without the
 * column — every file exported before it existed — still import, with no coordinator.
 */
export const COORDINATOR_COLUMN = { header: 'service.coordinator', field: 'coordinator' } as const;

export type CsvKind = 'pzk' | 'regional';
export const columnsFor = (kind: CsvKind) => (kind === 'regional' ? [...CSV_COLUMNS, POWIAT_COLUMN] : [...CSV_COLUMNS, COORDINATOR_COLUMN]);

/** A file without these is not a list of services at all; the other columns may be left out. */
export const REQUIRED_HEADERS = ['organization.name', 'service.name', 'service.description', 'service.eligibility_description', 'service.taxonomy_terms'];
/** Other names accepted for a column on import. */
const HEADER_ALIASES: Record<string, string> = { 'service.last_modified': 'service.assured_date', 'koordynator u partnera': COORDINATOR_COLUMN.header };

export class CsvError extends Error {}

// ---------------------------------------------------------------------------
// Reading (RFC 4180, with the usual deviations of spreadsheet programs)
// ---------------------------------------------------------------------------

/** The file's text: UTF-8 (with or without BOM), or Windows-1250 when it is not valid UTF-8 (older Polish Excel). */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1250').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** `;`, `,` or tab: whichever the header line (outside quotes) has most of; `;` when none. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ';';
}

/**
 * Rows of cells. Quoted cells may hold the delimiter, line breaks and doubled quotes; lines end
 * with CRLF, LF or CR; a quote inside an unquoted cell is kept as a character. An unclosed quote
 * is an error naming the row where it opened.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const endCell = () => {
    row.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i];
    if (atCellStart && ch === '"') {
      const openedAt = rows.length + 1;
      i++;
      for (;;) {
        if (i >= src.length) throw new CsvError(`Niezamknięty cudzysłów w wierszu ${openedAt}.`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += src[i++];
      }
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === delimiter) {
      endCell();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      atCellStart = true;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

export interface CsvRecord {
  /** The row in the file as a spreadsheet numbers it: the header is row 1. */
  row: number;
  values: Record<string, string>;
}

export interface CsvTable {
  records: CsvRecord[];
  /** Columns of the file this list does not use. */
  ignoredColumns: string[];
}

/** The data rows of a services file, keyed by column; blank rows are skipped. Throws CsvError on a bad header. */
export function readServiceTable(text: string, kind: CsvKind): CsvTable {
  const rows = parseCsv(text);
  if (rows.length === 0 || rows[0].every((c) => !c.trim())) throw new CsvError('Plik jest pusty. Pierwszy wiersz musi zawierać nazwy kolumn.');
  const known = new Set<string>(columnsFor(kind).map((c) => c.header));
  const header = rows[0].map((h) => {
    const name = h.trim().toLowerCase();
    return HEADER_ALIASES[name] ?? name;
  });
  const missing = REQUIRED_HEADERS.filter((h) => !header.includes(h));
  if (missing.length) {
    throw new CsvError(`Brak wymaganych kolumn w pierwszym wierszu: ${missing.join(', ')}. Użyj nagłówka takiego jak w pliku z eksportu listy.`);
  }
  const seen = new Set<string>();
  for (const h of header) {
    if (known.has(h) && seen.has(h)) throw new CsvError(`Kolumna ${h} występuje w nagłówku dwa razy.`);
    seen.add(h);
  }
  const records: CsvRecord[] = [];
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const values: Record<string, string> = {};
    header.forEach((h, col) => {
      if (known.has(h)) values[h] = cells[col] ?? '';
    });
    records.push({ row: i + 2, values });
  });
  return { records, ignoredColumns: rows[0].filter((_, col) => header[col] && !known.has(header[col])).map((h) => h.trim()) };
}

/**
 * Splits records into requests of at most `size` rows and about `maxChars` characters, so that
 * one request stays well under the server's body limit however long the descriptions are.
 */
export function chunkRecords(records: CsvRecord[], size: number, maxChars = 2_000_000): CsvRecord[][] {
  const chunks: CsvRecord[][] = [];
  let current: CsvRecord[] = [];
  let chars = 0;
  for (const r of records) {
    const n = Object.values(r.values).reduce((s, v) => s + v.length, 0);
    if (current.length && (current.length >= size || chars + n > maxChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(r);
    chars += n;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

// ---------------------------------------------------------------------------
// Cells ↔ form values
// ---------------------------------------------------------------------------

const byNormalized = (dict: Record<string, string>) => {
  const m = new Map<string, string>();
  for (const [key, label] of Object.entries(dict)) {
    m.set(normalizeSearch(label), key);
    m.set(normalizeSearch(key), key);
  }
  return m;
};
const GROUP_BY_TEXT = byNormalized(TARGET_GROUPS);
const AREA_BY_TEXT = byNormalized(AREAS);

/** "Dzieci i młodzież, osoby starsze" → keys; an unknown term stays as written so the schema can name it. */
function terms(cell: string, dict: Map<string, string>): string[] {
  return cell
    .split(/[,;|\n\r]+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => dict.get(normalizeSearch(t)) ?? t);
}

/** dd.mm.rrrr (as Polish Excel writes dates) or rrrr-mm-dd → rrrr-mm-dd; anything else is left for the schema to refuse. */
export function csvDate(cell: string): string {
  const s = cell.trim();
  const pl = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (pl) return `${pl[3]}-${pl[2].padStart(2, '0')}-${pl[1].padStart(2, '0')}`;
  return s;
}

/**
 * Spreadsheets run cells that start like a formula; every export (lib/csv.ts) prefixes those with
 * an apostrophe, which an imported cell loses again so that an exported list round-trips.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const unsafeCell = (s: string) => (s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s);

/** One CSV record as the input of the entry form's schema (and the powiat name, for the regional list). */
export function recordToInput(values: Record<string, string>) {
  const cell = (header: string) => unsafeCell(values[header] ?? '');
  return {
    input: {
      providerName: cell('organization.name'),
      name: cell('service.name'),
      description: cell('service.description'),
      targetGroups: terms(cell('service.eligibility_description'), GROUP_BY_TEXT),
      areas: terms(cell('service.taxonomy_terms'), AREA_BY_TEXT),
      conditions: cell('service.access_conditions'),
      cost: cell('service.fees_description'),
      place: cell('location.address'),
      contact: cell('contact.phone_or_email'),
      referral: cell('service.application_process'),
      lastReviewedOn: csvDate(cell('service.assured_date')),
      coordinator: cell(COORDINATOR_COLUMN.header),
    },
    powiat: cell(POWIAT_COLUMN.header).trim(),
  };
}

export interface ExportableService {
  providerName: string;
  name: string;
  description: string;
  targetGroups: string[];
  areas: string[];
  conditions: string;
  cost: string;
  place: string;
  contact: string;
  referral: string;
  lastReviewedOn: string | null;
  powiatName?: string | null;
  coordinator?: string;
}

/** One entry as the cells of an export row, in the order of `columnsFor(kind)` (escaped by the writer, lib/csv.ts). */
export function serviceToCells(s: ExportableService, kind: CsvKind): string[] {
  const cells = [s.providerName, s.name, s.description, groupLabels(s.targetGroups), areaLabels(s.areas), s.conditions, s.cost, s.place, s.contact, s.referral, s.lastReviewedOn ?? ''];
  cells.push(kind === 'regional' ? (s.powiatName ?? '') : (s.coordinator ?? ''));
  return cells;
}

// ---------------------------------------------------------------------------
// Error report
// ---------------------------------------------------------------------------

export interface RowError {
  row: number;
  /** The column of the file, when the error is about one. */
  column: string | null;
  /** The field as the form names it. */
  field: string;
  message: string;
}

const columnOf = (field: string) => [...CSV_COLUMNS, POWIAT_COLUMN, COORDINATOR_COLUMN].find((c) => c.field === field)?.header ?? null;

/** A row's field errors (from the form schema or the server's checks) as report lines. */
export function rowErrors(row: number, errors: FieldErrors): RowError[] {
  return Object.entries(errors).flatMap(([path, messages]) => {
    const field = path.split('.')[0];
    return messages.map((message) => ({
      row,
      column: columnOf(field),
      field: (FIELD_LABELS as Record<string, string>)[field] ?? 'Wiersz',
      message,
    }));
  });
}
