import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * A `.only` left in a test must fail the run locally too, not only when CI is set. These check the
 * configuration objects vitest and Playwright load, evaluated without CI. (Vitest's projects
 * defined inline do not inherit the root's `allowOnly` — a root-only setting lets `it.only`
 * through — so every project must say it.)
 */
describe('.only is refused in every run', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('every vitest project refuses .only, with or without CI', async () => {
    vi.stubEnv('CI', undefined);
    vi.stubEnv('TEST_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres'); // brings in the PostgreSQL project too
    vi.resetModules();
    const { default: config } = await import('../../vitest.config');
    const projects = (config.test?.projects ?? []) as { test?: { name?: string; allowOnly?: boolean } }[];
    expect(projects.map((p) => p.test?.name)).toEqual(['unit', 'smoke', 'integration:pglite', 'integration:pglite:mocked', 'integration:postgres', 'integration:postgres:mocked']);
    expect(config.test?.allowOnly).toBe(false);
    for (const p of projects) expect(p.test?.allowOnly, `project ${p.test?.name}`).toBe(false);
  });

  it('Playwright forbids test.only without CI', async () => {
    vi.stubEnv('CI', undefined);
    vi.resetModules();
    const { default: config } = await import('../../playwright.config');
    expect(config.forbidOnly).toBe(true);
  });
});
