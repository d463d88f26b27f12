/**
 * The throughput section of `npm run bench` (issue 19): pages under load against the static floor
 * of the same server and run, pages while PDFs are being printed, the memory of every server
 * process, and what a second server process adds. One PostgreSQL database holds the demo data, the
 * national data set (every other gmina implementing, with schedules) and 60,000 cases; the servers
 * are `npm start` on it.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { documents, gminas, roleAssignments, tracks, users, voivodeships } from '../../db/schema';
import { DEMO_PASSWORD } from '../../db/seed/demo';
import { hashPassword } from '../../lib/auth/password';
import { clock } from '../../lib/clock';
import { signIn, type Server } from '../../tests/smoke/server';
import { generateCases } from './cases';
import { againstReference, checkAnswer, loadResult, loadTest, report, round, type Cleanup, type LoadOptions, type LoadResult, type Metric } from './lib';
import { generateNationalData } from './national';
import { measureCpu } from './cpu';
import { sampleRss } from './rss';
import { bootServer, staticAssetPath, tempPostgresDatabase } from './server';

export interface ThroughputContext {
  metrics: Metric[];
  cleanup: Cleanup;
  log: (msg: string) => void;
  /** Two ports from here: the one-process server, then the two-process one. */
  port: number;
  pgUrl: string;
  seconds: number;
  concurrency: number;
  signal: AbortSignal;
}

/** Budgets as multiples of a reference measured in the same run (issue 19). */
const FLOOR_FACTOR = 4;
const DASHBOARD_FLOOR_FACTOR = 8;
const DURING_PDF_FACTOR = 1.5;
const RSS_BUDGET_MB = 1200;
const PROCESSES_RPS_RATIO = 1.4;
/** Server processes of the main server (the RSS budget is for two; also the default on two cores). */
const PROCESSES = 2;

const ANIMATOR = 'gops.dabrowa@kooperacja.test';
const PCPR = 'pcpr@kooperacja.test';
const INBOX_HEADING = 'Moja praca';
const PZK_HEADING = 'Partnerski Zespół Kooperacji · powiat';
const CASE_MARK = 'B/MEASURED';
const DASHBOARD_HEADING = 'Postęp wdrożeń w województwie';
const LOGIN_HEADING = 'Logowanie';

/** The app's server processes (the primary and its cluster workers), not the launchers (npx, tsx, start.ts). */
const serverProcess = (cmd: string) => cmd.includes('scripts/serve.ts');

/**
 * Waits until the leader's first pass over the cases has been logged: the data set was written
 * while no server ran, so this first pass records tens of thousands of due reminders and queues
 * their e-mails at once — a one-off burst that would otherwise land in the first measurements.
 */
async function waitForFirstReminderPass(server: Server, log: (msg: string) => void, timeoutMs = 180_000): Promise<void> {
  const t0 = performance.now();
  while (!/case reminders: \d+ new/.test(server.output())) {
    if (performance.now() - t0 > timeoutMs) {
      log(`throughput: no first pass of the case reminders within ${timeoutMs} ms; measuring anyway`);
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`throughput: the leader's first pass over the cases done ${Math.round(performance.now() - t0)} ms after the processes started`);
}

/** Waits until `n` server processes have said they listen (each logs it once). */
async function waitForProcesses(server: Server, n: number, timeoutMs = 180_000): Promise<void> {
  const t0 = performance.now();
  while ((server.output().match(/\] listening on http/g) ?? []).length < n) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`${n} server processes did not start within ${timeoutMs} ms:\n${server.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function throughputSection(ctx: ThroughputContext): Promise<void> {
  const { metrics, cleanup, log, seconds, concurrency, signal } = ctx;
  const checkInterrupted = () => {
    if (signal.aborted) throw new Error('interrupted');
  };
  const load = (url: string, opts: LoadOptions) => loadTest(url, { seconds, concurrency, signal, ...opts });
  /** A load, and the CPU one answered request cost the server processes under `serverPid`, PostgreSQL and the load generator. */
  const loadWithCpu = async (serverPid: number, url: string, opts: LoadOptions) => {
    const cpu = measureCpu(serverPid, serverProcess);
    const run = await load(url, opts);
    return { run, cpu_ms_per_request: cpu.stop(run.latencies.length) };
  };
  /** A few requests on every server process before a load (the first of a route in a process loads its code); not measured. */
  const warmUp = async (url: string, opts: LoadOptions, processes: number) => {
    const r = await load(url, { ...opts, concurrency: 2 * processes, maxRequests: 4 * processes, seconds: 120 });
    if (r.errors) throw new Error(`GET ${url} failed while warming up: ${JSON.stringify(r.statuses)}`);
  };

  // The database: migrated and seeded with the demo by a first server (one process), then the
  // national data set and the cases written beside the demo before anyone signs in.
  const url = await tempPostgresDatabase(cleanup, ctx.pgUrl, `kooperacja_bench_throughput_${process.pid}`);
  const one = await bootServer(cleanup, ctx.port, { DATABASE_URL: url, SEED_DEMO: '1', WEB_CONCURRENCY: '1' });
  const database = openDatabase({ url });
  cleanup.add('throughput database connection', () => database.close());
  const db = database.db;
  const t0 = performance.now();
  const national = await generateNationalData(db, clock.today(), { skipGminasWithTracks: true });
  log(`throughput: national data set beside the demo ${JSON.stringify(national)} in ${Math.round(performance.now() - t0)} ms`);
  const { caseId, cases } = await generateCases(db, log);
  const [maz] = await db.select().from(voivodeships).where(eq(voivodeships.teryt, '14'));
  const [{ n: mazGminas }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tracks)
    .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
    .where(and(eq(tracks.kind, 'gmina'), eq(gminas.voivodeshipId, maz.id)));
  if (mazGminas !== 314) throw new Error(`expected 314 implementing gminas in mazowieckie, got ${mazGminas}`);
  const adviser = `bench.adviser.${process.pid}@kooperacja.test`;
  const [user] = await db.insert(users).values({ email: adviser, name: 'Doradca ROPS (bench)', passwordHash: await hashPassword(DEMO_PASSWORD), jobTitle: 'doradca', status: 'active' }).returning({ id: users.id });
  await db.insert(roleAssignments).values({ userId: user.id, role: 'rops_adviser', voivodeshipId: maz.id });
  // The demo's signed powiat–gmina agreement (what scripts/bench/pdf.ts renders too).
  const [agreement] = await db.select({ id: documents.id, status: documents.status }).from(documents).where(eq(documents.kind, 'agreement_powiat_gmina')).orderBy(asc(documents.id)).limit(1);
  if (!agreement) throw new Error('no powiat–gmina agreement in the demo data');
  const dataSetMs = Math.round(performance.now() - t0);
  log(`throughput: data set ready in ${dataSetMs} ms`);
  const dataSet = { cases, gminas: national.tracks, data_set_ms: dataSetMs };

  const casePath = `/sprawy/${caseId}`;
  const casePage = (cookie: string) => ({ headers: { cookie }, expectBody: CASE_MARK });

  // The case page on one server process, for processes_rps_ratio.
  checkInterrupted();
  const oneCookie = await signIn(one.server.url, ANIMATOR, DEMO_PASSWORD);
  if (!oneCookie) throw new Error(`could not sign in as ${ANIMATOR}`);
  await checkAnswer(one.server.url + casePath, casePage(oneCookie));
  await warmUp(one.server.url + casePath, casePage(oneCookie), 1);
  log(`case_page_c${concurrency} on 1 process: GET ${casePath} for ${seconds} s`);
  const { run: oneRun, cpu_ms_per_request: oneCpu } = await loadWithCpu(one.server.proc.pid!, one.server.url + casePath, casePage(oneCookie));
  const oneProcess = loadResult('case_page_one_process', oneRun, null);
  log(`  1 process: ${oneRun.rps} req/s, p95 ${oneProcess.p95} ms, errors ${oneRun.errors}`);
  await one.server.stop();

  // The main server: two processes, and PDFs always rendered (no cache of signed printouts), so
  // the PDF load below really prints.
  checkInterrupted();
  const { server } = await bootServer(cleanup, ctx.port + 1, { DATABASE_URL: url, SEED_DEMO: '1', WEB_CONCURRENCY: String(PROCESSES), PDF_CACHE_MB: '0' });
  const base = server.url;
  // The other processes start once the first serves (scripts/serve.ts): wait for all of them.
  await waitForProcesses(server, PROCESSES);
  await waitForFirstReminderPass(server, log);
  const afterBoot = sampleRss(server.proc.pid!, { counted: serverProcess }).stop();
  const animator = await signIn(base, ANIMATOR, DEMO_PASSWORD);
  const pcpr = await signIn(base, PCPR, DEMO_PASSWORD);
  const rops = await signIn(base, adviser, DEMO_PASSWORD);
  if (!animator || !pcpr || !rops) throw new Error('could not sign in the bench users');
  const common = { processes: PROCESSES, ...dataSet };

  const staticPath = await staticAssetPath(base);
  await warmUp(base + staticPath, {}, PROCESSES);
  log(`static_floor: GET ${staticPath} for ${seconds} s at concurrency ${concurrency}`);
  const floorRun = await loadWithCpu(server.proc.pid!, base + staticPath, {});
  const floor = report(metrics, loadResult('static_floor', floorRun.run, null, { path: staticPath, ...common, cpu_ms_per_request: floorRun.cpu_ms_per_request }));
  if (!Number.isFinite(floor.p95)) throw new Error('the static floor could not be measured');

  // For reference, no budget: the smallest page the app renders on demand (the sign-in form, no
  // session, no query) — what any page costs Next.js here before it shows anything of its own.
  {
    const opts = { expectBody: LOGIN_HEADING };
    await checkAnswer(base + '/logowanie', opts);
    await warmUp(base + '/logowanie', opts, PROCESSES);
    log(`login_page_c${concurrency}: GET /logowanie for ${seconds} s at concurrency ${concurrency} (reference)`);
    const { run, cpu_ms_per_request } = await loadWithCpu(server.proc.pid!, base + '/logowanie', opts);
    const m = loadResult(`login_page_c${concurrency}`, run, null, { path: '/logowanie', ...common, cpu_ms_per_request });
    report(metrics, { ...m, ratio_vs_floor: round(m.p95 / floor.p95), static_floor_p95: floor.p95, note: 'reference, no budget: the sign-in page, the smallest page rendered on demand' });
  }

  const pages: { name: string; path: string; cookie: string; expectBody: string; factor: number; alsoOneClient?: string }[] = [
    { name: `pulpit_c${concurrency}`, path: '/pulpit', cookie: animator, expectBody: INBOX_HEADING, factor: FLOOR_FACTOR },
    { name: 'pzk_page', path: '/pzk/1', cookie: pcpr, expectBody: PZK_HEADING, factor: FLOOR_FACTOR },
    { name: `case_page_c${concurrency}`, path: casePath, cookie: animator, expectBody: CASE_MARK, factor: FLOOR_FACTOR, alsoOneClient: 'case_page_c1' },
    { name: `case_monitoring_page_c${concurrency}`, path: `${casePath}/monitoring`, cookie: animator, expectBody: CASE_MARK, factor: FLOOR_FACTOR, alsoOneClient: 'case_monitoring_page_c1' },
    // The first page of the dashboard (the list is paginated); its heading stays whatever the page shows.
    { name: 'dashboard_314_page', path: '/wdrozenia', cookie: rops, expectBody: DASHBOARD_HEADING, factor: DASHBOARD_FLOOR_FACTOR, alsoOneClient: 'dashboard_314_page_one_client' },
  ];
  let twoRun: LoadResult | null = null;
  let twoProcesses: Metric | null = null;
  for (const p of pages) {
    checkInterrupted();
    const opts = { headers: { cookie: p.cookie }, expectBody: p.expectBody };
    await checkAnswer(base + p.path, opts);
    await warmUp(base + p.path, opts, PROCESSES);
    if (p.alsoOneClient) {
      log(`${p.alsoOneClient}: GET ${p.path} for ${Math.min(seconds, 10)} s, one client`);
      report(metrics, loadResult(p.alsoOneClient, await load(base + p.path, { ...opts, concurrency: 1, seconds: Math.min(seconds, 10) }), null, { path: p.path, ...common }));
      checkInterrupted();
    }
    log(`${p.name}: GET ${p.path} for ${seconds} s at concurrency ${concurrency}`);
    const { run, cpu_ms_per_request } = await loadWithCpu(server.proc.pid!, base + p.path, opts);
    const m = loadResult(p.name, run, null, { path: p.path, ...common, cpu_ms_per_request });
    report(metrics, againstReference(m, floor.p95, p.factor, 'ratio_vs_floor', { static_floor_p95: floor.p95 }));
    if (p.path === casePath) [twoRun, twoProcesses] = [run, m];
  }

  // /pulpit for four clients alone, then the same while two others print the agreement without pause.
  checkInterrupted();
  const pulpit = { headers: { cookie: animator }, expectBody: INBOX_HEADING, concurrency: 4 };
  const pdfPath = `/dokumenty/${agreement.id}/pdf`;
  const pdf = { headers: { cookie: pcpr }, expectBody: '%PDF-', concurrency: 2 };
  await checkAnswer(base + pdfPath, pdf);
  // Every server process's PDF workers load react-pdf and the fonts on their first render: not measured.
  await warmUp(base + pdfPath, pdf, PROCESSES);
  await warmUp(base + '/pulpit', pulpit, PROCESSES);
  log(`pulpit_alone_c4: GET /pulpit for ${seconds} s, 4 clients`);
  const alone = report(metrics, loadResult('pulpit_alone_c4', await load(base + '/pulpit', pulpit), null, { path: '/pulpit', ...common }));
  checkInterrupted();
  log(`pulpit_during_pdf_c4: GET /pulpit for ${seconds} s, 4 clients, while 2 clients GET ${pdfPath}`);
  const before = sampleRss(server.proc.pid!, { counted: serverProcess }).stop();
  const rss = sampleRss(server.proc.pid!, { everyMs: 100, counted: serverProcess });
  // The downloads stop with the pages' load (one still rendering then is abandoned, not counted).
  const pdfStop = new AbortController();
  const printingRun = loadTest(base + pdfPath, { ...pdf, seconds: seconds + 60, signal: AbortSignal.any([signal, pdfStop.signal]) });
  const during = await load(base + '/pulpit', pulpit);
  pdfStop.abort();
  const printing = await printingRun;
  const memory = rss.stop();
  checkInterrupted();
  const printed = loadResult('pdf_during', printing, null);
  const pdfFields = {
    pdf_path: pdfPath,
    pdf_document_status: agreement.status,
    pdf_cache: 'off (PDF_CACHE_MB=0): every request renders',
    pdf_clients: 2,
    pdf_rps: round(printing.latencies.length / during.seconds),
    pdf_p50: printed.p50,
    pdf_p95: printed.p95,
    pdf_requests: printing.latencies.length,
    pdf_abandoned: printing.requests - printing.latencies.length - printing.errors,
    pdf_errors: printed.errors,
    pdf_statuses: printed.statuses,
  };
  const duringMetric = againstReference(loadResult('pulpit_during_pdf_c4', during, null, { path: '/pulpit', ...common }), alone.p95, DURING_PDF_FACTOR, 'ratio_vs_alone', { pulpit_alone_p95: alone.p95, ...pdfFields });
  // The PDF clients must have been served too (at least one whole PDF), or the pages were not
  // measured during printing (a longer BENCH_SECONDS helps on a slow machine).
  const servedPdfs = printed.errors === 0 && printing.latencies.length > 0;
  report(metrics, { ...duringMetric, pass: duringMetric.pass && servedPdfs, ...(servedPdfs ? {} : { pdf_note: 'no PDF download finished without error during the load' }) });

  report(metrics, {
    name: 'server_peak_rss_mb',
    unit: 'MB',
    p50: memory.p50Mb,
    p95: memory.peakMb,
    budget: RSS_BUDGET_MB,
    pass: memory.samples > 0 && memory.peakMb <= RSS_BUDGET_MB,
    peak_mb: memory.peakMb,
    note: `summed VmRSS of every server process (primary, ${PROCESSES} cluster workers, their PDF worker threads inside them) sampled every 100 ms during pulpit_during_pdf_c4; p50 = median of the sums, p95 = the peak sum, which the budget applies to`,
    samples: memory.samples,
    after_boot_mb: afterBoot.peakMb,
    before_load_mb: before.peakMb,
    processes: memory.processes,
    tree_peak_mb: memory.treePeakMb,
    tree_note: 'tree_peak_mb adds the launchers (npx, tsx, scripts/start.ts)',
    web_concurrency: PROCESSES,
  });

  // What the second process adds: case page req/s at 10 clients, two processes against one.
  if (twoRun && twoProcesses) {
    const ratio = oneRun.rps > 0 ? twoRun.rps / oneRun.rps : 0;
    report(metrics, {
      name: 'processes_rps_ratio',
      unit: 'req/s',
      p50: oneRun.rps,
      p95: twoRun.rps,
      budget: PROCESSES_RPS_RATIO,
      pass: oneRun.errors === 0 && twoRun.errors === 0 && ratio >= PROCESSES_RPS_RATIO,
      ratio: round(ratio),
      note: `req/s of ${casePath} at ${concurrency} clients: p50 = with WEB_CONCURRENCY=1, p95 = with WEB_CONCURRENCY=2 (the case_page_c${concurrency} run); budget: p95 / p50 (ratio) ≥ ${PROCESSES_RPS_RATIO}`,
      one_process: { rps: oneRun.rps, p50: oneProcess.p50, p95: oneProcess.p95, errors: oneRun.errors, requests: oneRun.requests, cpu_ms_per_request: oneCpu },
      two_processes: { rps: twoRun.rps, p50: twoProcesses.p50, p95: twoProcesses.p95, errors: twoRun.errors, requests: twoRun.requests, cpu_ms_per_request: twoProcesses.cpu_ms_per_request },
      path: casePath,
      concurrency,
      seconds,
    });
  }
}
