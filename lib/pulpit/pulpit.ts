import 'server-only';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseReminders, cases, gminas, institutions, notifications, pzks, roleAssignments, tracks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { mayEver } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { activeCaseCount } from '@/lib/cases/caseload';
import { CASELOAD_LIMIT } from '@/lib/cases/vocabulary';
import { pendingProposalCount } from '@/lib/model/proposals';
import { pzksVisibleTo } from '@/lib/pzk/access';
import { pzkName } from '@/lib/pzk/pzk';

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
  // The teams one takes part in, for everyone working in a PZK (ROPS only reads them all).
  const inTeams = mayEver(actor.scope, 'pzk.view') && actor.scope.level !== 'voivodeship';
  const [[inst], [gm], pending, [tr], waiting, reminders, activeCases, proposals, teams] = await Promise.all([
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
    // Open reminders (computed by the worker) in the cases the actor leads as key worker.
    db
      .select({ caseId: cases.id, number: cases.number, kind: caseReminders.kind, dueOn: caseReminders.dueOn })
      .from(caseReminders)
      .innerJoin(cases, eq(cases.id, caseReminders.caseId))
      .where(and(eq(cases.keyWorkerId, actor.userId), eq(cases.voivodeshipId, actor.scope.voivodeshipId), isNull(caseReminders.resolvedAt)))
      .orderBy(asc(caseReminders.dueOn), asc(cases.number))
      .limit(200),
    activeCaseCount(db, actor.userId),
    pendingProposalCount(actor),
    inTeams
      ? db.select({ id: pzks.id, gminaName: gminas.name }).from(pzks).innerJoin(gminas, eq(gminas.id, pzks.gminaId)).where(pzksVisibleTo(actor)).orderBy(asc(gminas.name), asc(pzks.id))
      : Promise.resolve(null),
  ]);
  return {
    institutions: inst.n,
    gminas: gm.n,
    pendingAccounts: pending ? pending[0].n : null,
    implementations: tr.n,
    pendingNotifications: waiting ? waiting[0].n : null,
    /** Proposed changes to the national model waiting for the national administrator. */
    pendingProposals: proposals,
    /** The territorial figures mean nothing to the national administrator, who has no territory. */
    territorial: actor.scope.level !== 'national',
    /** The PZKs the actor takes part in (a listed institution that has not signed: as a guest); null for roles outside the teams. */
    teams: teams ? teams.map((t) => ({ id: t.id, name: pzkName(t.gminaName) })) : null,
    /** Work with families as key worker; null when the actor leads no active case and has no reminder. */
    caseWork: activeCases || reminders.length ? { activeCases, limit: CASELOAD_LIMIT, overLimit: activeCases > CASELOAD_LIMIT, reminders } : null,
  };
}
