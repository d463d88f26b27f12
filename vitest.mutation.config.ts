import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config';

/*
 * The tests StrykerJS runs against each mutant (stryker.config.mjs, `npm run test:mutation`; see
 * docs/testing.md). The projects come from vitest.config.ts unchanged — `allowOnly: false`,
 * aliases, database setup — with a narrower file list: the pure pass (MUTATION_PASS=pure) runs the
 * unit tests only; the db pass adds the integration tests on PGlite that exercise the access rules,
 * login and sessions. No PostgreSQL, no smoke or e2e tests.
 */
const INTEGRATION = [
  'tests/integration/authorization-matrix.test.ts',
  'tests/integration/accounts.test.ts',
  'tests/integration/cases-access.test.ts',
  'tests/integration/cases-access-log.test.ts',
  'tests/integration/case-team-work.test.ts',
  'tests/integration/case-files.test.ts',
  'tests/integration/cases.test.ts',
  'tests/integration/documents.test.ts',
  'tests/integration/events.test.ts',
  'tests/integration/locking.test.ts',
  'tests/integration/pzk-membership.test.ts',
  'tests/integration/pzk.test.ts',
  'tests/integration/questionnaires.test.ts',
  'tests/integration/territory.test.ts',
  'tests/integration/mutation-*.test.ts',
  'tests/security/login.test.ts',
  'tests/security/national-model.test.ts',
  'tests/security/not-found-scope.test.ts',
  'tests/security/case-pages-not-found.test.ts',
  'tests/security/refused-audit.test.ts',
];
const wanted = process.env.MUTATION_PASS === 'pure' ? ['unit'] : ['unit', 'integration:pglite'];
// A test file being rewritten and failing for now can be left out of a local run:
// MUTATION_SKIP_TESTS=tests/integration/x.test.ts npm run test:mutation
const skipped = (process.env.MUTATION_SKIP_TESTS ?? '').split(',').filter(Boolean);

type Project = { test?: { name?: string; include?: string[]; exclude?: string[] } };
const projects = ((base.test?.projects ?? []) as Project[])
  .filter((p) => wanted.includes(p.test?.name ?? ''))
  .map((p) => ({
    ...p,
    // The integration files run isolated here, as each did before vitest.config.ts let them share
    // a module graph: this list mixes files that vi.mock modules with those that do not.
    test: { ...p.test, ...(p.test?.name === 'unit' ? {} : { include: INTEGRATION, isolate: true }), exclude: ['**/node_modules/**', ...skipped] },
  }));

/**
 * Unit tests first, then the integration files, quickest first: Stryker stops at the first failing
 * test, so a mutant the fast tests kill costs no database. (Vitest's own order runs projects by
 * name — integration before unit — and the longest files first.)
 */
class QuickFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const cache = this.ctx.cache;
    const rank = (f: TestSpecification) => (f.project.name === 'unit' ? 0 : 1);
    const duration = (f: TestSpecification) => cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`)?.duration ?? 0;
    return [...files].sort((a, b) => rank(a) - rank(b) || duration(a) - duration(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  resolve: base.resolve,
  test: {
    allowOnly: false,
    reporters: ['dot'],
    sequence: { sequencer: QuickFirstSequencer },
    projects: projects as NonNullable<NonNullable<typeof base.test>['projects']>,
  },
});
