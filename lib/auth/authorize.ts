import { getDb } from '@/db/client';
import { audit } from '../audit';
import { forbiddenError } from '../errors';
import type { Actor } from './actor';
import { can, mayEver, type Action, type ResourceScope } from './policy';

/**
 * Throws FORBIDDEN (and records the refusal) unless the actor may do `action` on `resource`.
 * Without a resource it checks the role only — for pages whose queries are scoped in the `where`.
 */
export async function authorize(actor: Actor, action: Action, resource?: ResourceScope): Promise<void> {
  const allowed = resource ? can(actor.scope, action, resource) : mayEver(actor.scope, action);
  if (allowed) return;
  await audit(getDb(), actor, {
    action: 'access.denied',
    entityType: 'permission',
    entityId: action,
    details: resource ? { resource } : undefined,
  });
  throw forbiddenError();
}
