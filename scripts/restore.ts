/**
 * Restores a backup made by `npm run backup` into the application's database:
 *   npm run restore -- <file> [--force]
 * The file's kind must match the target (DATABASE_URL: a PostgreSQL dump; otherwise PGLITE_DIR: a
 * PGlite dump). A non-empty target is replaced only with --force; PGlite's only while no server
 * runs on it. The migrations run afterwards, so a backup of an older version is brought up to date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupKindOfFile, BackupError, describeCounts, KIND_NAME, restorePglite, restorePostgres } from '../db/backup';
import { env } from '../lib/env';

const USAGE = 'Użycie / usage: npm run restore -- <plik> [--force]\n  --force  zastąp dane niepustej bazy docelowej / replace a non-empty target database';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
}
try {
  parsed = parse();
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 2);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.positionals.length !== 1) fail(USAGE, 2);
const file = path.resolve(parsed.positionals[0]);
const force = parsed.values.force === true;
if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`Nie ma pliku ${file}. / No such file.`);

try {
  const e = env();
  const kind = backupKindOfFile(file);
  const target = e.DATABASE_URL ? 'postgres' : 'pglite';
  if (!kind) {
    fail(`${file} nie jest kopią utworzoną przez npm run backup (ani pg_dump w formacie custom, ani archiwum PGlite).\n${file} is not a backup made by npm run backup.`);
  }
  if (kind !== target) {
    fail(
      `Plik to ${KIND_NAME[kind]}, a baza docelowa to ${target === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `wbudowana PGlite (${e.PGLITE_DIR})`} — rodzaje się nie zgadzają, nic nie zmieniono.\n` +
        `The file is a ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} backup but the target is ${target === 'postgres' ? 'PostgreSQL' : 'PGlite'}; nothing was changed.`,
    );
  }
  const counts = e.DATABASE_URL ? await restorePostgres(e.DATABASE_URL, file, { force }) : await restorePglite(e.PGLITE_DIR, file, { force });
  console.log(`Odtworzono kopię ${file} do ${e.DATABASE_URL ? 'bazy PostgreSQL z DATABASE_URL' : `wbudowanej bazy PGlite (${e.PGLITE_DIR})`}; migracje wykonane.`);
  console.log(`Zawartość: ${describeCounts(counts)}.`);
} catch (err) {
  fail(err instanceof BackupError ? err.message : `Odtworzenie nie powiodło się / Restore failed: ${(err as Error).message}`);
}
