import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { caseEvaluations, caseDiagnoses, casePrints, caseQualifications, caseReferrals, documentRevisions, ipps } from '@/db/schema';
import { formatVerificationCode, newVerificationCode, normalizeVerificationCode } from '@/lib/pdf/verification';

/*
 * Verification codes of printed case documents (karta oczekiwań, diagnoza, IPP, kontrakt,
 * ewaluacja, list gratulacyjny, decyzja o kwalifikacji). One code per printed record version: printing the same version
 * again prints the same code; after a change the record's version moves on and the next print gets
 * a new code. The public verification page (lib/documents/verify.ts) tells from the code only the
 * kind, the case number, the PZK, the date issued and whether the printed version is still the
 * current one — never a name or any content (RODO art. 9).
 */

export const CASE_PRINT_KINDS = {
  referral: 'Karta oczekiwań',
  diagnosis: 'Diagnoza wielowymiarowa z analizą SWOT',
  ipp: 'Indywidualny program pomocy (IPP)',
  contract: 'Kontrakt z rodziną',
  evaluation: 'Ewaluacja końcowa',
  congratulations: 'List gratulacyjny',
  qualification: 'Decyzja o kwalifikacji',
} as const;
export type CasePrintKind = keyof typeof CASE_PRINT_KINDS;

export const isCasePrintKind = (v: string): v is CasePrintKind => v in CASE_PRINT_KINDS;

export interface PrintedRecord {
  caseId: number;
  kind: CasePrintKind;
  /**
   * The printed record: the case id for the 1:1 parts (referral, qualification, diagnosis, evaluation and the
   * congratulation letter drawn from it), the IPP's id for an IPP and its contract.
   */
  recordId: number;
  /** The record's `version` column at the time of printing. */
  recordVersion: number;
}

/**
 * The verification code of this version of the record, as printed ("7K3M-Q9PD-X2RT"): the
 * stored one when this version was printed before, else a new one (stored normalised). Safe
 * under concurrent prints: the unique (kind, recordId, recordVersion) decides which code stays.
 */
export async function printCode(tx: DbOrTx, p: PrintedRecord): Promise<string> {
  const existing = await findCode(tx, p);
  if (existing) return formatVerificationCode(existing);
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = normalizeVerificationCode(newVerificationCode())!;
    // The public page looks a code up among documents first: never reuse one of theirs.
    const [taken] = await tx.select({ id: documentRevisions.id }).from(documentRevisions).where(eq(documentRevisions.verificationCode, code)).limit(1);
    if (taken) continue;
    await tx.insert(casePrints).values({ code, caseId: p.caseId, kind: p.kind, recordId: p.recordId, recordVersion: p.recordVersion }).onConflictDoNothing();
    const stored = await findCode(tx, p);
    if (stored) return formatVerificationCode(stored);
  }
  throw new Error('Nie udało się nadać kodu weryfikacyjnego wydrukowi.');
}

async function findCode(tx: DbOrTx, p: PrintedRecord): Promise<string | null> {
  const [row] = await tx
    .select({ code: casePrints.code })
    .from(casePrints)
    .where(and(eq(casePrints.kind, p.kind), eq(casePrints.recordId, p.recordId), eq(casePrints.recordVersion, p.recordVersion)))
    .limit(1);
  return row?.code ?? null;
}

/**
 * The current version of a printed record, or null when it no longer exists (or no longer is
 * what was printed: an IPP without its contract, an evaluation whose goals are no longer reached).
 */
export async function currentRecordVersion(db: DbOrTx, kind: string, recordId: number): Promise<number | null> {
  switch (kind) {
    case 'referral': {
      const [r] = await db.select({ version: caseReferrals.version }).from(caseReferrals).where(eq(caseReferrals.caseId, recordId));
      return r?.version ?? null;
    }
    // A qualification decision is taken once and never changed (lib/cases/qualification.ts): version 1.
    case 'qualification': {
      const [r] = await db.select({ caseId: caseQualifications.caseId }).from(caseQualifications).where(eq(caseQualifications.caseId, recordId));
      return r ? 1 : null;
    }
    case 'diagnosis': {
      const [r] = await db.select({ version: caseDiagnoses.version }).from(caseDiagnoses).where(eq(caseDiagnoses.caseId, recordId));
      return r?.version ?? null;
    }
    case 'ipp':
    case 'contract': {
      const [r] = await db.select({ version: ipps.version, contract: ipps.contract }).from(ipps).where(eq(ipps.id, recordId));
      if (!r || (kind === 'contract' && !r.contract)) return null;
      return r.version;
    }
    case 'evaluation':
    case 'congratulations': {
      const [r] = await db.select({ version: caseEvaluations.version, outcome: caseEvaluations.outcome }).from(caseEvaluations).where(eq(caseEvaluations.caseId, recordId));
      if (!r || (kind === 'congratulations' && r.outcome !== 'goals_reached')) return null;
      return r.version;
    }
    default:
      return null;
  }
}
