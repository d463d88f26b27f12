/**
 * The front server: one Node HTTP server in front of Next.js (`npm start` runs it in production,
 * `npm run dev` with --dev). It owns what has to be decided from the raw connection, once for
 * every request, before any page or action runs:
 * - the client's address (the socket's peer; X-Forwarded-For only through trusted proxies), put in
 *   a header no client can forge (lib/http/headers.ts);
 * - the script nonce and the security headers of every response;
 * - refusals that must never become a bare 500: an address that cannot be decoded (400), a server
 *   action posted from another site (403) — both shown inside the site's own page — and a body
 *   over the upload limit (413, a Polish text the forms show).
 */
import cluster from 'node:cluster';
import crypto from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import type { ServerResponse } from 'node:http';
import next from 'next';
import { clientAddress, parseProxyTrust } from '../lib/http/client-ip';
import { CLIENT_IP_HEADER, FRONT_HEADERS, PATH_HEADER, REQUEST_ID_HEADER } from '../lib/http/headers';
import { securityHeaders, servedOverHttps } from '../lib/http/security-headers';
import { MAX_REQUEST_BYTES, TOO_LARGE_MESSAGE } from '../lib/http/limits';
import { requestLogLine, takeRequestUser } from '../lib/http/request-log';
import { DATA_CHANGED_MESSAGE } from '../lib/data-generation';
import { markStopping } from '../lib/http/stopping';

/** Over the limit but below this, the body is drained so the client reads the 413 (see below). */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

const dev = process.argv.includes('--dev');
// tsx (which runs this file) turns on source maps for the whole process: in production Node would
// then read and keep the map of every server chunk Next.js loads (~80 MB of them) and map every
// error's stack through them. Production stacks stay as the build wrote them, as with `next start`.
if (!dev) process.setSourceMapsEnabled(false);
const port = Number(process.env.PORT || 3000);
const trust = parseProxyTrust(process.env);
const https = servedOverHttps();

const app = next({ dev, dir: process.cwd(), port, hostname: 'localhost' });
const handle = app.getRequestHandler();

function undecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** A server action whose Origin is another site (Next.js itself would answer a bare 500). */
function crossSiteAction(req: http.IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.headers['next-action']) return false;
  const origin = req.headers.origin;
  if (!origin) return false;
  const host = (req.headers['x-forwarded-host'] as string | undefined)?.split(',')[0].trim() || req.headers.host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Answers with `status` whatever status the page renderer sets. */
function pinStatus(res: ServerResponse, status: number) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((_code: number, ...rest: unknown[]) => writeHead(status, ...rest)) as typeof res.writeHead;
  Object.defineProperty(res, 'statusCode', { get: () => status, set: () => {}, configurable: true });
}

/** Answered to a request that arrives once the server has been asked to stop (a load balancer retries elsewhere). */
const STOPPING_MESSAGE = 'Serwer jest właśnie zatrzymywany. Spróbuj ponownie za chwilę.';

async function main() {
  await app.prepare();
  let stopping = false;
  const server = http.createServer((req, res) => {
    const started = performance.now();
    if (stopping) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5', Connection: 'close' });
      res.end(STOPPING_MESSAGE);
      return;
    }
    for (const h of FRONT_HEADERS) delete req.headers[h];
    delete req.headers['x-real-ip'];
    const ip = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trust);
    // Everything downstream (next-auth included) sees only an address we vouch for.
    if (ip) req.headers['x-forwarded-for'] = req.headers[CLIENT_IP_HEADER] = ip;
    else delete req.headers['x-forwarded-for'];
    const requestId = crypto.randomUUID();
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader('X-Request-Id', requestId);
    const method = req.method ?? 'GET';
    const route = (req.url ?? '/').split('?')[0];
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const user = takeRequestUser(requestId);
      if (!quiet) console.log(requestLogLine({ id: requestId, method, route, status: res.statusCode, ms: performance.now() - started, user }, new Date()));
    };
    res.on('finish', log);
    res.on('close', log);

    const nonce = crypto.randomBytes(16).toString('base64');
    const headers = securityHeaders({ nonce, https, dev });
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    // Next.js takes the nonce for its own scripts from the request's policy.
    req.headers['content-security-policy'] = headers['Content-Security-Policy'];

    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_REQUEST_BYTES) {
      // A client still sending would meet a closed socket (EPIPE) before it reads the answer: a
      // body up to a few times the limit is read and dropped (the connection stays open until it
      // has arrived); anything bigger is cut off once the answer is out.
      const drain = declared <= DRAIN_LIMIT_BYTES;
      res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', ...(drain ? {} : { Connection: 'close' }) });
      res.end(TOO_LARGE_MESSAGE);
      if (drain) req.resume();
      else res.on('finish', () => req.socket.destroy());
      return;
    }

    const pathname = (req.url ?? '/').split('?')[0];
    const refuse = undecodable(pathname) ? 400 : crossSiteAction(req) ? 403 : null;
    if (refuse) {
      req.url = `/blad-zadania?kod=${refuse}`;
      req.method = 'GET';
      for (const h of ['next-action', 'next-router-state-tree', 'content-type', 'content-length', 'transfer-encoding']) delete req.headers[h];
      res.setHeader('Connection', 'close');
      pinStatus(res, refuse);
    }
    req.headers[PATH_HEADER] = refuse ? '/blad-zadania' : pathname;
    handle(req, res).catch((e) => {
      console.error('[kooperacja] request failed', e);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Wystąpił nieoczekiwany błąd.');
    });
  });
  server.listen(port, () => {
    console.log(`[kooperacja] listening on http://localhost:${port}`);
    if (process.env.KOOPERACJA_NOW) console.warn(`[kooperacja] KOOPERACJA_NOW is set: the app's clock started at ${process.env.KOOPERACJA_NOW} (for tests only)`);
    // Next.js runs instrumentation.ts (migrations, demo data, background workers) on the first
    // request, which waits for it; make that happen now rather than when a user arrives.
    fetch(`http://localhost:${port}/logowanie`)
      .catch(() => {})
      .finally(() => process.send?.('kooperacja:ready'));
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    // /api/ready answers 503 from now; finish what is in flight, take nothing new; give up after 10 s.
    markStopping();
    const leadership = (globalThis as { __kooperacjaLeadership?: { stop(): Promise<void> } }).__kooperacjaLeadership;
    server.close(() => {
      void (leadership?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/**
 * How many server processes share the port: WEB_CONCURRENCY (default: the number of cores) with
 * PostgreSQL; always one with the embedded PGlite, which only one process may open.
 */
function processCount(): number {
  if (dev || !process.env.DATABASE_URL) return 1;
  const wanted = Number(process.env.WEB_CONCURRENCY || os.availableParallelism());
  return Number.isInteger(wanted) && wanted > 0 ? Math.min(wanted, 64) : 1;
}

/**
 * The primary process of several: starts one server process and, once it has migrated the database
 * and is serving, the others (so they never race to migrate or seed); restarts any that dies;
 * passes SIGTERM/SIGINT on and exits when they have all finished.
 */
function supervise(n: number) {
  let stopping = false;
  // Each process keeps its heap within SERVER_HEAP_MB (default 512): left alone, V8 sizes it from
  // the machine's memory and lets garbage pile up to gigabytes under load before collecting.
  const heapMb = Number(process.env.SERVER_HEAP_MB) || 512;
  cluster.setupPrimary({ execArgv: [...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')), `--max-old-space-size=${heapMb}`] });
  const fork = () => {
    const w = cluster.fork({ KOOPERACJA_WORKER: '1' });
    // A write in one process starts a new data generation in the others (lib/data-generation.ts).
    w.on('message', (m) => {
      if (m !== DATA_CHANGED_MESSAGE) return;
      for (const other of Object.values(cluster.workers ?? {})) if (other && other !== w && other.isConnected()) other.send(DATA_CHANGED_MESSAGE);
    });
    return w;
  };
  const first = fork();
  let others = false;
  first.on('message', (m) => {
    if (m !== 'kooperacja:ready' || others) return;
    others = true;
    for (let i = 1; i < n; i++) fork();
  });
  cluster.on('exit', (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // The first one never got ready (no database, say): it said why; stop with it rather than loop.
    if (!others) process.exit(code ?? 1);
    console.error(`[kooperacja] server process ${worker.process.pid} ended (${code}); starting another`);
    fork();
  });
  const stop = (sig: NodeJS.Signals) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
    setTimeout(() => process.exit(0), 15_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  console.log(`[kooperacja] ${n} server processes on port ${port}`);
}

const quiet = process.env.REQUEST_LOG === '0';
const processes = processCount();
if (processes > 1 && cluster.isPrimary) supervise(processes);
else
  main().catch((e) => {
    console.error(`[kooperacja] cannot start: ${(e as Error).message}`);
    process.exit(1);
  });
