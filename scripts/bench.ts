/**
 * `npm run bench`: performance figures, one JSON line per metric, also written to
 * bench/results.json. A metric over its budget (a p95), or whose load had any failed request, is
 * reported (pass: false), not an error: the exit code is 0 unless the bench itself fails (or
 * cannot measure, e.g. without Chromium). README.md's Benchmarks section states every budget.
 *
 * Environment: BENCH_PORT (default 3410; cold starts use the next ports), BENCH_SECONDS (load
 * duration per URL, default 20), BENCH_CONCURRENCY (default 10), BENCH_COLD_RUNS (default 3),
 * BENCH_PG_URL (PostgreSQL server, default postgres://postgres@127.0.0.1:5432/postgres), BENCH_ONLY
 * (cold | http | national | services | throughput | pdf: one section; the pdf section's own settings
 * are in scripts/bench/pdf.ts).
 *
 * To add a metric: write a section below that calls `report(metrics, result(...))`.
 */
import { eq } from 'drizzle-orm';
import { openDatabase, setDatabase } from '../db/client';
import { loadReferenceData } from '../db/bootstrap';
import { roleAssignments, users, voivodeships } from '../db/schema';
import { DEMO_PASSWORD } from '../db/seed/demo';
import type { Actor } from '../lib/auth/actor';
import { hashPassword } from '../lib/auth/password';
import { dashboardRows, unsafeNationalDashboard } from '../lib/implementations/dashboard';
import { createTrack } from '../lib/implementations/instantiate';
import { latestVersionId, loadCatalogue } from '../lib/model/catalogue-load';
import { generateSchedule } from '../lib/model/schedule';
import { generateNationalData } from './bench/national';
import { signIn } from '../tests/smoke/server';
import { checkAnswer, Cleanup, concurrentCalls, loadResult, loadTest, report, result, runAllCleanups, writeResults, type Metric } from './bench/lib';
import { bootServer, bootstrapMs, ensureBuildQuietly, staticAssetPath, tempPgliteDir, tempPostgresDatabase } from './bench/server';
import { pdfSection } from './bench/pdf';
import { servicesSearchBench } from './bench/services';
import { throughputSection } from './bench/throughput';
import { clock } from '@/lib/clock';

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

  const pcprCookie = await signIn(base, 'pcpr@kooperacja.test', DEMO_PASSWORD);
  if (!pcprCookie) throw new Error('could not sign in as pcpr@kooperacja.test');
  // Every answer must be 200 and, for pages, contain the page's own heading (not an error page).
  const targets: { name: string; path: string; headers?: Record<string, string>; expectBody?: string; concurrency?: number; budget?: number }[] = [
    // The static floor of this server (the demo data only); the budgets against the floor are the throughput section's.
    { name: 'static_floor_demo', path: await staticAssetPath(base) },
    { name: 'login_page', path: '/logowanie', expectBody: 'Logowanie</h1>' },
    { name: 'pulpit', path: '/pulpit', headers: { cookie }, expectBody: 'Pulpit — ' },
    // The demo's signed powiat–gmina agreement (document 2 of the demo data) through its route handler
    // (after the first request, from the cache of signed printouts: lib/pdf/cache.ts).
    { name: 'agreement_pdf_route', path: '/dokumenty/2/pdf', headers: { cookie: pcprCookie }, expectBody: '%PDF-', concurrency: 4 },
    // The team page of the demo's PZK (Dąbrowa Białostocka, the first team of the demo data).
    { name: 'pzk_page_one_client', path: '/pzk/1', headers: { cookie: pcprCookie }, expectBody: 'Partnerski Zespół Kooperacji · powiat', concurrency: 1, budget: 100 },
  ];
  for (const t of targets) {
    checkInterrupted();
    // The first answer must be the page itself (not a redirect to sign-in); it also warms up.
    await checkAnswer(base + t.path, { headers: t.headers, expectBody: t.expectBody });
    log(`${t.name}: GET ${t.path} for ${SECONDS} s at concurrency ${t.concurrency ?? CONCURRENCY}`);
    const r = await loadTest(base + t.path, { concurrency: t.concurrency ?? CONCURRENCY, seconds: SECONDS, headers: t.headers, expectBody: t.expectBody, signal: interrupt.signal });
    checkInterrupted();
    report(metrics, loadResult(t.name, r, t.budget ?? null, { path: t.path }));
  }
}

/**
 * 3. The ROPS dashboard's queries over a national data set (every gmina with a schedule at mixed
 * progress): mazowieckie (314 gminas) and the national overview, in process; and schedule
 * generation for one implementation.
 */
async function nationalDashboards() {
  const url = await tempPostgresDatabase(cleanup, PG_URL, `kooperacja_bench_national_${process.pid}`);
  const database = openDatabase({ url });
  cleanup.add('national database connection', () => database.close());
  await database.migrate();
  await loadReferenceData(database.db);
  setDatabase(database);
  const today = clock.today();
  const t0 = performance.now();
  const stats = await generateNationalData(database.db, today);
  log(`national data set: ${JSON.stringify(stats)} in ${Math.round(performance.now() - t0)} ms`);

  const db = database.db;
  const [maz] = await db.select().from(voivodeships).where(eq(voivodeships.teryt, '14'));
  const email = `bench.adviser.${process.pid}@kooperacja.test`;
  const [user] = await db.insert(users).values({ email, name: 'Doradca ROPS (bench)', passwordHash: await hashPassword(DEMO_PASSWORD), jobTitle: 'doradca', status: 'active' }).returning({ id: users.id });
  const [assignment] = await db.insert(roleAssignments).values({ userId: user.id, role: 'rops_adviser', voivodeshipId: maz.id }).returning({ id: roleAssignments.id });
  const scope = { id: assignment.id, role: 'rops_adviser' as const, level: 'voivodeship' as const, voivodeshipId: maz.id, powiatId: null, gminaId: null, institutionId: null, scopeLabel: 'mazowieckie', homeHref: '/rejestr' };
  const actor: Actor = { userId: user.id, email, name: 'bench', scope, assignments: [scope], ip: null };
  const rows = await dashboardRows(actor);
  if (rows.length !== 314) throw new Error(`expected 314 gminas in mazowieckie, got ${rows.length}`);

  const query = await concurrentCalls(() => dashboardRows(actor), { concurrency: CONCURRENCY, count: 300 });
  report(metrics, result('dashboard_314_query', query, 150, { gminas: rows.length, concurrency: CONCURRENCY, calls: query.length }));
  const national = await concurrentCalls(() => unsafeNationalDashboard(), { concurrency: CONCURRENCY, count: 100 });
  report(metrics, result('dashboard_national_query', national, 400, { gminas: stats.tracks, concurrency: CONCURRENCY, calls: national.length }));

  const catalogue = (await loadCatalogue(db, (await latestVersionId(db, 'rural'))!))!;
  const pure: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s0 = performance.now();
    generateSchedule(catalogue, '2027-01-04');
    pure.push(performance.now() - s0);
  }
  report(metrics, result('schedule_generation_pure', pure, null, { runs: pure.length }));
  // Writing one gmina's schedule (items, checklists, recurring occurrences) in a transaction
  // that is rolled back, so the data set stays as it was.
  const [spare] = await db.select({ id: voivodeships.id }).from(voivodeships).where(eq(voivodeships.teryt, '02'));
  const write: number[] = [];
  // The first five runs warm the connection and the server's statement caches; they are not timed.
  for (let i = -5; i < 50; i++) {
    const s0 = performance.now();
    await db
      .transaction(async (tx) => {
        await createTrack(tx, catalogue, '2027-01-04', { implementationId: null, voivodeshipId: spare.id, powiatId: null, gminaId: null }, 'local', { userId: null, name: null });
        throw new RollbackSignal();
      })
      .catch((e) => {
        if (!(e instanceof RollbackSignal)) throw e;
      });
    if (i >= 0) write.push(performance.now() - s0);
  }
  report(metrics, result('schedule_generation_one_implementation', write, 20, { runs: write.length, note: 'generate + insert one gmina schedule in a transaction (rolled back)' }));
  // The dashboard page over HTTP is the throughput section's (dashboard_314_page).
}

class RollbackSignal extends Error {}

/** 5. Searching the list of services: 50,000 regional entries on PostgreSQL (scripts/bench/services.ts). */
async function servicesSearch() {
  const url = await tempPostgresDatabase(cleanup, PG_URL, `kooperacja_bench_services_${process.pid}`);
  const database = openDatabase({ url });
  cleanup.add('services database connection', () => database.close());
  await database.migrate();
  await loadReferenceData(database.db);
  const r = await servicesSearchBench(database.db, log);
  report(metrics, result('services_search_50k', r.samples, 50, { entries: 50_000, searches: r.samples.length }));
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
  // BENCH_ONLY=national (or cold, http, services, throughput, pdf) runs one section.
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'cold') await coldStartPglite();
  if (!only || only === 'http') await httpLoad();
  if (!only || only === 'national') await nationalDashboards();
  if (!only || only === 'services') await servicesSearch();
  if (!only || only === 'throughput') await throughputSection({ metrics, cleanup, log, port: PORT + 20, pgUrl: PG_URL, seconds: SECONDS, concurrency: CONCURRENCY, signal: interrupt.signal });
  // 4. PDF generation, react-pdf against Chromium (scripts/bench/pdf.ts).
  if (!only || only === 'pdf') await pdfSection({ metrics, cleanup, log, port: PORT + 30, pgUrl: PG_URL });
} catch (e) {
  if (!interrupt.signal.aborted) console.error(`[bench] failed: ${(e as Error).stack ?? e}`);
  code = interrupt.signal.aborted ? 130 : 1;
} finally {
  await runAllCleanups();
  if (metrics.length) writeResults(metrics, undefined, { replaceAll: !process.env.BENCH_ONLY && code === 0 });
}
process.exit(code);
