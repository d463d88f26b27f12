import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { mayEver } from '@/lib/auth/policy';
import { activeCaseCount } from '@/lib/cases/caseload';
import { CASELOAD_LIMIT } from '@/lib/cases/vocabulary';
import { requestInbox } from '@/lib/inbox/counts';
import { pzksVisibleTo } from '@/lib/pzk/access';
import { pzkName } from '@/lib/pzk/pzk';
import { keptForSession } from '@/lib/session-memo';

/**
 * The start page of every role: "Moja praca" (the inbox, grouped by when), the teams one takes
 * part in, and the WRZOS caseload warning for key workers. It no longer repeats the menu.
 */
export async function getPulpit(actor: Actor) {
  await authorize(actor, 'pulpit.view');
  const db = getDb();
  // The teams one takes part in, for everyone working in a PZK (ROPS only reads them all).
  const inTeams = mayEver(actor.scope, 'pzk.view') && actor.scope.level !== 'voivodeship';
  // Like the inbox, the caseload and the teams are kept a short while for the session while nothing is written (lib/session-memo.ts).
  const [inbox, [activeCases, teams]] = await Promise.all([
    requestInbox(actor),
    keptForSession(actor, 'pulpit', () =>
      Promise.all([
        activeCaseCount(db, actor.userId),
        inTeams
          ? db.select({ id: pzks.id, gminaName: gminas.name }).from(pzks).innerJoin(gminas, eq(gminas.id, pzks.gminaId)).where(pzksVisibleTo(actor)).orderBy(asc(gminas.name), asc(pzks.id))
          : Promise.resolve(null),
      ]),
    ),
  ]);
  return {
    inbox,
    /** The PZKs the actor takes part in (a listed institution that has not signed: as a guest); null for roles outside the teams. */
    teams: teams ? teams.map((t) => ({ id: t.id, name: pzkName(t.gminaName) })) : null,
    /** Work with families as key worker; null when the actor leads no active case. */
    caseload: activeCases ? { activeCases, limit: CASELOAD_LIMIT, overLimit: activeCases > CASELOAD_LIMIT } : null,
  };
}
