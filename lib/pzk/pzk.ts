import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { catalogueVersions, gminas, implementations, powiats, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { pzkAccess, pzksVisibleTo, type PzkAccess } from './access';
import { polishOrder } from '@/lib/polish-order';
import { wordsFor } from '@/lib/model/variant';
import { can } from '@/lib/auth/policy';

/** "PZK gminy Janów" and the like. */
export const pzkName = (gminaName: string) => `PZK gminy ${gminaName}`;

const NOT_FOUND = 'Nie znaleziono zespołu.';

/**
 * A PZK the actor may see, with how they take part; NOT_FOUND for anyone else (a team's existence
 * is not revealed). `need` raises the bar: 'member' (personal pages: contacts, presentation table),
 * 'manage' (the PCPR animator's changes).
 */
export async function loadPzk(actor: Actor, id: number, need: 'guest' | 'member' | 'manage' = 'guest') {
  const db = getDb();
  const [row] = await db
    .select({ pzk: pzks, gminaName: gminas.name, powiatName: powiats.name, variant: catalogueVersions.variant })
    .from(pzks)
    .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
    .innerJoin(powiats, eq(powiats.id, pzks.powiatId))
    .innerJoin(implementations, eq(implementations.id, pzks.implementationId))
    .innerJoin(catalogueVersions, eq(catalogueVersions.id, implementations.catalogueVersionId))
    .where(eq(pzks.id, id));
  if (!row) throw notFoundError(NOT_FOUND);
  const access = await pzkAccess(db, actor.scope, row.pzk);
  if (!access) throw refusedError('pzk', id, row.pzk.voivodeshipId, NOT_FOUND);
  // The model's variant names things (lib/model/variant.ts): who leads, the case team, the services.
  const words = wordsFor(row.variant);
  if (!satisfies(access, need)) {
    throw refusedChange('pzk', id, row.pzk.voivodeshipId, need === 'manage' ? `Skład i strony zespołu prowadzi ${words.leaderInText}.` : 'Ta część jest dostępna dla członków zespołu, których instytucja podpisała porozumienie PZK lub deklarację przystąpienia.');
  }
  // The team-development tab (step 7.1, every variant) is drawn only for those who may open it (lib/coaching).
  const mayViewCoaching = can(actor.scope, 'coaching.view', { voivodeshipId: row.pzk.voivodeshipId, powiatId: row.pzk.powiatId, gminaId: row.pzk.gminaId });
  return { ...row.pzk, name: pzkName(row.gminaName), gminaName: row.gminaName, powiatName: row.powiatName, access, variant: row.variant, words, mayViewCoaching };
}

const RANK: Record<PzkAccess, number> = { guest: 0, observer: 1, member: 1, manage: 2 };
/** Observers (ROPS) read what members read, but change nothing. */
export function satisfies(access: PzkAccess, need: 'guest' | 'member' | 'manage') {
  if (need === 'manage') return access === 'manage';
  return RANK[access] >= RANK[need];
}

/** The PZKs the actor takes part in or oversees. */
export async function listPzks(actor: Actor) {
  return getDb()
    .select({ id: pzks.id, implementationId: pzks.implementationId, gminaName: gminas.name, powiatName: powiats.name, createdAt: pzks.createdAt })
    .from(pzks)
    .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
    .innerJoin(powiats, eq(powiats.id, pzks.powiatId))
    .where(pzksVisibleTo(actor))
    .orderBy(polishOrder(powiats.name), polishOrder(gminas.name));
}
