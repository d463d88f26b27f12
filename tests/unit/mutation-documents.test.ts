import { describe, expect, it } from 'vitest';
import type { Scope } from '@/lib/auth/policy';
import { canManageDocument, canViewDocument } from '@/lib/documents/access';
import { ANNEXABLE, DOCUMENT_STATUSES, EVIDENCE_OF_KIND, formatDocumentNumber, isEditable, refusal, STATUS_LABELS, type DocumentEvent } from '@/lib/documents/lifecycle';
import { DOCUMENT_KINDS } from '@/lib/documents/template';

/*
 * Written for the mutation run (docs/testing.md): what the life of a document promises beyond its
 * transitions (tests/unit/documents.test.ts) — only a draft is edited, which agreements take an
 * annex, which documents are the evidence of a model step, the numbering — and who may see or
 * change a document (DOMAIN.md §3: a powiat–gmina agreement belongs to the powiat and each of its
 * gminas; an institution that is a party sees what it signs).
 */

describe('the life of a document', () => {
  it('only a draft may be edited: from "ready" on the content is frozen', () => {
    expect(Object.fromEntries(DOCUMENT_STATUSES.map((s) => [s, isEditable(s)]))).toEqual({ draft: true, ready: false, signed: false, amended: false, terminated: false });
  });

  it('each status has its Polish name; an amended document still reads as signed', () => {
    expect(STATUS_LABELS).toEqual({ draft: 'projekt', ready: 'gotowy do podpisu', signed: 'podpisany', amended: 'podpisany, zmieniony aneksem', terminated: 'rozwiązany' });
  });

  it('each refused step says, in Polish, which document it needs', () => {
    const needs: Record<DocumentEvent, RegExp> = {
      mark_ready: /^Tylko projekt /,
      reopen: /tylko dokument gotowy do podpisu, jeszcze niepodpisany/,
      sign: /tylko dla dokumentu gotowego do podpisu/,
      amend: /^Aneks .* podpisanego dokumentu, który nie został rozwiązany/,
      terminate: /^Rozwiązać można tylko podpisany dokument/,
    };
    for (const [event, pattern] of Object.entries(needs)) expect(refusal(event as DocumentEvent)).toMatch(pattern);
  });

  it('only the three agreements take an annex — not a declaration, a statement or an annex itself', () => {
    expect([...ANNEXABLE].sort()).toEqual(['agreement_powiat_gmina', 'agreement_pzk', 'agreement_regional']);
  });

  it('a signed agreement is the evidence of its model step, a confidentiality statement of 5.3; a declaration or an annex of none', () => {
    expect(Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, EVIDENCE_OF_KIND[k] ?? null]))).toEqual({
      agreement_regional: 'agreement_regional',
      agreement_powiat_gmina: 'agreement_powiat_gmina',
      agreement_pzk: 'agreement_pzk',
      pzk_accession: null,
      confidentiality_statement: 'confidentiality_statement',
      annex: null,
    });
  });

  it('numbers carry the kind’s prefix, the year and a four-digit sequence', () => {
    expect(DOCUMENT_KINDS.map((k) => formatDocumentNumber(k, 2027, 3))).toEqual(['WZK/2027/0003', 'PG/2027/0003', 'PZK/2027/0003', 'DP/2027/0003', 'OT/2027/0003', 'AN/2027/0003']);
  });
});

describe('who may see and change a document', () => {
  // Województwo 1: powiat 10 with gminas 100 and 101, powiat 11 with gmina 110.
  const scope = (role: Scope['role'], level: Scope['level'], at: Partial<Scope>): Scope => ({ role, level, voivodeshipId: 1, powiatId: null, gminaId: null, institutionId: null, ...at });
  const gops100 = scope('gops_animator', 'gmina', { powiatId: 10, gminaId: 100 });
  const gops101 = scope('gops_animator', 'gmina', { powiatId: 10, gminaId: 101 });
  const gops110 = scope('gops_animator', 'gmina', { powiatId: 11, gminaId: 110 });
  const pcpr10 = scope('pcpr_animator', 'powiat', { powiatId: 10 });
  const member500 = scope('pzk_member', 'institution', { powiatId: 10, gminaId: 100, institutionId: 500 });
  const member501 = scope('pzk_member', 'institution', { powiatId: 10, gminaId: 101, institutionId: 501 });
  const member502 = scope('pzk_member', 'institution', { powiatId: 10, institutionId: 502 });

  const party = (institutionId: number | null) => ({ role: 'strona', institutionId, unitId: null, name: 'x', address: '', representativeName: '', representativeFunction: '', tasks: '' });
  const doc = (where: { powiatId: number | null; gminaId: number | null }, institutionIds: (number | null)[] = []) => ({
    voivodeshipId: 1,
    ...where,
    content: { place: '', concludedOn: '', parties: institutionIds.map(party), people: [], fields: {}, clauses: [] },
  });

  it('a powiat–gmina agreement is read by the gminas it names, but changed only by the powiat', () => {
    const agreement = doc({ powiatId: 10, gminaId: null });
    expect(canViewDocument(gops100, agreement, [100])).toBe(true);
    expect(canViewDocument(gops101, agreement, [100])).toBe(false);
    expect(canViewDocument(gops110, agreement, [100])).toBe(false);
    expect(canViewDocument(pcpr10, agreement, [])).toBe(true);
    expect(canManageDocument(gops100, agreement)).toBe(false);
    expect(canManageDocument(pcpr10, agreement)).toBe(true);
  });

  it('a document of gmina 100 is managed by its GOPS animator and its powiat’s PCPR animator, not a neighbour’s', () => {
    const pzkAgreement = doc({ powiatId: 10, gminaId: 100 });
    expect(canManageDocument(gops100, pzkAgreement)).toBe(true);
    expect(canManageDocument(pcpr10, pzkAgreement)).toBe(true);
    expect(canManageDocument(gops101, pzkAgreement)).toBe(false);
    expect(canManageDocument(member500, pzkAgreement)).toBe(false);
  });

  it('an institution sees a document of another gmina only when it is a party to it', () => {
    const signedBy502 = doc({ powiatId: 10, gminaId: 101 }, [null, 502]);
    expect(canViewDocument(member502, signedBy502, [])).toBe(true);
    expect(canViewDocument(member500, signedBy502, [])).toBe(false);
    expect(canViewDocument(member501, signedBy502, [])).toBe(true);
  });

  it('a party without an institution (a territorial party) opens the document to no institution', () => {
    const territorialOnly = doc({ powiatId: 11, gminaId: 110 }, [null]);
    expect(canViewDocument(member500, territorialOnly, [])).toBe(false);
    expect(canViewDocument(member502, territorialOnly, [])).toBe(false);
  });
});
