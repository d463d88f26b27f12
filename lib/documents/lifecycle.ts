import type { DocumentKind } from './template';

/*
 * The life of a document: draft → ready for signature (content frozen) → signed → amended by an
 * annex (still in force) or terminated. A signed document is never edited again. Pure.
 */

export const DOCUMENT_STATUSES = ['draft', 'ready', 'signed', 'amended', 'terminated'] as const;
export type DocumentStatusValue = (typeof DOCUMENT_STATUSES)[number];

export const STATUS_LABELS: Record<DocumentStatusValue, string> = {
  draft: 'projekt',
  ready: 'gotowy do podpisu',
  signed: 'podpisany',
  amended: 'podpisany, zmieniony aneksem',
  terminated: 'rozwiązany',
};

export type DocumentEvent = 'mark_ready' | 'reopen' | 'sign' | 'amend' | 'terminate';

const TRANSITIONS: Record<DocumentStatusValue, Partial<Record<DocumentEvent, DocumentStatusValue>>> = {
  draft: { mark_ready: 'ready' },
  ready: { reopen: 'draft', sign: 'signed' },
  signed: { amend: 'amended', terminate: 'terminated' },
  amended: { amend: 'amended', terminate: 'terminated' },
  terminated: {},
};

const REFUSALS: Record<DocumentEvent, string> = {
  mark_ready: 'Tylko projekt można przekazać do podpisu.',
  reopen: 'Do edycji można cofnąć tylko dokument gotowy do podpisu, jeszcze niepodpisany.',
  sign: 'Podpisanie można odnotować tylko dla dokumentu gotowego do podpisu.',
  amend: 'Aneks można sporządzić tylko do podpisanego dokumentu, który nie został rozwiązany.',
  terminate: 'Rozwiązać można tylko podpisany dokument, który nie został już rozwiązany.',
};

/** The status after `event`, or null if the event is not allowed from `from`. */
export function nextStatus(from: DocumentStatusValue, event: DocumentEvent): DocumentStatusValue | null {
  return TRANSITIONS[from][event] ?? null;
}

/** Why the event is refused, in Polish. */
export function refusal(event: DocumentEvent): string {
  return REFUSALS[event];
}

export const isEditable = (s: DocumentStatusValue) => s === 'draft';
/** Signed and not terminated: binding. */
export const isInForce = (s: DocumentStatusValue) => s === 'signed' || s === 'amended';

/** The agreements that can be changed by an annex. */
export const ANNEXABLE: readonly DocumentKind[] = ['agreement_regional', 'agreement_powiat_gmina', 'agreement_pzk'];

/**
 * The model sub-steps a signed document is the evidence of (catalogue evidence kinds): the regional
 * agreement → step 1.2, powiat–gmina → step 3, PZK → step 5.2, confidentiality statement → 5.3.
 */
export const EVIDENCE_OF_KIND: Partial<Record<DocumentKind, 'agreement_regional' | 'agreement_powiat_gmina' | 'agreement_pzk' | 'confidentiality_statement'>> = {
  agreement_regional: 'agreement_regional',
  agreement_powiat_gmina: 'agreement_powiat_gmina',
  agreement_pzk: 'agreement_pzk',
  confidentiality_statement: 'confidentiality_statement',
};

/** Number prefixes per kind: "PG/2026/0003". */
export const NUMBER_PREFIX: Record<DocumentKind, string> = {
  agreement_regional: 'WZK',
  agreement_powiat_gmina: 'PG',
  agreement_pzk: 'PZK',
  pzk_accession: 'DP',
  confidentiality_statement: 'OT',
  annex: 'AN',
};

export function formatDocumentNumber(kind: DocumentKind, year: number, seq: number): string {
  return `${NUMBER_PREFIX[kind]}/${year}/${String(seq).padStart(4, '0')}`;
}
