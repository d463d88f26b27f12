import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditFolds, auditLog } from '@/db/schema';
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

/** Appends one audit entry; call it inside the transaction of the change it records. */
export async function audit(db: DbOrTx, actor: Actor | null, entry: AuditInput, ip?: string | null, foldKey?: string) {
  await db.insert(auditLog).values({
    userId: actor?.userId ?? entry.anonymous?.userId ?? null,
    userEmail: actor?.email ?? entry.anonymous?.email ?? null,
    role: actor?.scope.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    voivodeshipId: entry.voivodeshipId ?? (actor && actor.scope.level !== 'national' ? actor.scope.voivodeshipId : null),
    ip: ip ?? actor?.ip ?? null,
    foldKey: foldKey ?? null,
    details: entry.details ?? null,
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
