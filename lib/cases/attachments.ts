import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseAttachments, caseConsents, caseQualifications, files, ipps } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { invalidError, notFoundError } from '@/lib/errors';
import { uploadProblem } from '@/lib/files';
import { UPLOAD_MESSAGES } from '@/lib/files-limits';
import { storeUpload } from '@/lib/uploads';
import { parseInput } from '@/lib/validation/parse';
import { formatDate } from '@/lib/text';
import { caseForWork, openCase, type OpenedCase } from './access';
import { ATTACHMENT_KIND_KEYS, ATTACHMENT_KINDS, attachmentSchema, removeAttachmentSchema, stepLink, type CaseAttachmentKind } from './attachment-schemas';
import { CONSENT_KINDS } from './vocabulary';

/*
 * Akta sprawy: the papers of a case kept as files — the signed consent, the signed IPP or kontrakt,
 * institutions' opinions, a genogram scan, others. PDF, JPEG or PNG up to 10 MB, checked by content
 * (lib/files.ts), stored with their SHA-256 (lib/uploads.ts). The case's writers (key worker,
 * animators) add them while the case is open for work and remove them at any time — also after
 * closing, so a file put in the wrong case (another family's data) can always be taken out; the
 * audit entry keeps what was removed (kind, date, name, SHA-256), never the bytes. Whoever may open
 * the case (its team, ROPS with a stated purpose) lists and downloads them; every download is
 * written to the audit log by openCase ('plik').
 */

export interface Upload {
  name: string;
  data: Uint8Array;
}

const NOT_FOUND = 'Nie znaleziono dokumentu w aktach sprawy.';

/** The files of a case with their papers' data, newest paper first within a kind. */
async function attachmentsOf(db: DbOrTx, caseId: number) {
  return db
    .select({
      id: caseAttachments.id,
      kind: caseAttachments.kind,
      documentDate: caseAttachments.documentDate,
      description: caseAttachments.description,
      consentId: caseAttachments.consentId,
      ippId: caseAttachments.ippId,
      uploadedByName: caseAttachments.uploadedByName,
      createdAt: caseAttachments.createdAt,
      fileName: files.name,
      mime: files.mime,
      size: files.size,
      sha256: files.sha256,
    })
    .from(caseAttachments)
    .innerJoin(files, eq(files.id, caseAttachments.fileId))
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(desc(caseAttachments.documentDate), desc(caseAttachments.id));
}
export type CaseAttachmentItem = Awaited<ReturnType<typeof attachmentsOf>>[number];

/**
 * The attachments of an already opened case (its opening is in the audit log): for the pages of
 * the steps they belong to — a consent shows its signed copy, an IPP its signed copy or kontrakt.
 * Takes the opened case, not an actor, so it can only follow openCase.
 */
export async function attachmentsOfOpenedCase(c: Pick<OpenedCase, 'id'>): Promise<CaseAttachmentItem[]> {
  return attachmentsOf(getDb(), c.id);
}

/** The consents and IPPs of the case an attachment may belong to ("Dotyczy" in the form). */
async function stepOptions(db: DbOrTx, caseId: number) {
  const [consents, ippRows] = await Promise.all([
    db.select({ id: caseConsents.id, kind: caseConsents.kind, givenOn: caseConsents.givenOn, givenBy: caseConsents.givenBy }).from(caseConsents).where(eq(caseConsents.caseId, caseId)).orderBy(asc(caseConsents.givenOn), asc(caseConsents.id)),
    db.select({ id: ipps.id, sequence: ipps.sequence, startsOn: ipps.startsOn, endsOn: ipps.endsOn }).from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence)),
  ]);
  return [
    ...consents.map((k) => ({ value: `consent:${k.id}`, label: `${CONSENT_KINDS[k.kind]} z ${formatDate(k.givenOn)} (${k.givenBy})` })),
    ...ippRows.map((i) => ({ value: `ipp:${i.id}`, label: `IPP ${i.sequence} (${formatDate(i.startsOn)}–${formatDate(i.endsOn)})` })),
  ];
}

/** The case files page: the attachments grouped by kind, and for writers the form's choices. */
export async function getAttachmentsPage(actor: Actor, caseId: number) {
  const c = await openCase(actor, caseId, 'akta');
  const db = getDb();
  const [items, steps, [qualification]] = await Promise.all([attachmentsOf(db, c.id), stepOptions(db, c.id), db.select({ decidedOn: caseQualifications.decidedOn }).from(caseQualifications).where(eq(caseQualifications.caseId, c.id))]);
  const openForWork = !c.freeze && (c.status === 'referred' || c.status === 'qualified' || c.status === 'after_care');
  return {
    case: c,
    groups: ATTACHMENT_KIND_KEYS.map((kind) => ({ kind, label: ATTACHMENT_KINDS[kind], items: items.filter((a) => a.kind === kind) })),
    total: items.length,
    canAdd: c.access === 'write' && openForWork,
    canRemove: c.access === 'write' && !c.freeze,
    steps: c.access === 'write' && openForWork ? steps : [],
    /** Which of the papers to print the case has the data for. */
    printable: { qualification: !!qualification, monitoringSheet: steps.some((x) => x.value.startsWith('ipp:')) },
    stepLabels: Object.fromEntries(steps.map((s) => [s.value, s.label])) as Record<string, string>,
  };
}

/** The consent or IPP named by the form must be one of this case's. */
async function checkStep(tx: DbOrTx, caseId: number, link: { consentId: number | null; ippId: number | null }) {
  if (link.consentId !== null) {
    const [k] = await tx.select({ id: caseConsents.id }).from(caseConsents).where(and(eq(caseConsents.id, link.consentId), eq(caseConsents.caseId, caseId)));
    if (!k) throw invalidError({ step: ['Wybierz zgodę tej sprawy z listy.'] });
  }
  if (link.ippId !== null) {
    const [i] = await tx.select({ id: ipps.id }).from(ipps).where(and(eq(ipps.id, link.ippId), eq(ipps.caseId, caseId)));
    if (!i) throw invalidError({ step: ['Wybierz IPP tej sprawy z listy.'] });
  }
}

/**
 * Adds a paper to the case files: the case's writers, while the case is open for work (a closed
 * case takes no new papers). The file is checked by content before anything is written.
 */
export async function addAttachment(actor: Actor, input: unknown, upload: Upload | null | undefined) {
  const v = parseInput(attachmentSchema, input);
  if (!upload || upload.data.length === 0) throw invalidError({ file: [UPLOAD_MESSAGES.empty] });
  const problem = await uploadProblem(upload.data);
  if (problem) throw invalidError({ file: [problem] });
  const link = stepLink(v.step);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    await checkStep(tx, c.id, link);
    const file = await storeUpload(tx, upload, actor.userId, 'dokument');
    const [row] = await tx
      .insert(caseAttachments)
      .values({ caseId: c.id, kind: v.kind, documentDate: v.documentDate, description: v.description ?? '', consentId: link.consentId, ippId: link.ippId, fileId: file.id, uploadedBy: actor.userId, uploadedByName: actor.name })
      .returning({ id: caseAttachments.id });
    await audit(tx, actor, {
      action: 'case.attachment_added',
      entityType: 'case',
      entityId: c.id,
      voivodeshipId: c.voivodeshipId,
      details: { attachmentId: row.id, kind: v.kind, documentDate: v.documentDate, size: upload.data.length, sha256: file.sha256, ...link },
    });
    return { id: row.id };
  });
}

/**
 * Removes a paper and its bytes: the case's writers, also after the case is closed (to take out a
 * file put in by mistake). The audit entry keeps what it was (kind, date, size, checksum — not its name, which may name the family).
 */
export async function removeAttachment(actor: Actor, input: unknown) {
  const v = parseInput(removeAttachmentSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId, { allowClosed: true });
    const [a] = await tx
      .select({ id: caseAttachments.id, kind: caseAttachments.kind, documentDate: caseAttachments.documentDate, fileId: caseAttachments.fileId, name: files.name, size: files.size, sha256: files.sha256 })
      .from(caseAttachments)
      .innerJoin(files, eq(files.id, caseAttachments.fileId))
      .where(and(eq(caseAttachments.id, v.attachmentId), eq(caseAttachments.caseId, c.id)));
    if (!a) throw notFoundError(NOT_FOUND);
    await tx.delete(caseAttachments).where(eq(caseAttachments.id, a.id));
    await tx.delete(files).where(eq(files.id, a.fileId));
    await audit(tx, actor, {
      action: 'case.attachment_removed',
      entityType: 'case',
      entityId: c.id,
      voivodeshipId: c.voivodeshipId,
      details: { attachmentId: a.id, kind: a.kind, documentDate: a.documentDate, size: a.size, sha256: a.sha256 },
    });
  });
}

/** One paper's file, for whoever may open the case; the download is written to the audit log. */
export async function downloadAttachment(actor: Actor, caseId: number, attachmentId: number): Promise<{ name: string; mime: string; data: Uint8Array; kind: CaseAttachmentKind }> {
  const db = getDb();
  // The kind and id go to the log with the opening; a paper of another case is simply not found.
  const [meta] = await db.select({ kind: caseAttachments.kind }).from(caseAttachments).where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, caseId)));
  const c = await openCase(actor, caseId, 'plik', meta ? { attachmentId, kind: meta.kind } : { attachmentId });
  if (!meta) throw notFoundError(NOT_FOUND);
  const [f] = await db
    .select({ name: files.name, mime: files.mime, data: files.data })
    .from(caseAttachments)
    .innerJoin(files, eq(files.id, caseAttachments.fileId))
    .where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, c.id)));
  if (!f) throw notFoundError(NOT_FOUND);
  return { name: f.name, mime: f.mime, data: new Uint8Array(f.data), kind: meta.kind };
}

/** The attachments as the JSON export lists them: what and when, the file's name, size and SHA-256 — never the bytes. */
export async function attachmentsForExport(db: DbOrTx, caseId: number) {
  const items = await attachmentsOf(db, caseId);
  return items.map((a) => ({
    kind: a.kind,
    kindLabel: ATTACHMENT_KINDS[a.kind],
    documentDate: a.documentDate,
    description: a.description,
    name: a.fileName,
    mime: a.mime,
    size: a.size,
    sha256: a.sha256,
    uploadedBy: a.uploadedByName,
    uploadedAt: a.createdAt.toISOString(),
  }));
}
