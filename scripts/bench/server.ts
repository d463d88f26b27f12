/** Starting servers and databases for the bench, on top of the smoke tests' helpers. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { startServer, waitForOk, type Server } from '../../tests/smoke/server';
import { assertPortFree, type Cleanup } from './lib';

/**
 * scripts/lib/ensure-build.ts's ensureBuild() (builds when the build is missing or stale), run in a
 * child whose output goes to stderr: the bench's stdout carries only the JSON lines.
 */
export function ensureBuildQuietly(): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/build.ts'], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`the build failed (exit code ${r.status ?? r.signal})`);
}

/** "database ready (…) in N ms" from the server's log: its migrate + seed time, if logged. */
export function bootstrapMs(server: Server): number | null {
  const m = server.output().match(/database ready \([^)]*\) in (\d+) ms/);
  return m ? Number(m[1]) : null;
}

/**
 * Spawns the start script and waits for the first 200 of `readyPath`; returns the server and the
 * milliseconds from spawn to that answer. Fails fast when the server exits before it is ready.
 */
export async function bootServer(
  cleanup: Cleanup,
  port: number,
  env: Record<string, string>,
  { readyPath = '/logowanie', timeoutMs = 120_000 } = {},
): Promise<{ server: Server; ms: number }> {
  await assertPortFree(port);
  const t0 = performance.now();
  const server = startServer(port, env);
  cleanup.add(`server on port ${port}`, () => server.stop());
  const exited = server.exited.then((code) => {
    throw new Error(`server on port ${port} exited (code ${code}) before answering:\n${server.output().slice(-2000)}`);
  });
  await Promise.race([waitForOk(`${server.url}${readyPath}`, timeoutMs), exited]);
  const ms = performance.now() - t0;
  exited.catch(() => {}); // a later exit (on stop) is expected
  if (/building the application/.test(server.output())) {
    throw new Error('the start script rebuilt the application during the measurement (sources changed?)');
  }
  return { server, ms };
}

/** A fresh, empty PGlite folder under tests/.tmp/, removed (with its lock file) on cleanup. */
export function tempPgliteDir(cleanup: Cleanup, name: string): string {
  const dir = path.resolve('tests/.tmp', name);
  const remove = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
  };
  remove();
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  cleanup.add(`folder ${dir}`, remove);
  return dir;
}

/** Creates a fresh PostgreSQL database on the server at adminUrl; dropped (with force) on cleanup. */
export async function tempPostgresDatabase(cleanup: Cleanup, adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  cleanup.add('admin connection', () => admin.end({ timeout: 5 }));
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  cleanup.add(`database ${name}`, async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
  });
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A static file of the app: /favicon.ico when it has one, else the first JS chunk the login page loads. */
export async function staticAssetPath(base: string): Promise<string> {
  const fav = await fetch(`${base}/favicon.ico`, { redirect: 'manual' });
  await fav.arrayBuffer();
  if (fav.status === 200) return '/favicon.ico';
  const html = await (await fetch(`${base}/logowanie`)).text();
  const m = html.match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/);
  if (!m) throw new Error('no /_next/static/chunks/*.js script on the login page');
  return m[1];
}
