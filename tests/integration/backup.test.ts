import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { asc, eq, sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backupSocketPath, startBackupSocket } from '@/db/backup';
import { bootstrap } from '@/db/bootstrap';
import { executeRows, openDatabase, type Database, type Db } from '@/db/client';
import { auditChainHeads, auditLog, cases, files, users } from '@/db/schema';
import { DEMO_CASE } from '@/db/seed/demo-numbers';
import { audit } from '@/lib/audit';
import { storeUpload } from '@/lib/uploads';
import { TINY_PDF } from '../upload-fixtures';
import { bareLoadDataDir, withDatabase } from '../setup/global-db';

// `npm run backup` / `npm run restore` (scripts/backup.ts, scripts/restore.ts, db/backup.ts): the demo
// with uploaded files is backed up through the command line, restored into an EMPTY database, opened
// the way the app opens it on start, and compared record by record with the source.
const backend = process.env.TEST_DB_BACKEND ?? 'pglite';
const work = path.resolve('tests/.tmp', `backup-${backend}-${process.pid}`);
const LONG = 240_000;

function cli(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    // node --import tsx, as `npm run` would run it, without npx's start-up on every call.
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** Two uploads (a small PDF and a larger one) and a few chained audit entries on top of the demo. */
async function addFilesAndAudit(db: Db) {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'rops.admin@kooperacja.test'));
  const big = new Uint8Array(300_000);
  crypto.randomFillSync(big);
  big.set(new TextEncoder().encode('%PDF-1.4\n'), 0);
  await storeUpload(db, { name: 'skan-umowy.pdf', data: TINY_PDF }, admin.id);
  await storeUpload(db, { name: 'skan-duzy.pdf', data: big }, admin.id);
  for (let i = 0; i < 3; i++) {
    await audit(db, null, { action: 'login.succeeded', entityType: 'user', entityId: admin.id, voivodeshipId: null, anonymous: { userId: admin.id, email: 'rops.admin@kooperacja.test' } });
  }
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** What a user depends on after a restore; file checksums are computed from the bytes, not read. */
async function snapshot(db: Db) {
  const caseRows = await db.select({ id: cases.id, number: cases.number, status: cases.status }).from(cases).orderBy(asc(cases.id));
  const docRows = await executeRows<{ id: number; number: string; status: string; content_hash: string }>(
    db,
    sql`select id, number, status::text as status, md5(content::text) as content_hash from documents order by id`,
  );
  const fileRows = await db.select({ id: files.id, name: files.name, sha256: files.sha256, data: files.data }).from(files).orderBy(asc(files.id));
  const userRows = await db.select({ id: users.id, email: users.email, status: users.status }).from(users).orderBy(asc(users.email));
  const [{ n: auditEntries }] = await executeRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log`);
  const heads = await db.select({ chain: auditChainHeads.chain, seq: auditChainHeads.seq, hash: auditChainHeads.hash }).from(auditChainHeads).orderBy(asc(auditChainHeads.chain));
  const lastEntry = await db.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(sql`${auditLog.id} desc`).limit(1);
  return {
    cases: caseRows,
    documents: docRows,
    files: fileRows.map((f) => ({ id: f.id, name: f.name, storedSha256: f.sha256, computedSha256: crypto.createHash('sha256').update(f.data as Uint8Array).digest('hex') })),
    users: userRows,
    auditEntries,
    heads,
    lastEntry,
  };
}

function expectSameData(restored: Snapshot, source: Snapshot) {
  // The source is the demo plus the uploads: a comparison of two empty databases would prove nothing.
  expect(source.cases.map((c) => c.number)).toEqual(expect.arrayContaining([DEMO_CASE.study, DEMO_CASE.closed]));
  expect(source.documents.length).toBeGreaterThan(0);
  expect(source.files.map((f) => f.name)).toEqual(expect.arrayContaining(['skan-umowy.pdf', 'skan-duzy.pdf']));
  expect(source.heads.length).toBeGreaterThan(0);
  expect(source.auditEntries).toBeGreaterThanOrEqual(3);
  for (const f of restored.files) expect(f.computedSha256, f.name).toBe(f.storedSha256);
  expect(restored.cases).toEqual(source.cases);
  expect(restored.documents).toEqual(source.documents);
  expect(restored.files).toEqual(source.files);
  expect(restored.users).toEqual(source.users);
  expect(restored.auditEntries).toBe(source.auditEntries);
  expect(restored.heads).toEqual(source.heads);
  expect(restored.lastEntry).toEqual(source.lastEntry);
}

/** Opens a restored database as `npm start` does (migrations, reference data; the demo only on an empty one). */
async function openAsTheAppDoes(open: () => Database): Promise<Snapshot> {
  const d = open();
  try {
    await bootstrap(d, { demo: true });
    return await snapshot(d.db);
  } finally {
    await d.close();
  }
}

/** Counts what the newest migration creates (0019_audit_append, a function): 0 in an older release's database. */
const NEWEST_OBJECT = `select count(*)::int as n from pg_proc where proname = 'audit_append'`;

/** The migrations as an older release shipped them: all but the newest. */
function olderMigrations(): string {
  const dir = path.join(work, 'older-migrations');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.resolve('db/migrations'), dir, { recursive: true });
  const journalFile = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, -1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

const MIGRATIONS = (JSON.parse(fs.readFileSync(path.resolve('db/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;

/** After a restore of an older backup: the newest migration has run (its table and its seeded defaults). */
async function expectUpToDate(db: Db) {
  const [{ n: applied }] = await executeRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  expect(applied).toBe(MIGRATIONS);
  const [{ n: newest }] = await executeRows<{ n: number }>(db, sql.raw(NEWEST_OBJECT));
  expect(newest).toBe(1);
  // And what earlier migrations seeded is still there (the retention defaults of 0016).
  const [{ n: rules }] = await executeRows<{ n: number }>(db, sql`select count(*)::int as n from retention_rules`);
  expect(rules).toBe(4);
}

beforeAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.runIf(backend === 'pglite')('backup and restore on PGlite', () => {
  const src = path.join(work, 'src');
  const dst = path.join(work, 'dst');
  const dump = path.join(work, 'kopia.tar.gz');
  let source: Snapshot;

  beforeAll(async () => {
    // A folder started from the migrated template (as a fresh `npm start` would), then the demo.
    const init = new PGlite(src, { loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate')!)]) });
    await init.close();
    const d = openDatabase({ pgliteDir: src });
    try {
      await bootstrap(d, { demo: true });
      await addFilesAndAudit(d.db);
      source = await snapshot(d.db);
    } finally {
      await d.close();
    }
  }, LONG);

  it('backs up a stopped server\'s directory and restores it into an empty one with the same data', async () => {
    const b = await cli('backup', [dump], { PGLITE_DIR: src, DATABASE_URL: '' });
    expect(b.out).toMatch(/Zapisano kopię wbudowanej bazy PGlite/);
    expect(b.out).toMatch(/serwer nie działa/);
    expect(b.out).toContain(`sprawy: ${source.cases.length}, dokumenty: ${source.documents.length}, pliki: ${source.files.length}`);
    expect(b.code).toBe(0);
    expect([...fs.readFileSync(dump).subarray(0, 2)]).toEqual([0x1f, 0x8b]);

    const r = await cli('restore', [dump], { PGLITE_DIR: dst, DATABASE_URL: '' });
    expect(r.out).toMatch(/Odtworzono kopię/);
    expect(r.code).toBe(0);
    expectSameData(await openAsTheAppDoes(() => openDatabase({ pgliteDir: dst })), source);
  }, LONG);

  it('refuses to overwrite a non-empty directory without --force, and replaces it with --force', async () => {
    // Something happens in the restored copy after the restore; a refused restore must keep it.
    const d = openDatabase({ pgliteDir: dst });
    await d.db.delete(files).where(eq(files.name, 'skan-umowy.pdf'));
    await d.close();

    const refused = await cli('restore', [dump], { PGLITE_DIR: dst, DATABASE_URL: '' });
    expect(refused.code).not.toBe(0);
    expect(refused.out).toMatch(/nie jest pusty|zawiera już bazę danych/);
    expect(refused.out).toMatch(/--force/);
    const after = openDatabase({ pgliteDir: dst });
    expect((await after.db.select({ id: files.id }).from(files)).length).toBe(source.files.length - 1);
    await after.close();

    const forced = await cli('restore', [dump, '--force'], { PGLITE_DIR: dst, DATABASE_URL: '' });
    expect(forced.out).toMatch(/Odtworzono kopię/);
    expect(forced.code).toBe(0);
    expectSameData(await openAsTheAppDoes(() => openDatabase({ pgliteDir: dst })), source);
    // Nothing left beside it (the staging copy, the previous directory).
    expect(fs.readdirSync(work).filter((f) => f.startsWith('dst.'))).toEqual([]);
  }, LONG);

  it('asks a running server for the dump over its owner-only socket, and refuses to restore under it', async () => {
    // This process plays the server: it holds the directory's lock and opens the socket the way
    // instrumentation.ts does; the command line runs in another process.
    const server = openDatabase({ pgliteDir: src });
    const stop = await startBackupSocket(server, src);
    const live = path.join(work, 'kopia-serwera.tar.gz');
    try {
      const sock = fs.statSync(backupSocketPath(src));
      expect(sock.isSocket()).toBe(true);
      expect(sock.mode & 0o777).toBe(0o600);
      // The server keeps working while the dump is taken.
      await audit(server.db, null, { action: 'login.succeeded', entityType: 'user', entityId: 'x', voivodeshipId: null, anonymous: { email: 'rops.admin@kooperacja.test' } });
      const expected = await snapshot(server.db);

      const b = await cli('backup', [live], { PGLITE_DIR: src, DATABASE_URL: '' });
      expect(b.out).toMatch(/wykonana przez działający serwer/);
      expect(b.code).toBe(0);

      const refused = await cli('restore', [live, '--force'], { PGLITE_DIR: src, DATABASE_URL: '' });
      expect(refused.code).not.toBe(0);
      expect(refused.out).toMatch(/używana przez działający serwer/);
      expect((await snapshot(server.db)).auditEntries).toBe(expected.auditEntries);

      const fresh = path.join(work, 'from-live');
      const r = await cli('restore', [live], { PGLITE_DIR: fresh, DATABASE_URL: '' });
      expect(r.code).toBe(0);
      expectSameData(await openAsTheAppDoes(() => openDatabase({ pgliteDir: fresh })), expected);
    } finally {
      await stop();
      await server.close();
    }
    expect(fs.existsSync(backupSocketPath(src))).toBe(false);
  }, LONG);

  it('brings a backup of an older version up to date when restoring it', async () => {
    const older = path.join(work, 'older.tar.gz');
    const client = new PGlite(bareLoadDataDir(inject('pgliteBare')));
    try {
      await migratePglite(drizzlePglite(client, { casing: 'snake_case' }), { migrationsFolder: olderMigrations() });
      const [{ n }] = (await client.query<{ n: number }>(NEWEST_OBJECT)).rows;
      expect(n).toBe(0);
      fs.writeFileSync(older, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()));
    } finally {
      await client.close();
    }
    const target = path.join(work, 'from-older');
    const r = await cli('restore', [older], { PGLITE_DIR: target, DATABASE_URL: '' });
    expect(r.code).toBe(0);
    const d = openDatabase({ pgliteDir: target });
    try {
      await expectUpToDate(d.db);
    } finally {
      await d.close();
    }
  }, LONG);

  it('refuses a PostgreSQL dump and a file that is no backup, changing nothing', async () => {
    const pgDump = path.join(work, 'obca.backup');
    fs.writeFileSync(pgDump, Buffer.concat([Buffer.from('PGDMP'), crypto.randomBytes(100)]));
    const empty = path.join(work, 'empty-target');
    const wrong = await cli('restore', [pgDump], { PGLITE_DIR: empty, DATABASE_URL: '' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.out).toMatch(/kopia PostgreSQL.*wbudowana PGlite.*rodzaje się nie zgadzają/s);
    expect(fs.existsSync(empty)).toBe(false);

    const junk = path.join(work, 'notatki.txt');
    fs.writeFileSync(junk, 'to nie jest kopia');
    const notBackup = await cli('restore', [junk], { PGLITE_DIR: empty, DATABASE_URL: '' });
    expect(notBackup.code).not.toBe(0);
    expect(notBackup.out).toMatch(/nie jest kopią utworzoną przez npm run backup/);
  }, LONG);
});

// Never reaches a database (an empty PATH): the same on both backends, so it runs once.
describe.runIf(backend === 'pglite')('pg_dump missing', () => {
  it('says which package to install, in Polish and English, and fails', async () => {
    const file = path.join(work, 'never.backup');
    // An empty PATH: node itself by its absolute path; the database is never reached.
    const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', file], {
        env: { ...process.env, PATH: '', DATABASE_URL: 'postgres://kooperacja@127.0.0.1:1/kooperacja' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => resolve({ code, out }));
    });
    expect(r.out).toMatch(/Nie znaleziono programu pg_dump/);
    expect(r.out).toMatch(/postgresql-client/);
    expect(r.out).toMatch(/pg_dump was not found on PATH/);
    expect(r.code).not.toBe(0);
    expect(fs.existsSync(file)).toBe(false);
  }, LONG);
});

describe.runIf(backend === 'postgres')('backup and restore on PostgreSQL', () => {
  const url = process.env.TEST_DATABASE_URL!;
  const suffix = crypto.randomBytes(4).toString('hex');
  const srcName = `kooperacja_bk_src_${suffix}`;
  const dstName = `kooperacja_bk_dst_${suffix}`;
  const dump = path.join(work, 'kopia.backup');
  let admin: postgres.Sql;
  let source: Snapshot;

  beforeAll(async () => {
    admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${srcName} template ${inject('postgresTemplate')}`);
    await admin.unsafe(`create database ${dstName}`);
    const d = openDatabase({ url: withDatabase(url, srcName) });
    try {
      await bootstrap(d, { demo: true });
      await addFilesAndAudit(d.db);
      source = await snapshot(d.db);
    } finally {
      await d.close();
    }
  }, LONG);

  afterAll(async () => {
    await admin.unsafe(`drop database if exists ${srcName} with (force)`);
    await admin.unsafe(`drop database if exists ${dstName} with (force)`);
    await admin.end();
  });

  it('backs up with pg_dump and restores into an empty database with the same data', async () => {
    const b = await cli('backup', [dump], { DATABASE_URL: withDatabase(url, srcName) });
    expect(b.out).toMatch(/Zapisano kopię bazy PostgreSQL/);
    expect(b.out).toContain(`sprawy: ${source.cases.length}, dokumenty: ${source.documents.length}, pliki: ${source.files.length}`);
    expect(b.code).toBe(0);
    expect(fs.readFileSync(dump).subarray(0, 5).toString('latin1')).toBe('PGDMP');

    const r = await cli('restore', [dump], { DATABASE_URL: withDatabase(url, dstName) });
    expect(r.out).toMatch(/Odtworzono kopię/);
    expect(r.code).toBe(0);
    expectSameData(await openAsTheAppDoes(() => openDatabase({ url: withDatabase(url, dstName) })), source);
  }, LONG);

  it('refuses to overwrite a non-empty database without --force, and replaces it with --force', async () => {
    const d = openDatabase({ url: withDatabase(url, dstName) });
    await d.db.delete(files).where(eq(files.name, 'skan-umowy.pdf'));
    await d.close();

    const refused = await cli('restore', [dump], { DATABASE_URL: withDatabase(url, dstName) });
    expect(refused.code).not.toBe(0);
    expect(refused.out).toMatch(/Baza docelowa nie jest pusta/);
    expect(refused.out).toMatch(/--force/);
    const after = openDatabase({ url: withDatabase(url, dstName) });
    expect((await after.db.select({ id: files.id }).from(files)).length).toBe(source.files.length - 1);
    await after.close();

    const forced = await cli('restore', [dump, '--force'], { DATABASE_URL: withDatabase(url, dstName) });
    expect(forced.out).toMatch(/Odtworzono kopię/);
    expect(forced.code).toBe(0);
    expectSameData(await openAsTheAppDoes(() => openDatabase({ url: withDatabase(url, dstName) })), source);
    // The append-only trigger of the audit log came back with the data.
    const d2 = openDatabase({ url: withDatabase(url, dstName) });
    try {
      await expect(d2.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    } finally {
      await d2.close();
    }
  }, LONG);

  it('brings a backup of an older version up to date when restoring it', async () => {
    const olderName = `kooperacja_bk_old_${suffix}`;
    const restoredName = `kooperacja_bk_new_${suffix}`;
    const older = path.join(work, 'older.backup');
    await admin.unsafe(`create database ${olderName}`);
    await admin.unsafe(`create database ${restoredName}`);
    try {
      const one = postgres(withDatabase(url, olderName), { max: 1, onnotice: () => {} });
      try {
        await migratePostgres(drizzlePostgres(one, { casing: 'snake_case' }), { migrationsFolder: olderMigrations() });
      } finally {
        await one.end();
      }
      expect((await cli('backup', [older], { DATABASE_URL: withDatabase(url, olderName) })).code).toBe(0);
      const r = await cli('restore', [older], { DATABASE_URL: withDatabase(url, restoredName) });
      expect(r.code).toBe(0);
      const d = openDatabase({ url: withDatabase(url, restoredName) });
      try {
        await expectUpToDate(d.db);
      } finally {
        await d.close();
      }
    } finally {
      await admin.unsafe(`drop database if exists ${olderName} with (force)`);
      await admin.unsafe(`drop database if exists ${restoredName} with (force)`);
    }
  }, LONG);

  it('refuses a PGlite dump, changing nothing', async () => {
    const pglite = path.join(work, 'kopia.tar.gz');
    fs.writeFileSync(pglite, zlib.gzipSync(Buffer.from('pgdata/PG_VERSION')));
    const wrong = await cli('restore', [pglite, '--force'], { DATABASE_URL: withDatabase(url, dstName) });
    expect(wrong.code).not.toBe(0);
    expect(wrong.out).toMatch(/kopia wbudowanej bazy PGlite.*PostgreSQL.*rodzaje się nie zgadzają/s);
    const d = openDatabase({ url: withDatabase(url, dstName) });
    try {
      expect((await snapshot(d.db)).files).toEqual(source.files);
    } finally {
      await d.close();
    }
  }, LONG);
});
