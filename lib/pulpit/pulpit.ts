import 'server-only';
import { and, count, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas, institutions, notifications, roleAssignments, tracks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { mayEver } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';

/** The figures on a role's start page, all counted inside the actor's scope. */
export async function getPulpit(actor: Actor) {
  await authorize(actor, 'pulpit.view');
  const db = getDb();
  const inScope = scopeWhere(actor.scope, {
    voivodeshipId: institutions.voivodeshipId,
    powiatId: institutions.powiatId,
    gminaId: institutions.gminaId,
    institutionId: institutions.id,
  });
  const [[inst], [gm], pending, [tr], waiting] = await Promise.all([
    db.select({ n: count() }).from(institutions).where(inScope),
    db
      .select({ n: count() })
      .from(gminas)
      .where(scopeWhere(actor.scope, { voivodeshipId: gminas.voivodeshipId, powiatId: gminas.powiatId, gminaId: gminas.id })),
    mayEver(actor.scope, 'account.review')
      ? db
          .select({ n: count() })
          .from(users)
          .where(
            and(
              eq(users.status, 'pending'),
              inArray(
                users.id,
                db.select({ id: roleAssignments.userId }).from(roleAssignments).where(eq(roleAssignments.voivodeshipId, actor.scope.voivodeshipId)),
              ),
            ),
          )
      : Promise.resolve(null),
    db
      .select({ n: count() })
      .from(tracks)
      .where(and(eq(tracks.kind, 'gmina'), scopeWhere(actor.scope, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId }))),
    mayEver(actor.scope, 'notification.review')
      ? db
          .select({ n: count() })
          .from(notifications)
          .where(and(eq(notifications.status, 'submitted'), scopeWhere(actor.scope, { voivodeshipId: notifications.voivodeshipId, powiatId: notifications.powiatId })))
      : Promise.resolve(null),
  ]);
  return {
    institutions: inst.n,
    gminas: gm.n,
    pendingAccounts: pending ? pending[0].n : null,
    implementations: tr.n,
    pendingNotifications: waiting ? waiting[0].n : null,
  };
}
