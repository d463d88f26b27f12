/**
 * `npm run bench`: performance figures, one JSON line per metric, also written to
 * bench/results.json. A metric over its budget (a p95), or whose load had any failed request, is
 * reported (pass: false), not an error: the exit code is 0 unless the bench itself fails (or
 * cannot measure, e.g. without Chromium). README.md's Benchmarks section states every budget.
 *
 * Environment: BENCH_PORT (default 3410; cold starts use the next ports), BENCH_SECONDS (load
 * duration per URL, default 20), BENCH_CONCURRENCY (default 10), BENCH_COLD_RUNS (default 3),
 * BENCH_PG_URL (PostgreSQL server, default postgres://postgres@127.0.0.1:5432/postgres), BENCH_ONLY
 * (cold | http | national | services | cases | inbox | pdf: one section; the pdf section's own settings are in scripts/bench/pdf.ts).
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
import { bootServer, bootstrapMs, ensureBuildQuietly, tempPgliteDir, tempPostgresDatabase } from './bench/server';
import { pdfSection } from './bench/pdf';
import { servicesSearchBench } from './bench/services';
import { generateCases } from './bench/cases';
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
    { name: 'static_floor', path: await staticAssetPath(base) },
    { name: 'login_page', path: '/logowanie', expectBody: 'Logowanie</h1>' },
    { name: 'pulpit', path: '/pulpit', headers: { cookie }, expectBody: 'Pulpit — ' },
    // The demo's signed powiat–gmina agreement (document 2 of the demo data) through its route handler.
    { name: 'agreement_pdf_route', path: '/dokumenty/2/pdf', headers: { cookie: pcprCookie }, expectBody: '%PDF-', concurrency: 4 },
    // The team page of the demo's PZK (Dąbrowa Białostocka, the first team of the demo data).
    { name: 'pzk_page_one_client', path: '/pzk/1', headers: { cookie: pcprCookie }, expectBody: 'Partnerski Zespół Kooperacji · powiat', concurrency: 1, budget: 100 },
    { name: 'pzk_page', path: '/pzk/1', headers: { cookie: pcprCookie }, expectBody: 'Partnerski Zespół Kooperacji · powiat', budget: 100 },
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
 * 3. The ROPS dashboard over a national data set (every gmina with a schedule at mixed progress):
 * the page for mazowieckie (314 gminas) over HTTP, the same query alone, the national overview,
 * and schedule generation for one implementation.
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

  const { server } = await bootServer(cleanup, PORT + 10, { DATABASE_URL: url, SEED_DEMO: '0' });
  const cookie = await signIn(server.url, email, DEMO_PASSWORD);
  if (!cookie) throw new Error('could not sign in as the bench adviser');
  const page = { headers: { cookie }, expectBody: 'Postęp wdrożeń w województwie' };
  await checkAnswer(`${server.url}/wdrozenia`, page);
  const serial = await loadTest(`${server.url}/wdrozenia`, { ...page, concurrency: 1, seconds: Math.min(SECONDS, 10), signal: interrupt.signal });
  report(metrics, loadResult('dashboard_314_page_one_client', serial, null, { path: '/wdrozenia', gminas: 314 }));
  const r = await loadTest(`${server.url}/wdrozenia`, { ...page, concurrency: CONCURRENCY, seconds: SECONDS, signal: interrupt.signal });
  // The 150 ms budget is the dashboard query's (dashboard_314_query, in process: its shape and
  // indexes); the whole page — session, four queries and server rendering of 314 rows — has none.
  report(metrics, loadResult('dashboard_314_page', r, null, { path: '/wdrozenia', gminas: 314 }));
}

class RollbackSignal extends Error {}

/**
 * 6. The case page (konto osoby/rodziny) with 5 members, 8 goals and 12 months of monitoring, with
 * 60,000 cases in PostgreSQL (scripts/bench/cases.ts), signed in as the case's key worker.
 */
async function casePage() {
  const url = await tempPostgresDatabase(cleanup, PG_URL, `kooperacja_bench_cases_${process.pid}`);
  const { server } = await bootServer(cleanup, PORT + 20, { DATABASE_URL: url, SEED_DEMO: '1' });
  const database = openDatabase({ url });
  cleanup.add('cases database connection', () => database.close());
  const { caseId, cases } = await generateCases(database.db, log);
  const cookie = await signIn(server.url, 'gops.dabrowa@kooperacja.test', DEMO_PASSWORD);
  if (!cookie) throw new Error('could not sign in as gops.dabrowa@kooperacja.test');
  for (const [name, path] of [
    ['case_page', `/sprawy/${caseId}`],
    ['case_monitoring_page', `/sprawy/${caseId}/monitoring`],
  ] as const) {
    checkInterrupted();
    const page = { headers: { cookie }, expectBody: 'B/MEASURED' };
    await checkAnswer(server.url + path, page);
    for (const concurrency of [1, CONCURRENCY]) {
      log(`${name}: GET ${path} for ${SECONDS} s at concurrency ${concurrency}`);
      const r = await loadTest(server.url + path, { ...page, concurrency, seconds: SECONDS, signal: interrupt.signal });
      report(metrics, loadResult(`${name}_c${concurrency}`, r, name === 'case_page' && concurrency === CONCURRENCY ? 100 : null, { path, cases }));
    }
  }
}

/**
 * 7. "Moja praca": the pulpit of a GOPS animator (the demo's gmina Dąbrowa Białostocka, key worker of
 * the demo's cases) with the national data set (every other gmina implementing, with schedules) and
 * 60,000 cases beside the demo data, 10 concurrent; budget p95 ≤ 150 ms and ≤ 4× the static floor
 * measured on the same server in the same run.
 */
async function inboxPage() {
  const url = await tempPostgresDatabase(cleanup, PG_URL, `kooperacja_bench_inbox_${process.pid}`);
  const { server } = await bootServer(cleanup, PORT + 40, { DATABASE_URL: url, SEED_DEMO: '1' });
  const database = openDatabase({ url });
  cleanup.add('inbox database connection', () => database.close());
  const t0 = performance.now();
  const stats = await generateNationalData(database.db, clock.today(), { skipGminasWithTracks: true });
  log(`inbox: national data set beside the demo ${JSON.stringify(stats)} in ${Math.round(performance.now() - t0)} ms`);
  const { cases } = await generateCases(database.db, log);
  const base = server.url;
  const cookie = await signIn(base, 'gops.dabrowa@kooperacja.test', DEMO_PASSWORD);
  if (!cookie) throw new Error('could not sign in as gops.dabrowa@kooperacja.test');
  const staticPath = await staticAssetPath(base);
  const page = { headers: { cookie }, expectBody: INBOX_HEADING };
  await checkAnswer(base + '/pulpit', page);
  log(`static_floor (inbox server): GET ${staticPath} for ${SECONDS} s at concurrency ${CONCURRENCY}`);
  const floor = loadResult('inbox_static_floor', await loadTest(base + staticPath, { concurrency: CONCURRENCY, seconds: SECONDS, signal: interrupt.signal }), null, { path: staticPath });
  report(metrics, floor);
  checkInterrupted();
  // For reference, on the same server: the cheapest server-rendered page there is (the login page
  // of a visitor: no session, no query), against which the floor budget can be read.
  const login = { expectBody: 'Logowanie</h1>' };
  await checkAnswer(base + '/logowanie', login);
  log(`inbox_reference_login_page: GET /logowanie (no session) for ${SECONDS} s at concurrency ${CONCURRENCY}`);
  const reference = loadResult('inbox_reference_login_page', await loadTest(base + '/logowanie', { ...login, concurrency: CONCURRENCY, seconds: SECONDS, signal: interrupt.signal }), null, { path: '/logowanie' });
  report(metrics, { ...reference, floor_ratio: Math.round((reference.p95 / floor.p95) * 100) / 100 });
  checkInterrupted();
  log(`inbox_c10: GET /pulpit for ${SECONDS} s at concurrency ${CONCURRENCY}`);
  const r = await loadTest(base + '/pulpit', { ...page, concurrency: CONCURRENCY, seconds: SECONDS, signal: interrupt.signal });
  const inbox = loadResult(`inbox_c${CONCURRENCY}`, r, 150, { path: '/pulpit', cases, gminas: stats.tracks, static_floor_p95: floor.p95 });
  // The second budget: at most 4× the static floor of the same server and run.
  const ratio = floor.p95 > 0 ? inbox.p95 / floor.p95 : Infinity;
  report(metrics, { ...inbox, pass: inbox.pass && ratio <= 4, floor_ratio: Math.round(ratio * 100) / 100, floor_ratio_budget: 4 });
}

/** The pulpit's own heading, which an error page or the sign-in page does not have. */
const INBOX_HEADING = 'Moja praca';

/** /favicon.ico when the app has one, else the first JS chunk the login page loads. */
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
  // BENCH_ONLY=national (or cold, http) runs one section.
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'cold') await coldStartPglite();
  if (!only || only === 'http') await httpLoad();
  if (!only || only === 'national') await nationalDashboards();
  if (!only || only === 'services') await servicesSearch();
  if (!only || only === 'cases') await casePage();
  if (!only || only === 'inbox') await inboxPage();
  // 4. PDF generation, react-pdf against Chromium (scripts/bench/pdf.ts).
  if (!only || only === 'pdf') await pdfSection({ metrics, cleanup, log, port: PORT + 30, pgUrl: PG_URL });
} catch (e) {
  if (!interrupt.signal.aborted) console.error(`[bench] failed: ${(e as Error).stack ?? e}`);
  code = interrupt.signal.aborted ? 130 : 1;
} finally {
  await runAllCleanups();
  if (metrics.length) writeResults(metrics);
}
process.exit(code);
