/**
 * `npm test`: every test. Runs vitest's unit and integration tests (on PGlite and — with
 * TEST_DATABASE_URL — on PostgreSQL) while the app is built if needed; once it is built, the
 * `npm start` smoke tests and the Playwright suite (against PostgreSQL when TEST_DATABASE_URL is
 * set, else PGlite), and ends with one line: "Tests: N passed, N failed".
 *
 * Everything vitest runs is at a low CPU priority (nice 10): the build, and then the browser
 * tests, wait on one server answering a page at a time, while vitest's files can use whatever CPU
 * is left at any moment; on two cores that keeps the slower of the two sides short. Not 19: the
 * app's PDF worker threads run at 19, below pages, and the pool's test checks they are below the
 * thread that starts them.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import postgres from 'postgres';
import { ensurePrerequisites } from './lib/prerequisites';

// Outside test-results/, which Playwright empties when it starts.
// Per run, so a vitest started by hand meanwhile cannot overwrite this run's figures.
const VITEST_JSON = `tests/.tmp/vitest-results-${process.pid}.json`;
const SMOKE_JSON = `tests/.tmp/vitest-smoke-results-${process.pid}.json`;
const E2E_JSON = `test-results/e2e-results-${process.pid}.json`;

/** Runs a command to its end; its output goes to the terminal, or to `logFile` (printed later). */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile?: string): Promise<number> {
  const out = logFile ? fs.openSync(logFile, 'w') : 'inherit';
  const child = spawn(cmd, args, { stdio: ['ignore', out, out], env });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

type VitestJson = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** `vitest run` of some projects at a low CPU priority, its JSON report to `json`. */
function vitest(projects: string[], json: string, logFile?: string): Promise<number> {
  return run('nice', ['-n', '10', 'npx', 'vitest', 'run', ...projects.flatMap((p) => ['--project', p])], { ...process.env, VITEST_JSON_FILE: json }, logFile);
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

// Chromium and pdftotext first: installed when we can, else stop now with the command — never halfway.
ensurePrerequisites();
for (const f of [VITEST_JSON, SMOKE_JSON, E2E_JSON]) fs.rmSync(f, { force: true });
fs.mkdirSync('tests/.tmp', { recursive: true });

// The unit and integration tests need no build: they start at once, beside it.
const vitestCode = vitest(['unit', 'integration:*'], VITEST_JSON);
console.log('[kooperacja] building the application if needed, beside the unit and integration tests…');
const BUILD_LOG = `tests/.tmp/build-output-${process.pid}.log`;
const buildCode = await run('npx', ['tsx', '-e', "import('./scripts/lib/ensure-build.ts').then((m) => m.ensureBuild())"], process.env, BUILD_LOG);
const buildOutput = fs.readFileSync(BUILD_LOG, 'utf8');
fs.rmSync(BUILD_LOG, { force: true });
if (buildCode !== 0) {
  await vitestCode;
  console.log(`\n── Build ──\n${buildOutput}`);
  console.log('Tests: 0 passed, 1 failed (the build failed: no smoke or browser tests could run)');
  process.exit(1);
}
if (buildOutput.trim()) console.log(`\n[kooperacja] application built: ${buildOutput.split('\n').find((l) => /Compiled|template written/.test(l))?.trim() ?? 'done'}`);

const pgUrl = process.env.TEST_DATABASE_URL;
let e2eEnv: NodeJS.ProcessEnv = { ...process.env, E2E_JSON_FILE: E2E_JSON };
let dropE2eDb = async () => {};
if (pgUrl) {
  const name = `kooperacja_e2e_${process.pid}`;
  const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  e2eEnv = { ...e2eEnv, E2E_DATABASE_URL: withDatabase(pgUrl, name) };
  dropE2eDb = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
// Vitest and Playwright run side by side (they share nothing: own databases, ports and folders);
// the smoke tests' and the browser tests' output is shown after vitest's, so none is interleaved.
const E2E_LOG = `tests/.tmp/e2e-output-${process.pid}.log`;
const SMOKE_LOG = `tests/.tmp/smoke-output-${process.pid}.log`;
const e2eRun = run('npx', ['playwright', 'test'], e2eEnv, E2E_LOG);
const smokeCode = await vitest(['smoke'], SMOKE_JSON, SMOKE_LOG);
const mainCode = await vitestCode;
console.log(`\n── vitest: smoke tests (npm start) ──\n${fs.readFileSync(SMOKE_LOG, 'utf8')}`);
fs.rmSync(SMOKE_LOG, { force: true });
if (!fs.existsSync(E2E_JSON)) console.log('\n[kooperacja] vitest done; waiting for the browser tests…');
const e2eCode = await e2eRun;
console.log(`\n── Playwright (browser tests) ──\n${fs.readFileSync(E2E_LOG, 'utf8')}`);
fs.rmSync(E2E_LOG, { force: true });
await dropE2eDb();

const runs = [
  { code: mainCode, report: readJson<VitestJson>(VITEST_JSON) },
  { code: smokeCode, report: readJson<VitestJson>(SMOKE_JSON) },
];
const v = runs.some((r) => r.report)
  ? runs.reduce<VitestJson>(
      (a, { report: r }) => ({
        numPassedTests: a.numPassedTests + (r?.numPassedTests ?? 0),
        numFailedTests: a.numFailedTests + (r?.numFailedTests ?? 0),
        numPendingTests: a.numPendingTests + (r?.numPendingTests ?? 0),
        numTodoTests: a.numTodoTests + (r?.numTodoTests ?? 0),
      }),
      { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 },
    )
  : null;
const e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(E2E_JSON);
const passed = (v?.numPassedTests ?? 0) + (e ? e.stats.expected + e.stats.flaky : 0);
let failed = (v?.numFailedTests ?? 0) + (e?.stats.unexpected ?? 0);
const skipped = (v ? v.numPendingTests + v.numTodoTests : 0) + (e?.stats.skipped ?? 0);
// A runner that crashed before reporting counts as a failure, never as silence.
const vitestFailed = runs.some((r) => r.code !== 0);
for (const r of runs) if (r.code !== 0 && !r.report?.numFailedTests) failed += 1;
if (e2eCode !== 0 && !e?.stats.unexpected) failed += 1;

console.log(`\nvitest: ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : 'no report'} · playwright: ${e ? `${e.stats.expected + e.stats.flaky} passed, ${e.stats.unexpected} failed` : 'no report'}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitestFailed || e2eCode !== 0 || failed > 0 ? 1 : 0);
