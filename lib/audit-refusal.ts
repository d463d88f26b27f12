import 'server-only';
import { getDb } from '@/db/client';
import { auditFolded } from './audit';
import { getActor } from './auth/session';
import type { RefusedError } from './errors';
import { requestPath } from './http/request-path';

/**
 * Writes a refused access to an existing record to the audit log of the record's województwo:
 * who (actor and role), which record, which route. The same person refused the same record again
 * within 10 minutes only adds to the entry's count. Never fails the response it accompanies.
 */
export async function auditRefusal(e: RefusedError): Promise<void> {
  try {
    const actor = await getActor();
    const { type, id, voivodeshipId } = e.entity;
    await auditFolded(
      getDb(),
      actor,
      { action: 'access.refused', entityType: type, entityId: id, voivodeshipId, details: { route: await requestPath(), answer: e.code === 'NOT_FOUND' ? 404 : 403 } },
      { key: `refused:${actor?.userId ?? 'anon'}:${type}:${id}`, window: { minutes: 10 } },
    );
  } catch (err) {
    console.error('[kooperacja] could not audit a refused access', err);
  }
}
