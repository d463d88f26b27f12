/**
 * `npm run test:new-year`: the whole suite (`npm test`) twice across New Year's Eve — the app's
 * clock (KOOPERACJA_NOW, lib/clock.ts) starts at 2027-01-01 00:30 in Warsaw, which is still
 * 2026-12-31 23:30 in UTC: once with the machine in Polish time, once in UTC. Both must be green:
 * no test may depend on today's real date or on the machine's time zone. Ends with one line per run
 * and "Tests: …" for both together.
 */
import { spawnSync } from 'node:child_process';

const INSTANT = '2026-12-31T23:30:00Z';
const RUNS = [
  { name: 'TZ=Europe/Warsaw, 01.01.2027 00:30 in Warsaw', TZ: 'Europe/Warsaw' },
  { name: 'TZ=UTC, 31.12.2026 23:30 UTC', TZ: 'UTC' },
];

const results = RUNS.map((r) => {
  console.log(`\n[new-year] ${r.name}`);
  const out = spawnSync('npx', ['tsx', 'scripts/test.ts'], { env: { ...process.env, TZ: r.TZ, KOOPERACJA_NOW: INSTANT }, stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 30 });
  process.stdout.write(out.stdout);
  const summary = /Tests: (\d+) passed, (\d+) failed/.exec(out.stdout);
  return { ...r, status: out.status ?? 1, passed: Number(summary?.[1] ?? 0), failed: Number(summary?.[2] ?? 1) };
});

for (const r of results) console.log(`[new-year] ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const failed = results.reduce((n, r) => n + r.failed + (r.status !== 0 && r.failed === 0 ? 1 : 0), 0);
console.log(`Tests: ${results.reduce((n, r) => n + r.passed, 0)} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
