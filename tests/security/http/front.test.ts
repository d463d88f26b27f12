import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed/demo';
import { postCredentials, sessionCookie, signIn, startServer, waitForOk, type Server } from '../../smoke/server';

// Issue 12 probed over HTTP against the built app (`npm start` on a fresh embedded database with
// the demo data), as an outside attacker would: curl-like requests, no browser.

const dir = path.resolve('tests/.tmp', `security-http-${process.pid}`);
let s: Server;
let base: string;

beforeAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  s = startServer(3321, { PGLITE_DIR: dir, SEED_DEMO: '1', DATABASE_URL: '' });
  base = s.url;
  await waitForOk(`${base}/logowanie`, 110_000);
});

afterAll(async () => {
  await s?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
});

/** One login attempt with extra headers: the error code next-auth answers, or 'OK'. */
async function tryLogin(email: string, password: string, headers: Record<string, string> = {}) {
  const res = await postCredentials(base, email, password, headers);
  const text = await res.text();
  return { status: res.status, text, code: sessionCookie(res) ? 'OK' : (new URL(JSON.parse(text).url).searchParams.get('error') ?? 'NONE') };
}

const SQL_TEXT = /failed query|insert into|select .* from|login_failures|audit_log|postgres|pglite|stack/i;

describe('front server, as an attacker probes it', () => {
  it('a forged X-Forwarded-For neither escapes the login limit nor breaks anything', async () => {
    const email = 'radny@kooperacja.test';
    for (let i = 0; i < 5; i++) {
      const r = await tryLogin(email, 'zle-haslo-123', { 'X-Forwarded-For': `198.51.100.${i}` });
      expect(r.code).toBe('INVALID');
    }
    // All five came from this socket: the pair is locked whatever the header says.
    const locked = await tryLogin(email, DEMO_PASSWORD, { 'X-Forwarded-For': '198.51.100.200' });
    expect(locked.code).toBe('THROTTLED');
  });

  it('an oversized or malformed X-Forwarded-For changes nothing: same answers, no database text, no 500', async () => {
    const huge = { 'X-Forwarded-For': `${'9'.repeat(3000)}, 1.2.3.4'); --` };
    const wrong = await tryLogin('wzk@kooperacja.test', 'zle-haslo-123', huge);
    expect(wrong.code).toBe('INVALID');
    expect(wrong.text).not.toMatch(SQL_TEXT);
    const right = await tryLogin('wzk@kooperacja.test', DEMO_PASSWORD, huge);
    expect(right.code).toBe('OK');
    const cookie = await signIn(base, 'gops@kooperacja.test', DEMO_PASSWORD);
    for (const p of ['/pulpit', '/dokumenty', '/konto']) {
      const r = await fetch(`${base}${p}`, { headers: { cookie: cookie!, ...huge } });
      expect(r.status, p).toBe(200);
    }
  });

  it('a token copied before signing out no longer opens any page', async () => {
    const cookie = await signIn(base, 'pracownik@kooperacja.test', DEMO_PASSWORD);
    expect((await fetch(`${base}/pulpit`, { headers: { cookie: cookie! }, redirect: 'manual' })).status).toBe(200);
    const csrfRes = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: cookie! } });
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const csrfCookie = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    const out = await fetch(`${base}/api/auth/signout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${cookie}; ${csrfCookie}` },
      body: new URLSearchParams({ csrfToken, json: 'true' }),
    });
    expect(out.status).toBeLessThan(400);
    const after = await fetch(`${base}/pulpit`, { headers: { cookie: cookie! }, redirect: 'manual' });
    expect(after.status).toBe(307);
    expect(after.headers.get('location')).toMatch(/\/logowanie$/);
  });

  it('a malformed address answers 400 inside the Polish site, with the security headers', async () => {
    const r = await fetch(`${base}/sprawy/%E0%A4%A`);
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain('Nieprawidłowy adres strony (400)');
    expect(html).toContain('Przejdź do treści');
    expect(r.headers.get('content-security-policy')).toMatch(/'nonce-/);
    expect(r.headers.get('x-frame-options')).toBe('DENY');
  });

  it('a server action posted from another site answers 403 inside the Polish site', async () => {
    const cookie = await signIn(base, 'gops@kooperacja.test', DEMO_PASSWORD);
    const r = await fetch(`${base}/pulpit`, {
      method: 'POST',
      headers: { cookie: cookie!, 'next-action': '0'.repeat(42), origin: 'https://atakujacy.example', 'content-type': 'text/plain;charset=UTF-8' },
      body: '[]',
    });
    expect(r.status).toBe(403);
    const html = await r.text();
    expect(html).toContain('Żądanie odrzucone (403)');
    expect(r.headers.get('content-security-policy')).toMatch(/'nonce-/);
  });

  it('a request body over the upload limit is refused at once with a Polish text', async () => {
    const r = await fetch(`${base}/dokumenty`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'next-action': '0'.repeat(42) },
      body: new Uint8Array(13 * 1024 * 1024),
    });
    expect(r.status).toBe(413);
    expect(await r.text()).toMatch(/najwyżej 10 MB/);
  });

  it('a body announced far over the limit gets its 413 and the connection is closed, without waiting for the body', async () => {
    const { port } = new URL(base);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /dokumenty HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: ${1024 * 1024 * 1024}\r\n\r\n`);
      });
      let got = '';
      socket.setEncoding('utf8');
      socket.on('data', (d) => (got += d));
      socket.on('close', () => resolve(got));
      socket.on('error', reject);
      setTimeout(() => reject(new Error(`still open after 10 s: ${got.slice(0, 80)}`)), 10_000).unref();
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toMatch(/connection: close/i);
  });

  it('every page carries a fresh script nonce, and every script on it carries that nonce', async () => {
    const cookie = await signIn(base, 'rops.admin@kooperacja.test', DEMO_PASSWORD);
    const nonces = new Set<string>();
    for (const p of ['/', '/logowanie', '/rejestracja', '/uslugi', '/pulpit', '/wdrozenia', '/admin/audyt', '/konto', '/nie-ma-takiej-strony']) {
      const r = await fetch(`${base}${p}`, { headers: { cookie: cookie! } });
      const csp = r.headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, p).not.toContain('unsafe-inline');
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce, p).toBeTruthy();
      nonces.add(nonce!);
      const html = await r.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, p).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, p).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(9);
  });
});
