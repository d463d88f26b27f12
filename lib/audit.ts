import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { Actor } from './auth/actor';
import type { AuditAction, AuditEntity } from './audit-labels';

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
export async function audit(db: DbOrTx, actor: Actor | null, entry: AuditInput, ip?: string | null) {
  await db.insert(auditLog).values({
    userId: actor?.userId ?? entry.anonymous?.userId ?? null,
    userEmail: actor?.email ?? entry.anonymous?.email ?? null,
    role: actor?.scope.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    voivodeshipId: entry.voivodeshipId ?? actor?.scope.voivodeshipId ?? null,
    ip: ip ?? actor?.ip ?? null,
    details: entry.details ?? null,
  });
}
