import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { openDatabase, type Db } from '../../db/client';
import { loadReferenceData } from '../../db/bootstrap';
import * as schema from '../../db/schema';

/**
 * Builds one migrated database with the reference data (TERC register, model catalogue) loaded, once per run; each test file then
 * gets its own copy (PGlite: loaded from a dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
 *
 * PGlite's dumps are plain tars, not gzip (as the app's build template is, db/pglite-template.ts):
 * every test file loads one, and PGlite gunzips through a web DecompressionStream, which made the
 * load 2–4× slower. The bare cluster (initdb only, no migrations) is kept too, for the tests that
 * migrate a database of their own (initdb in WASM costs seconds; loading its dump, about one).
 */
export default async function setup(project: TestProject) {
  const backend = (project.config.env?.TEST_DB_BACKEND ?? 'pglite') as Backend;
  // Two projects per backend (tests/setup/db.ts: isolated and not) share one template, built by
  // the first and removed after the last: global setups run in vitest's own process.
  const shared = ((globalThis as { __kooperacjaTestTemplates?: Partial<Record<Backend, Template>> }).__kooperacjaTestTemplates ??= {});
  const t = (shared[backend] ??= { users: 0, ready: backend === 'pglite' ? buildPglite() : buildPostgres() });
  t.users++;
  const { provided, remove } = await t.ready;
  for (const [key, value] of Object.entries(provided)) project.provide(key as keyof Provided, value as never);
  return async () => {
    if (--t.users > 0) return;
    delete shared[backend];
    await remove();
  };
}

type Backend = 'pglite' | 'postgres';
type Provided = { pgliteTemplate?: string; pgliteBare?: string; postgresTemplate?: string };
type Template = { users: number; ready: Promise<{ provided: Provided; remove: () => Promise<void> }> };

async function buildPglite() {
  const file = path.resolve('tests/.tmp', `pglite-template-${process.pid}.tar`);
  const bare = path.resolve('tests/.tmp', `pglite-bare-${process.pid}.tar`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = new PGlite();
  try {
    await client.waitReady;
    fs.writeFileSync(bare, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    const db = drizzlePglite(client, { schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder: path.resolve('db/migrations') });
    await loadReferenceData(db as unknown as Db);
    fs.writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  } finally {
    await client.close();
  }
  return {
    provided: { pgliteTemplate: file, pgliteBare: bare },
    remove: async () => {
      fs.rmSync(file, { force: true });
      fs.rmSync(bare, { force: true });
    },
  };
}

async function buildPostgres() {
  const url = process.env.TEST_DATABASE_URL!;
  const template = `kooperacja_tpl_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const tplUrl = withDatabase(url, template);
  const d = openDatabase({ url: tplUrl });
  await d.migrate();
  await loadReferenceData(d.db);
  await d.close();
  return {
    provided: { postgresTemplate: template },
    remove: async () => {
      await admin.unsafe(`drop database if exists ${template} with (force)`);
      await admin.end();
    },
  };
}

/** A new in-memory PGlite cluster with nothing in it (initdb only), from the bare dump: for tests that migrate their own. */
export function bareLoadDataDir(file: string | undefined): { loadDataDir?: Blob } {
  return file ? { loadDataDir: new Blob([fs.readFileSync(file)]) } : {};
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate?: string;
    /** A dump of an empty cluster (initdb only), PGlite runs only. */
    pgliteBare?: string;
    postgresTemplate?: string;
  }
}
