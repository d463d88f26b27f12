import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { documentCounters, documentEvents, documentGminas, documentRevisions, documents, documentTemplates, evidence, scheduleItems, tracks, type DocumentRow, type DocumentTemplateRow } from '@/db/schema';
import { conflictError, notFoundError } from '@/lib/errors';
import { satisfyEvidence } from '@/lib/implementations/instantiate';
import { loadCatalogue } from '@/lib/model/catalogue-load';

import { newVerificationCode, normalizeVerificationCode } from '@/lib/pdf/verification';
import { formatDate } from '@/lib/text';
import { storeUpload } from '@/lib/uploads';
import { defaultClauses, type DocumentContent } from './compose';
import { EVIDENCE_OF_KIND, formatDocumentNumber, nextStatus } from './lifecycle';
import { prefill, type DocumentPlace } from './prefill';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from './template';
import { clock } from '@/lib/clock';
import { openTrack } from '@/lib/implementations/open-track';

/*
 * The writes every path shares — the domain functions (lib/documents/documents.ts, which authorize
 * first) and the demo data. No authorization here; not for pages or actions to call directly.
 */

export type Who = { userId: string; name: string | null };

/** The current (latest) template of a kind. */
export async function currentTemplate(db: DbOrTx, kind: DocumentKind): Promise<DocumentTemplateRow> {
  const [t] = await db.select().from(documentTemplates).where(eq(documentTemplates.kind, kind)).orderBy(desc(documentTemplates.version)).limit(1);
  if (!t) throw notFoundError('Brak wzoru dokumentu tego rodzaju.');
  return t;
}

export async function templateById(db: DbOrTx, id: number): Promise<DocumentTemplateRow> {
  const [t] = await db.select().from(documentTemplates).where(eq(documentTemplates.id, id));
  if (!t) throw notFoundError('Nie znaleziono wzoru dokumentu.');
  return t;
}

async function nextNumber(tx: DbOrTx, kind: DocumentKind, year: number) {
  const [c] = await tx
    .insert(documentCounters)
    .values({ kind, year, last: 1 })
    .onConflictDoUpdate({ target: [documentCounters.kind, documentCounters.year], set: { last: sql`${documentCounters.last} + 1` } })
    .returning({ last: documentCounters.last });
  return formatDocumentNumber(kind, year, c.last);
}

export async function addRevision(tx: DbOrTx, documentId: number, revision: number, content: DocumentContent, note: string, who: Who) {
  await tx.insert(documentRevisions).values({ documentId, revision, content, verificationCode: normalizeVerificationCode(newVerificationCode())!, note, createdBy: who.userId, createdByName: who.name });
}

export async function logEvent(tx: DbOrTx, documentId: number, who: Who, text: string) {
  await tx.insert(documentEvents).values({ documentId, userId: who.userId, userName: who.name, text });
}

/**
 * Inserts a new draft made from the current template of its kind. Shared by createDocument (which
 * authorizes first) and the demo data.
 */
export async function insertDocument(tx: DbOrTx, kind: DocumentKind, place: DocumentPlace, parent: DocumentRow | null, who: Who, year = clock.year()) {
  const template = await currentTemplate(tx, kind);
  const { parties, people, fields } = await prefill(tx, kind, template.body, place, parent);
  const content: DocumentContent = {
    place: '',
    concludedOn: '',
    parties,
    people,
    fields: Object.fromEntries(template.body.fields.map((f) => [f.key, fields[f.key] ?? f.defaultValue ?? ''])),
    clauses: defaultClauses(template.body),
  };
  const number = await nextNumber(tx, kind, year);
  const [doc] = await tx
    .insert(documents)
    .values({
      kind,
      templateId: template.id,
      number,
      title: template.body.title,
      voivodeshipId: place.voivodeshipId,
      powiatId: place.powiatId,
      gminaId: place.gminaId,
      implementationId: place.implementationId,
      parentId: parent?.id ?? null,
      content,
      createdBy: who.userId,
      updatedBy: who.userId,
    })
    .returning();
  if (place.gminaIds.length) await tx.insert(documentGminas).values(place.gminaIds.map((gminaId) => ({ documentId: doc.id, gminaId })));
  await addRevision(tx, doc.id, 1, content, 'Utworzenie projektu', who);
  await logEvent(tx, doc.id, who, `Utworzono projekt: ${DOCUMENT_KIND_LABELS[kind]} nr ${number} (wzór w wersji ${template.version}).`);
  return doc;
}

/**
 * Records the signing: every signing party's date and the signed scan (its type judged by content,
 * its SHA-256 kept). The document becomes binding; an annex marks its agreement as amended; the
 * sub-steps this document is evidence of are done, with the scan attached.
 */
export async function recordSigning(tx: DbOrTx, row: DocumentRow, gminaIds: number[], signedOn: (string | null)[], file: { name: string; data: Uint8Array }, who: Who) {
  const f = await storeUpload(tx, file, who.userId, 'skan');
  const effectiveOn = signedOn.filter((d): d is string => !!d).sort().at(-1)!;
  const [saved] = await tx
    .update(documents)
    .set({ status: 'signed', signedOn, effectiveOn, scanFileId: f.id, version: sql`${documents.version} + 1`, updatedBy: who.userId, updatedAt: sql`now()` })
    .where(and(eq(documents.id, row.id), eq(documents.version, row.version), eq(documents.status, 'ready')))
    .returning({ version: documents.version });
  if (!saved) throw conflictError();
  // The signed printout (with these dates) differs from the unsigned one: it gets its own code.
  await tx
    .update(documentRevisions)
    .set({ signedVerificationCode: normalizeVerificationCode(newVerificationCode())! })
    .where(and(eq(documentRevisions.documentId, row.id), eq(documentRevisions.revision, row.revision)));
  const label = `${DOCUMENT_KIND_LABELS[row.kind]} nr ${row.number}`;
  await logEvent(tx, row.id, who, `Odnotowano podpisanie (obowiązuje od ${formatDate(effectiveOn)}); dołączono skan „${file.name}” (SHA-256 ${f.sha256.slice(0, 12)}…).`);
  if (row.kind === 'annex' && row.parentId) {
    const [parent] = await tx.select({ status: documents.status }).from(documents).where(eq(documents.id, row.parentId));
    const to = parent && nextStatus(parent.status, 'amend');
    if (to) {
      await tx.update(documents).set({ status: to, version: sql`${documents.version} + 1`, updatedAt: sql`now()` }).where(eq(documents.id, row.parentId));
      await logEvent(tx, row.parentId, who, `Zmieniono aneksem nr ${row.number} (obowiązuje od ${formatDate(effectiveOn)}).`);
    }
  }
  const kind = EVIDENCE_OF_KIND[row.kind];
  if (kind) {
    const trackRows =
      row.kind === 'agreement_regional'
        ? await tx.select().from(tracks).where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, row.voivodeshipId)))
        : gminaIds.length && row.implementationId
          ? await tx.select().from(tracks).where(and(eq(tracks.kind, 'gmina'), openTrack, eq(tracks.implementationId, row.implementationId), inArray(tracks.gminaId, gminaIds)))
          : [];
    for (const versionId of new Set(trackRows.map((t) => t.catalogueVersionId))) {
      const catalogue = (await loadCatalogue(tx, versionId))!;
      const trackIds = trackRows.filter((t) => t.catalogueVersionId === versionId).map((t) => t.id);
      const substepIds = catalogue.substeps.filter((s) => s.evidence === kind).map((s) => s.id);
      if (!substepIds.length) continue;
      const items = await tx.select({ id: scheduleItems.id }).from(scheduleItems).where(and(inArray(scheduleItems.trackId, trackIds), inArray(scheduleItems.substepId, substepIds)));
      if (items.length) await tx.insert(evidence).values(items.map((i) => ({ scheduleItemId: i.id, title: `${label} (skan podpisanego dokumentu)`, fileId: f.id, createdBy: who.userId })));
      await satisfyEvidence(tx, trackIds, catalogue, kind, effectiveOn, `Podpisano: ${label} (obowiązuje od ${formatDate(effectiveOn)}).`, who);
    }
  }
  return { version: saved.version, sha256: f.sha256 };
}

