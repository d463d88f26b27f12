import fs from 'node:fs';
import crypto from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, setDatabase, type Database, type Db } from '../../db/client';
import { setClockForTests } from '../../lib/clock';
import * as schema from '../../db/schema';
import { withDatabase } from './global-db';

// Files of a worker share one module graph (vitest.config.ts: isolate false), so what a file may
// leave in a module behind is put back here first, as a fresh import would have it: the test
// clock. At the top, not in a hook: this runs before each test file is imported, and files read
// the clock when they load (`const TODAY = clock.today()`).
setClockForTests(null);

// Each test file gets a database of its own, copied from the template built in global-db.ts.
let current: Database | undefined;
let dropAfter: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const pgliteTemplate = inject('pgliteTemplate');
  const postgresTemplate = inject('postgresTemplate');
  if (process.env.TEST_DB_BACKEND === 'postgres' && postgresTemplate) {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `kooperacja_t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${postgresTemplate}`);
    current = openDatabase({ url: withDatabase(url, name) });
    dropAfter = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const dump = new Blob([fs.readFileSync(pgliteTemplate!)]);
    const client = new PGlite({ loadDataDir: dump });
    const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
    current = { db, kind: 'pglite', migrate: async () => {}, close: () => client.close() };
  }
  setDatabase(current);
});

afterAll(async () => {
  await current?.close();
  await dropAfter?.();
});
