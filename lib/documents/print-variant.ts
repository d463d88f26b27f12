/*
 * What one printout of a document carries, and so which code identifies it. A revision prints in
 * two variants whose text differs: unsigned (a draft with "PROJEKT", or ready for signature — no
 * signing dates) and, once that revision is signed, signed (every party's signing date). Each has
 * its own verification code, so /weryfikacja/<code> can say exactly what was printed. Pure.
 */

export type PrintVariant = 'unsigned' | 'signed';

export interface PrintedRevision {
  revision: number;
  verificationCode: string;
  signedVerificationCode: string | null;
}

/** The variant a revision prints in now: signed only for the signed (current) revision. */
export function printVariant(doc: { revision: number; signedOn: (string | null)[] | null }, rev: PrintedRevision): { variant: PrintVariant; code: string; signedOn: (string | null)[] | null } {
  if (rev.revision === doc.revision && doc.signedOn && rev.signedVerificationCode) return { variant: 'signed', code: rev.signedVerificationCode, signedOn: doc.signedOn };
  return { variant: 'unsigned', code: rev.verificationCode, signedOn: null };
}
