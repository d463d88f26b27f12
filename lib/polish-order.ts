import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/*
 * Polish alphabetical order in SQL, the same on PostgreSQL and PGlite. PGlite's ICU has no Polish
 * tailoring (only the root collation, which files "Ł" under "L"), and a server's "pl-PL-x-icu"
 * depends on how it was built, so names are ordered by a key compared byte by byte (collate "C"):
 * lower case, every Polish letter spelled as its base letter followed by "~" (after "z" in ASCII),
 * so "ł" comes after every "l…" and before "m". `tests/integration/polish-order.test.ts` checks
 * that it agrees with `Intl.Collator('pl')` (`comparePl` in lib/text.ts) on both databases.
 */
const LETTERS: [string, string][] = [
  ['ą', 'a~'],
  ['ć', 'c~'],
  ['ę', 'e~'],
  ['ł', 'l~'],
  ['ń', 'n~'],
  ['ó', 'o~'],
  ['ś', 's~'],
  ['ź', 'z~'],
  ['ż', 'z~~'],
];

/** The sort key of a name column (an expression, for ORDER BY). */
export function polishSortKey(column: AnyColumn | SQL): SQL {
  let key: SQL = sql`lower(translate(${column}, 'ĄĆĘŁŃÓŚŹŻ„”“', 'ąćęłńóśźż"""'))`;
  for (const [letter, spelled] of LETTERS) key = sql`replace(${key}, ${sql.raw(`'${letter}'`)}, ${sql.raw(`'${spelled}'`)})`;
  return sql`${key} collate "C"`;
}

/** ORDER BY a name in Polish alphabetical order (ties in byte order, so the order is stable). */
export const polishOrder = (column: AnyColumn | SQL): SQL => sql`${polishSortKey(column)}, ${column} collate "C"`;
