import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { database, type DbOrTx } from '@/db/client';
import { auditFolds } from '@/db/schema';
import { chainOf } from './audit-chain';
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
 * Appends one audit entry, chained (lib/audit-chain.ts), in one statement: the database function
 * `audit_append` (migration 0019) locks the chain's head, hashes the entry with the previous hash
 * and writes both, so entries of one województwo are hashed one after another. Inside the caller's
 * transaction when given one — call it inside the transaction of the change it records — the head
 * stays locked until that commits; alone, only for the statement.
 */
export async function audit(db: DbOrTx, actor: Actor | null, entry: AuditInput, ip?: string | null, foldKey?: string) {
  const userId = actor?.userId ?? entry.anonymous?.userId ?? null;
  const voivodeshipId = entry.voivodeshipId ?? (actor && actor.scope.level !== 'national' ? actor.scope.voivodeshipId : null);
  const details = entry.details == null ? null : JSON.stringify(entry.details);
  // An entry with no change of its own (a case opened, a refusal, a sign-in) does not wait for the
  // disk at commit, so views in one województwo do not queue behind a disk flush each. A crash of
  // the database server may lose the last fraction of a second of such entries (never a change's,
  // committed with it durably); the chain stays whole either way (docs/deployment.md). Not on the
  // embedded PGlite, which has no WAL writer to flush such a commit later: it would be lost with
  // the process.
  const noFlush = !(db instanceof PgTransaction) && database().kind === 'postgres';
  await db.execute(sql`select audit_append(
    ${chainOf(voivodeshipId)}::integer, ${clock.now().toISOString()}::timestamptz, ${userId}::uuid,
    ${actor?.email ?? entry.anonymous?.email ?? null}::text, ${actor?.scope.role ?? null}::role, ${entry.action}::text,
    ${entry.entityType}::text, ${entry.entityId == null ? null : String(entry.entityId)}::text, ${voivodeshipId}::integer,
    ${ip ?? actor?.ip ?? null}::inet, ${foldKey ?? null}::text, ${details}::jsonb, ${noFlush}::boolean)`);
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
