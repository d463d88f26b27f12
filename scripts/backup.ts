/**
 * A backup of the application's database, uploaded files included (they live in the database):
 *   npm run backup -- <file>
 * DATABASE_URL set: PostgreSQL, `pg_dump --format=custom` (the postgresql-client package).
 * Otherwise the embedded PGlite in PGLITE_DIR: a gzip tarball of its data directory — taken by the
 * running server when it holds the directory, or directly when it is stopped. See db/backup.ts.
 */
import path from 'node:path';
import { backupPglite, backupPostgres, BackupError, describeCounts, formatBytes } from '../db/backup';
import { env } from '../lib/env';

const USAGE = 'Użycie / usage: npm run backup -- <plik>\n  np. npm run backup -- kopie/kooperacja-$(date +%F).backup';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (args.length !== 1 || args[0].startsWith('-')) {
  console.error(USAGE);
  process.exit(2);
}
const file = path.resolve(args[0]);

try {
  const e = env();
  if (e.DATABASE_URL) {
    const r = await backupPostgres(e.DATABASE_URL, file);
    console.log(`Zapisano kopię bazy PostgreSQL (pg_dump, format custom): ${file}, ${formatBytes(r.bytes)}.`);
    console.log(`Zawartość: ${describeCounts(r.counts)}.`);
  } else {
    const r = await backupPglite(e.PGLITE_DIR, file);
    const how = r.via === 'server' ? 'wykonana przez działający serwer' : 'serwer nie działa, katalog otwarty bezpośrednio';
    console.log(`Zapisano kopię wbudowanej bazy PGlite (${e.PGLITE_DIR}; ${how}): ${file}, ${formatBytes(r.bytes)}.`);
    console.log(`Zawartość: ${describeCounts(r.counts)}.`);
  }
  console.log('Przechowuj kopie poza tym komputerem, zaszyfrowane; co jakiś czas sprawdź odtworzenie (npm run restore).');
} catch (err) {
  // Anything else (the server unreachable, a wrong password, no space left) is said plainly too.
  console.error(err instanceof BackupError ? err.message : `Kopia nie powiodła się / Backup failed: ${(err as Error).message}`);
  process.exit(1);
}
