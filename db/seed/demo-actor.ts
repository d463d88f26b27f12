import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { users } from '../schema';
import type { Actor } from '../../lib/auth/actor';
import { loadActiveUser } from '../../lib/auth/assignments';
import { can, type Action, type ResourceScope } from '../../lib/auth/policy';

/**
 * A demo account acting in its first role, as it would after signing in: the seed makes the
 * demo's events through the domain functions with it, so they have their real effects.
 */
export async function demoActor(tx: DbOrTx, email: string): Promise<Actor> {
  const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  const loaded = u && (await loadActiveUser(tx, u.id));
  if (!loaded) throw new Error(`Demo: no active account ${email}.`);
  return { userId: loaded.id, email: loaded.email, name: loaded.name, scope: loaded.assignments[0], assignments: loaded.assignments, ip: null };
}

/** The policy's check for a step the seed takes inside its own transaction: the demo stays within what its people may do. */
export function demoMay(actor: Actor, action: Action, resource: ResourceScope): void {
  if (!can(actor.scope, action, resource)) throw new Error(`Demo: ${actor.email} may not ${action}.`);
}
