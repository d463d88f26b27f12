/**
 * Measuring and reporting helpers for `npm run bench`. A metric is a list of latency samples in
 * milliseconds, summarised as p50/p95 and checked against an optional p95 budget. A metric whose
 * run had any failed request (`errors` > 0) fails whatever its timings.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Metric {
  name: string;
  /** What p50 and p95 are in: milliseconds, except for the few metrics that say otherwise. */
  unit: 'ms' | 'MB' | 'req/s';
  p50: number;
  p95: number;
  budget: number | null;
  pass: boolean;
  [extra: string]: unknown;
}

/** Nearest-rank percentile (p in 0..100) of samples; the samples need not be sorted. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Summarises samples (ms) into a metric: pass when no request failed (`extra.errors`, if given, is
 * 0) and the p95 is within the budget (if any).
 */
export function result(name: string, samples: readonly number[], budget: number | null, extra: Record<string, unknown> = {}): Metric {
  if (samples.length === 0) throw new Error(`${name}: no samples`);
  const p50 = round(percentile(samples, 50));
  const p95 = round(percentile(samples, 95));
  const errors = typeof extra.errors === 'number' ? extra.errors : 0;
  return { name, unit: 'ms', p50, p95, budget, pass: errors === 0 && (budget === null || p95 <= budget), ...extra };
}

/**
 * A load run as a metric: its latencies, and how every answer went (`errors`, `statuses`). A run in
 * which nothing answered still makes a (failed) metric, with no timings (null in JSON).
 */
export function loadResult(name: string, r: LoadResult, budget: number | null, extra: Record<string, unknown> = {}): Metric {
  const counts = { requests: r.requests, rps: r.rps, errors: r.errors, statuses: r.statuses, concurrency: r.concurrency, seconds: r.seconds };
  if (r.latencies.length === 0) return { name, unit: 'ms', p50: NaN, p95: NaN, budget, pass: false, ...extra, ...counts };
  return result(name, r.latencies, budget, { ...extra, ...counts });
}

/** A metric whose budget is `factor` × a reference p95 of the same run; the ratio is kept as `field`. */
export function againstReference(m: Metric, reference: number, factor: number, field: string, extra: Record<string, unknown> = {}): Metric {
  const ratio = reference > 0 ? m.p95 / reference : Infinity;
  const errors = typeof m.errors === 'number' ? m.errors : 0;
  return { ...m, budget: round(reference * factor), pass: errors === 0 && Number.isFinite(m.p95) && ratio <= factor, [field]: round(ratio), [`${field}_budget`]: factor, ...extra };
}

/** Prints the metric as one JSON line and keeps it for the results file. */
export function report(metrics: Metric[], m: Metric): Metric {
  metrics.push(m);
  console.log(JSON.stringify(m));
  return m;
}

/**
 * Writes the run's metrics into the results file. A run of one section (BENCH_ONLY) replaces only
 * its own metrics: the others' last figures stay. A whole run (`replaceAll`) replaces the file, so
 * no metric of an earlier version of the bench lingers in it.
 */
export function writeResults(metrics: Metric[], file = 'bench/results.json', { replaceAll = false } = {}): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let previous: Metric[] = [];
  try {
    if (!replaceAll) previous = JSON.parse(fs.readFileSync(file, 'utf8')) as Metric[];
  } catch {
    previous = [];
  }
  const fresh = new Set(metrics.map((m) => m.name));
  fs.writeFileSync(file, JSON.stringify([...previous.filter((m) => !fresh.has(m.name)), ...metrics], null, 2) + '\n');
}

/** Milliseconds an async function takes (performance.now()). */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export interface LoadOptions {
  concurrency?: number;
  seconds?: number;
  /** Hard stop on the total number of requests, so a loop always ends by itself. */
  maxRequests?: number;
  headers?: Record<string, string>;
  /** Stops the load early (e.g. on Ctrl-C). */
  signal?: AbortSignal;
  /** The one status that counts as success; 200 unless the request is meant to redirect (say so here). */
  expectStatus?: number;
  /** Text every successful body must contain, so a 200 that is an error page counts as an error. */
  expectBody?: string;
}

export interface LoadResult {
  latencies: number[];
  requests: number;
  /** Requests that failed: a network error, another status than the expected one, or a body without the expected text. */
  errors: number;
  /** How many answers had each status; "network error" and "200 (unexpected body)" are counted apart. */
  statuses: Record<string, number>;
  seconds: number;
  rps: number;
  concurrency: number;
}

/** One GET over `agent`: its status and its body, decompressed as a browser would. */
function get(url: URL, agent: http.Agent, headers: Record<string, string> | undefined, signal: AbortSignal): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    // Compressed answers are asked for as a browser asks for them, so the server does the work it does for one.
    const req = http.get(url, { agent, headers: { 'accept-encoding': 'gzip, deflate', ...headers }, signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const body = encoding === 'gzip' ? zlib.gunzipSync(raw) : encoding === 'deflate' ? zlib.inflateSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, body });
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('error', reject);
  });
}

/**
 * Closed-loop load on one URL: `concurrency` workers each GET → read the whole body → record the
 * latency, until the time or the request count runs out. Redirects are not followed. Every answer's
 * status is counted; any other status than `expectStatus` (200 by default), a body without
 * `expectBody`, or a network failure counts as an error. Every answer's latency is recorded.
 *
 * The requests go out over node:http with kept-alive connections (one per worker), not fetch: the
 * load generator shares the machine's cores with the server it measures, and fetch cost it twice
 * the CPU per request (2.2 against 1.1 ms for a 64 KB gzipped case page), taken from the server.
 */
export async function loadTest(url: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const u = new URL(url);
  if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) throw new Error(`loadTest only targets localhost, not ${u.hostname}`);
  const concurrency = opts.concurrency ?? 10;
  const seconds = opts.seconds ?? 20;
  const maxRequests = opts.maxRequests ?? 200_000;
  const expectStatus = opts.expectStatus ?? 200;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let started = 0;
  let errors = 0;
  const count = (key: string, ok: boolean) => {
    statuses[key] = (statuses[key] ?? 0) + 1;
    if (!ok) errors++;
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  // Aborts what is in flight when the caller's signal fires; one listener for the whole load.
  const stop = new AbortController();
  const abort = () => stop.abort();
  opts.signal?.addEventListener('abort', abort, { once: true });
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;

  const worker = async () => {
    while (performance.now() < deadline && started < maxRequests && !stop.signal.aborted) {
      started++;
      const s = performance.now();
      try {
        const res = await get(u, agent, opts.headers, stop.signal);
        latencies.push(performance.now() - s);
        if (res.status === expectStatus && opts.expectBody !== undefined && !res.body.includes(opts.expectBody)) count(`${res.status} (unexpected body)`, false);
        else count(String(res.status), res.status === expectStatus);
      } catch {
        if (stop.signal.aborted) break;
        count('network error', false);
        // A refused connection fails at once: do not spin on it.
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    opts.signal?.removeEventListener('abort', abort);
    agent.destroy();
  }
  const elapsed = (performance.now() - t0) / 1000;
  return { latencies, requests: started, errors, statuses, seconds: round(elapsed), rps: round(started / elapsed), concurrency };
}

/**
 * One request before the load, which also warms up: throws unless it answers as `loadTest` would
 * count a success (`expectStatus`, 200 by default, and `expectBody` in the body).
 */
export async function checkAnswer(url: string, opts: Pick<LoadOptions, 'headers' | 'expectStatus' | 'expectBody'> = {}): Promise<void> {
  const res = await fetch(url, { headers: opts.headers, redirect: 'manual' });
  const body = Buffer.from(await res.arrayBuffer());
  const expectStatus = opts.expectStatus ?? 200;
  if (res.status !== expectStatus) throw new Error(`GET ${url} answered ${res.status}, expected ${expectStatus}`);
  if (opts.expectBody !== undefined && !body.includes(opts.expectBody)) throw new Error(`GET ${url} answered ${res.status} without "${opts.expectBody}" in its body`);
}

/** Throws when something already listens on the port (it would answer in our server's place). */
export async function assertPortFree(port: number): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const sock = net.connect({ port, host: '127.0.0.1' });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
  if (inUse) throw new Error(`port ${port} is already in use; set BENCH_PORT to another port`);
}

const pending = new Set<Cleanup>();

/**
 * Cleanup actions run in reverse order, once, when the section ends (or on Ctrl-C: runAllCleanups).
 * A second run() while one is in progress waits for the same one.
 */
export class Cleanup {
  private tasks: { label: string; fn: () => Promise<void> | void }[] = [];
  private running: Promise<void> | null = null;
  add(label: string, fn: () => Promise<void> | void): void {
    this.tasks.push({ label, fn });
    pending.add(this);
  }
  run(): Promise<void> {
    this.running ??= (async () => {
      while (this.tasks.length) {
        const t = this.tasks.pop()!;
        try {
          await t.fn();
        } catch (e) {
          console.error(`[bench] cleanup "${t.label}" failed: ${(e as Error).message}`);
        }
      }
    })().finally(() => {
      this.running = null;
      if (!this.tasks.length) pending.delete(this);
    });
    return this.running;
  }
}

/** Runs (or waits for) every cleanup that has not finished yet, newest first. */
export async function runAllCleanups(): Promise<void> {
  for (const c of [...pending].reverse()) await c.run();
}

/** Calls fn from `concurrency` loops until `count` calls are done; returns each call's latency (ms). */
export async function concurrentCalls(fn: () => Promise<unknown>, { concurrency = 10, count = 200 } = {}): Promise<number[]> {
  const latencies: number[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < count) {
        started++;
        const t0 = performance.now();
        await fn();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies;
}
