import { AREAS, TARGET_GROUPS } from './vocabulary';

/**
 * Words for searching: lower case, without Polish diacritics (NFD strips the combining marks; "ł"
 * has none, so it is mapped by hand), anything but letters and digits turned into single spaces.
 * "Łódź" → "lodz", "osób starszych" → "osob starszych".
 */
export function normalizeSearch(text: string): string {
  return text
    .toLocaleLowerCase('pl')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** More words than anyone types; the rest of a pasted paragraph is ignored. */
const MAX_WORDS = 8;
/** Longer "words" are cut: a prefix of 40 letters finds the same entries. */
const MAX_WORD = 40;

/**
 * The full-text query for what a user typed: every word must match as a prefix
 * ("osob:* & starszych:*"), or null when nothing searchable was typed. After normalisation only
 * letters and digits remain, so none of tsquery's operators (& | ! ( ) : * ' < > \) can get
 * through — the second filter keeps it that way should normalisation ever change.
 */
export function buildTsQuery(text: string): string | null {
  const words = searchWords(text);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** The distinct words of a search, normalised and bounded (see buildTsQuery). */
export function searchWords(text: string): string[] {
  const words = normalizeSearch(text)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').slice(0, MAX_WORD))
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** What an entry is found by: its name, description, provider and place, and its group and area labels. */
export function serviceSearchText(s: { name: string; description: string; providerName: string; place?: string | null; targetGroups: readonly string[]; areas: readonly string[] }): string {
  const labels = [
    ...s.targetGroups.map((g) => (TARGET_GROUPS as Record<string, string>)[g] ?? ''),
    ...s.areas.map((a) => (AREAS as Record<string, string>)[a] ?? ''),
  ];
  return normalizeSearch([s.name, s.description, s.providerName, s.place ?? '', ...labels].join(' '));
}

/** An ASCII file-name part: "Dąbrowa Białostocka" → "dabrowa-bialostocka". */
export const slug = (text: string) => normalizeSearch(text).replace(/ /g, '-') || 'lista';
