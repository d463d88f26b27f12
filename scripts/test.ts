/**
 * `npm test`: every test. Builds the app if needed, runs vitest (unit, integration on PGlite and —
 * with TEST_DATABASE_URL — on PostgreSQL, and the `npm start` smoke test) and, at the same time, the
 * Playwright suite (against PostgreSQL when TEST_DATABASE_URL is set, else PGlite), and ends with one line:
 * "Tests: N passed, N failed".
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import postgres from 'postgres';
import { ensureBuild } from './lib/ensure-build';
import { ensurePrerequisites } from './lib/prerequisites';

// Outside test-results/, which Playwright empties when it starts.
// Per run, so a vitest started by hand meanwhile cannot overwrite this run's figures.
const VITEST_JSON = `tests/.tmp/vitest-results-${process.pid}.json`;
const E2E_JSON = `test-results/e2e-results-${process.pid}.json`;

/** Runs a command to its end; its output goes to the terminal, or to `logFile` (printed later). */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile?: string): Promise<number> {
  const out = logFile ? fs.openSync(logFile, 'w') : 'inherit';
  const child = spawn(cmd, args, { stdio: ['ignore', out, out], env });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

// Chromium and pdftotext first: installed when we can, else stop now with the command — never halfway.
ensurePrerequisites();
fs.rmSync(VITEST_JSON, { force: true });
fs.rmSync(E2E_JSON, { force: true });
ensureBuild();

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
// Vitest and Playwright run side by side (they share nothing: own databases, ports and folders),
// which keeps the whole suite well within its time; the browser tests' output is shown after
// vitest's, so neither is interleaved.
const E2E_LOG = `tests/.tmp/e2e-output-${process.pid}.log`;
fs.mkdirSync('tests/.tmp', { recursive: true });
const e2eRun = run('npx', ['playwright', 'test'], e2eEnv, E2E_LOG);
const vitestCode = await run('npx', ['vitest', 'run'], { ...process.env, VITEST_JSON_FILE: VITEST_JSON });
if (!fs.existsSync(E2E_JSON)) console.log('\n[kooperacja] vitest done; waiting for the browser tests…');
const e2eCode = await e2eRun;
console.log(`\n── Playwright (browser tests) ──\n${fs.readFileSync(E2E_LOG, 'utf8')}`);
fs.rmSync(E2E_LOG, { force: true });
await dropE2eDb();

const v = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(VITEST_JSON);
const e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(E2E_JSON);
const passed = (v?.numPassedTests ?? 0) + (e ? e.stats.expected + e.stats.flaky : 0);
let failed = (v?.numFailedTests ?? 0) + (e?.stats.unexpected ?? 0);
const skipped = (v ? v.numPendingTests + v.numTodoTests : 0) + (e?.stats.skipped ?? 0);
// A runner that crashed before reporting counts as a failure, never as silence.
if ((vitestCode !== 0 && !v?.numFailedTests) || (e2eCode !== 0 && !e?.stats.unexpected)) failed += 1;

console.log(`\nvitest: ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : 'no report'} · playwright: ${e ? `${e.stats.expected + e.stats.flaky} passed, ${e.stats.unexpected} failed` : 'no report'}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitestCode !== 0 || e2eCode !== 0 || failed > 0 ? 1 : 0);
