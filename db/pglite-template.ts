import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { loadReferenceData } from './bootstrap';
import * as schema from './schema';

/**
 * Initialising an empty PGlite folder runs initdb in WASM (~5 s). The build therefore prepares a
 * migrated database with the reference data (TERC register, model catalogue) as a tarball, and a new folder starts from it (~1 s).
 * It lives in .next/ so every build makes a fresh one that matches its migrations.
 */
export const PGLITE_TEMPLATE = path.join(process.cwd(), '.next', 'pglite-template.tar.gz');

export async function writePgliteTemplate(file = PGLITE_TEMPLATE) {
  const client = new PGlite();
  try {
    const db = drizzle(client, { schema, casing: 'snake_case' });
    await migrate(db, { migrationsFolder: path.join(process.cwd(), 'db/migrations') });
    await loadReferenceData(db as never);
    const dump = await client.dumpDataDir('gzip');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(`${file}.tmp`, file);
  } finally {
    await client.close();
  }
}

/** The template to start a not-yet-initialised folder from, if the build left one. */
export function templateFor(dataDir: string): Blob | undefined {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION')) || !fs.existsSync(PGLITE_TEMPLATE)) return undefined;
  return new Blob([fs.readFileSync(PGLITE_TEMPLATE)]);
}
