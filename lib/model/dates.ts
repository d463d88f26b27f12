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

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

export const maxIso = (a: string, b: string) => (a > b ? a : b);
export const minIso = (a: string, b: string) => (a < b ? a : b);
