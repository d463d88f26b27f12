import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against a production build (`scripts/start.ts` builds when needed).
 *
 * Database: E2E_DATABASE_URL (a fresh PostgreSQL database prepared by the caller) or, by default,
 * an embedded PGlite folder that tests/e2e/start-server.mjs wipes before the server starts.
 * (Playwright starts `webServer` BEFORE `globalSetup`, so the wipe cannot live in globalSetup.)
 */
const PORT = process.env.E2E_PORT ?? '3200';
const baseURL = `http://localhost:${PORT}`;
export const E2E_PGLITE_DIR = process.env.E2E_PGLITE_DIR ?? 'tests/.tmp/e2e-pglite';

/** The e2e specs run a local SMTP server here (tests/e2e/fixtures.ts) and read what the app sends. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

const database: Record<string, string> = process.env.E2E_DATABASE_URL
  ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
  : { PGLITE_DIR: E2E_PGLITE_DIR };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A `test.only` left in a spec fails the run, in CI and locally alike (tests/unit/no-only.test.ts).
  forbidOnly: true,
  // Journeys are long and CI runs them beside vitest on two CPUs: a step, not the whole journey,
  // should be what is slow when something is wrong (expect's own timeout below).
  timeout: 180_000,
  expect: { timeout: 10_000 },
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_FILE ?? 'test-results/e2e-results.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    // A failed test keeps its trace (actions, DOM snapshots, network) and a screenshot; the trace's
    // screencast of every passing test cost a fifth of the run's time and is left out.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node tests/e2e/start-server.mjs',
    url: `${baseURL}/logowanie`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: 'e2e-test-secret-not-for-production-0123456789',
      SEED_DEMO: '1',
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      MAIL_FROM: 'Kooperacja e2e <no-reply@kooperacja.test>',
      OUTBOX_INTERVAL_MS: '1000',
      // One JSON line per request is the server's log (docs/deployment.md); the browser tests' output stays readable without it.
      REQUEST_LOG: '0',
      // One server process beside vitest on two cores: several processes and instances are tested
      // in tests/smoke/instances.test.ts; the journeys here are about what users do.
      WEB_CONCURRENCY: '1',
      ...database,
    },
  },
});
