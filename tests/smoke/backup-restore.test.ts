import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { backupSocketPath } from '@/db/backup';
import { openDatabase } from '@/db/client';
import { auditLog, files } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo';
import { DEMO_CASE } from '@/db/seed/demo-numbers';
import { signIn, startServer, waitForOk, type Server } from './server';

// The proof for backups: `npm start` with the demo, `npm run backup` while it runs (the
// server makes the dump), `npm run restore` into an empty folder, `npm start` on that folder — the
// same demo logins, case list, case page, document list, and the same uploaded files (checksums).
const base = path.resolve('tests/.tmp', `smoke-backup-${process.pid}`);
const dirA = path.join(base, 'a');
const dirB = path.join(base, 'b');
const file = path.join(base, 'kopia.tar.gz');
const servers: Server[] = [];
const start = (port: number, dir: string) => {
  const s = startServer(port, { PGLITE_DIR: dir, SEED_DEMO: '1', DATABASE_URL: '' });
  servers.push(s);
  return s;
};

function cli(script: 'backup' | 'restore', args: string[], dir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** What the pages show: case numbers and case links, document links, and one case page. */
async function pages(url: string) {
  const gops = await signIn(url, 'gops.dabrowa@kooperacja.test', DEMO_PASSWORD);
  const rops = await signIn(url, 'rops.admin@kooperacja.test', DEMO_PASSWORD);
  expect(gops).toBeTruthy();
  expect(rops).toBeTruthy();
  const get = async (p: string, cookie: string) => {
    const r = await fetch(`${url}${p}`, { headers: { cookie }, redirect: 'manual' });
    expect(r.status, p).toBe(200);
    return r.text();
  };
  const caseList = await get('/sprawy', gops!);
  const caseNumbers = [...new Set(caseList.match(/R\/\d{4}\/\d{4}/g) ?? [])].sort();
  const caseIds = [...new Set([...caseList.matchAll(/href="\/sprawy\/(\d+)"/g)].map((m) => m[1]))].sort();
  const studyId = caseList.match(new RegExp(`href="/sprawy/(\\d+)"[^>]*>[^<]*${DEMO_CASE.study.replace(/\//g, '\\/')}`))?.[1] ?? caseIds[0];
  const casePage = await get(`/sprawy/${studyId}`, gops!);
  const documentList = await get('/dokumenty', rops!);
  const documentIds = [...new Set([...documentList.matchAll(/href="\/dokumenty\/(\d+)"/g)].map((m) => m[1]))].sort();
  return { caseNumbers, caseIds, studyId, caseShowsNumber: casePage.includes(DEMO_CASE.study), documentIds };
}

async function storedFiles(dir: string) {
  const d = openDatabase({ pgliteDir: dir });
  try {
    const rows = await d.db.select({ id: files.id, sha256: files.sha256, data: files.data }).from(files).orderBy(asc(files.id));
    const logins = await d.db
      .select({ id: auditLog.id, hash: auditLog.hash })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login.succeeded'), eq(auditLog.userEmail, 'gops.dabrowa@kooperacja.test')))
      .orderBy(asc(auditLog.id));
    return { files: rows.map((f) => ({ id: f.id, stored: f.sha256, computed: crypto.createHash('sha256').update(f.data as Uint8Array).digest('hex') })), logins };
  } finally {
    await d.close();
  }
}

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  fs.rmSync(base, { recursive: true, force: true });
  for (const d of [dirA, dirB]) fs.rmSync(`${d}.lock`, { force: true });
});

describe('backup of the running demo, restored and started again', () => {
  it('serves the same demo from the restored folder', async () => {
    fs.rmSync(base, { recursive: true, force: true });
    fs.mkdirSync(base, { recursive: true });

    const a = start(3341, dirA);
    await waitForOk(`${a.url}/logowanie`, 90_000);
    const before = await pages(a.url);
    expect(before.caseNumbers).toContain(DEMO_CASE.study);
    expect(before.caseShowsNumber).toBe(true);
    expect(before.documentIds.length).toBeGreaterThan(0);

    // The running server answers on an owner-only socket beside its folder.
    expect(fs.statSync(backupSocketPath(dirA)).mode & 0o777).toBe(0o600);
    const b = await cli('backup', [file], dirA);
    expect(b.out).toMatch(/wykonana przez działający serwer/);
    expect(b.code).toBe(0);
    await a.stop();
    const source = await storedFiles(dirA);
    // The demo has uploads, and the sign-ins above were recorded before the backup.
    expect(source.files.length).toBeGreaterThan(0);
    expect(source.logins.length).toBeGreaterThan(0);

    const r = await cli('restore', [file], dirB);
    expect(r.out).toMatch(/Odtworzono kopię/);
    expect(r.code).toBe(0);

    const s = start(3342, dirB);
    await waitForOk(`${s.url}/logowanie`, 90_000);
    const after = await pages(s.url);
    expect(after).toEqual(before);
    await s.stop();

    // The same uploads byte for byte, and A's history (not a freshly seeded demo: its sign-ins are there).
    const restored = await storedFiles(dirB);
    for (const f of restored.files) expect(f.computed).toBe(f.stored);
    expect(restored.files).toEqual(source.files);
    expect(restored.logins.slice(0, source.logins.length)).toEqual(source.logins);
  }, 400_000);
});
