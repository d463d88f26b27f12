import 'server-only';
import { AgreementPdf } from '@/components/pdf/AgreementPdf';
import type { Actor } from '@/lib/auth/actor';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { formatVerificationCode } from '@/lib/pdf/verification';
import { formatDate } from '@/lib/text';
import type { ComposedDocument } from './compose';
import { getDocument, getRevision } from './documents';
import { DOCUMENT_KIND_LABELS } from './template';

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
    const pdf = await renderAgreement(r.composed, r.document.kind, {
      draft: r.document.status === 'draft' || !current,
      code: r.revision.verificationCode,
      signedOn: current ? r.document.signedOn : null,
      statusNote: statusNote(r.document, current),
    });
    return { pdf, filename: fileName(r.document.number, `-wersja-${revision}`) };
  }
  const d = await getDocument(actor, id);
  const pdf = await renderAgreement(d.composed, d.document.kind, { draft: d.document.status === 'draft', code: d.verificationCode, signedOn: d.document.signedOn, statusNote: statusNote(d.document, true) });
  return { pdf, filename: fileName(d.document.number) };
}
