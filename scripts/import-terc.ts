/**
 * Loads or refreshes the territorial register from a TERC file (GUS, `;`-separated, UTF-8):
 *   npm run teryt:import -- path/to/TERC.csv
 * Adds new units and updates names; a unit missing from the file is deleted when nothing refers
 * to it and otherwise kept, marked as no longer in the register. Uses DATABASE_URL or PGlite.
 * Stop the server first when using the embedded database (it is single-process).
 */
import fs from 'node:fs';
import { openDatabase } from '../db/client';
import { TERC_FILE } from '../db/bootstrap';
import { importTerc, parseTerc } from '../db/seed/terc';
import { env } from '../lib/env';

const file = process.argv[2] ?? TERC_FILE;
const e = env();
const database = openDatabase({ url: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR });
try {
  await database.migrate();
  const stats = await importTerc(database.db, parseTerc(fs.readFileSync(file, 'utf8')));
  console.log(
    `TERC ${file}: ${stats.voivodeships} województw, ${stats.powiats} powiatów, ${stats.gminas} gmin; ` +
      `usunięto ${stats.removed}, oznaczono jako nieaktualne ${stats.retired}.`,
  );
} finally {
  await database.close();
}
