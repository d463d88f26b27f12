import 'server-only';
import { asc, eq, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { casePrints, cases, documentRevisions, documents, gminas, trainingParticipants, trainings } from '@/db/schema';
import { CASE_PRINT_KINDS, currentRecordVersion, isCasePrintKind } from '@/lib/cases/prints';
import { normalizeVerificationCode } from '@/lib/pdf/verification';
import { pzkName } from '@/lib/pzk/pzk';
import { CERTIFICATE_KIND_LABEL } from '@/lib/school/training-schemas';
import { STATUS_LABELS } from './lifecycle';
import type { PrintVariant } from './print-variant';
import { DOCUMENT_KIND_LABELS } from './template';

export type VerificationResult =
  | { found: false; malformed: boolean }
  | {
      found: true;
      source: 'document';
      kind: string;
      title: string;
      number: string;
      status: string;
      /** The printed copy is the document's current content. */
      current: boolean;
      /**
       * Which printout of that content the code is from: unsigned (a draft or ready for signature,
       * no signing dates) or signed (with every party's signing date, listed in `signatures`).
       */
      printed: PrintVariant;
      /** The signing dates the signed printout carries; null for an unsigned one. */
      signatures: { party: string; signedOn: string | null }[] | null;
      /** For an unsigned printout whose very content was then signed: the day it binds from. */
      contentSignedOn: string | null;
      /** The printout is binding: current, signed and not terminated. */
      valid: boolean;
      printedRevisionAt: Date;
      effectiveOn: string | null;
      terminatedOn: string | null;
      parties: string[];
      annexes: { number: string; status: string }[];
      amends: string | null;
    };

/** What the public page shows for any printed code: an agreement's, a case document's, or a zaświadczenie's. */
export type CodeVerification = VerificationResult | CasePrintVerification | CertificateVerification;

/**
 * A zaświadczenie of Szkoła Kooperacji: a certificate is meant to be shown, so the page confirms
 * whose it is — the kind, the participant's name, the training's topic and date, the number.
 */
export interface CertificateVerification {
  found: true;
  source: 'certificate';
  /** "Zaświadczenie ukończenia szkolenia podstawowego Szkoły Kooperacji". */
  kind: string;
  name: string;
  topic: string;
  heldOn: string;
  number: string;
}

/**
 * A printed case document (sprawa osoby lub rodziny): special-category data, so the page shows only
 * that it is one, its kind, the case number, the PZK, the date issued and whether the printed
 * version is still the current one — no names, no content.
 */
export interface CasePrintVerification {
  found: true;
  source: 'case';
  /** "Karta oczekiwań", "Indywidualny program pomocy (IPP)"… */
  kind: string;
  caseNumber: string;
  /** "PZK gminy Dąbrowa Białostocka". */
  pzkName: string;
  /** When this version was first printed. */
  issuedAt: Date;
  /** The record has not changed since the print. */
  current: boolean;
}

/**
 * What the public verification page (no login) says about a printed agreement's code. Deliberately
 * skips the policy ("unsafe"): it shows only what the printout itself carries — kind, number,
 * dates, status and the parties' names — never the content or anyone's other data. Case documents'
 * codes: unsafeVerifyCode.
 */
export async function unsafeVerifyDocument(input: string): Promise<VerificationResult> {
  const code = normalizeVerificationCode(input);
  if (!code) return { found: false, malformed: true };
  const db = getDb();
  const [hit] = await db
    .select({ rev: documentRevisions.revision, at: documentRevisions.createdAt, content: documentRevisions.content, signedCode: documentRevisions.signedVerificationCode, doc: documents })
    .from(documentRevisions)
    .innerJoin(documents, eq(documents.id, documentRevisions.documentId))
    .where(or(eq(documentRevisions.verificationCode, code), eq(documentRevisions.signedVerificationCode, code)));
  if (!hit) return { found: false, malformed: false };
  const d = hit.doc;
  const [annexes, parent] = await Promise.all([
    db.select({ number: documents.number, status: documents.status }).from(documents).where(eq(documents.parentId, d.id)).orderBy(asc(documents.id)),
    d.parentId ? db.select({ number: documents.number, title: documents.title }).from(documents).where(eq(documents.id, d.parentId)) : Promise.resolve([]),
  ]);
  const current = hit.rev === d.revision;
  const printed: PrintVariant = hit.signedCode === code ? 'signed' : 'unsigned';
  // Only the signed revision has a signed code, so its dates are the document's (in content order).
  const signatures = printed === 'signed' ? hit.content.parties.map((p, i) => ({ party: p.name, signedOn: d.signedOn?.[i] ?? null })).filter((x) => x.signedOn) : null;
  return {
    found: true,
    source: 'document',
    kind: DOCUMENT_KIND_LABELS[d.kind],
    title: d.title,
    number: d.number,
    status: STATUS_LABELS[d.status],
    current,
    valid: current && (d.status === 'signed' || d.status === 'amended'),
    printed,
    signatures,
    contentSignedOn: printed === 'unsigned' && current && hit.signedCode ? d.effectiveOn : null,
    printedRevisionAt: hit.at,
    effectiveOn: d.effectiveOn,
    terminatedOn: d.terminatedOn,
    parties: hit.content.parties.map((p) => p.name),
    annexes: annexes.filter((a) => a.status !== 'draft').map((a) => ({ number: a.number, status: STATUS_LABELS[a.status] })),
    amends: parent[0] ? `${parent[0].title} nr ${parent[0].number}` : null,
  };
}

/**
 * The public verification page's lookup: an agreement's revision first, else a printed case
 * document (only what CasePrintVerification lists). Skips the policy, like unsafeVerifyDocument.
 */
export async function unsafeVerifyCode(input: string): Promise<CodeVerification> {
  const doc = await unsafeVerifyDocument(input);
  if (doc.found || doc.malformed) return doc;
  const code = normalizeVerificationCode(input)!;
  return (await verifyCasePrint(code)) ?? (await verifyCertificate(code)) ?? doc;
}

/** A zaświadczenie by its (normalised) code, or null when there is none. */
async function verifyCertificate(code: string): Promise<CertificateVerification | null> {
  const [c] = await getDb()
    .select({ name: trainingParticipants.name, number: trainingParticipants.certificateNumber, topic: trainings.topic, heldOn: trainings.heldOn })
    .from(trainingParticipants)
    .innerJoin(trainings, eq(trainings.id, trainingParticipants.trainingId))
    .where(eq(trainingParticipants.verificationCode, code));
  if (!c || !c.number) return null;
  return { found: true, source: 'certificate', kind: CERTIFICATE_KIND_LABEL, name: c.name, topic: c.topic, heldOn: c.heldOn, number: c.number };
}

/** A case document's print by its (normalised) code, or null when there is none. */
async function verifyCasePrint(code: string): Promise<CasePrintVerification | null> {
  const db = getDb();
  const [p] = await db
    .select({ kind: casePrints.kind, recordId: casePrints.recordId, recordVersion: casePrints.recordVersion, issuedAt: casePrints.createdAt, caseNumber: cases.number, gminaName: gminas.name })
    .from(casePrints)
    .innerJoin(cases, eq(cases.id, casePrints.caseId))
    .innerJoin(gminas, eq(gminas.id, cases.gminaId))
    .where(eq(casePrints.code, code));
  if (!p) return null;
  const version = await currentRecordVersion(db, p.kind, p.recordId);
  return {
    found: true,
    source: 'case',
    kind: isCasePrintKind(p.kind) ? CASE_PRINT_KINDS[p.kind] : 'Dokument ze sprawy osoby lub rodziny',
    caseNumber: p.caseNumber,
    pzkName: pzkName(p.gminaName),
    issuedAt: p.issuedAt,
    current: version === p.recordVersion,
  };
}
