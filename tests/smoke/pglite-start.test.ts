import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo';
import { signIn, startServer, waitForOk, type Server } from './server';

// `npm start` on the embedded database, as a newcomer runs it: first start migrates and seeds,
// data survives a restart, and a second server on the same folder refuses to start.
const dir = path.resolve('tests/.tmp', `smoke-pglite-${process.pid}`);
const servers: Server[] = [];
const start = (port: number) => {
  const s = startServer(port, { PGLITE_DIR: dir, SEED_DEMO: '1', DATABASE_URL: '' });
  servers.push(s);
  return s;
};

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
});

describe('npm start on PGlite', () => {
  it('starts on an empty folder, serves the public pages and lets a demo user sign in', async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    const s = start(3311);
    await waitForOk(`${s.url}/logowanie`, 90_000);
    expect(s.output()).toMatch(/database ready \(pglite\)/);
    const home = await fetch(s.url);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('Platforma Modelu Kooperacji');
    // public/: favicon, app icons and the web app manifest, linked from every page and served to anyone.
    expect(homeHtml).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
    expect(homeHtml).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon.png"/);
    const manifest = await fetch(`${s.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    const app = (await manifest.json()) as { lang: string; short_name: string; icons: { src: string; type: string }[] };
    expect(app).toMatchObject({ lang: 'pl-PL', short_name: 'Kooperacja' });
    for (const src of ['/favicon.ico', '/apple-touch-icon.png', ...app.icons.map((i) => i.src)]) {
      const r = await fetch(`${s.url}${src}`);
      expect(r.status, src).toBe(200);
      expect(r.headers.get('content-type'), src).toMatch(/^image\//);
      expect((await r.arrayBuffer()).byteLength, src).toBeGreaterThan(100);
    }
    const cookie = await signIn(s.url, 'gops@kooperacja.test', DEMO_PASSWORD);
    expect(cookie).toBeTruthy();
    const pulpit = await fetch(`${s.url}/pulpit`, { headers: { cookie: cookie! } });
    expect(pulpit.status).toBe(200);
    expect(await pulpit.text()).toContain('Animator GOPS');
    expect(await signIn(s.url, 'gops@kooperacja.test', 'zle-haslo-123')).toBeNull();
  });

  it('refuses a second server on the same folder without harming the first', async () => {
    const second = startServer(3312, { PGLITE_DIR: dir, SEED_DEMO: '1', DATABASE_URL: '' });
    servers.push(second);
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toMatch(/already in use by process/);
    expect((await fetch(`${servers[0].url}/logowanie`)).status).toBe(200);
  });

  it('keeps its data across a restart and does not seed twice', async () => {
    await servers[0].stop();
    const s = start(3313);
    await waitForOk(`${s.url}/logowanie`, 60_000);
    expect(await signIn(s.url, 'rops.admin@kooperacja.test', DEMO_PASSWORD)).toBeTruthy();
    await s.stop();

    const d = openDatabase({ pgliteDir: dir });
    try {
      const demoAdmins = await d.db.select({ n: count() }).from(users).where(eq(users.email, 'rops.admin@kooperacja.test'));
      expect(demoAdmins[0].n).toBe(1);
      // The first run's sign-in was recorded and is still there.
      const logins = await d.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'login.succeeded'), eq(auditLog.userEmail, 'gops@kooperacja.test')));
      expect(logins[0].n).toBe(1);
    } finally {
      await d.close();
    }
  });
});
