import 'server-only';
import { and, desc, eq, gte, ilike, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditFolds, auditLog } from '@/db/schema';
import type { Actor } from './auth/actor';
import { authorize } from './auth/authorize';
import { escapeLike } from './text';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: string;
  user?: string;
  entityType?: string;
  from?: string; // yyyy-mm-dd
  to?: string;
  page?: number;
}

/**
 * The audit log of the actor's województwo, newest first, filtered — with the entries that belong
 * to no województwo (the national model's changes, sign-in attempts on unknown e-mails), which
 * every ROPS administrator sees. Folded entries carry how often they repeated.
 */
export async function listAuditEntries(actor: Actor, f: AuditFilter) {
  await authorize(actor, 'audit.read');
  const page = Math.max(1, f.page ?? 1);
  const where = and(
    or(eq(auditLog.voivodeshipId, actor.scope.voivodeshipId), isNull(auditLog.voivodeshipId)),
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.user ? ilike(auditLog.userEmail, `%${escapeLike(f.user)}%`) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    // Days in Poland, whatever the time zone of the machine or of the database session.
    f.from ? gte(auditLog.at, sql`(${f.from}::date)::timestamp at time zone 'Europe/Warsaw'`) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp at time zone 'Europe/Warsaw'`) : undefined,
  );
  const rows = await getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userEmail: auditLog.userEmail,
      role: auditLog.role,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      ip: auditLog.ip,
      details: auditLog.details,
      repeats: sql<number>`coalesce(${auditFolds.repeats}, 0)`,
    })
    .from(auditLog)
    .leftJoin(auditFolds, eq(auditFolds.key, auditLog.foldKey))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE), page, hasNext: rows.length > AUDIT_PAGE_SIZE };
}
