/** Calendar arithmetic on ISO dates (yyyy-mm-dd), free of time zones. */

const pad = (n: number) => String(n).padStart(2, '0');

export function parseIso(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

export const toIso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds whole months; a day past the end of the target month becomes its last day (31.01 + 1 → 28/29.02). */
export function addMonths(iso: string, n: number): string {
  const { y, m, d } = parseIso(iso);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return toIso(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addDays(iso: string, n: number): string {
  const { y, m, d } = parseIso(iso);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return toIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const { y, m, d } = parseIso(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/** The Monday of the ISO week (Monday–Sunday) a date belongs to. */
export const mondayOf = (iso: string) => addDays(iso, 1 - isoWeekday(iso));

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

export const maxIso = (a: string, b: string) => (a > b ? a : b);
export const minIso = (a: string, b: string) => (a < b ? a : b);

// ── Windows of recurring tasks, in words ─────────────────────────────────────────────────────

/** Polish month names in the nominative, as a month stands alone ("kwiecień 2027"). */
export const MONTH_NAMES = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'] as const;
const QUARTER_NAMES = ['I', 'II', 'III', 'IV'] as const;

/** dd.mm.rrrr of an ISO date, read as a calendar date (no time zone involved). */
export function isoToPolish(iso: string): string {
  const { y, m, d } = parseIso(iso);
  return `${pad(d)}.${pad(m)}.${y}`;
}

const isMonthStart = (iso: string) => parseIso(iso).d === 1;
const isMonthEnd = (iso: string) => {
  const { y, m, d } = parseIso(iso);
  return d === daysInMonth(y, m);
};

/**
 * The window of a recurring task (start and end inclusive, ISO) as people name it — the one
 * wording used by the schedule table, the timeline and the PDF reports:
 * a calendar month → "kwiecień 2027"; a calendar quarter → "II kwartał 2027"; whole months →
 * "kwiecień–czerwiec 2027" (or "grudzień 2027 – luty 2028"); any other window →
 * "od 04.04.2027 do 03.05.2027"; a single day → "04.04.2027".
 */
export function formatWindow(start: string, end: string): string {
  if (start === end) return isoToPolish(start);
  if (isMonthStart(start) && isMonthEnd(end) && start < end) {
    const s = parseIso(start);
    const e = parseIso(end);
    if (s.y === e.y && s.m === e.m) return `${MONTH_NAMES[s.m - 1]} ${s.y}`;
    if (s.y === e.y && e.m - s.m === 2 && (s.m - 1) % 3 === 0) return `${QUARTER_NAMES[(s.m - 1) / 3]} kwartał ${s.y}`;
    return s.y === e.y ? `${MONTH_NAMES[s.m - 1]}–${MONTH_NAMES[e.m - 1]} ${s.y}` : `${MONTH_NAMES[s.m - 1]} ${s.y} – ${MONTH_NAMES[e.m - 1]} ${e.y}`;
  }
  return `od ${isoToPolish(start)} do ${isoToPolish(end)}`;
}
