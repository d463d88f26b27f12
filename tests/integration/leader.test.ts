import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { database, executeRows } from '@/db/client';
import { LEADER_LOCK_KEY, leadWhenElected, type Leadership } from '@/lib/leader';
import { withDatabase } from '../setup/global-db';

/*
 * Issue 19 §3: the background work (outbox, reminders, digests, lifecycle) runs in one process of all
 * that share a PostgreSQL — the holder of a session advisory lock — and another takes over when the
 * leader's session ends. PGlite is one process and needs no election (instrumentation.ts).
 */
const onPostgres = process.env.TEST_DB_BACKEND === 'postgres';
const until = async (what: () => boolean, ms = 5_000) => {
  const end = performance.now() + ms;
  while (!what()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

const running: Leadership[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((l) => l.stop()));
});

describe.skipIf(!onPostgres)('the leader of the background work', () => {
  const url = async () => {
    const [{ name }] = await executeRows<{ name: string }>(database().db, sql`select current_database() as name`);
    return withDatabase(process.env.TEST_DATABASE_URL!, name);
  };
  const quiet = { checkMs: 100, log: () => {} };

  it('only one of two processes works; when the leader dies the other takes over, and the old one stops its work', async () => {
    const u = await url();
    const work = { a: 0, b: 0, aStopped: 0, bStopped: 0 };
    const a = leadWhenElected(u, () => (work.a++, () => work.aStopped++), quiet);
    running.push(a);
    await until(() => a.isLeader());
    const b = leadWhenElected(u, () => (work.b++, () => work.bStopped++), quiet);
    running.push(b);
    await new Promise((r) => setTimeout(r, 500));
    expect(b.isLeader()).toBe(false);
    expect(work).toEqual({ a: 1, b: 0, aStopped: 0, bStopped: 0 });

    // The leader's session ends (a crashed process, a cut connection): the server frees its lock.
    await executeRows(
      database().db,
      sql`select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = ${LEADER_LOCK_KEY} and database = (select oid from pg_database where datname = current_database())`,
    );
    await until(() => b.isLeader());
    await until(() => !a.isLeader());
    expect(work.b).toBe(1);
    expect(work.aStopped).toBe(1);
  });

  it('a leader that stops hands over at once', async () => {
    const u = await url();
    const a = leadWhenElected(u, () => () => {}, quiet);
    await until(() => a.isLeader());
    let bLeads = false;
    const b = leadWhenElected(u, () => ((bLeads = true), () => {}), quiet);
    running.push(b);
    await a.stop();
    await until(() => bLeads);
  });
});
