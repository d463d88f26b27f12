import 'server-only';
import { cache } from 'react';
import { count, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, documents, implementations, pzks, tracks, voivodeships } from '@/db/schema';
import { casesVisibleTo } from '@/lib/cases/access';
import { documentsVisibleTo } from '@/lib/documents/access';
import { scopeWhere } from './scope-sql';
import { pzkSignedBy, pzksVisibleTo } from '@/lib/pzk/access';
import type { Actor } from './actor';
import { navigationFor, type NavGroup, type NavSituation } from './navigation';
import { mayEver } from './policy';
import { keptForSession } from '@/lib/session-memo';

// Roles that never refer a person or family, whatever team they see (lib/cases/cases.ts pzkForReferral).
const NEVER_REFER = new Set(['family_expert', 'rops_admin', 'rops_adviser', 'wzk_member']);

/**
 * The actor's situation behind the menu, in two small queries: the PZKs they take part in, manage or
 * oversee (and whether they may refer to one of them); and whether a case, an implementation of
 * their area, an evaluation or a document opens for them. The same rules as the pages' own loaders
 * (pzksVisibleTo, pzkForReferral, casesVisibleTo, ownImplementations, listEvaluations,
 * documentsVisibleTo); the pages keep their own
 * authorization — this only decides which links to draw.
 */
export async function navSituation(actor: Actor): Promise<NavSituation> {
  const s = actor.scope;
  const db = getDb();
  const mayRefer = !NEVER_REFER.has(s.role) && (s.level === 'institution' || mayEver(s, 'case.refer'));
  // A territorial role takes part in (or manages) every PZK of its area, so any visible team is one
  // to refer to; an institution refers only where it has signed (a listed guest does not).
  const referable = s.level === 'institution' ? pzkSignedBy(s.institutionId ?? -1) : sql`true`;
  const no = sql<boolean>`false`;
  const [[teams], [found]] = await Promise.all([
    mayEver(s, 'pzk.view') || mayRefer
      ? db.select({ n: count(), referable: sql<boolean>`coalesce(bool_or(${referable}), false)` }).from(pzks).where(pzksVisibleTo(actor))
      : [{ n: 0, referable: false }],
    // One row (the actor's województwo) carrying the existence checks.
    db
      .select({
        cases: mayEver(s, 'case.list') ? sql<boolean>`exists (select 1 from ${cases} where ${casesVisibleTo(actor)})` : no,
        implementations: mayEver(s, 'implementation.view')
          ? sql<boolean>`exists (select 1 from ${tracks} where ${scopeWhere(s, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId })})`
          : no,
        // listEvaluations: an implementation of the area (powiat) or one with a track in it.
        evaluations: mayEver(s, 'evaluation.view')
          ? sql<boolean>`(exists (select 1 from ${implementations} where ${scopeWhere(s, { voivodeshipId: implementations.voivodeshipId, powiatId: implementations.powiatId })})
              or exists (select 1 from ${tracks} where ${tracks.kind} = 'gmina' and ${scopeWhere(s, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId })}))`
          : no,
        documents: mayEver(s, 'document.view') ? sql<boolean>`exists (select 1 from ${documents} where ${documentsVisibleTo(actor)})` : no,
      })
      .from(voivodeships)
      .where(eq(voivodeships.id, s.voivodeshipId)),
  ]);
  return {
    teams: teams.n > 0,
    referral: mayRefer && teams.referable,
    cases: found?.cases ?? false,
    implementations: found?.implementations ?? false,
    evaluations: found?.evaluations ?? false,
    documents: found?.documents ?? false,
  };
}

/** The menu of a signed-in person, in groups: what their role may use where they can do something (once per request). */
export const navigationForActor = cache(async (actor: Actor): Promise<NavGroup[]> => navigationFor(actor, await keptForSession(actor, 'menu', () => navSituation(actor))));
