// @ts-check
/**
 * StrykerJS over the modules that carry the platform's promises (docs/testing.md, "Mutation
 * testing"). `npm run test:mutation` runs two passes that share one incremental file:
 *  - pure: the rule modules and the policy, against the unit tests only (fast, and a stronger
 *    claim: their own tests kill their mutants);
 *  - db: the modules that read the database (case/PZK/document access, login, sessions, the SQL
 *    twins), against the unit tests and the integration tests on PGlite that exercise them.
 * MUTATION_PASS=pure|db picks one pass (e.g. with `npx stryker run --mutate lib/pzk/access.ts`).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const PURE = [
  'lib/auth/policy.ts',
  'lib/auth/roles.ts',
  'lib/auth/navigation.ts',
  'lib/auth/password.ts',
  'lib/**/*-rules.ts',
  'lib/cases/periods.ts',
  'lib/model/schedule*.ts',
  'lib/documents/lifecycle.ts',
  // The data lifecycle (issue 16): retention ends, request deadlines, inactivity, the audit chain's payload.
  'lib/retention/rules.ts',
  'lib/rodo/deadlines.ts',
  'lib/accounts/inactive.ts',
  'lib/audit-chain.ts',
  // Kooperacje 3D (issue 17): the meeting kinds of a 3D PZK and the variant's words and city rule
  // (variant.ts's first part; its database lookups below line 70 are exercised by integration tests).
  'lib/pzk/meeting-kinds.ts',
  'lib/model/variant.ts:1-70',
  // The regional level and the next cycle (issue 18): the WZK's members and quarter, registration's
  // capacity and waiting list, the supervision period, the questionnaires' anonymity threshold and
  // aggregation, who may decide at 9.2 and the next cycle's sub-steps.
  'lib/wzk/rules.ts',
  'lib/events/rules.ts',
  'lib/coaching/supervision-rule.ts',
  'lib/questionnaires/results.ts',
  'lib/cycles/rules.ts',
];
const DB = [
  'lib/auth/**/*.ts',
  ...PURE.filter((f) => f.startsWith('lib/auth/')).map((f) => `!${f}`),
  // next-auth's options object and the Next request context (cookies, headers): glue that runs only
  // inside the app, covered by the smoke and e2e tests, not in-process (docs/testing.md).
  '!lib/auth/options.ts',
  '!lib/auth/session.ts',
  // Types only.
  '!lib/auth/actor.ts',
  'lib/**/access.ts',
];
const pass = process.env.MUTATION_PASS;

export default {
  packageManager: 'npm',
  plugins: ['@stryker-mutator/vitest-runner'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: pass === 'pure' ? PURE : pass === 'db' ? DB : [...DB, ...PURE],
  // In the db pass most code also runs in the test files' beforeAll (fixtures go through the domain
  // functions), which makes a mutant "static": Stryker would rerun every related file for it. There
  // the tests that cover a mutant inside a test are run; a mutant reached only while modules load
  // (a constant) is reported as Ignored and counted in docs/testing.md.
  ignoreStatic: pass !== 'pure',
  ignorePatterns: ['tests/e2e', 'playwright.config.ts', 'tests/.tmp', '.next', '.data', 'test-results', 'playwright-report', 'bench/results.json', 'reports'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  concurrency: 2,
  timeoutMS: 30_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  thresholds: { high: 90, low: 85, break: null },
};
