import 'server-only';
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { documents, pzkMembers, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { can, type Scope } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';

/*
 * Who takes part in a PZK, and how. Territorial roles covering the gmina take part (the PCPR
 * animator manages); ROPS reads every PZK of its województwo; an institution's people take part
 * once the institution has signed — a party to the PZK agreement or a declaration of accession
 * that is in force. Until then an institution on the member list is a guest: non-personal pages
 * only. A terminated agreement ends the access at once (it is read here on every request).
 */

export type PzkAccess = 'manage' | 'member' | 'observer' | 'guest';
export type PzkPlace = Pick<typeof pzks.$inferSelect, 'id' | 'implementationId' | 'voivodeshipId' | 'powiatId' | 'gminaId'>;

const resource = (p: PzkPlace) => ({ voivodeshipId: p.voivodeshipId, powiatId: p.powiatId, gminaId: p.gminaId });

/** The institutions whose signature is in force for this PZK, with the document that made them members. */
export async function signedInstitutions(db: DbOrTx, p: PzkPlace): Promise<Map<number, { documentId: number; number: string }>> {
  const rows = await db
    .select({ id: documents.id, number: documents.number, content: documents.content })
    .from(documents)
    .where(
      and(
        eq(documents.implementationId, p.implementationId),
        eq(documents.gminaId, p.gminaId),
        inArray(documents.kind, ['agreement_pzk', 'pzk_accession']),
        inArray(documents.status, ['signed', 'amended']),
      ),
    );
  const out = new Map<number, { documentId: number; number: string }>();
  for (const d of rows) for (const party of d.content.parties) if (party.institutionId && !out.has(party.institutionId)) out.set(party.institutionId, { documentId: d.id, number: d.number });
  return out;
}

export async function pzkAccess(db: DbOrTx, scope: Scope, p: PzkPlace): Promise<PzkAccess | null> {
  if (!can(scope, 'pzk.view', resource(p)) && scope.level !== 'institution') return null;
  if (scope.level === 'voivodeship') return can(scope, 'pzk.view', resource(p)) ? 'observer' : null;
  if (scope.level !== 'institution') return can(scope, 'pzk.manage', resource(p)) ? 'manage' : 'member';
  if (scope.voivodeshipId !== p.voivodeshipId || scope.institutionId == null) return null;
  if ((await signedInstitutions(db, p)).has(scope.institutionId)) return 'member';
  const [listed] = await db
    .select({ id: pzkMembers.id })
    .from(pzkMembers)
    .where(and(eq(pzkMembers.pzkId, p.id), eq(pzkMembers.institutionId, scope.institutionId), sql`${pzkMembers.removedAt} is null`))
    .limit(1);
  return listed ? 'guest' : null;
}

/** The SQL twin for lists: the PZKs the actor takes part in or oversees (guests included). */
export function pzksVisibleTo(actor: Actor): SQL {
  const s = actor.scope;
  if (s.role === 'wzk_member') return sql`false`;
  if (s.level !== 'institution') return scopeWhere(s, { voivodeshipId: pzks.voivodeshipId, powiatId: pzks.powiatId, gminaId: pzks.gminaId });
  const inst = s.institutionId ?? -1;
  return and(
    eq(pzks.voivodeshipId, s.voivodeshipId),
    or(sql`exists (select 1 from ${pzkMembers} m where m.pzk_id = ${pzks.id} and m.institution_id = ${inst} and m.removed_at is null)`, pzkSignedBy(inst)),
  )!;
}

/** The SQL twin of signedInstitutions: the PZK's agreement or an accession signed by the institution is in force. */
export function pzkSignedBy(institutionId: number): SQL {
  return sql`exists (select 1 from ${documents} d where d.implementation_id = ${pzks.implementationId} and d.gmina_id = ${pzks.gminaId}
            and d.kind in ('agreement_pzk', 'pzk_accession') and d.status in ('signed', 'amended')
            and d.content->'parties' @> ${JSON.stringify([{ institutionId }])}::jsonb)`;
}
