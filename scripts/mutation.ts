import { spawnSync } from 'node:child_process';

/*
 * `npm run test:mutation`: StrykerJS in its two passes (stryker.config.mjs, docs/testing.md) — the
 * pure modules against the unit tests, then the database-bound ones with the PGlite integration
 * tests. Both share reports/stryker-incremental.json, so a rerun tests only what changed. Extra
 * arguments go to both passes (e.g. `npm run test:mutation -- --force`).
 */
for (const pass of ['pure', 'db']) {
  console.log(`\n— mutation testing, ${pass} pass —`);
  const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, MUTATION_PASS: pass } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
