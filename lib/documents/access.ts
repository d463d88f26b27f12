import 'server-only';
import { and, eq, exists, or, sql, type SQL } from 'drizzle-orm';
import { documentGminas, documents, type DocumentRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { can, type ResourceScope, type Scope } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';

/*
 * Who may see and change a document, asked of the one policy. A document lives where it applies;
 * a powiat–gmina agreement also belongs to each of its gminas, and an institution that is a party
 * sees the documents it signs.
 */

type Placed = Pick<DocumentRow, 'voivodeshipId' | 'powiatId' | 'gminaId' | 'content'>;

export const documentResource = (d: Pick<DocumentRow, 'voivodeshipId' | 'powiatId' | 'gminaId'>): ResourceScope => ({
  voivodeshipId: d.voivodeshipId,
  powiatId: d.powiatId,
  gminaId: d.gminaId,
});

/** The places a document may be seen from: where it lives, each of its gminas, each institution that is a party. */
function placesOf(d: Placed, gminaIds: readonly number[]): ResourceScope[] {
  return [
    documentResource(d),
    ...gminaIds.map((gminaId) => ({ voivodeshipId: d.voivodeshipId, powiatId: d.powiatId, gminaId })),
    ...d.content.parties.filter((p) => p.institutionId).map((p) => ({ voivodeshipId: d.voivodeshipId, institutionId: p.institutionId })),
  ];
}

export function canViewDocument(scope: Scope, d: Placed, gminaIds: readonly number[]): boolean {
  return placesOf(d, gminaIds).some((r) => can(scope, 'document.view', r));
}

/** Changing a document needs the right to manage where it lives (not merely one of its gminas). */
export function canManageDocument(scope: Scope, d: Pick<DocumentRow, 'voivodeshipId' | 'powiatId' | 'gminaId'>): boolean {
  return can(scope, 'document.manage', documentResource(d));
}

/** The SQL twin of canViewDocument, for lists. */
export function documentsVisibleTo(actor: Actor): SQL {
  const scope = actor.scope;
  const own = scopeWhere(scope, { voivodeshipId: documents.voivodeshipId, powiatId: documents.powiatId, gminaId: documents.gminaId });
  const conditions: (SQL | undefined)[] = [own];
  if (scope.gminaId != null && (scope.level === 'gmina' || scope.level === 'institution')) {
    conditions.push(
      exists(
        sql`(select 1 from ${documentGminas} where ${documentGminas.documentId} = ${documents.id} and ${documentGminas.gminaId} = ${scope.gminaId})`,
      ),
    );
  }
  if (scope.level === 'institution' && scope.institutionId != null) {
    conditions.push(sql`${documents.content}->'parties' @> ${JSON.stringify([{ institutionId: scope.institutionId }])}::jsonb`);
  }
  return and(eq(documents.voivodeshipId, scope.voivodeshipId), or(...conditions))!;
}
