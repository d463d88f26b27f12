import 'server-only';
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { documents, documentTemplates, gminas, powiats, voivodeships, type DocumentRow } from '@/db/schema';
import type { Scope } from '@/lib/auth/policy';
import { mayEver } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { documentContentSchema } from '@/lib/documents/schemas';
import { DOCUMENT_KIND_LABELS, type TemplateBody } from '@/lib/documents/template';
import { powiatName } from '@/lib/implementations/identifiers';
import type { InboxItem, InboxSourceFn } from '../types';

/*
 * Documents waiting for the person's party (issue 15). Only the animators and ROPS fill documents
 * in and record signatures (document.manage, where the document lives), so:
 * - for them: the drafts and documents ready for signature of their own level — ROPS the regional
 *   agreement and its annexes (not the powiat's and gminas' documents it could also manage), the
 *   PCPR animator the documents of the powiat (powiat–gmina agreements, PZK documents of its gminas),
 *   the GOPS animator those of the gmina. A draft still incomplete: "Uzupełnij projekt"; a complete
 *   one: "Przekaż do podpisu"; a ready one: "Odnotuj podpisy" (all signing dates are recorded at
 *   once, with the scan);
 * - for a partner institution (an institution scope): a document ready for signature in which the
 *   institution is a signing party — its director signs the paper, the animator records it.
 * No due date: the schedule's sub-steps carry the dates of the steps these documents are evidence of.
 */

export const DOCUMENT_LIMIT = 50;

export interface WaitingDocumentRow {
  id: number;
  kind: DocumentRow['kind'];
  number: string;
  status: DocumentRow['status'];
  content: DocumentRow['content'];
  gminaName: string | null;
  powiatName: string | null;
  powiatIsCity: boolean | null;
  voivodeshipName: string;
}

const whereOf = (r: WaitingDocumentRow) =>
  r.gminaName ? `gmina ${r.gminaName}` : r.powiatName ? powiatName({ name: r.powiatName, isCity: r.powiatIsCity }) : `województwo ${r.voivodeshipName}`;

/** The places whose documents the actor prepares: the one the policy lets them manage, at their own level. */
function managedBy(scope: Scope): SQL | undefined {
  if (!mayEver(scope, 'document.manage') || scope.level === 'institution' || scope.level === 'national') return undefined;
  const own = scopeWhere(scope, { voivodeshipId: documents.voivodeshipId, powiatId: documents.powiatId, gminaId: documents.gminaId });
  return scope.level === 'voivodeship' ? and(own, isNull(documents.powiatId)) : own;
}

/** The item for one document, or null when it waits for no one the actor stands for. */
export function documentItem(r: WaitingDocumentRow, template: TemplateBody, scope: Scope, manages: boolean): InboxItem | null {
  const label = `${DOCUMENT_KIND_LABELS[r.kind]} ${r.number}`;
  const item = (what: string, href: string): InboxItem => ({ key: `document:${r.id}`, source: 'document', what, where: whereOf(r), dueOn: null, href, nav: '/dokumenty' });
  if (manages) {
    if (r.status === 'draft') {
      const complete = documentContentSchema(template, { complete: true }).safeParse(r.content).success;
      return complete ? item(`Przekaż do podpisu: ${label}`, `/dokumenty/${r.id}`) : item(`Uzupełnij projekt: ${label}`, `/dokumenty/${r.id}/edycja`);
    }
    if (r.status === 'ready') return item(`Odnotuj podpisy stron: ${label}`, `/dokumenty/${r.id}`);
    return null;
  }
  if (r.status !== 'ready' || scope.level !== 'institution' || scope.institutionId == null) return null;
  const signs = new Set(template.parties.filter((p) => p.signs).map((p) => p.role));
  const signsHere = r.content.parties.some((p) => p.institutionId === scope.institutionId && signs.has(p.role));
  return signsHere ? item(`Podpisz dokument (podpis odnotuje animator): ${label}`, `/dokumenty/${r.id}`) : null;
}

export const documentItems: InboxSourceFn = async (db, actor) => {
  const scope = actor.scope;
  const managed = managedBy(scope);
  const asParty =
    scope.level === 'institution' && scope.institutionId != null
      ? and(eq(documents.status, 'ready'), sql`${documents.content}->'parties' @> ${JSON.stringify([{ institutionId: scope.institutionId }])}::jsonb`)
      : undefined;
  if (!managed && !asParty) return [];
  const rows = await db
    .select({
      id: documents.id,
      kind: documents.kind,
      number: documents.number,
      status: documents.status,
      content: documents.content,
      templateId: documents.templateId,
      gminaName: gminas.name,
      powiatName: powiats.name,
      powiatIsCity: powiats.isCity,
      voivodeshipName: voivodeships.name,
      managed: managed ? sql<boolean>`(${managed})` : sql<boolean>`false`,
    })
    .from(documents)
    .innerJoin(voivodeships, eq(voivodeships.id, documents.voivodeshipId))
    .leftJoin(powiats, eq(powiats.id, documents.powiatId))
    .leftJoin(gminas, eq(gminas.id, documents.gminaId))
    .where(and(eq(documents.voivodeshipId, scope.voivodeshipId), inArray(documents.status, ['draft', 'ready']), or(managed, asParty)))
    .orderBy(asc(documents.createdAt), asc(documents.id))
    .limit(DOCUMENT_LIMIT);
  if (!rows.length) return [];
  const templates = await db
    .select({ id: documentTemplates.id, body: documentTemplates.body })
    .from(documentTemplates)
    .where(inArray(documentTemplates.id, [...new Set(rows.map((r) => r.templateId))]));
  const bodies = new Map(templates.map((t) => [t.id, t.body]));
  return rows.flatMap((r) => documentItem(r, bodies.get(r.templateId)!, scope, r.managed === true) ?? []);
};
