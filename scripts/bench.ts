/**
 * `npm run bench`: performance figures, one JSON line per metric, also written to
 * bench/results.json. A metric over its budget is reported (pass: false), not an error: the exit
 * code is 0 unless the bench itself fails.
 *
 * Environment: BENCH_PORT (default 3410; cold starts use the next ports), BENCH_SECONDS (load
 * duration per URL, default 20), BENCH_CONCURRENCY (default 10), BENCH_COLD_RUNS (default 3),
 * BENCH_PG_URL (PostgreSQL server, default postgres://postgres@127.0.0.1:5432/postgres).
 *
 * To add a metric: write a section below that calls `report(metrics, result(...))`.
 */
import { DEMO_PASSWORD } from '../db/seed/demo';
import { signIn } from '../tests/smoke/server';
import { Cleanup, loadTest, report, result, runAllCleanups, writeResults, type Metric } from './bench/lib';
import { bootServer, bootstrapMs, ensureBuildQuietly, tempPgliteDir, tempPostgresDatabase } from './bench/server';

const PORT = Number(process.env.BENCH_PORT || 3410);
const SECONDS = Number(process.env.BENCH_SECONDS || 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 10);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS || 3);
const PG_URL = process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DEMO_USER = 'gops@kooperacja.test';

const metrics: Metric[] = [];
const cleanup = new Cleanup();
const log = (msg: string) => console.error(`[bench] ${msg}`);
const interrupt = new AbortController();
const checkInterrupted = () => {
  if (interrupt.signal.aborted) throw new Error('interrupted');
};

/** 1. `npm start` on an empty PGlite folder until /logowanie answers 200 (migrate + seed included). */
async function coldStartPglite() {
  const samples: number[] = [];
  const bootstrap: (number | null)[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    checkInterrupted();
    ensureBuildQuietly(); // outside the timing: the start script must find the build up to date
    const run = new Cleanup();
    try {
      const dir = tempPgliteDir(run, `bench-pglite-${process.pid}-${i}`);
      const { server, ms } = await bootServer(run, PORT + 1 + i, { PGLITE_DIR: dir, DATABASE_URL: '', SEED_DEMO: '1' });
      bootstrap.push(bootstrapMs(server));
      log(`cold start ${i + 1}/${COLD_RUNS}: ${Math.round(ms)} ms (migrate + seed ${bootstrap[i] ?? '?'} ms)`);
      samples.push(ms);
    } finally {
      await run.run(); // stops the whole process group, then removes the folder
    }
  }
  report(metrics, result('cold_start_pglite', samples, 10_000, { runs: samples.length, samples: samples.map(Math.round), bootstrap_ms: bootstrap }));
}

/** 2. Closed-loop load on one server backed by PostgreSQL. */
async function httpLoad() {
  const url = await tempPostgresDatabase(cleanup, PG_URL, `kooperacja_bench_${process.pid}`);
  const { server } = await bootServer(cleanup, PORT, { DATABASE_URL: url, SEED_DEMO: '1' });
  const base = server.url;

  const cookie = await signIn(base, DEMO_USER, DEMO_PASSWORD);
  if (!cookie) throw new Error(`could not sign in as ${DEMO_USER}`);

  const targets: { name: string; path: string; headers?: Record<string, string> }[] = [
    { name: 'static_floor', path: await staticAssetPath(base) },
    { name: 'login_page', path: '/logowanie' },
    { name: 'pulpit', path: '/pulpit', headers: { cookie } },
  ];
  for (const t of targets) {
    checkInterrupted();
    // The first answer must be the page itself (not a redirect to sign-in); it also warms up.
    const first = await fetch(base + t.path, { headers: t.headers, redirect: 'manual' });
    await first.arrayBuffer();
    if (first.status !== 200) throw new Error(`${t.name}: GET ${t.path} answered ${first.status}, expected 200`);
    log(`${t.name}: GET ${t.path} for ${SECONDS} s at concurrency ${CONCURRENCY}`);
    const r = await loadTest(base + t.path, { concurrency: CONCURRENCY, seconds: SECONDS, headers: t.headers, signal: interrupt.signal });
    checkInterrupted();
    report(
      metrics,
      result(t.name, r.latencies, null, { path: t.path, requests: r.requests, rps: r.rps, errors: r.errors, concurrency: r.concurrency, seconds: r.seconds }),
    );
  }
}

/** /favicon.ico when the app has one, else the first JS chunk the login page loads. */
async function staticAssetPath(base: string): Promise<string> {
  const fav = await fetch(`${base}/favicon.ico`, { redirect: 'manual' });
  await fav.arrayBuffer();
  if (fav.status === 200) return '/favicon.ico';
  const html = await (await fetch(`${base}/logowanie`)).text();
  const m = html.match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/);
  if (!m) throw new Error('no /_next/static/chunks/*.js script on the login page');
  return m[1];
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (interrupt.signal.aborted) return;
    interrupt.abort();
    log(`${sig}: cleaning up`);
    void runAllCleanups().finally(() => process.exit(130));
  });
}

let code = 0;
try {
  ensureBuildQuietly();
  await coldStartPglite();
  await httpLoad();
} catch (e) {
  if (!interrupt.signal.aborted) console.error(`[bench] failed: ${(e as Error).stack ?? e}`);
  code = interrupt.signal.aborted ? 130 : 1;
} finally {
  await runAllCleanups();
  if (metrics.length) writeResults(metrics);
}
process.exit(code);
