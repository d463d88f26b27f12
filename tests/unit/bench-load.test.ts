import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadResult, loadTest, result } from '../../scripts/bench/lib';

// The bench's load loop against a tiny local server: a metric passes only when every answer was
// the expected one, whatever its timings.
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Pulpit — koordynator</h1>');
    else if (req.url === '/error-page') res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Wystąpił błąd</h1>');
    else if (req.url === '/redirect') res.writeHead(303, { location: '/page' }).end();
    // Like Next's compression: gzip only for a client that asks for it.
    else if (req.url === '/gzip' && /\bgzip\b/.test(String(req.headers['accept-encoding'])))
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync('<h1>Pulpit — koordynator</h1>'));
    else if (req.url === '/gzip') res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Tylko skompresowane</h1>');
    else if (req.url === '/never') return; // holds the request open until the client gives up
    else if (req.url === '/sometimes') res.writeHead(Math.random() < 0.5 ? 200 : 500).end('Pulpit — ');
    else res.writeHead(500).end('Internal Server Error');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const run = (path: string, opts: Parameters<typeof loadTest>[1] = {}) => loadTest(base + path, { concurrency: 2, seconds: 5, maxRequests: 20, ...opts });

describe('bench load loop', () => {
  it('passes when every answer is 200 with the expected content', async () => {
    const m = loadResult('page', await run('/page', { expectBody: 'Pulpit — ' }), 10_000);
    expect(m).toMatchObject({ pass: true, errors: 0, requests: 20, statuses: { '200': 20 } });
  });

  it('fails a run with any error, within its budget or not', async () => {
    const r = await run('/500');
    expect(r.statuses).toEqual({ '500': 20 });
    expect(loadResult('server_error', r, 10_000)).toMatchObject({ pass: false, errors: 20 });
    expect(loadResult('server_error', r, null).pass).toBe(false);
    // A few errors among successes fail it too.
    const mixed = await run('/sometimes', { maxRequests: 60 });
    expect(mixed.errors).toBe(mixed.statuses['500']);
    expect(mixed.errors).toBeGreaterThan(0);
    expect(loadResult('mixed', mixed, null).pass).toBe(false);
  });

  it('counts a redirect as an error unless the request expects it', async () => {
    expect(loadResult('redirect', await run('/redirect'), null)).toMatchObject({ pass: false, errors: 20, statuses: { '303': 20 } });
    expect(loadResult('redirect', await run('/redirect', { expectStatus: 303 }), null)).toMatchObject({ pass: true, errors: 0 });
  });

  it('counts a 200 without the page’s content (an error page) as an error', async () => {
    const m = loadResult('error_page', await run('/error-page', { expectBody: 'Pulpit — ' }), null);
    expect(m).toMatchObject({ pass: false, errors: 20, statuses: { '200 (unexpected body)': 20 } });
  });

  it('counts refused connections', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await loadTest(`http://127.0.0.1:${port}/`, { concurrency: 1, seconds: 5, maxRequests: 3 });
    expect(r).toMatchObject({ errors: 3, statuses: { 'network error': 3 }, latencies: [] });
    const m = loadResult('refused', r, null);
    expect(m).toMatchObject({ pass: false, errors: 3 });
    expect(JSON.parse(JSON.stringify(m))).toMatchObject({ p50: null, p95: null, statuses: { 'network error': 3 } });
  });

  it('asks for compressed answers, as a browser does, and reads the page inside them', async () => {
    const m = loadResult('gzip', await run('/gzip', { expectBody: 'Pulpit — koordynator' }), null);
    expect(m).toMatchObject({ pass: true, errors: 0, statuses: { '200': 20 } });
  });

  it('stops at once when its signal is aborted, without counting the requests cut off as errors', async () => {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 200);
    const t0 = performance.now();
    const r = await loadTest(base + '/never', { concurrency: 3, seconds: 30, signal: stop.signal });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r).toMatchObject({ errors: 0, latencies: [], requests: 3 });
  });

  it('fails any metric that carries errors', () => {
    expect(result('x', [1, 2, 3], 100, { errors: 1 }).pass).toBe(false);
    expect(result('x', [1, 2, 3], 100, { errors: 0 }).pass).toBe(true);
    expect(result('x', [1, 2, 300], 100).pass).toBe(false);
  });
});
