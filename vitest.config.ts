import os from 'node:os';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      '@': root,
      // Next's guard against importing server code into client bundles; irrelevant in tests.
      'server-only': path.join(root, 'tests/setup/empty.ts'),
    },
  },
};

// A `.only` left in a test fails the run, in CI and locally alike. Projects defined inline do not
// inherit the root's `allowOnly`, so each one says it (tests/unit/no-only.test.ts checks).
const allowOnly = false;

// Integration tests run once per database backend: PGlite always, PostgreSQL when
// TEST_DATABASE_URL names a server (CI sets it).
const backends = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

// At least two test files at once, even on two CPUs: much integration time is spent waiting on the
// database server, and the default (a core left to the main process) would run one file at a time.
// More than that starves the browser tests that run beside vitest (scripts/test.ts).
const maxWorkers = Math.max(2, os.availableParallelism() - 1);

// Tests beside the integration tests that never touch a database run once, not once per backend:
// the pure ones as unit tests (no database of their own to load, seconds per file), the PDF worker
// pool (real threads, long renders) on the first backend only.
const pureSecurity = ['tests/security/client-ip.test.ts', 'tests/security/headers.test.ts'];
const onceOnly = ['tests/integration/pdf-pool.test.ts'];

// Integration files share one module graph per worker (isolate: false): the app's modules, PGlite
// and drizzle are loaded once per worker instead of once per file, which was a third of each file's
// time. Each file still gets a database of its own, and tests/setup/db.ts puts back the
// process-wide state a file may leave behind (the test clock). Files that replace a module with
// vi.mock need a module graph of their own: they run isolated, in a project beside.
const mocking = [
  'tests/integration/access-summary.test.ts',
  'tests/integration/case-files.test.ts',
  'tests/integration/case-freeze.test.ts',
  'tests/integration/cases-pdf.test.ts',
  'tests/security/case-pages-not-found.test.ts',
  'tests/security/csv.test.ts',
  'tests/security/refused-audit.test.ts',
];

export default defineConfig({
  ...shared,
  test: {
    allowOnly,
    maxWorkers,
    reporters: ['default', ['json', { outputFile: process.env.VITEST_JSON_FILE ?? 'tests/.tmp/vitest-results.json' }]],
    projects: [
      { ...shared, test: { name: 'unit', allowOnly, include: ['tests/unit/**/*.test.ts', ...pureSecurity] } },
      // Starts the built app on PGlite (scripts/test.ts builds it first); the security probes over HTTP too.
      { ...shared, test: { name: 'smoke', allowOnly, include: ['tests/smoke/**/*.test.ts', 'tests/security/http/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      ...backends.flatMap((backend, i) => {
        const integration = (name: string, isolated: boolean) => ({
          ...shared,
          test: {
            name,
            allowOnly,
            include: isolated ? mocking : ['tests/integration/**/*.test.ts', 'tests/security/*.test.ts'],
            exclude: [...configDefaults.exclude, ...pureSecurity, ...(i > 0 ? onceOnly : []), ...(isolated ? [] : mocking)],
            // The loaders are called straight after writes made without server actions: nothing kept
            // between calls (lib/session-memo.ts has its own test, tests/unit/session-memo.test.ts).
            env: { TEST_DB_BACKEND: backend, SESSION_MEMO_MS: '0' },
            globalSetup: ['tests/setup/global-db.ts'],
            setupFiles: ['tests/setup/db.ts'],
            testTimeout: 30_000,
            hookTimeout: 60_000,
            isolate: isolated,
          },
        });
        return [integration(`integration:${backend}`, false), integration(`integration:${backend}:mocked`, true)];
      }),
    ],
  },
});
