import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, type Scope } from '@/lib/auth/policy';
import { forbiddenError } from '@/lib/errors';

/**
 * How a role changes the national model (catalogue or templates): the national administrator saves
 * a new version directly, a ROPS administrator proposes the change to them. Null: neither.
 */
export type ModelEditMode = 'save' | 'propose';

export function editModeOf(scope: Scope, manage: 'catalogue.manage' | 'template.manage'): ModelEditMode | null {
  if (can(scope, manage)) return 'save';
  if (can(scope, 'model_change.propose', { voivodeshipId: scope.voivodeshipId })) return 'propose';
  return null;
}

/** The edit mode of the actor, or FORBIDDEN (recorded) for anyone who may do neither. */
export async function requireEditMode(actor: Actor, manage: 'catalogue.manage' | 'template.manage'): Promise<ModelEditMode> {
  const mode = editModeOf(actor.scope, manage);
  if (mode) return mode;
  await authorize(actor, manage);
  throw forbiddenError();
}
