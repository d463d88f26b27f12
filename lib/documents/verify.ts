import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documentRevisions, documents } from '@/db/schema';
import { normalizeVerificationCode } from '@/lib/pdf/verification';
import { STATUS_LABELS } from './lifecycle';
import { DOCUMENT_KIND_LABELS } from './template';

export type VerificationResult =
  | { found: false; malformed: boolean }
  | {
      found: true;
      kind: string;
      title: string;
      number: string;
      status: string;
      /** The printed copy is the document's current content. */
      current: boolean;
      /** The printout is binding: current, signed and not terminated. */
      valid: boolean;
      printedRevisionAt: Date;
      effectiveOn: string | null;
      terminatedOn: string | null;
      parties: string[];
      annexes: { number: string; status: string }[];
      amends: string | null;
    };

/**
 * What the public verification page (no login) says about a printed code. Deliberately skips the
 * policy ("unsafe"): it shows only what the printout itself carries — kind, number, dates, status
 * and the parties' names — never the content or anyone's other data.
 */
export async function unsafeVerifyDocument(input: string): Promise<VerificationResult> {
  const code = normalizeVerificationCode(input);
  if (!code) return { found: false, malformed: true };
  const db = getDb();
  const [hit] = await db
    .select({ rev: documentRevisions.revision, at: documentRevisions.createdAt, content: documentRevisions.content, doc: documents })
    .from(documentRevisions)
    .innerJoin(documents, eq(documents.id, documentRevisions.documentId))
    .where(eq(documentRevisions.verificationCode, code));
  if (!hit) return { found: false, malformed: false };
  const d = hit.doc;
  const [annexes, parent] = await Promise.all([
    db.select({ number: documents.number, status: documents.status }).from(documents).where(eq(documents.parentId, d.id)).orderBy(asc(documents.id)),
    d.parentId ? db.select({ number: documents.number, title: documents.title }).from(documents).where(eq(documents.id, d.parentId)) : Promise.resolve([]),
  ]);
  const current = hit.rev === d.revision;
  return {
    found: true,
    kind: DOCUMENT_KIND_LABELS[d.kind],
    title: d.title,
    number: d.number,
    status: STATUS_LABELS[d.status],
    current,
    valid: current && (d.status === 'signed' || d.status === 'amended'),
    printedRevisionAt: hit.at,
    effectiveOn: d.effectiveOn,
    terminatedOn: d.terminatedOn,
    parties: hit.content.parties.map((p) => p.name),
    annexes: annexes.filter((a) => a.status !== 'draft').map((a) => ({ number: a.number, status: STATUS_LABELS[a.status] })),
    amends: parent[0] ? `${parent[0].title} nr ${parent[0].number}` : null,
  };
}
