import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { database, executeRows, type DbOrTx } from '@/db/client';
import { auditChainHeads, auditFolds, auditLog } from '@/db/schema';
import { AT_TEXT_FORMAT, chainOf, entryHash, GENESIS_HASH } from './audit-chain';
import type { Actor } from './auth/actor';
import type { AuditAction, AuditEntity } from './audit-labels';
import { clock, dateInPoland } from '@/lib/clock';


export interface AuditInput {
  action: AuditAction;
  entityType: AuditEntity;
  entityId?: string | number | null;
  voivodeshipId?: number | null;
  details?: Record<string, unknown>;
  /** Who it was when there is no signed-in actor yet (logins, account requests). */
  anonymous?: { userId?: string | null; email: string };
}

/**
 * Appends one audit entry, chained (lib/audit-chain.ts): inside the caller's transaction (its own
 * when given none), the chain's head row is locked, so entries of one województwo are hashed one
 * after another; call it inside the transaction of the change it records. Two statements: the head
 * (locked, with the fields as PostgreSQL prints them), then the entry and the new head at once.
 */
export async function audit(db: DbOrTx, actor: Actor | null, entry: AuditInput, ip?: string | null, foldKey?: string) {
  const v = {
    userId: actor?.userId ?? entry.anonymous?.userId ?? null,
    userEmail: actor?.email ?? entry.anonymous?.email ?? null,
    role: actor?.scope.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    voivodeshipId: entry.voivodeshipId ?? (actor && actor.scope.level !== 'national' ? actor.scope.voivodeshipId : null),
    ip: ip ?? actor?.ip ?? null,
    foldKey: foldKey ?? null,
    details: entry.details == null ? null : JSON.stringify(entry.details),
  };
  const chain = chainOf(v.voivodeshipId);
  const at = clock.now().toISOString();
  const write = async (tx: DbOrTx) => {
    // Locks the head (created on a chain's first entry) and has PostgreSQL print the fields the way
    // the verifier will read them back.
    const [head] = await executeRows<{ seq: string | number; hash: string; at_text: string; user_text: string | null; ip_text: string | null; details_text: string | null }>(
      tx,
      sql`insert into audit_chain_heads (chain, seq, hash) values (${chain}, 0, ${GENESIS_HASH})
          on conflict (chain) do update set chain = excluded.chain
          returning seq, hash,
            to_char(${at}::timestamptz at time zone 'UTC', ${AT_TEXT_FORMAT}) as at_text,
            ${v.userId}::uuid::text as user_text,
            ${v.ip}::inet::text as ip_text,
            ${v.details}::jsonb::text as details_text`,
    );
    const seq = Number(head.seq) + 1;
    const hash = entryHash({
      prevHash: head.hash,
      chain,
      seq,
      atText: head.at_text,
      userId: head.user_text,
      userEmail: v.userEmail,
      role: v.role,
      action: v.action,
      entityType: v.entityType,
      entityId: v.entityId,
      voivodeshipId: v.voivodeshipId,
      ipText: head.ip_text,
      foldKey: v.foldKey,
      detailsText: head.details_text,
    });
    await tx.execute(sql`
      with entry as (
        insert into ${auditLog} (at, user_id, user_email, role, action, entity_type, entity_id, voivodeship_id, ip, fold_key, details, chain, seq, prev_hash, hash)
        values (${at}::timestamptz, ${v.userId}::uuid, ${v.userEmail}, ${v.role}::role, ${v.action}, ${v.entityType}, ${v.entityId}, ${v.voivodeshipId}::integer, ${v.ip}::inet, ${v.foldKey}, ${v.details}::jsonb, ${chain}::integer, ${seq}::bigint, ${head.hash}, ${hash})
        returning id
      )
      update ${auditChainHeads} set seq = ${seq}::bigint, hash = ${hash}, entry_id = (select id from entry), at = ${at}::timestamptz where chain = ${chain}::integer`);
  };
  if (db instanceof PgTransaction) await write(db);
  else
    await db.transaction(async (tx) => {
      // An entry with no change of its own (a case opened, a refusal, a sign-in) does not wait for
      // the disk at commit: the chain's head stays locked ~1 ms instead of a disk flush, so views in
      // one województwo do not queue behind each other. A crash of the database server may lose the
      // last fraction of a second of such entries (never a change's, committed with it durably);
      // the chain stays whole either way (docs/deployment.md). Not on the embedded PGlite, which has
      // no WAL writer to flush such a commit later: it would be lost with the process.
      if (database().kind === 'postgres') await tx.execute(sql`set local synchronous_commit = off`);
      await write(tx);
    });
}

/** A window of time that repeats of one event fold into: minutes, or a calendar day in Poland. */
export type FoldWindow = { minutes: number } | 'day';

function windowKey(window: FoldWindow, now = clock.now()): string {
  return window === 'day' ? dateInPoland(now) : String(Math.floor(now.getTime() / (window.minutes * 60_000)));
}

/**
 * Writes the entry the first time `key` happens in its window; repeats in the same window only
 * count (audit_folds, shown beside the entry), so a flood of one event cannot flood the log.
 * Returns true when this call wrote the entry.
 */
export async function auditFolded(db: DbOrTx, actor: Actor | null, entry: AuditInput, fold: { key: string; window: FoldWindow }, ip?: string | null): Promise<boolean> {
  const raw = `${fold.key}@${windowKey(fold.window)}`;
  const key = raw.length <= 200 ? raw : `${raw.slice(0, 150)}#${crypto.createHash('sha256').update(raw).digest('hex').slice(0, 40)}`;
  const [row] = await db
    .insert(auditFolds)
    .values({ key })
    .onConflictDoUpdate({ target: auditFolds.key, set: { repeats: sql`${auditFolds.repeats} + 1`, lastAt: sql`now()` } })
    .returning({ repeats: auditFolds.repeats });
  if (row.repeats > 0) return false;
  await audit(db, actor, entry, ip, key);
  return true;
}
