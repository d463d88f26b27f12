import 'server-only';
import { AgreementPdf } from '@/components/pdf/AgreementPdf';
import type { Actor } from '@/lib/auth/actor';
import type { PdfFile } from '@/lib/pdf/reports';
import { cachedPdf } from '@/lib/pdf/cache';
import { renderPdf } from '@/lib/pdf/render';
import { formatVerificationCode } from '@/lib/pdf/verification';
import { formatDate } from '@/lib/text';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { documentGminas, documentRevisions, documents } from '@/db/schema';
import { composeDocument, type ComposedDocument } from './compose';
import { printVariant } from './print-variant';
import { documentMeta, getDocument, getRevision } from './documents';
import { templateById } from './store';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind } from './template';

const fileName = (number: string, suffix = '') => `${number.replace(/\//g, '-')}${suffix}.pdf`;

function statusNote(d: { status: string; terminatedOn: string | null; terminationReason: string | null }, current: boolean) {
  if (!current) return 'Wersja archiwalna — treść dokumentu została później zmieniona.';
  if (d.status === 'terminated' && d.terminatedOn) return `Porozumienie rozwiązane z dniem ${formatDate(d.terminatedOn)}.`;
  return undefined;
}

/** Renders a composed document the way every agreement prints. */
export function renderAgreement(doc: ComposedDocument, kind: keyof typeof DOCUMENT_KIND_LABELS, opts: { draft: boolean; code: string; signedOn?: (string | null)[] | null; statusNote?: string }) {
  return renderPdf(
    <AgreementPdf doc={doc} kindLabel={DOCUMENT_KIND_LABELS[kind]} draft={opts.draft} verificationCode={formatVerificationCode(opts.code)} signedOn={opts.signedOn ?? undefined} statusNote={opts.statusNote} />,
  );
}

/**
 * A document's PDF (its current content, or an earlier revision). A draft prints with "PROJEKT"
 * across every page; every page carries the number and the revision's verification code.
 */
export async function documentPdf(actor: Actor, id: number, revision?: number): Promise<PdfFile> {
  if (revision) {
    const r = await getRevision(actor, id, revision);
    const current = r.revision.revision === r.document.revision;
    const printed = printVariant(r.document, r.revision);
    const pdf = await renderAgreement(r.composed, r.document.kind, {
      draft: r.document.status === 'draft' || !current,
      code: printed.code,
      signedOn: printed.signedOn,
      statusNote: statusNote(r.document, current),
    });
    return { pdf, filename: fileName(r.document.number, `-wersja-${revision}`) };
  }
  const d = await getDocument(actor, id);
  const render = () => renderAgreement(d.composed, d.document.kind, { draft: d.document.status === 'draft', code: d.verificationCode, signedOn: d.signedOn, statusNote: statusNote(d.document, true) });
  // Once signed the printout is fixed for this version of the document (any change makes another).
  const pdf = d.document.status === 'draft' ? await render() : await cachedPdf(`document:${d.document.id}:v${d.document.version}:r${d.document.revision}`, render);
  return { pdf, filename: fileName(d.document.number) };
}

/**
 * One PDF of every document kind, from whatever documents the database holds (the first of each
 * kind) — for `npm run pdf:samples` and the PDF text tests. Skips the policy ("unsafe"): never
 * call it from a page, action or route.
 */
export async function unsafeSamplePdfs(db: DbOrTx): Promise<{ kind: DocumentKind; number: string; title: string; parties: string[]; pdf: Buffer }[]> {
  const out = [];
  for (const kind of DOCUMENT_KINDS) {
    const [row] = await db.select().from(documents).where(eq(documents.kind, kind)).orderBy(asc(documents.id)).limit(1);
    if (!row) continue;
    const gminaIds = (await db.select({ id: documentGminas.gminaId }).from(documentGminas).where(eq(documentGminas.documentId, row.id))).map((g) => g.id);
    const [rev] = await db.select().from(documentRevisions).where(and(eq(documentRevisions.documentId, row.id), eq(documentRevisions.revision, row.revision)));
    const [template, meta] = await Promise.all([templateById(db, row.templateId), documentMeta(db, row, gminaIds)]);
    const composed = composeDocument(template.body, row.content, meta);
    const printed = printVariant(row, rev);
    const pdf = await renderAgreement(composed, kind, { draft: row.status === 'draft', code: printed.code, signedOn: printed.signedOn, statusNote: statusNote(row, true) });
    out.push({ kind, number: row.number, title: composed.title, parties: composed.parties.map((p) => p.name), pdf });
  }
  return out;
}
