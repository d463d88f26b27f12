import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { env } from '../lib/env';
import { acquirePgliteLock } from './pglite-lock';
import { templateFor } from './pglite-template';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The embedded database itself (PGlite only): the running server's backups dump it (db/backup.ts). */
  pglite?: PGlite;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'db/migrations');

/** Opens a database: PostgreSQL when a URL is given, otherwise PGlite (a folder, or memory). */
export function openDatabase(opts: { url?: string; pgliteDir?: string | null }): Database {
  if (opts.url) {
    const client = postgres(opts.url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      async migrate() {
        // Several app instances may start at once against one server: a session advisory lock on
        // a one-connection client serialises their migrations.
        const one = postgres(opts.url!, { max: 1, onnotice: () => {} });
        try {
          await one`select pg_advisory_lock(874512)`;
          await migratePostgres(drizzlePostgres(one, { casing: 'snake_case' }), { migrationsFolder });
        } finally {
          await one.end({ timeout: 5 });
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const release = opts.pgliteDir ? acquirePgliteLock(opts.pgliteDir) : () => {};
  const template = opts.pgliteDir ? templateFor(opts.pgliteDir) : undefined;
  const client = opts.pgliteDir ? new PGlite(opts.pgliteDir, template ? { loadDataDir: template } : {}) : new PGlite();
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    migrate: () => migratePglite(drizzlePglite(client, { casing: 'snake_case' }), { migrationsFolder }),
    async close() {
      await client.close();
      release();
    },
  };
}

// One database per process, kept on globalThis so dev-mode reloads do not open a second PGlite.
const g = globalThis as unknown as { __kooperacjaDb?: Database };

export function database(): Database {
  if (!g.__kooperacjaDb) {
    const e = env();
    g.__kooperacjaDb = openDatabase({ url: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR });
  }
  return g.__kooperacjaDb;
}

/** The application's drizzle handle. */
export function getDb(): Db {
  return database().db;
}

/** Installs another database for this process: each test file its own, the benchmark its data set. */
export function setDatabase(d: Database): void {
  g.__kooperacjaDb = d;
}

/** Rows of a raw `db.execute(sql)`: postgres.js returns an array, PGlite an object with `rows`. */
export async function executeRows<T>(db: DbOrTx, query: import('drizzle-orm').SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
