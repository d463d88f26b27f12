import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { asc, eq, sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { executeRows, getDb, openDatabase, type Db, type DbOrTx } from '@/db/client';
import * as schema from '@/db/schema';
import { auditChainHeads, auditLog, auditVerifications, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import { AT_TEXT_FORMAT, entryHash } from '@/lib/audit-chain';
import { auditExportRows, auditIntegrity, exportChainHeads, verifyMyAuditChains } from '@/lib/audit-log';
import { verifyAuditChains, verifyAuditChainsIfDue, type ExportedHeads } from '@/lib/audit-verify';
import type { Actor } from '@/lib/auth/actor';
import { toCsv } from '@/lib/csv';
import { MAZOWIECKIE, PODLASKIE, makeActor } from '../factories';
import { clock, setClockForTests } from '@/lib/clock';
import { bareLoadDataDir, withDatabase } from '../setup/global-db';

/*
 * The audit log's hash chains (issue 16, item 5): a chain written by audit() verifies; an entry
 * edited or removed directly in the database (its trigger disabled, as a database owner can) is
 * named by the verification; a chain rewritten consistently passes every check but the comparison
 * with heads exported before; parallel writers keep one valid chain; migration 0016's backfill
 * agrees with lib/audit-chain.ts. Each test writes to a województwo chain of its own.
 */

let chainIds: number[] = [];
let next = 0;
/** A województwo whose chain no other test of this file touches. */
const freshChain = () => {
  if (next >= chainIds.length) throw new Error('no województwo chain left for another test: tamper with one chain per test');
  return chainIds[next++];
};

let rops: Actor;
let ropsMazowsze: Actor;

beforeAll(async () => {
  rops = await makeActor('rops_admin', PODLASKIE);
  ropsMazowsze = await makeActor('rops_admin', MAZOWIECKIE);
  // The ROPS page's chains (podlaskie, mazowieckie) are never tampered with here.
  const kept = new Set([rops.scope.voivodeshipId, ropsMazowsze.scope.voivodeshipId]);
  chainIds = (await getDb().select({ id: voivodeships.id }).from(voivodeships).orderBy(asc(voivodeships.id))).map((v) => v.id).filter((id) => !kept.has(id));
});

/** n entries on chain `v`, as openings of case records are written. */
async function write(v: number, n: number, db: DbOrTx = getDb()) {
  for (let i = 0; i < n; i++) await audit(db, null, { action: 'case.opened', entityType: 'case', entityId: 1000 + i, voivodeshipId: v, details: { what: 'konto', i } });
}

async function entriesOf(v: number) {
  return getDb().select({ id: auditLog.id, seq: auditLog.seq, hash: auditLog.hash, prevHash: auditLog.prevHash }).from(auditLog).where(eq(auditLog.chain, v)).orderBy(asc(auditLog.seq));
}

/** What a database owner can do: change the log with its append-only trigger off. */
async function bypassingTrigger(q: ReturnType<typeof sql>) {
  const db = getDb();
  await db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
  try {
    await db.execute(q);
  } finally {
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  }
}

async function headsOf(v: number): Promise<ExportedHeads> {
  const [h] = await getDb().select().from(auditChainHeads).where(eq(auditChainHeads.chain, v));
  return { exportedAt: clock.now().toISOString(), heads: [{ chain: h.chain, seq: h.seq, hash: h.hash, at: h.at?.toISOString() }] };
}

/** Recomputes the hashes of chain `v` from entry `fromSeq` to `toSeq` (to its end: and moves its head — a rewrite that leaves no broken link). */
async function rehash(v: number, fromSeq: number, toSeq = Infinity) {
  const rows = await executeRows<{ id: string; seq: string; at_text: string; user_text: string | null; user_email: string | null; role_text: string | null; action: string; entity_type: string; entity_id: string | null; voivodeship_id: number | null; ip_text: string | null; fold_key: string | null; details_text: string | null }>(
    getDb(),
    sql`select id, seq, to_char(at at time zone 'UTC', ${AT_TEXT_FORMAT}) as at_text, user_id::text as user_text, user_email, role::text as role_text, action, entity_type, entity_id, voivodeship_id, ip::text as ip_text, fold_key, details::text as details_text
        from audit_log where chain = ${v} order by seq`,
  );
  let prev = '0'.repeat(64);
  let last = { id: 0, seq: 0, hash: prev };
  for (const r of rows) {
    const seq = Number(r.seq);
    const current = (await getDb().select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, Number(r.id))))[0].hash;
    const hash = seq < fromSeq || seq > toSeq ? current : entryHash({ prevHash: prev, chain: v, seq, atText: r.at_text, userId: r.user_text, userEmail: r.user_email, role: r.role_text, action: r.action, entityType: r.entity_type, entityId: r.entity_id, voivodeshipId: r.voivodeship_id, ipText: r.ip_text, foldKey: r.fold_key, detailsText: r.details_text });
    if (seq >= fromSeq && seq <= toSeq) await bypassingTrigger(sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${Number(r.id)}`);
    prev = hash;
    last = { id: Number(r.id), seq, hash };
  }
  if (toSeq === Infinity) await getDb().update(auditChainHeads).set({ seq: last.seq, hash: last.hash, entryId: last.id }).where(eq(auditChainHeads.chain, v));
}

describe('a chain written by audit() verifies', () => {
  it('entries numbered 1..n, each pointing at the one before, the head on the last; the run is recorded', async () => {
    const v = freshChain();
    await write(v, 5);
    const rows = await entriesOf(v);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0].prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    const r = await verifyAuditChains(getDb(), 'cli', { chains: [v], batchSize: 2 });
    expect(r).toMatchObject({ ok: true, chains: 1, entries: 5, broken: null });
    expect(r.reports![0].head).toMatchObject({ seq: 5, hash: rows[4].hash });
    expect(r.reports![0].name).toMatch(/^Województwo /);
    const [rec] = await getDb().select().from(auditVerifications).where(eq(auditVerifications.id, r.verificationId!));
    expect(rec).toMatchObject({ ok: true, chains: 1, entries: 5, brokenChain: null, runBy: 'cli' });
  });

  it('every field hashes alike in the database, which writes the entry, and in the verifier: Polish letters, IPv6, JSON, nulls, a role', async () => {
    // Chain 0 (outside any województwo) and the ROPS's own: the file's other chains are all taken.
    const user = { userId: rops.userId, email: 'żółć.gęślą@przykład.pl' };
    await audit(getDb(), null, { action: 'login.failed', entityType: 'user', entityId: 'Łódź/ś 1', anonymous: user, details: { powód: 'złe hasło', 'ąę': ['ń', 1.5, null, { ź: true }], emoji: '👪' } }, '2001:db8::1', 'klucz-ż@1');
    await audit(getDb(), null, { action: 'login.failed', entityType: 'user', anonymous: { email: 'x@y.pl' } });
    await getDb().transaction((tx) => audit(tx, { ...rops, ip: '192.0.2.7' }, { action: 'case.opened', entityType: 'case', entityId: 7, details: { cel: 'wgląd w akta — żądanie' } }));
    const r = await verifyAuditChains(getDb(), 'cli', { chains: [0, rops.scope.voivodeshipId!] });
    expect(r).toMatchObject({ ok: true, broken: null });
    const [polish] = await getDb().select().from(auditLog).where(eq(auditLog.entityId, 'Łódź/ś 1'));
    expect(polish).toMatchObject({ chain: 0, userEmail: user.email, ip: '2001:db8::1', foldKey: 'klucz-ż@1', role: null, details: { powód: 'złe hasło', emoji: '👪' } });
    const [opened] = await getDb().select().from(auditLog).where(eq(auditLog.details, { cel: 'wgląd w akta — żądanie' }));
    expect(opened).toMatchObject({ chain: rops.scope.voivodeshipId, role: 'rops_admin', ip: '192.0.2.7', userId: rops.userId });
  });

  it('an entry written alone skips the disk flush for its own transaction only, never for a change written after it', async () => {
    const setting = async (tx: DbOrTx) => (await executeRows<{ s: string }>(tx, sql`select current_setting('synchronous_commit') as s`))[0].s;
    const append = (tx: DbOrTx, noFlush: boolean) =>
      tx.execute(sql`select audit_append(0, now(), null, 'x@y.pl', null, 'login.failed', 'user', null, null, null, null, null, ${noFlush}::boolean)`);
    await getDb().transaction(async (tx) => {
      expect(await setting(tx)).toBe('on');
      await append(tx, true);
      expect(await setting(tx)).toBe('off');
    });
    await getDb().transaction(async (tx) => {
      await append(tx, false);
      expect(await setting(tx)).toBe('on');
    });
    // The function's setting is local to its transaction: the connection is back to the default
    // (checked on PGlite's one connection; on the pool, on whichever connection answers).
    await append(getDb(), true);
    expect(await setting(getDb())).toBe('on');
  });

  it('entries of two województwa make two chains, each numbered from 1', async () => {
    const [a, b] = [freshChain(), freshChain()];
    await write(a, 2);
    await write(b, 3);
    await write(a, 1);
    expect((await entriesOf(a)).map((r) => r.seq)).toEqual([1, 2, 3]);
    expect((await entriesOf(b)).map((r) => r.seq)).toEqual([1, 2, 3]);
    const r = await verifyAuditChains(getDb(), 'cli', { chains: [a, b] });
    expect(r.reports!.map((c) => [c.chain, c.entries, c.broken])).toEqual([
      [a, 3, null],
      [b, 3, null],
    ]);
  });

  it('30 audit() calls in parallel transactions keep one valid chain, 1..30 without gaps', async () => {
    const v = freshChain();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => getDb().transaction((tx) => audit(tx, null, { action: 'case.opened', entityType: 'case', entityId: i, voivodeshipId: v, details: { what: 'konto' } }))),
    );
    expect((await entriesOf(v)).map((r) => r.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await verifyAuditChains(getDb(), 'cli', { chains: [v] })).toMatchObject({ ok: true, entries: 30 });
  });

  it('a verification running while entries are written finds no break', async () => {
    const v = freshChain();
    await write(v, 3);
    const writes = Array.from({ length: 20 }, (_, i) => getDb().transaction((tx) => audit(tx, null, { action: 'case.opened', entityType: 'case', entityId: i, voivodeshipId: v, details: { what: 'konto' } })));
    const checks = Array.from({ length: 5 }, () => verifyAuditChains(getDb(), 'cli', { chains: [v], batchSize: 2 }));
    const results = await Promise.all([...checks, ...writes]);
    for (const r of results.slice(0, 5) as Awaited<(typeof checks)[number]>[]) expect(r.broken).toBeNull();
    expect(await verifyAuditChains(getDb(), 'cli', { chains: [v] })).toMatchObject({ ok: true, entries: 23 });
  });

  it('an entry rolled back with its change leaves no gap', async () => {
    const v = freshChain();
    await write(v, 1);
    await expect(
      getDb().transaction(async (tx) => {
        await write(v, 1, tx);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await write(v, 1);
    expect((await entriesOf(v)).map((r) => r.seq)).toEqual([1, 2]);
    expect((await verifyAuditChains(getDb(), 'cli', { chains: [v] })).ok).toBe(true);
  });
});

describe('tampering shows', () => {
  it('an entry edited directly in the database (trigger disabled) is named, and the run records it', async () => {
    const v = freshChain();
    await write(v, 6);
    const rows = await entriesOf(v);
    await bypassingTrigger(sql`update audit_log set details = '{"what": "ipp", "i": 3}'::jsonb where id = ${rows[3].id}`);
    const r = await verifyAuditChains(getDb(), 'cli', { chains: [v] });
    expect(r.ok).toBe(false);
    expect(r.broken).toEqual({ chain: v, seq: 4, entryId: rows[3].id, problem: `wpis nr 4 (id ${rows[3].id}): skrót wpisu się nie zgadza (wpis zmieniony)` });
    expect(r.reports![0].entries).toBe(3);
    const [rec] = await getDb().select().from(auditVerifications).where(eq(auditVerifications.id, r.verificationId!));
    expect(rec).toMatchObject({ ok: false, brokenChain: v, brokenSeq: 4, brokenEntryId: rows[3].id });
    expect(rec.problem).toContain('skrót wpisu się nie zgadza (wpis zmieniony)');
  });

  it('an edited action is caught as well', async () => {
    const v = freshChain();
    await write(v, 3);
    const rows = await entriesOf(v);
    await bypassingTrigger(sql`update audit_log set action = 'case.printed' where id = ${rows[0].id}`);
    expect((await verifyAuditChains(getDb(), 'cli', { chains: [v] })).broken).toMatchObject({ seq: 1, entryId: rows[0].id });
  });

  it('a removed entry is named as the gap', async () => {
    const v = freshChain();
    await write(v, 5);
    const rows = await entriesOf(v);
    await bypassingTrigger(sql`delete from audit_log where id = ${rows[2].id}`);
    const r = await verifyAuditChains(getDb(), 'cli', { chains: [v] });
    expect(r.broken).toEqual({ chain: v, seq: 3, entryId: null, problem: `brak wpisu nr 3 (usunięty); następny zachowany wpis: nr 4 (id ${rows[3].id})` });
  });

  it('removed last entries are named against the head', async () => {
    const v = freshChain();
    await write(v, 4);
    const rows = await entriesOf(v);
    await bypassingTrigger(sql`delete from audit_log where id in (${rows[2].id}, ${rows[3].id})`);
    expect((await verifyAuditChains(getDb(), 'cli', { chains: [v] })).broken).toMatchObject({ seq: 3, entryId: null, problem: 'brak wpisów nr 3–4 (usunięte) — głowa łańcucha wskazuje wpis nr 4' });
  });

  it('an entry changed with its own hash recomputed breaks the next link', async () => {
    const v = freshChain();
    await write(v, 3);
    const rows = await entriesOf(v);
    await bypassingTrigger(sql`update audit_log set details = '{"what": "ipp", "i": 1}'::jsonb where id = ${rows[1].id}`);
    await rehash(v, 2, 2);
    const r = await verifyAuditChains(getDb(), 'cli', { chains: [v] });
    expect(r.broken).toMatchObject({ seq: 3, entryId: rows[2].id, problem: `wpis nr 3 (id ${rows[2].id}) nie wskazuje poprzedniego (wpis nr 2 zmieniony albo podmieniony)` });
  });

  it('a chain rewritten consistently is caught only against the heads exported before', async () => {
    const v = freshChain();
    await write(v, 5);
    const kept = await headsOf(v);
    const rows = await entriesOf(v);
    await bypassingTrigger(sql`update audit_log set details = '{"what": "eksport", "i": 2}'::jsonb where id = ${rows[2].id}`);
    await rehash(v, 3);
    expect((await verifyAuditChains(getDb(), 'cli', { chains: [v] })).ok).toBe(true);
    const r = await verifyAuditChains(getDb(), 'cli', { chains: [v], exported: kept });
    expect(r.ok).toBe(false);
    expect(r.broken).toMatchObject({ seq: 5, entryId: rows[4].id, problem: `wpis nr 5 (id ${rows[4].id}) ma inny skrót niż wyeksportowana głowa łańcucha — historia przepisana` });
    // Heads exported before entries were added are still a prefix of the chain.
    await write(v, 2);
    const later = await headsOf(v);
    expect((await verifyAuditChains(getDb(), 'cli', { chains: [v], exported: later })).ok).toBe(true);
  });

  it('a chain cut short and its head moved back is caught against the exported heads', async () => {
    const v = freshChain();
    await write(v, 4);
    const kept = await headsOf(v);
    const rows = await entriesOf(v);
    await bypassingTrigger(sql`delete from audit_log where id = ${rows[3].id}`);
    await rehash(v, 4);
    expect((await verifyAuditChains(getDb(), 'cli', { chains: [v] })).ok).toBe(true);
    expect((await verifyAuditChains(getDb(), 'cli', { chains: [v], exported: kept })).broken).toMatchObject({ seq: 4, entryId: null, problem: 'brak wpisu nr 4 z wyeksportowanej głowy łańcucha (łańcuch skrócony albo przepisany)' });
  });

  it('an entry inserted around audit() (head not moved) lies beyond the head', async () => {
    const v = freshChain();
    await write(v, 2);
    const rows = await entriesOf(v);
    await getDb().insert(auditLog).values({ action: 'case.opened', entityType: 'case', voivodeshipId: v, chain: v, seq: 3, prevHash: rows[1].hash, hash: 'a'.repeat(64) });
    const r = await verifyAuditChains(getDb(), 'cli', { chains: [v] });
    expect(r.broken).toMatchObject({ seq: 3, problem: expect.stringContaining('leży poza głową łańcucha (nr 2)') });
  });

  it('a full run reports each broken chain and records the first', async () => {
    const r = await verifyAuditChains(getDb(), 'cli');
    expect(r.ok).toBe(false);
    expect(r.chains).toBeGreaterThanOrEqual(10);
    const broken = r.reports!.filter((c) => c.broken).map((c) => c.chain);
    expect(broken.length).toBeGreaterThanOrEqual(6);
    expect(r.broken!.chain).toBe(broken[0]);
    const [rec] = await getDb().select().from(auditVerifications).where(eq(auditVerifications.id, r.verificationId!));
    expect(rec.problem!.split('\n')).toHaveLength(broken.length);
  });
});

describe('the ROPS audit page: integrity', () => {
  async function headRow(chain: number) {
    return (await getDb().select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain)))[0];
  }

  it('"Sprawdź teraz" verifies the województwo\'s chains, records the run and an audit.verified entry; the page shows it', async () => {
    const v = rops.scope.voivodeshipId;
    await write(v, 3);
    const r = await verifyMyAuditChains(rops);
    expect(r.ok).toBe(true);
    const [entry] = await getDb().select().from(auditLog).where(eq(auditLog.action, 'audit.verified')).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(entry).toMatchObject({ userId: rops.userId, voivodeshipId: v, entityType: 'audit_log' });
    const [rec] = await getDb().select().from(auditVerifications).where(eq(auditVerifications.id, (entry.details as { verificationId: number }).verificationId));
    expect(rec).toMatchObject({ ok: true, chains: 2, runBy: `user:${rops.userId}` });
    const page = await auditIntegrity(rops);
    expect(page.lastVerification).toMatchObject({ id: rec.id, ok: true, problems: [] });
    expect(page.lastVerification!.runByLabel).toContain(rops.email);
    const head = await headRow(v);
    expect(page.heads.map((h) => [h.chain, h.seq, h.hash])).toEqual([
      [v, head.seq, head.hash],
      [0, (await headRow(0))?.seq ?? 0, (await headRow(0))?.hash ?? '0'.repeat(64)],
    ]);
    expect(page.heads[0].name).toBe('Województwo podlaskie');
  });

  it('a check run in another województwo is not shown as this one\'s last', async () => {
    const before = (await auditIntegrity(rops)).lastVerification!.id;
    await verifyMyAuditChains(ropsMazowsze);
    expect((await auditIntegrity(rops)).lastVerification!.id).toBe(before);
    expect((await auditIntegrity(ropsMazowsze)).lastVerification!.id).toBeGreaterThan(before);
    expect((await auditIntegrity(ropsMazowsze)).heads[0].name).toBe('Województwo mazowieckie');
  });

  it('the exported heads are the chains\' current heads, audited, and verify against the chain', async () => {
    const head = await headRow(rops.scope.voivodeshipId);
    const { json, filename } = await exportChainHeads(rops);
    expect(filename).toMatch(/^glowy-lancuchow-dziennika-\d{4}-\d{2}-\d{2}\.json$/);
    expect(json.heads[0]).toMatchObject({ chain: rops.scope.voivodeshipId, name: 'Województwo podlaskie', seq: head.seq, hash: head.hash });
    const [entry] = await getDb().select().from(auditLog).where(eq(auditLog.action, 'audit.heads_exported')).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(entry).toMatchObject({ userId: rops.userId, voivodeshipId: rops.scope.voivodeshipId });
    // The export's own entry moved the head on; the exported one is still in the chain.
    expect((await verifyAuditChains(getDb(), 'cli', { chains: [rops.scope.voivodeshipId], exported: json })).ok).toBe(true);
  });

  it('the CSV for an inspector: the filter\'s entries, the heads as the last lines, formulas defused, audited', async () => {
    const v = rops.scope.voivodeshipId;
    await audit(getDb(), null, { action: 'login.failed', entityType: 'user', voivodeshipId: v, anonymous: { email: '=HYPERLINK("http://zly.example")' } });
    const { columns, rows, filename } = await auditExportRows(rops, { action: 'login.failed' });
    expect(filename).toMatch(/^dziennik-zdarzen-.*\.csv$/);
    const entries = rows.filter((r) => r[0] !== 'GŁOWA ŁAŃCUCHA');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((r) => r[8] === 'login.failed')).toBe(true);
    const heads = rows.slice(-2);
    expect(heads.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['GŁOWA ŁAŃCUCHA', 'Województwo podlaskie', (await headRow(v)).seq - 1],
      ['GŁOWA ŁAŃCUCHA', expect.any(String), expect.any(Number)],
    ]);
    const csv = toCsv(columns, rows);
    expect(csv).toContain(`'=HYPERLINK(`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    const [entry] = await getDb().select().from(auditLog).where(eq(auditLog.action, 'audit.exported')).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(entry).toMatchObject({ userId: rops.userId, voivodeshipId: v });
    expect(entry.details).toMatchObject({ count: entries.length, filter: { action: 'login.failed' } });
  });

  it('another województwo\'s entries are not exported', async () => {
    await audit(getDb(), null, { action: 'case.opened', entityType: 'case', entityId: 99, voivodeshipId: ropsMazowsze.scope.voivodeshipId, details: { what: 'konto' } });
    const { rows } = await auditExportRows(rops, { action: 'case.opened' });
    expect(rows.filter((r) => r[0] !== 'GŁOWA ŁAŃCUCHA').every((r) => r[1] === 'Województwo podlaskie' || r[1] === 'Wpisy spoza województw (model krajowy, logowania)')).toBe(true);
  });
});

describe('the worker verifies at most once a day', () => {
  it('runs when its last run is older than 24 hours', async () => {
    const start = clock.now();
    try {
      const first = await verifyAuditChainsIfDue(getDb());
      expect(first).not.toBeNull();
      expect(await verifyAuditChainsIfDue(getDb())).toBeNull();
      setClockForTests(new Date(start.getTime() + 23 * 3600_000));
      expect(await verifyAuditChainsIfDue(getDb())).toBeNull();
      setClockForTests(new Date(start.getTime() + 25 * 3600_000));
      const again = await verifyAuditChainsIfDue(getDb());
      expect(again?.verificationId).toBeGreaterThan(first!.verificationId!);
      const [rec] = await getDb().select({ runBy: auditVerifications.runBy }).from(auditVerifications).where(eq(auditVerifications.id, again!.verificationId!));
      expect(rec.runBy).toBe('worker');
    } finally {
      setClockForTests(start);
    }
  });
});

/*
 * Migration 0016 chained the entries written before it, in SQL. Migrations 0000–0015 are applied
 * to an empty database (a copied folder with a trimmed journal), entries with unicode, jsonb, inet,
 * microseconds and nulls are written the old way, then 0016 runs: the chains must verify, and
 * audit() must continue them.
 */
describe('the backfill of migration 0016 agrees with lib/audit-chain.ts', () => {
  it('legacy entries chained by the migration verify, and audit() continues the chains', async () => {
    const full = path.join(process.cwd(), 'db/migrations');
    const trimmed = fs.mkdtempSync(path.join(os.tmpdir(), 'kooperacja-0015-'));
    fs.cpSync(full, trimmed, { recursive: true });
    const journalFile = path.join(trimmed, 'meta/_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < '0016');
    fs.writeFileSync(journalFile, JSON.stringify(journal));

    let db: Db;
    let close: () => Promise<void>;
    let migrate: (folder: string) => Promise<void>;
    if (process.env.TEST_DB_BACKEND === 'postgres') {
      const url = process.env.TEST_DATABASE_URL!;
      const name = `kooperacja_b_${crypto.randomBytes(6).toString('hex')}`;
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      const client = postgres(withDatabase(url, name), { max: 2, onnotice: () => {} });
      db = drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Db;
      migrate = (folder) => migratePostgres(drizzlePostgres(client, { casing: 'snake_case' }), { migrationsFolder: folder });
      close = async () => {
        await client.end({ timeout: 5 });
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
    } else {
      const client = new PGlite(bareLoadDataDir(inject('pgliteBare')));
      db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
      migrate = (folder) => migratePglite(drizzlePglite(client, { casing: 'snake_case' }), { migrationsFolder: folder });
      close = () => client.close();
    }
    try {
      await migrate(trimmed);
      await db.execute(sql`insert into voivodeships (teryt, name) values ('02', 'dolnośląskie'), ('04', 'kujawsko-pomorskie')`);
      const [v1, v2] = (await executeRows<{ id: number }>(db, sql`select id from voivodeships order by teryt`)).map((r) => r.id);
      await db.execute(sql`insert into audit_log (at, user_id, user_email, role, action, entity_type, entity_id, voivodeship_id, ip, fold_key, details) values
        ('2025-01-02 03:04:05.123456+00', '6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f', 'zażółć.gęślą@jaźń.pl', 'rops_admin', 'case.opened', 'case', '17', ${v1}, '10.0.0.1', null, '{"what": "ipp", "purpose": "kontrola ROPS — „zażółć” 😀", "n": null, "list": [1, 2.50, true]}'),
        ('2025-01-02 03:04:05.1+00', null, null, null, 'auth.login_failed', 'user', null, null, '2001:db8::1', 'login:x@y.pl@2025-01-02', null),
        ('2025-06-30 22:00:00+02', null, '', null, 'case.printed', 'case', '', ${v1}, '192.168.0.0/24', null, '{}'),
        ('2025-03-01 00:00:00+00', '6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f', 'a@b.pl', 'gops_animator', 'case.created', 'case', '18', ${v2}, null, null, '{"b": 1, "a": {"z": "ą", "y": [null]}}'),
        ('2025-01-01 00:00:00+00', null, 'a@b.pl', null, 'case.opened', 'case', '17', ${v1}, null, null, '{"what": "konto"}')`);
      await migrate(full);

      const chained = await executeRows<{ chain: number; seq: string }>(db, sql`select chain, seq from audit_log order by chain, seq`);
      expect(chained.map((r) => [r.chain, Number(r.seq)])).toEqual([
        [0, 1],
        [v1, 1],
        [v1, 2],
        [v1, 3],
        [v2, 1],
      ]);
      const r = await verifyAuditChains(db, 'cli');
      expect(r.reports!.map((c) => [c.chain, c.entries, c.broken])).toEqual([
        [0, 1, null],
        [v1, 3, null],
        [v2, 1, null],
      ]);
      await audit(db, null, { action: 'case.opened', entityType: 'case', entityId: 17, voivodeshipId: v1, details: { what: 'ipp', purpose: 'kontrola — „ż” 😀' } }, '10.1.2.3');
      const after = await verifyAuditChains(db, 'cli');
      expect(after.ok).toBe(true);
      expect(after.reports!.find((c) => c.chain === v1)).toMatchObject({ entries: 4, head: { seq: 4 } });
    } finally {
      await close();
      fs.rmSync(trimmed, { recursive: true, force: true });
    }
  }, 120_000);
});

/*
 * `npm run audit:verify` on the database of a stopped app (PGlite: its data folder; PostgreSQL: a
 * database of its own): OK and exit code 0 on an intact log; the first broken link named and exit
 * code 1 after an entry was edited; with the heads file, a consistent rewrite caught.
 */
describe('npm run audit:verify', () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    new Promise<{ code: number; out: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', ...args], { env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '', PGLITE_DIR: env.PGLITE_DIR ?? '' }, cwd: process.cwd() }, (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
      );
    });

  it('prints each chain and exits 1 on the first broken link', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kooperacja-verify-'));
    let env: Record<string, string>;
    let drop = async () => {};
    if (process.env.TEST_DB_BACKEND === 'postgres') {
      const url = process.env.TEST_DATABASE_URL!;
      const name = `kooperacja_v_${crypto.randomBytes(6).toString('hex')}`;
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      env = { DATABASE_URL: withDatabase(url, name) };
      drop = async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
    } else {
      // The folder a fresh `npm start` makes: started from the migrated template (initdb in WASM
      // would cost seconds more and prove nothing here).
      const dataDir = path.join(dir, 'data');
      await new PGlite(dataDir, { loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate')!)]) }).close();
      env = { PGLITE_DIR: dataDir };
    }
    const open = () => openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
    try {
      let d = open();
      await d.migrate();
      // A folder may start from the build's template, which has the register already.
      await d.db.execute(sql`insert into voivodeships (teryt, name) values ('20', 'podlaskie') on conflict (teryt) do nothing`);
      const [{ id: v }] = await executeRows<{ id: number }>(d.db, sql`select id from voivodeships where teryt = '20'`);
      for (let i = 0; i < 4; i++) await audit(d.db, null, { action: 'case.opened', entityType: 'case', entityId: i, voivodeshipId: v, details: { what: 'konto' } });
      const [h] = await d.db.select().from(auditChainHeads).where(eq(auditChainHeads.chain, v));
      const headsFile = path.join(dir, 'glowy.json');
      fs.writeFileSync(headsFile, JSON.stringify({ exportedAt: clock.now().toISOString(), heads: [{ chain: v, seq: h.seq, hash: h.hash }] }));
      await d.close();

      const ok = await run(env, ['--heads', headsFile]);
      expect(ok.code, ok.out).toBe(0);
      expect(ok.out).toContain(`Województwo podlaskie (łańcuch ${v}): wpisów sprawdzonych 4; głowa: wpis nr 4, skrót ${h.hash}\n  OK`);

      d = open();
      const [third] = await executeRows<{ id: string }>(d.db, sql`select id from audit_log where chain = ${v} and seq = 3`);
      await d.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
      await d.db.execute(sql`update audit_log set details = '{"what": "ipp"}' where id = ${Number(third.id)}`);
      await d.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
      await d.close();

      const broken = await run(env);
      expect(broken.code, broken.out).toBe(1);
      expect(broken.out).toContain(`  PRZERWANY: wpis nr 3 (id ${third.id}): skrót wpisu się nie zgadza (wpis zmieniony)`);
      expect(await run(env, ['--heads', path.join(dir, 'nie-ma.json')])).toMatchObject({ code: 2 });
    } finally {
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
