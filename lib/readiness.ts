import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { executeRows, type Database } from '@/db/client';
import { isStopping } from '@/lib/http/stopping';

/** What a load balancer asks before sending requests to this instance (GET /api/ready). */
export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: { applied: number; expected: number };
  /** Seconds the oldest e-mail has waited in the outbox (0 when none waits). */
  outboxLagSeconds: number | null;
  stopping: boolean;
}

const journal = path.join(process.cwd(), 'db/migrations/meta/_journal.json');
let expected: number | undefined;

/** The number of migrations this build ships (db/migrations/meta/_journal.json). */
export function expectedMigrations(): number {
  expected ??= (JSON.parse(fs.readFileSync(journal, 'utf8')) as { entries: unknown[] }).entries.length;
  return expected;
}


export async function readiness(database: Database): Promise<Readiness> {
  const stopping = isStopping();
  try {
    const [row] = await executeRows<{ applied: number; lag: number | null }>(
      database.db,
      sql`select (select count(*)::int from drizzle.__drizzle_migrations) as applied,
                 (select extract(epoch from now() - min(created_at))::int from email_outbox where status = 'pending') as lag`,
    );
    const migrations = { applied: row.applied, expected: expectedMigrations() };
    return { ready: !stopping && migrations.applied >= migrations.expected, database: 'ok', migrations, outboxLagSeconds: row.lag ?? 0, stopping };
  } catch {
    return { ready: false, database: 'unreachable', migrations: { applied: 0, expected: expectedMigrations() }, outboxLagSeconds: null, stopping };
  }
}
