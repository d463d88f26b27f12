/**
 * Backups that restore (`npm run backup` / `npm run restore`, scripts/backup.ts, scripts/restore.ts).
 *
 * PostgreSQL (DATABASE_URL set): `pg_dump --format=custom` and `pg_restore --no-owner`.
 * PGlite (PGLITE_DIR): a gzip tarball of the data directory (`dumpDataDir('gzip')`). PGlite is one
 * process: a stopped server's directory is opened here (under its lock, db/pglite-lock.ts); a
 * running server is asked for the dump over a Unix socket next to its data directory, owner-only
 * (0600), that it opens on start (startBackupSocket, instrumentation.ts). No HTTP endpoint.
 *
 * Uploaded files live in the database (files.data), so both kinds of backup hold them.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { executeRows, type Database, type Db } from './client';
import { acquirePgliteLock, DatabaseLockedError } from './pglite-lock';
import * as schema from './schema';

export class BackupError extends Error {}

export type BackupKind = 'postgres' | 'pglite';

export interface BackupCounts {
  cases: number;
  documents: number;
  files: number;
  users: number;
  auditEntries: number;
}

const migrationsFolder = path.join(process.cwd(), 'db/migrations');

/** What a backup file holds, from its first bytes: a pg_dump custom archive or a gzip (PGlite tarball). */
export function backupKindOf(head: Uint8Array): BackupKind | null {
  if (head.length >= 5 && Buffer.from(head.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'postgres';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return null;
}

export function backupKindOfFile(file: string): BackupKind | null {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    const n = fs.readSync(fd, head, 0, 8, 0);
    return backupKindOf(head.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
}

export const KIND_NAME: Record<BackupKind, string> = {
  postgres: 'kopia PostgreSQL (pg_dump, format custom) / PostgreSQL dump',
  pglite: 'kopia wbudowanej bazy PGlite (archiwum tar.gz) / PGlite data directory dump',
};

const COUNTS_SQL = `select
  (select count(*) from cases)::int as "cases",
  (select count(*) from documents)::int as "documents",
  (select count(*) from files)::int as "files",
  (select count(*) from users)::int as "users",
  (select count(*) from audit_log)::int as "auditEntries"`;

/** The figures printed after a backup or a restore. */
export async function backupCounts(db: Db): Promise<BackupCounts> {
  return (await executeRows<BackupCounts>(db, sql.raw(COUNTS_SQL)))[0];
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export function describeCounts(c: BackupCounts): string {
  return `sprawy: ${c.cases}, dokumenty: ${c.documents}, pliki: ${c.files}, użytkownicy: ${c.users}, wpisy dziennika zdarzeń: ${c.auditEntries}`;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------

/** The absolute path of a program on PATH, or null. */
export function findOnPath(program: string, pathVar = process.env.PATH ?? ''): string | null {
  for (const dir of pathVar.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, program);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
  }
  return null;
}

export function missingToolMessage(program: 'pg_dump' | 'pg_restore'): string {
  return [
    `Nie znaleziono programu ${program} (szukano w katalogach zmiennej PATH).`,
    'Zainstaluj pakiet postgresql-client w wersji nie starszej niż serwer PostgreSQL,',
    'np. Debian/Ubuntu: sudo apt-get install postgresql-client; Red Hat/Fedora: sudo dnf install postgresql; macOS: brew install libpq.',
    `${program} was not found on PATH. Install the postgresql-client package (the same major version as the server or newer) and run the command again.`,
  ].join('\n');
}

function requireTool(program: 'pg_dump' | 'pg_restore'): string {
  const found = findOnPath(program);
  if (!found) throw new BackupError(missingToolMessage(program));
  return found;
}

/** libpq's connection for a URL, with the password in PGPASSWORD rather than on the command line (`ps` shows it). */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = '';
  }
  return { dbname: u.toString(), env };
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

function openPostgres(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  return { client, db: drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Db };
}

/**
 * pg_dump in custom format into `file`. The counts come from the same snapshot the dump is taken
 * from (a repeatable-read transaction exports it, pg_dump --snapshot uses it).
 */
export async function backupPostgres(url: string, file: string): Promise<{ bytes: number; counts: BackupCounts }> {
  const pgDump = requireTool('pg_dump');
  const target = libpqTarget(url);
  const tmp = `${file}.tmp-${process.pid}`;
  const { client } = openPostgres(url);
  try {
    const counts = await client.begin('isolation level repeatable read read only', async (tx) => {
      const [{ snapshot }] = await tx<{ snapshot: string }[]>`select pg_export_snapshot() as snapshot`;
      const [counts] = (await tx.unsafe(COUNTS_SQL)) as unknown as BackupCounts[];
      const r = await run(pgDump, ['--format=custom', `--snapshot=${snapshot}`, `--file=${tmp}`, `--dbname=${target.dbname}`], target.env);
      if (r.code !== 0) throw new BackupError(`pg_dump nie wykonał kopii (kod ${r.code}) / pg_dump failed:\n${r.stderr.trim()}`);
      return counts;
    });
    fs.chmodSync(tmp, 0o600);
    fs.renameSync(tmp, file);
    return { bytes: fs.statSync(file).size, counts };
  } finally {
    fs.rmSync(tmp, { force: true });
    await client.end({ timeout: 5 });
  }
}

/** Tables of the application (public) or of its migration log (drizzle): a database with any is not empty. */
export async function postgresTables(url: string): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [{ n }] = await client<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`;
    return n;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** pg_restore of a custom dump into the database at `url`, then the migrations. */
export async function restorePostgres(url: string, file: string, opts: { force: boolean }): Promise<BackupCounts> {
  const pgRestore = requireTool('pg_restore');
  const tables = await postgresTables(url);
  if (tables > 0) {
    if (!opts.force) {
      throw new BackupError(
        `Baza docelowa nie jest pusta (tabele: ${tables}). Odtworzenie zastąpiłoby jej dane — jeśli na pewno tego chcesz, dodaj --force.\n` +
          `The target database is not empty (${tables} tables). Add --force to replace its contents.`,
      );
    }
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await client.unsafe('drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;');
    } finally {
      await client.end({ timeout: 5 });
    }
  }
  const target = libpqTarget(url);
  // One transaction: a restore that fails half-way leaves nothing behind. Owners and grants of the
  // source server's roles are not carried over (they may not exist here): the objects belong to the
  // user that restores; the audit-log grants are set up again as the README's audit section says.
  const r = await run(pgRestore, ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${target.dbname}`, file], target.env);
  if (r.code !== 0) throw new BackupError(`pg_restore nie odtworzył kopii (kod ${r.code}) / pg_restore failed:\n${r.stderr.trim()}`);
  const { client, db } = openPostgres(url);
  try {
    // A backup of an older version is brought up to the current schema, as `npm start` would.
    await migrateWithLock(url);
    return await backupCounts(db);
  } finally {
    await client.end({ timeout: 5 });
  }
}

async function migrateWithLock(url: string) {
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const one = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await one`select pg_advisory_lock(874512)`;
    await migrate(drizzlePostgres(one, { casing: 'snake_case' }), { migrationsFolder });
  } finally {
    await one.end({ timeout: 5 });
  }
}

// ---------------------------------------------------------------------------------------------
// PGlite
// ---------------------------------------------------------------------------------------------

/** The socket a running server answers backup requests on: beside its data directory, like its lock. */
export function backupSocketPath(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}.backup.sock`);
}

export const isPgliteDataDir = (dir: string) => fs.existsSync(path.join(dir, 'PG_VERSION'));

/**
 * A consistent dump of an open PGlite, with its counts: inside a transaction of its own (so no other
 * is open — PGlite runs one at a time), a checkpoint, then the files of the data directory.
 */
export async function dumpPglite(client: PGlite): Promise<{ dump: Blob; counts: BackupCounts }> {
  return client.transaction(async (tx) => {
    const counts = (await tx.query<BackupCounts>(COUNTS_SQL)).rows[0];
    await tx.exec('checkpoint');
    return { dump: (await client.dumpDataDir('gzip')) as Blob, counts };
  });
}

interface SocketHeader {
  ok: boolean;
  bytes?: number;
  counts?: BackupCounts;
  error?: string;
}

/**
 * Opens the backup socket of a running server (PGlite only). A client connects, writes "dump\n",
 * and reads one JSON line ({ ok, bytes, counts }) followed by the dump's bytes. Only the owner of
 * the server's process can connect (0600). Returns a function that closes it.
 */
export function startBackupSocket(database: Database, dataDir: string): Promise<() => Promise<void>> {
  const client = database.pglite;
  if (!client) return Promise.reject(new Error('startBackupSocket: not an embedded (PGlite) database'));
  const sockPath = backupSocketPath(dataDir);
  // The caller holds the data directory's lock, so a socket file left here is a dead server's.
  fs.rmSync(sockPath, { force: true });
  const server = net.createServer((conn) => {
    let request = '';
    conn.on('error', () => {});
    conn.on('data', async (d) => {
      request += d.toString('utf8');
      if (!request.includes('\n')) return;
      conn.removeAllListeners('data');
      const send = (header: SocketHeader, body?: Buffer) => {
        conn.write(`${JSON.stringify(header)}\n`);
        if (body) conn.write(body);
        conn.end();
      };
      if (request.trim() !== 'dump') return send({ ok: false, error: 'unknown request' });
      try {
        const { dump, counts } = await dumpPglite(client);
        const body = Buffer.from(await dump.arrayBuffer());
        send({ ok: true, bytes: body.length, counts }, body);
      } catch (e) {
        send({ ok: false, error: (e as Error).message });
      }
    });
  });
  return new Promise((resolve, reject) => {
    // Bound with an owner-only umask, so there is no moment when others could connect.
    // (process.umask cannot be changed in a worker thread: there the chmod below alone applies.)
    let umask: number | null = null;
    try {
      umask = process.umask(0o177);
    } catch {
      /* worker thread */
    }
    const restoreUmask = () => {
      if (umask !== null) process.umask(umask);
      umask = null;
    };
    server.once('error', (e) => {
      restoreUmask();
      reject(e);
    });
    server.listen(sockPath, () => {
      fs.chmodSync(sockPath, 0o600);
      const remove = () => fs.rmSync(sockPath, { force: true });
      process.once('exit', remove);
      resolve(
        () =>
          new Promise<void>((done) => {
            server.close(() => done());
            remove();
          }),
      );
    });
    // The socket is bound within listen() itself: the process's umask is back at once.
    restoreUmask();
  });
}

/** Asks the server running on `dataDir` for a dump (see startBackupSocket). */
export function requestServerDump(dataDir: string, file: string): Promise<{ bytes: number; counts: BackupCounts }> {
  const sockPath = backupSocketPath(dataDir);
  return new Promise((resolve, reject) => {
    const conn = net.createConnection(sockPath);
    let buffered = Buffer.alloc(0);
    let header: SocketHeader | null = null;
    const chunks: Buffer[] = [];
    conn.on('error', (e) =>
      reject(
        new BackupError(
          `Serwer używa bazy ${dataDir}, ale nie odpowiada na gnieździe kopii ${sockPath} (${(e as Error).message}). ` +
            'Uruchom ponownie serwer w bieżącej wersji albo zatrzymaj go i wykonaj kopię jeszcze raz.\n' +
            `The server holding ${dataDir} does not answer on its backup socket.`,
        ),
      ),
    );
    conn.on('connect', () => conn.write('dump\n'));
    conn.on('data', (d: Buffer) => {
      if (header) return void chunks.push(d);
      buffered = Buffer.concat([buffered, d]);
      const nl = buffered.indexOf(0x0a);
      if (nl < 0) return;
      header = JSON.parse(buffered.subarray(0, nl).toString('utf8')) as SocketHeader;
      chunks.push(buffered.subarray(nl + 1));
    });
    conn.on('end', () => {
      if (!header) return reject(new BackupError('Serwer zakończył połączenie bez odpowiedzi. / The server closed the connection without an answer.'));
      if (!header.ok) return reject(new BackupError(`Serwer nie wykonał kopii: ${header.error} / The server could not make the dump.`));
      const body = Buffer.concat(chunks);
      if (body.length !== header.bytes) return reject(new BackupError(`Kopia niekompletna (${body.length} z ${header.bytes} B). / Incomplete dump.`));
      writeAtomically(file, body);
      resolve({ bytes: body.length, counts: header.counts! });
    });
  });
}

function writeAtomically(file: string, body: Uint8Array) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, body, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

function lockedMessage(dataDir: string, err: Error) {
  return (
    `Wbudowana baza danych (${dataDir}) jest używana przez działający serwer. Zatrzymaj serwer i uruchom odtwarzanie ponownie.\n` +
    `The embedded database is in use by a running server; stop it first. (${err.message})`
  );
}

/** A PGlite backup: from the running server when it holds the directory, otherwise opened here. */
export async function backupPglite(dataDir: string, file: string): Promise<{ bytes: number; counts: BackupCounts; via: 'server' | 'directory' }> {
  if (!isPgliteDataDir(dataDir)) throw new BackupError(`W ${dataDir} nie ma bazy danych PGlite. / No PGlite database in ${dataDir}.`);
  let release: () => void;
  try {
    release = acquirePgliteLock(dataDir);
  } catch (e) {
    if (!(e instanceof DatabaseLockedError)) throw e;
    return { ...(await requestServerDump(dataDir, file)), via: 'server' };
  }
  try {
    const client = new PGlite(dataDir);
    try {
      const { dump, counts } = await dumpPglite(client);
      const body = Buffer.from(await dump.arrayBuffer());
      writeAtomically(file, body);
      return { bytes: body.length, counts, via: 'directory' };
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

function dirIsEmpty(dir: string) {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/**
 * Restores a PGlite dump into `dataDir`: refused while a server holds the directory, and over a
 * non-empty directory unless `force`. The dump is unpacked beside it and migrated first; only then
 * does it take the directory's place.
 */
export async function restorePglite(dataDir: string, file: string, opts: { force: boolean }): Promise<BackupCounts> {
  const target = path.resolve(dataDir);
  if (!dirIsEmpty(target) && !opts.force) {
    throw new BackupError(
      `Katalog ${dataDir} zawiera już bazę danych. Odtworzenie zastąpiłoby ją — jeśli na pewno tego chcesz, dodaj --force.\n` +
        `The data directory ${dataDir} is not empty. Add --force to replace it.`,
    );
  }
  let release: () => void;
  try {
    release = acquirePgliteLock(target);
  } catch (e) {
    if (e instanceof DatabaseLockedError) throw new BackupError(lockedMessage(dataDir, e));
    throw e;
  }
  const staging = `${target}.restore-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    const client = new PGlite(staging, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    let counts: BackupCounts;
    try {
      const db = drizzlePglite(client, { schema, casing: 'snake_case' });
      await migratePglite(drizzlePglite(client, { casing: 'snake_case' }), { migrationsFolder });
      counts = await backupCounts(db as unknown as Db);
    } finally {
      await client.close();
    }
    // Swap: the old directory is moved aside (not deleted) until the new one is in place.
    if (fs.existsSync(target)) fs.renameSync(target, previous);
    fs.renameSync(staging, target);
    fs.rmSync(previous, { recursive: true, force: true });
    return counts;
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(target) && fs.existsSync(previous)) fs.renameSync(previous, target);
    throw e;
  } finally {
    release();
  }
}
