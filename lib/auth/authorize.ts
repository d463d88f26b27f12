import { getDb } from '@/db/client';
import { auditFolded } from '../audit';
import { AppError, forbiddenError } from '../errors';
import { requestPath } from '../http/request-path';
import type { Actor, Visitor } from './actor';
import { canOpen, isPublic, type Action, type ResourceScope } from './policy';

/**
 * Throws FORBIDDEN (and records the refusal) unless the actor may do `action` on `resource`.
 * Without a resource it checks the role only — for pages whose queries are scoped in the `where`.
 * Repeats of the same refusal within 10 minutes only add to the entry's count.
 */
export async function authorize(actor: Actor, action: Action, resource?: ResourceScope): Promise<void> {
  if (canOpen(actor, action, resource)) return;
  await auditFolded(
    getDb(),
    actor,
    { action: 'access.denied', entityType: 'permission', entityId: action, details: { ...(resource ? { resource } : {}), route: await requestPath() } },
    { key: `denied:${actor.userId}:${actor.scope.id}:${action}:${resource ? JSON.stringify(resource) : ''}`, window: { minutes: 10 } },
  );
  throw forbiddenError();
}

/**
 * For public pages: an anonymous visitor may do a `public` action (lib/auth/policy.ts) and nothing
 * else (UNAUTHENTICATED — the page sends them to the login page); a signed-in user as authorize().
 */
export async function authorizeVisitor(visitor: Visitor, action: Action): Promise<void> {
  if (visitor) return authorize(visitor, action);
  if (!isPublic(action)) throw new AppError('UNAUTHENTICATED', 'Zaloguj się, aby kontynuować.');
}
