import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { pzks, services } from '../../db/schema';
import { gapCounts, missingPairs } from '../services/gaps';
import { AREAS, TARGET_GROUPS } from '../services/vocabulary';

/**
 * What the gmina–powiat lists of services (the PZKs' lists of the powiat and the regional entries
 * for it) already offer, and the pairs of target group and area with nothing: the services gap
 * view (lib/services/gaps.ts) in words, to prefill the diagnosis.
 */
export async function unsafeServicesPrefill(db: DbOrTx, voivodeshipId: number, powiatId: number, gminaIds: number[]) {
  const rows = await db
    .select({ name: services.name, providerName: services.providerName, targetGroups: services.targetGroups, areas: services.areas })
    .from(services)
    .leftJoin(pzks, eq(pzks.id, services.pzkId))
    .where(
      and(
        eq(services.voivodeshipId, voivodeshipId),
        eq(services.status, 'published'),
        or(and(eq(services.scope, 'pzk'), gminaIds.length ? inArray(pzks.gminaId, gminaIds) : sql`false`), and(eq(services.scope, 'regional'), or(eq(services.powiatId, powiatId), sql`${services.powiatId} is null`))),
      ),
    )
    .orderBy(asc(services.providerName), asc(services.name))
    .limit(500);
  const available = rows.length
    ? rows.map((r) => `• ${r.name} — ${r.providerName}`).join('\n')
    : 'Listy aktywności i usług gmin powiatu nie zawierają jeszcze żadnej usługi.';
  const missing = missingPairs(gapCounts(rows));
  const missingText = missing.length
    ? `Brak usług na listach (grupa odbiorców — obszar):\n${missing.map((p) => `• ${TARGET_GROUPS[p.group]} — ${AREAS[p.area]}`).join('\n')}`
    : '';
  return { servicesAvailable: available, missing: missingText };
}
