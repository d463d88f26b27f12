import { formatDate } from '@/lib/text';

/**
 * How people name things of an implementation — one human-readable name per concept, never a
 * database id (URLs may keep ids; what a user reads does not):
 * - an implementation (one powiat and its gminas, from a start date): by its powiat and start,
 *   "powiat sokólski, od 04.01.2027";
 * - a gmina's track (its own schedule within the implementation): by its gmina,
 *   "Dąbrowa Białostocka — ścieżka wdrożenia";
 * - the województwo's regional track: "Zadania wojewódzkie — województwo podlaskie".
 * Notifications carry their own number (ZG/<year>/<nnnn>), documents theirs (PG/<year>/<nnnn>…).
 */

/** "powiat sokólski", or "Białystok (miasto na prawach powiatu)". */
export function powiatName(p: { name: string; isCity?: boolean | null }): string {
  return p.isCity ? `${p.name} (miasto na prawach powiatu)` : `powiat ${p.name}`;
}

export interface ImplementationNaming {
  powiatName: string;
  powiatIsCity?: boolean | null;
  /** ISO date the implementation starts. */
  startDate: string;
}

/** The implementation's name: "powiat sokólski, od 04.01.2027". */
export function implementationName(i: ImplementationNaming): string {
  return `${powiatName({ name: i.powiatName, isCity: i.powiatIsCity })}, od ${formatDate(i.startDate)}`;
}

/** As a title: "Wdrożenie — powiat sokólski, od 04.01.2027". */
export function implementationTitle(i: ImplementationNaming): string {
  return `Wdrożenie — ${implementationName(i)}`;
}

/** With its gminas, for lists and reports: "powiat sokólski, od 04.01.2027 (Dąbrowa Białostocka, Janów)". */
export function implementationLabel(i: ImplementationNaming & { gminas: readonly string[] }): string {
  const gminas = [...i.gminas].sort((a, b) => a.localeCompare(b, 'pl'));
  return gminas.length ? `${implementationName(i)} (${gminas.join(', ')})` : implementationName(i);
}

/** A gmina's track: "Dąbrowa Białostocka — ścieżka wdrożenia". */
export function gminaTrackName(t: { gminaName: string }): string {
  return `${t.gminaName} — ścieżka wdrożenia`;
}

/** The regional track of a województwo: "Zadania wojewódzkie — województwo podlaskie". */
export function regionalTrackName(t: { voivodeshipName: string }): string {
  return `Zadania wojewódzkie — województwo ${t.voivodeshipName}`;
}

/** Either track, by its kind. */
export function trackName(t: { kind: 'gmina' | 'regional'; gminaName?: string | null; voivodeshipName?: string | null }): string {
  return t.kind === 'regional' ? regionalTrackName({ voivodeshipName: t.voivodeshipName ?? '' }) : gminaTrackName({ gminaName: t.gminaName ?? '' });
}
