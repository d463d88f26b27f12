/**
 * The figures of the local diagnosis (step 2.1), one set per gmina, and their CSV form. Pure: the
 * server and the browser use it alike. Keys are stored in local_diagnosis_gminas.figures; the
 * Polish labels are what the form, the PDF and the CSV template show.
 */
import { CsvError, parseCsv } from '@/lib/services/csv';

export const FIGURES = {
  population: 'Liczba mieszkańców',
  beneficiaries: 'Osoby korzystające z pomocy społecznej',
  families: 'Rodziny objęte pomocą',
  fosterFamilies: 'Rodziny zastępcze',
  disabled: 'Osoby z niepełnosprawnością (orzeczenia)',
  elderly: 'Osoby 65+',
  violenceCases: 'Procedury „Niebieskie Karty”',
  unemployed: 'Osoby bezrobotne',
} as const;

export type FigureKey = keyof typeof FIGURES;
export const FIGURE_KEYS = Object.keys(FIGURES) as [FigureKey, ...FigureKey[]];
export type Figures = Record<FigureKey, number | null>;

/** Figures counted in people living in the gmina: none can exceed its population. */
const PEOPLE: FigureKey[] = ['beneficiaries', 'disabled', 'elderly', 'unemployed'];
/** A gmina has fewer inhabitants than the largest Polish city: anything above is a typing error. */
export const FIGURE_MAX = 2_000_000;

export const emptyFigures = (): Figures => Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;

/** Stored figures (any keys, maybe missing) as a full set. */
export function figuresOf(stored: Record<string, unknown> | null | undefined): Figures {
  const out = emptyFigures();
  for (const k of FIGURE_KEYS) {
    const v = stored?.[k];
    out[k] = typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  return out;
}

/**
 * A figure as typed: "" → no data (null); "1 234", "1 234" (non-breaking space), "1.234" → 1234.
 * A decimal, a negative number or words → NaN (an error for the caller to name).
 */
export function parseFigure(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : Number.NaN;
  if (typeof v !== 'string') return Number.NaN;
  const t = v.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return null;
  // A thousands separator "." only in groups of three ("12.345"); "12,5" or "12.5" is not a count.
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
}

/** The Polish messages for one gmina's figures, keyed by figure; empty when all is well. */
export function figureErrors(raw: Record<string, unknown>): { figures: Figures; errors: Partial<Record<FigureKey, string>> } {
  const figures = emptyFigures();
  const errors: Partial<Record<FigureKey, string>> = {};
  for (const k of FIGURE_KEYS) {
    const n = parseFigure(raw[k]);
    if (n !== null && Number.isNaN(n)) errors[k] = `${FIGURES[k]}: podaj liczbę całkowitą nie mniejszą niż 0 albo zostaw puste pole.`;
    else if (n !== null && n > FIGURE_MAX) errors[k] = `${FIGURES[k]}: liczba jest zbyt duża (najwyżej ${FIGURE_MAX.toLocaleString('pl-PL')}).`;
    else figures[k] = n;
  }
  const population = figures.population;
  if (population !== null) {
    for (const k of PEOPLE) {
      const n = figures[k];
      if (n !== null && !errors[k] && n > population) errors[k] = `${FIGURES[k]}: nie może być więcej niż mieszkańców gminy (${population.toLocaleString('pl-PL')}).`;
    }
  }
  if (figures.families !== null && figures.beneficiaries !== null && !errors.families && figures.families > figures.beneficiaries) {
    errors.families = `${FIGURES.families}: rodzin objętych pomocą nie może być więcej niż osób korzystających z pomocy (${figures.beneficiaries.toLocaleString('pl-PL')}).`;
  }
  return { figures, errors };
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

/** The template's columns: TERYT, the gmina's name, then each figure under its Polish label. */
export const CSV_TERYT = 'TERYT';
export const CSV_GMINA = 'Gmina';
export const csvHeaders = () => [CSV_TERYT, CSV_GMINA, ...FIGURE_KEYS.map((k) => FIGURES[k])];

/** Lower case, no diacritics, no punctuation: "Liczba mieszkańców" ≈ "liczba_mieszkancow" ≈ "LICZBA MIESZKANCOW". */
export function headerKey(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** Other names a spreadsheet may carry for a column (short Polish forms, the English keys). */
const ALIASES: Record<string, FigureKey | 'teryt' | 'gmina'> = {
  teryt: 'teryt',
  'kod teryt': 'teryt',
  'kod gminy': 'teryt',
  gmina: 'gmina',
  'nazwa gminy': 'gmina',
  mieszkancy: 'population',
  ludnosc: 'population',
  'liczba ludnosci': 'population',
  'korzystajacy z pomocy': 'beneficiaries',
  'osoby korzystajace z pomocy': 'beneficiaries',
  'osoby korzystajace z pomocy spolecznej': 'beneficiaries',
  'rodziny objete pomoca': 'families',
  rodziny: 'families',
  'rodziny zastepcze': 'fosterFamilies',
  'osoby z niepelnosprawnoscia': 'disabled',
  niepelnosprawni: 'disabled',
  'osoby 65+': 'elderly',
  'osoby 65': 'elderly',
  'osoby starsze': 'elderly',
  'niebieskie karty': 'violenceCases',
  'procedury niebieskie karty': 'violenceCases',
  bezrobotni: 'unemployed',
  'osoby bezrobotne': 'unemployed',
};
for (const k of FIGURE_KEYS) {
  ALIASES[headerKey(FIGURES[k])] = k;
  ALIASES[headerKey(k)] = k;
}

export interface CsvGmina {
  id: number;
  teryt: string;
  name: string;
}

export interface ImportedRow {
  gminaId: number;
  /** Only the figures whose column the file has; null = the cell was empty. */
  figures: Partial<Figures>;
}

/**
 * Reads a figures file for the diagnosis's gminas: one row per gmina, found by TERYT (7 digits) or
 * by name. Every problem is listed with its line ("Wiersz 3: …", the header is line 1); the caller
 * writes nothing unless the list is empty.
 */
export function readFiguresCsv(text: string, gminas: readonly CsvGmina[]): { rows: ImportedRow[]; errors: string[] } {
  let table: string[][];
  try {
    table = parseCsv(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof CsvError) return { rows: [], errors: [e.message] };
    throw e;
  }
  const nonEmpty = table.filter((r) => r.some((c) => c.trim() !== ''));
  if (!nonEmpty.length) return { rows: [], errors: ['Plik jest pusty. Pierwszy wiersz musi zawierać nazwy kolumn (np. pobierz szablon CSV).'] };
  const header = table[0].map((h) => ALIASES[headerKey(h)] ?? null);
  const errors: string[] = [];
  const unknown = table[0].filter((h, i) => h.trim() && header[i] === null).map((h) => `„${h.trim()}”`);
  if (unknown.length) errors.push(`Wiersz 1: nieznane kolumny ${unknown.join(', ')}. Użyj nagłówków z szablonu CSV.`);
  if (!header.includes('teryt') && !header.includes('gmina')) errors.push('Wiersz 1: brak kolumny „TERYT” ani „Gmina” — nie wiadomo, której gminy dotyczy wiersz.');
  const figureCols = header.map((k, i) => [k, i] as const).filter((p): p is readonly [FigureKey, number] => p[0] !== null && p[0] !== 'teryt' && p[0] !== 'gmina');
  if (!figureCols.length) errors.push('Wiersz 1: brak kolumn z danymi liczbowymi diagnozy.');
  const dup = figureCols.map(([k]) => k).filter((k, i, a) => a.indexOf(k) !== i);
  if (dup.length) errors.push(`Wiersz 1: kolumna „${FIGURES[dup[0]]}” występuje więcej niż raz.`);
  if (errors.length) return { rows: [], errors };

  const byTeryt = new Map(gminas.map((g) => [g.teryt, g]));
  const byName = new Map(gminas.map((g) => [headerKey(g.name), g]));
  const tCol = header.indexOf('teryt');
  const nCol = header.indexOf('gmina');
  const seen = new Map<number, number>();
  const rows: ImportedRow[] = [];
  table.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (!cells.some((c) => c.trim() !== '')) return;
    const teryt = tCol >= 0 ? (cells[tCol] ?? '').trim().replace(/\D/g, '') : '';
    const name = nCol >= 0 ? (cells[nCol] ?? '').trim() : '';
    const gmina = teryt ? byTeryt.get(teryt.slice(0, 7)) : name ? byName.get(headerKey(name)) : undefined;
    if (!gmina) {
      const what = teryt ? `kodu TERYT ${teryt}` : name ? `gminy „${name}”` : 'gminy (puste pola TERYT i Gmina)';
      errors.push(`Wiersz ${line}: ${teryt || name ? `brak ${what} w tej diagnozie` : `nie podano ${what}`}.`);
      return;
    }
    if (seen.has(gmina.id)) {
      errors.push(`Wiersz ${line}: gmina ${gmina.name} była już w wierszu ${seen.get(gmina.id)}.`);
      return;
    }
    seen.set(gmina.id, line);
    const raw = Object.fromEntries(figureCols.map(([k, col]) => [k, cells[col] ?? '']));
    const { figures, errors: fe } = figureErrors(raw);
    for (const msg of Object.values(fe)) errors.push(`Wiersz ${line} (${gmina.name}): ${msg}`);
    rows.push({ gminaId: gmina.id, figures: Object.fromEntries(figureCols.map(([k]) => [k, figures[k]])) as Partial<Figures> });
  });
  if (!errors.length && !rows.length) errors.push('Plik nie zawiera żadnego wiersza z danymi gminy.');
  return errors.length ? { rows: [], errors } : { rows, errors };
}
