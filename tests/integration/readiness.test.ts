import { afterEach, describe, expect, it } from 'vitest';
import { database } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { expectedMigrations, readiness } from '@/lib/readiness';
import { sql } from 'drizzle-orm';

// Issue 19 §5: GET /api/ready for a load balancer — database reachable, migrations applied, outbox lag.
afterEach(() => {
  (globalThis as { __kooperacjaStopping?: boolean }).__kooperacjaStopping = false;
});

describe('readiness', () => {
  it('is ready on a migrated database, with every migration of the build applied and the outbox lag in seconds', async () => {
    const r = await readiness(database());
    expect(r.database).toBe('ok');
    expect(r.migrations.applied).toBe(expectedMigrations());
    expect(expectedMigrations()).toBeGreaterThanOrEqual(19);
    expect(r.ready).toBe(true);
    expect(r.outboxLagSeconds).toBe(0);

    await database().db.insert(emailOutbox).values({ toEmail: 'a@example.pl', subject: 'Temat', body: 'Treść', kind: 'account', createdAt: sql`now() - interval '90 seconds'` });
    const lagging = await readiness(database());
    expect(lagging.outboxLagSeconds).toBeGreaterThanOrEqual(90);
    expect(lagging.outboxLagSeconds).toBeLessThan(200);
  });

  it('is not ready once the server has been asked to stop', async () => {
    (globalThis as { __kooperacjaStopping?: boolean }).__kooperacjaStopping = true;
    const r = await readiness(database());
    expect(r).toMatchObject({ ready: false, stopping: true, database: 'ok' });
  });
});
