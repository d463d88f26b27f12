/** Escapes LIKE/ILIKE wildcards so user input matches literally. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const dateFormat = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Warsaw' });
const dateTimeFormat = new Intl.DateTimeFormat('pl-PL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Warsaw',
});

/** dd.mm.rrrr, in Polish time. */
export const formatDate = (d: Date | string) => dateFormat.format(typeof d === 'string' ? new Date(d) : d);
/** dd.mm.rrrr, gg:mm, in Polish time. */
export const formatDateTime = (d: Date | string) => dateTimeFormat.format(typeof d === 'string' ? new Date(d) : d);

/** "(matka, klientka)" for "matka (klientka)": a remark put in parentheses never nests another pair. */
export const inParentheses = (s: string) =>
  `(${s
    .replace(/\s*\(\s*/g, ', ')
    .replace(/\s*\)\s*/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/^,\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()})`;

const polishCollator = new Intl.Collator('pl');
/** Polish alphabetical order (a, ą, b, c, ć, … ł … ś … ź, ż), for sorting names in JS. */
export const comparePl = (a: string, b: string) => polishCollator.compare(a, b);
/** A comparator in Polish order by a key: `rows.sort(byPolish((r) => r.name))` (for lists SQL cannot order, e.g. SELECT DISTINCT). */
export const byPolish =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    comparePl(key(a), key(b));
