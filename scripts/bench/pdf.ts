/**
 * PDF benchmark: the demo's signed powiat–gmina agreement, as the app prints it with react-pdf
 * (renderAgreement(), what /dokumenty/<id>/pdf serves), against Debian's Chromium printing the
 * app's own HTML view of the same document — the document page /dokumenty/<id> that users see —
 * with page.pdf({ format: 'A4' }): a new browser context and page per document ("fresh"), one page
 * reused ("warm"), and a new browser per document ("launch"). Each side's peak memory is measured
 * too: the growth of the rendering process's RSS while react-pdf renders, and the summed RSS of
 * Chromium's process tree.
 *
 * The section starts the app (the build, on a fresh PostgreSQL database with the demo data) and
 * signs in as the demo's PCPR user, who may see the agreement. Both sides then start from the
 * document itself, not from the database: react-pdf from the composed document getDocument()
 * returns to that user, Chromium from the page's HTML fetched once from the app with that user's
 * session. Chromium loads that HTML at the page's own address (the request is answered with it),
 * so its stylesheets come from the app; JavaScript is off, as a print service would have it (the
 * page is rendered on the server: the content is the same). Any failed request fails the section.
 *
 * The measuring runs in a child Node process (node --import tsx, without the react-server
 * condition that `npm run bench` uses: react-pdf's reconciler needs React's client build), which
 * also keeps the memory figures clear of the rest of the bench. The child prints its metrics as
 * JSON lines; the section reports them like any other.
 *
 * Run: BENCH_ONLY=pdf npm run bench. Environment: BENCH_PDF_RUNS (timed renders per variant,
 * default 50), BENCH_PDF_LAUNCH_RUNS (default 10), CHROMIUM_PATH (default /usr/bin/chromium).
 * Without Chromium the comparison cannot be made: the react-pdf metric fails (pass: false, with
 * the reason in `error`) and so does the bench (exit code 1).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { signIn } from '../../tests/smoke/server';
import { Cleanup, percentile, report, result, type Metric } from './lib';
import { bootServer, tempPostgresDatabase } from './server';

const RUNS = Number(process.env.BENCH_PDF_RUNS || 50);
const LAUNCH_RUNS = Number(process.env.BENCH_PDF_LAUNCH_RUNS || 10);
const WARMUPS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const KIND = 'agreement_powiat_gmina' as const;
/** The demo's PCPR user (powiat sokólski), who prepared and may see the agreement. */
const PDF_USER = 'pcpr@kooperacja.test';
/** The child's exit code when there is no Chromium to compare with. */
const NO_CHROMIUM = 3;
const MB = 1024 * 1024;
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

// ---- The document ----

interface AppDocument {
  id: number;
  number: string;
  status: string;
  /** The document page users see. */
  url: string;
  /** Renders the document's PDF as the app does. */
  render: () => Promise<Buffer | Uint8Array>;
  preparePdfFonts: () => Promise<unknown>;
}

/**
 * The first powiat–gmina agreement of the app's database, loaded through getDocument() as the
 * signed-in user, and its PDF rendered with the options documentPdf() (the PDF route) uses.
 */
async function loadAppDocument(databaseUrl: string, appUrl: string, email: string, cleanup: Cleanup): Promise<AppDocument> {
  const [{ asc, eq }, { openDatabase, setDatabase }, { documents, users }, { loadActiveUser }, { getDocument }, { renderAgreement }, { preparePdfFonts }] = await Promise.all([
    import('drizzle-orm'),
    import('../../db/client'),
    import('../../db/schema'),
    import('../../lib/auth/assignments'),
    import('../../lib/documents/documents'),
    import('../../lib/documents/pdf'),
    import('../../components/pdf/fonts'),
  ]);
  const database = openDatabase({ url: databaseUrl });
  cleanup.add('PDF bench database connection', () => database.close());
  setDatabase(database);
  const db = database.db;
  const [row] = await db.select({ id: documents.id }).from(documents).where(eq(documents.kind, KIND)).orderBy(asc(documents.id)).limit(1);
  if (!row) throw new Error(`no ${KIND} document in the database (the demo data has one)`);
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const user = u && (await loadActiveUser(db, u.id));
  if (!user) throw new Error(`no active user ${email}`);
  const d = await getDocument({ userId: user.id, email: user.email, name: user.name, scope: user.assignments[0], assignments: user.assignments, ip: null }, row.id);
  // documentPdf() adds a status note to a terminated document only.
  if (d.document.status === 'terminated') throw new Error(`document ${row.id} is terminated; the bench prints one in force`);
  const opts = { draft: d.document.status === 'draft', code: d.verificationCode, signedOn: d.document.signedOn };
  return {
    id: row.id,
    number: d.document.number,
    status: d.document.status,
    url: `${appUrl}/dokumenty/${row.id}`,
    render: () => renderAgreement(d.composed, d.document.kind, opts),
    preparePdfFonts,
  };
}

/** The document page's HTML and headers, as the app serves it to the signed-in user. */
async function fetchDocumentPage(doc: AppDocument, cookie: string): Promise<{ html: string; headers: Record<string, string>; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(doc.url, { headers: { cookie }, redirect: 'manual' });
  const html = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`GET ${doc.url} answered ${res.status}, expected 200`);
  if (!html.includes(doc.number) || !html.includes('id="tresc-dokumentu"')) throw new Error(`GET ${doc.url} answered 200 without the document (nr ${doc.number}) in it`);
  // fetch() has decoded the body already; the length and the cookies are not the browser's business.
  const drop = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie']);
  const headers = Object.fromEntries([...res.headers].filter(([k]) => !drop.has(k)));
  return { html, headers, ms };
}

// ---- Measuring ----

/** Pages of a PDF: pdfinfo when it is installed, else the page objects counted. */
export function pdfPageCount(pdf: Uint8Array): number {
  try {
    const file = path.join(os.tmpdir(), `bench-pdf-${process.pid}-${Math.random().toString(36).slice(2)}.pdf`);
    fs.writeFileSync(file, pdf);
    try {
      const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      if (m) return Number(m[1]);
    } finally {
      fs.rmSync(file, { force: true });
    }
  } catch {
    // no pdfinfo: count below
  }
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Child processes of `root`, all generations (from /proc). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** The Chromium processes below this one. */
function chromiumPids(): number[] {
  return descendants(process.pid).filter((pid) => {
    try {
      return /chrom/i.test(fs.readFileSync(`/proc/${pid}/comm`, 'utf8')) || fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium');
    } catch {
      return false; // gone meanwhile
    }
  });
}

/**
 * Summed memory (bytes) of Chromium's processes: VmRSS, which counts the pages they share (the
 * binary, shared memory) once per process, or Pss, which splits shared pages between them.
 */
function chromiumTreeMemory(kind: 'rss' | 'pss'): number {
  let bytes = 0;
  for (const pid of chromiumPids()) {
    try {
      const text = fs.readFileSync(kind === 'rss' ? `/proc/${pid}/status` : `/proc/${pid}/smaps_rollup`, 'utf8');
      const m = (kind === 'rss' ? /^VmRSS:\s+(\d+)\s+kB/m : /^Pss:\s+(\d+)\s+kB/m).exec(text);
      if (m) bytes += Number(m[1]) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return bytes;
}

/** Polls a reading every `ms` until stopped; keeps the highest. */
function peakSampler(read: () => number, ms = 50) {
  let peak = read();
  const timer = setInterval(() => {
    peak = Math.max(peak, read());
  }, ms);
  return {
    sample: () => (peak = Math.max(peak, read())),
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, read());
    },
  };
}

/** CPU time (ms) this process has used, all threads (JavaScript, GC helpers). */
const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let clockTick: number | undefined;
/** CPU time (ms) Chromium's live processes have used, plus this process's (the Playwright client). */
function chromiumCpuMs(): number {
  clockTick ??= (() => {
    try {
      return 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      return 10;
    }
  })();
  let ticks = 0;
  for (const pid of chromiumPids()) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime
    } catch {
      // gone meanwhile
    }
  }
  return ticks * clockTick + ownCpuMs();
}

interface Timings {
  /** Wall-clock milliseconds per call. */
  wall: number[];
  /** CPU milliseconds per call (see the cpu reading passed in): less disturbed by other load. */
  cpu: number[];
}

/**
 * Times fn `n` times after `warmups` untimed calls. When fn returns a function, that is awaited
 * after the clock stops (closing what the call opened, outside the timing). `cpu` reads a CPU
 * time counter before and after each call.
 */
async function timedRuns(n: number, warmups: number, fn: () => Promise<unknown>, { after, cpu }: { after?: () => void; cpu: () => number }): Promise<Timings> {
  const wall: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = -warmups; i < n; i++) {
    const c0 = cpu();
    const t0 = performance.now();
    const untimed = await fn();
    const ms = performance.now() - t0;
    const cpuMs = cpu() - c0;
    if (typeof untimed === 'function') await untimed();
    after?.();
    if (i >= 0) {
      wall.push(ms);
      cpuSamples.push(cpuMs);
    }
  }
  return { wall, cpu: cpuSamples };
}

export interface ReactPdfFigures {
  samples: number[];
  cpu: number[];
  coldMs: number;
  fontsMs: number;
  pages: number;
  bytes: number;
  peakRssDelta: number;
  retainedHeap: number;
  baselineRss: number;
}

/** react-pdf as the app renders the document: the first render (fonts loaded), then warm-ups, then RUNS timed. */
export async function measureReactPdf(doc: AppDocument, runs = RUNS): Promise<ReactPdfFigures> {
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRss = process.memoryUsage.rss();
  const baselineHeap = process.memoryUsage().heapUsed;
  const rss = peakSampler(() => process.memoryUsage.rss(), 5);
  const f0 = performance.now();
  await doc.preparePdfFonts();
  const fontsMs = performance.now() - f0;
  const c0 = performance.now();
  const first = await doc.render();
  const coldMs = performance.now() - c0 + fontsMs;
  const { wall: samples, cpu } = await timedRuns(runs, WARMUPS, () => doc.render(), { after: rss.sample, cpu: ownCpuMs });
  const peak = rss.stop();
  // What stays on the heap after a full collection (fonts, caches; RSS does not shrink at once).
  (globalThis as { gc?: () => void }).gc?.();
  const retainedHeap = process.memoryUsage().heapUsed - baselineHeap;
  return { samples, cpu, coldMs, fontsMs, pages: pdfPageCount(first), bytes: first.length, peakRssDelta: peak - baselineRss, retainedHeap, baselineRss };
}

interface ChromiumVariant {
  samples: number[];
  cpu: number[];
  peakTreeRss: number;
  peakTreePss: number;
  pages: number;
  bytes: number;
}

/** Peak summed RSS (polled every 50 ms) and Pss (every 250 ms: smaps_rollup costs more) of Chromium. */
function chromiumMemorySampler() {
  const rss = peakSampler(() => chromiumTreeMemory('rss'), 50);
  const pss = peakSampler(() => chromiumTreeMemory('pss'), 250);
  return () => ({ peakTreeRss: rss.stop(), peakTreePss: pss.stop() });
}

export interface ChromiumFigures {
  version: string;
  launchMs: number;
  idleTreeRss: number;
  idleTreePss: number;
  /** How long the app took to serve the document page (once, before the timings; not part of them). */
  pageFetchMs: number;
  fresh: ChromiumVariant;
  warm: ChromiumVariant;
  launch: ChromiumVariant | null;
}

/** A4 with the margins of Chrome's print dialog; the page's own colours. */
const PDF_OPTIONS = { format: 'A4' as const, printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } };

/**
 * Debian Chromium through playwright-core printing the app's document page: fresh context + page,
 * one reused page, fresh browser. Each context is signed in (the session cookie), has JavaScript
 * off, and is answered the page's HTML fetched from the app once; everything else it asks for
 * (stylesheets, fonts, images) comes from the app, and such a request that fails or answers
 * 4xx/5xx stops the bench.
 */
export async function measureChromium(doc: AppDocument, cookie: string, cleanup: Cleanup, runs = RUNS, launchRuns = LAUNCH_RUNS): Promise<ChromiumFigures> {
  const { chromium } = await import('playwright-core');
  type Browser = Awaited<ReturnType<typeof chromium.launch>>;
  type Page = Awaited<ReturnType<Browser['newPage']>>;
  const page0 = await fetchDocumentPage(doc, cookie);
  const eq = cookie.indexOf('=');
  const session = { name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: doc.url };
  // What the printout is made of. Scripts are not: JavaScript is off (the page still names its
  // chunks in <link rel=preload>, which the page's CSP refuses without a nonce).
  const printed = new Set(['document', 'stylesheet', 'font', 'image']);
  const failures: string[] = [];
  const signedIn = async (browser: Browser) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.on('requestfailed', (r) => {
      if (printed.has(r.resourceType())) failures.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
    });
    context.on('response', (r) => {
      if (r.status() >= 400 && printed.has(r.request().resourceType())) failures.push(`${r.url()}: ${r.status()}`);
    });
    await context.addCookies([session]);
    await context.route(doc.url, (route) => route.fulfill({ status: 200, headers: page0.headers, body: page0.html }));
    return context;
  };
  const print = async (page: Page) => {
    await page.goto(doc.url, { waitUntil: 'load' });
    return page.pdf(PDF_OPTIONS);
  };
  const checkRequests = (variant: string) => {
    if (failures.length) throw new Error(`Chromium (${variant}): ${failures.length} request(s) failed, e.g. ${failures.slice(0, 3).join('; ')}`);
  };
  const launch = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

  const l0 = performance.now();
  const browser = await launch();
  const launchMs = performance.now() - l0;
  cleanup.add('PDF bench Chromium', () => browser.close());
  const version = browser.version();
  const idleTreeRss = chromiumTreeMemory('rss');
  const idleTreePss = chromiumTreeMemory('pss');

  // (a) A new context and page per document, as a service isolating its documents would do. Timed
  // until the PDF's bytes are back; closing is not.
  let lastFresh: Buffer | null = null;
  const freshMem = chromiumMemorySampler();
  const { wall: freshSamples, cpu: freshCpu } = await timedRuns(runs, 3, async () => {
    const context = await signedIn(browser);
    lastFresh = await print(await context.newPage());
    return () => context.close();
  }, { cpu: chromiumCpuMs });
  const fresh: ChromiumVariant = { samples: freshSamples, cpu: freshCpu, ...freshMem(), pages: pdfPageCount(lastFresh!), bytes: lastFresh!.length };
  checkRequests('fresh page');

  // (b) One page kept open and reused: goto (the stylesheets now cached) + pdf.
  const context = await signedIn(browser);
  const page = await context.newPage();
  let lastWarm: Buffer | null = null;
  const warmMem = chromiumMemorySampler();
  const { wall: warmSamples, cpu: warmCpu } = await timedRuns(
    runs,
    WARMUPS,
    async () => {
      lastWarm = await print(page);
    },
    { cpu: chromiumCpuMs },
  );
  const warm: ChromiumVariant = { samples: warmSamples, cpu: warmCpu, ...warmMem(), pages: pdfPageCount(lastWarm!), bytes: lastWarm!.length };
  await context.close();
  await browser.close();
  checkRequests('warm page');

  // (c) A browser launched per document (what a CLI call per document costs).
  let launchFigures: ChromiumVariant | null = null;
  if (launchRuns > 0) {
    let lastLaunch: Buffer | null = null;
    const launchMem = chromiumMemorySampler();
    // The browser's CPU time is lost when it exits: wall-clock time only.
    const { wall: samples } = await timedRuns(launchRuns, 1, async () => {
      const b = await launch();
      try {
        lastLaunch = await print(await (await signedIn(b)).newPage());
      } finally {
        await b.close();
      }
    }, { cpu: () => 0 });
    launchFigures = { samples, cpu: [], ...launchMem(), pages: pdfPageCount(lastLaunch!), bytes: lastLaunch!.length };
    checkRequests('fresh browser');
  }
  return { version, launchMs, idleTreeRss, idleTreePss, pageFetchMs: page0.ms, fresh, warm, launch: launchFigures };
}

// ---- The section ----

export interface PdfSectionContext {
  metrics: Metric[];
  cleanup: Cleanup;
  log: (msg: string) => void;
  /** The app server's port. */
  port: number;
  /** A PostgreSQL server where the section makes (and drops) its database. */
  pgUrl: string;
}

/**
 * 4. PDF generation: react-pdf against Chromium on the same document of a running app, measured
 * in a child process (see the top of this file). The budget (issue 19): react-pdf's p50 no slower
 * than Chromium's warm page in the same run (`ratio_vs_chromium_warm` <= 1.0; `budget` holds that
 * p50 in ms); the ratio to a fresh page is reported for information. `pass` is false without Chromium.
 */
export async function pdfSection({ metrics, cleanup, log, port, pgUrl }: PdfSectionContext): Promise<void> {
  const databaseUrl = await tempPostgresDatabase(cleanup, pgUrl, `kooperacja_bench_pdf_${process.pid}`);
  const { server } = await bootServer(cleanup, port, { DATABASE_URL: databaseUrl, SEED_DEMO: '1' });
  const { DEMO_PASSWORD } = await import('../../db/seed/demo');
  const cookie = await signIn(server.url, PDF_USER, DEMO_PASSWORD);
  if (!cookie) throw new Error(`could not sign in as ${PDF_USER}`);
  const env = {
    ...process.env,
    BENCH_PDF_CHILD: '1',
    BENCH_PDF_APP_URL: server.url,
    BENCH_PDF_DATABASE_URL: databaseUrl,
    BENCH_PDF_COOKIE: cookie,
    NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(/--conditions[= ]react-server/g, ''),
  };
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join('scripts', 'bench', 'pdf.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  cleanup.add('PDF bench child process', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
    let nl: number;
    while ((nl = out.indexOf('\n')) >= 0) {
      const line = out.slice(0, nl).trim();
      out = out.slice(nl + 1);
      if (line.startsWith('{')) report(metrics, JSON.parse(line) as Metric);
      else if (line) log(`pdf: ${line}`);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code === NO_CHROMIUM) throw new Error(`no Chromium at ${CHROMIUM} (CHROMIUM_PATH): the PDF comparison was not made; pdf_agreement_react_pdf fails`);
  if (code !== 0) throw new Error(`the PDF bench process exited with code ${code}`);
}

/** The measuring itself, in the child: prints each metric as one JSON line on stdout; returns the exit code. */
async function measureAll(log: (msg: string) => void): Promise<number> {
  const need = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set (the section sets it: BENCH_ONLY=pdf npm run bench)`);
    return value;
  };
  const appUrl = need('BENCH_PDF_APP_URL');
  const cookie = need('BENCH_PDF_COOKIE');
  const cleanup = new Cleanup();
  try {
    const doc = await loadAppDocument(need('BENCH_PDF_DATABASE_URL'), appUrl, PDF_USER, cleanup);
    log(`document ${doc.id}, nr ${doc.number} (${doc.status}), page ${doc.url} as ${PDF_USER}`);

    const ours = await measureReactPdf(doc);
    log(`react-pdf: cold ${Math.round(ours.coldMs)} ms (fonts ${Math.round(ours.fontsMs)} ms), warm p50 ${round2(percentile(ours.samples, 50))} ms, ${ours.pages} pages`);

    let chrome: ChromiumFigures | null = null;
    if (fs.existsSync(CHROMIUM)) {
      chrome = await measureChromium(doc, cookie, cleanup);
      log(`Chromium ${chrome.version}: fresh p50 ${round2(percentile(chrome.fresh.samples, 50))} ms, warm p50 ${round2(percentile(chrome.warm.samples, 50))} ms, ${chrome.warm.pages} pages`);
    } else {
      log(`no Chromium at ${CHROMIUM} (CHROMIUM_PATH): the comparison cannot be made`);
    }

    const p50 = percentile(ours.samples, 50);
    const documentPage = new URL(doc.url).pathname;
    const extra: Record<string, unknown> = {
      runs: ours.samples.length,
      cpu_p50: round2(percentile(ours.cpu, 50)),
      cpu_p95: round2(percentile(ours.cpu, 95)),
      document: doc.number,
      document_page: documentPage,
      pages: ours.pages,
      bytes: ours.bytes,
      cold_first_render_ms: Math.round(ours.coldMs),
      fonts_load_ms: Math.round(ours.fontsMs),
      peak_rss_delta_mb: round1(ours.peakRssDelta / MB),
      retained_heap_mb: round1(ours.retainedHeap / MB),
      baseline_rss_mb: round1(ours.baselineRss / MB),
      targets: 'budget (issue 19): p50 at most Chromium warm page p50 of the same run (ratio_vs_chromium_warm <= 1.0); the fresh-page ratio is for information',
    };
    let pass = false;
    let budget: number | null = null;
    if (chrome) {
      const fresh50 = percentile(chrome.fresh.samples, 50);
      const warm50 = percentile(chrome.warm.samples, 50);
      extra.ratio_vs_chromium_fresh = round2(p50 / fresh50);
      extra.ratio_vs_chromium_warm = round2(p50 / warm50);
      extra.cpu_ratio_vs_chromium_fresh = round2(percentile(ours.cpu, 50) / percentile(chrome.fresh.cpu, 50));
      extra.cpu_ratio_vs_chromium_warm = round2(percentile(ours.cpu, 50) / percentile(chrome.warm.cpu, 50));
      extra.memory_ratio_vs_chromium_warm_rss = round2(ours.peakRssDelta / chrome.warm.peakTreeRss);
      extra.memory_ratio_vs_chromium_warm_pss = round2(ours.peakRssDelta / chrome.warm.peakTreePss);
      extra.budget_ratio_vs_chromium_warm = 1.0;
      budget = round2(warm50);
      pass = p50 <= warm50;
    } else {
      extra.error = `no Chromium at ${CHROMIUM}: the comparison was not made`;
    }
    const print = (m: Metric) => console.log(JSON.stringify(m));
    // `budget` is in ms like every metric's, but the p50 (not the p95) is held to it: Chromium's warm p50.
    print({ ...result('pdf_agreement_react_pdf', ours.samples, null, extra), budget, pass });
    if (!chrome) return NO_CHROMIUM;
    const common = {
      chromium: chrome.version,
      document: doc.number,
      document_page: documentPage,
      page_fetch_ms: Math.round(chrome.pageFetchMs),
      launch_ms: Math.round(chrome.launchMs),
      idle_tree_rss_mb: round1(chrome.idleTreeRss / MB),
      idle_tree_pss_mb: round1(chrome.idleTreePss / MB),
    };
    const variant = (name: string, v: ChromiumVariant, note: string) => {
      const cpu = v.cpu.length ? { cpu_p50: round2(percentile(v.cpu, 50)), cpu_p95: round2(percentile(v.cpu, 95)) } : {};
      const memory = { peak_tree_rss_mb: round1(v.peakTreeRss / MB), peak_tree_pss_mb: round1(v.peakTreePss / MB) };
      print(result(name, v.samples, null, { runs: v.samples.length, ...cpu, pages: v.pages, bytes: v.bytes, ...memory, note, ...common }));
    };
    variant('pdf_agreement_chromium_fresh_page', chrome.fresh, 'new signed-in browser context and page per document: goto the document page + page.pdf (closing not timed)');
    variant('pdf_agreement_chromium_warm_page', chrome.warm, 'one page reused: goto the document page + page.pdf');
    if (chrome.launch) variant('pdf_agreement_chromium_fresh_browser', chrome.launch, 'chromium.launch + signed-in context + goto the document page + page.pdf + close per document');
    if (process.env.BENCH_PDF_WRITE) {
      fs.writeFileSync(process.env.BENCH_PDF_WRITE, await doc.render());
      log(`wrote ${process.env.BENCH_PDF_WRITE}`);
    }
    return 0;
  } finally {
    await cleanup.run();
  }
}

const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain && process.env.BENCH_PDF_CHILD === '1') {
  // lib/pdf/render.ts imports 'server-only', which throws outside the react-server condition:
  // an empty module stands in for it here (as tests/setup/empty.ts does under vitest).
  const { register } = await import('node:module');
  register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }'));
  // The measuring is over: end now, whatever handle (a pool's thread, a socket) is still open.
  process.exit(await measureAll((m) => console.error(`[bench] pdf: ${m}`)));
}
