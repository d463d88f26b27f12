import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import type { Database, Db } from './client';
import { catalogueVersions, documentTemplates, users, voivodeships } from './schema';
import { DOCUMENT_TEMPLATES } from './seed/document-templates';
import { insertCatalogueVersion } from './seed/catalogue';
import { CATALOGUES } from './seed/catalogue-data';
import { seedDemo } from './seed/demo';
import { loadQuestionnaireTemplates } from './seed/questionnaires';
import { importTerc, parseTerc } from './seed/terc';

export const TERC_FILE = path.join(process.cwd(), 'db/data/terc-2024-01-01.csv');

/** The data every database needs, loaded once: the TERC register and the model catalogue. */
export async function loadReferenceData(db: Db) {
  const [units] = await db.select({ n: count() }).from(voivodeships);
  if (units.n === 0) await importTerc(db, parseTerc(fs.readFileSync(TERC_FILE, 'utf8')));
  const [catalogues] = await db.select({ n: count() }).from(catalogueVersions);
  if (catalogues.n === 0) {
    await db.transaction(async (tx) => {
      for (const c of CATALOGUES) await insertCatalogueVersion(tx, c);
    });
  }
  // Document templates: version 1 of every kind that has none yet (a new kind in a later release too).
  const have = new Set((await db.select({ kind: documentTemplates.kind }).from(documentTemplates)).map((t) => t.kind));
  const missing = Object.entries(DOCUMENT_TEMPLATES).filter(([kind]) => !have.has(kind as never));
  if (missing.length) {
    await db.insert(documentTemplates).values(missing.map(([kind, body]) => ({ kind: kind as keyof typeof DOCUMENT_TEMPLATES, version: 1, body, changeNote: 'Wzór początkowy' })));
  }
  await loadQuestionnaireTemplates(db);
}

/**
 * Brings a database to the current schema and, the first time only, loads the reference data
 * and (unless disabled) the demo data. Safe to run on every start.
 */
export async function bootstrap(database: Database, opts: { demo: boolean }) {
  const { db } = database;
  await database.migrate();
  await loadReferenceData(db);
  const [people] = await db.select({ n: count() }).from(users);
  if (opts.demo && people.n === 0) await seedDemo(db);
}
