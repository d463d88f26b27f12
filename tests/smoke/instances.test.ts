import net from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed/demo';
import { startSmtp } from '../e2e/fixtures';
import { postCredentials, sessionCookie, signIn, startServer, waitForOk, type Server } from './server';

/*
 * Issue 19 §5: two app instances on one PostgreSQL, as behind a load balancer. A session made on one
 * works on the other; an e-mail is sent once whichever instance leads the background work; the
 * login limits are counted for both; SIGTERM lets a request in flight finish and takes no new one.
 */
const pgUrl = process.env.TEST_DATABASE_URL;
const name = `kooperacja_instances_${process.pid}`;
const withDb = (url: string, db: string) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();
// Ports of their own: the smoke files run side by side (backup-restore uses 3341/3342, pglite-start 3311–3313).
const SMTP_PORT = 2561;
const PORT_A = 3361;
const PORT_B = 3362;
const servers: Server[] = [];
let admin: postgres.Sql | undefined;
let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
let a: Server;
let b: Server;

const start = (port: number) => {
  const s = startServer(port, {
    DATABASE_URL: withDb(pgUrl!, name),
    SEED_DEMO: '1',
    WEB_CONCURRENCY: '1',
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    OUTBOX_INTERVAL_MS: '300',
  });
  servers.push(s);
  return s;
};

describe.skipIf(!pgUrl)('two instances on one PostgreSQL', () => {
  beforeAll(async () => {
    admin = postgres(pgUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    smtp = await startSmtp(SMTP_PORT);
    // The first migrates and seeds; the second then starts on the same database.
    a = start(PORT_A);
    await waitForOk(`${a.url}/api/ready`, 120_000);
    b = start(PORT_B);
    await waitForOk(`${b.url}/api/ready`, 120_000);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await smtp?.close();
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  it('answers the load balancer: live, ready with every migration applied', async () => {
    expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
    const ready = await fetch(`${b.url}/api/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { ready: boolean; database: string; migrations: { applied: number; expected: number } };
    expect(body).toMatchObject({ ready: true, database: 'ok' });
    expect(body.migrations.applied).toBe(body.migrations.expected);
  });

  it('a session made on one instance works on the other, and each request is logged as one JSON line with the user id', async () => {
    const cookie = await signIn(a.url, 'gops@kooperacja.test', DEMO_PASSWORD);
    expect(cookie).toBeTruthy();
    const page = await fetch(`${b.url}/pulpit`, { headers: { cookie: cookie! }, redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Animator GOPS');
    const id = page.headers.get('x-request-id');
    await new Promise((r) => setTimeout(r, 200));
    const line = b
      .output()
      .split('\n')
      .find((l) => l.includes(`"id":"${id}"`));
    expect(line).toBeTruthy();
    const entry = JSON.parse(line!) as { route: string; status: number; user: string | null; ms: number };
    expect(entry).toMatchObject({ route: '/pulpit', status: 200 });
    expect(entry.user).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a queued e-mail exactly once although both instances run', async () => {
    const db = postgres(withDb(pgUrl!, name), { max: 1, onnotice: () => {} });
    const to = `jeden-raz-${process.pid}@example.pl`;
    try {
      await db`insert into email_outbox (to_email, kind, subject, body) values (${to}, 'account', 'Jeden raz z dwoch instancji', 'Tresc')`;
      await expect.poll(async () => (await db<{ status: string }[]>`select status from email_outbox where to_email = ${to}`)[0].status, { timeout: 30_000, interval: 200 }).toBe('sent');
      // Both instances have had many chances to send it again (each looks every 300 ms).
      await new Promise((r) => setTimeout(r, 3_000));
      expect(smtp!.messages.filter((m) => m.to.includes(to))).toHaveLength(1);
    } finally {
      await db.end();
    }
  });

  it('counts failed logins on both instances together: five anywhere lock the account from this address', async () => {
    for (const s of [a, b, a, b, a]) expect(sessionCookie(await postCredentials(s.url, 'pracownik@kooperacja.test', 'zle-haslo-123'))).toBeNull();
    expect(await signIn(b.url, 'pracownik@kooperacja.test', DEMO_PASSWORD)).toBeNull();
  });

  it('on SIGTERM finishes the request in flight and takes no new one', async () => {
    const cookie = await signIn(a.url, 'pcpr@kooperacja.test', DEMO_PASSWORD);
    // The first PDF of a fresh instance starts its PDF worker: long enough to be in flight.
    const inFlight = fetch(`${a.url}/dokumenty/2/pdf`, { headers: { cookie: cookie! } });
    await new Promise((r) => setTimeout(r, 300));
    process.kill(-a.proc.pid!, 'SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    // No new connection is taken.
    await new Promise((r) => setTimeout(r, 500));
    const refused = await new Promise<boolean>((resolve) => {
      const sock = net.connect(PORT_A, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve(false);
      });
      sock.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
    // The other instance still serves.
    expect((await fetch(`${b.url}/api/ready`)).status).toBe(200);
  });
});
