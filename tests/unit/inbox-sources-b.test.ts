import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import type { Scope } from '@/lib/auth/policy';
import type { DocumentContent, DocumentParty } from '@/lib/documents/compose';
import type { TemplateBody } from '@/lib/documents/template';
import { documentItem, documentItems, type WaitingDocumentRow } from '@/lib/inbox/sources/documents';
import { evaluationItem, evaluationItems, unansweredCount } from '@/lib/inbox/sources/evaluation';
import { ippTaskItem, ippTaskItems, ippTaskUpdateItems, reportsItem, shortLabel } from '@/lib/inbox/sources/ipp-tasks';
import { accountRequestItems, decisionDue, membershipProposalItems, modelProposalItems, notificationItems, practiceProposalItems } from '@/lib/inbox/sources/waiting-decisions';
import type { Role } from '@/db/schema';
import type { DbOrTx } from '@/db/client';

/** A database that fails the test when a source queries it: a role a source does not concern costs no query. */
const noQueries = new Proxy({}, { get: () => { throw new Error('queried the database'); } }) as unknown as DbOrTx;

const scopeOf = (role: Role, over: Partial<Scope> = {}): Scope => {
  const level = { rops_admin: 'voivodeship', rops_adviser: 'voivodeship', wzk_member: 'voivodeship', pcpr_animator: 'powiat', gops_animator: 'gmina', social_worker: 'gmina', pzk_member: 'institution', councillor: 'gmina', family_expert: 'gmina', network_worker: 'gmina', national_admin: 'national' }[role] as Scope['level'];
  return { role, level, voivodeshipId: 2, powiatId: level === 'voivodeship' ? null : 21, gminaId: level === 'gmina' || level === 'institution' ? 211 : null, institutionId: level === 'institution' ? 7 : null, ...over };
};
const actorOf = (role: Role, over: Partial<Scope> = {}): Actor => {
  const scope = { ...scopeOf(role, over), id: 1, scopeLabel: '', homeHref: '' };
  return { userId: '00000000-0000-4000-8000-000000000001', email: 'a@b.pl', name: 'A', scope, assignments: [scope], ip: null };
};

describe('IPP tasks: the label', () => {
  it('keeps a description of up to 80 characters whole, on one line', () => {
    const exact = 'x'.repeat(80);
    expect(shortLabel(exact)).toBe(exact);
    expect(shortLabel('Zapisać  syna\nna warsztaty')).toBe('Zapisać syna na warsztaty');
  });
  it('cuts a longer one at a word, within 80 characters, with an ellipsis', () => {
    const long = 'Umówić konsultację w poradni psychologiczno-pedagogicznej dla syna i ustalić termin badania oraz przekazać opinię';
    const s = shortLabel(long);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith('…')).toBe(true);
    expect(long.startsWith(s.slice(0, -1))).toBe(true);
    expect(long[s.length - 1]).toBe(' ');
    expect(shortLabel('y'.repeat(81))).toBe(`${'y'.repeat(79)}…`);
  });
  it('names the case by its number only and links to the team’s task page', () => {
    expect(ippTaskItem({ ippId: 4, taskKey: 'g1t2', caseId: 9, caseNumber: 'R/2027/0004', description: 'Zapisać syna na warsztaty', dueOn: '2027-04-10' })).toEqual({
      key: 'ipp-task:4:g1t2',
      source: 'ipp_task',
      what: 'Zadanie z IPP: Zapisać syna na warsztaty',
      where: 'Sprawa R/2027/0004',
      dueOn: '2027-04-10',
      href: '/sprawy/9/zadania',
      nav: '/sprawy',
    });
  });
});

describe('IPP tasks: partners’ reports for the key worker', () => {
  const row = { caseId: 9, caseNumber: 'R/2027/0004', reports: 1, firstOn: '2027-03-28', firstProblemOn: null, lastStatus: 'done' as const };
  it('one report: its status; due a week after it', () => {
    const item = reportsItem(row);
    expect(item.what).toBe('Partner zgłosił postęp zadania: wykonane');
    expect(item.dueOn).toBe('2027-04-04');
    expect(item.href).toBe('/sprawy/9/monitoring');
  });
  it('several: counted in Polish, with the latest status', () => {
    expect(reportsItem({ ...row, reports: 2, lastStatus: 'in_progress' }).what).toBe('Partnerzy zgłosili postęp zadań: 2 zgłoszenia postępu (ostatnie: w toku)');
    expect(reportsItem({ ...row, reports: 5 }).what).toBe('Partnerzy zgłosili postęp zadań: 5 zgłoszeń postępu (ostatnie: wykonane)');
  });
  it('a reported problem is due the day it was reported (a week later across a month and a year)', () => {
    expect(reportsItem({ ...row, reports: 2, firstProblemOn: '2027-03-30', lastStatus: 'problem' }).dueOn).toBe('2027-03-30');
    expect(reportsItem({ ...row, firstOn: '2026-12-28' }).dueOn).toBe('2027-01-04');
  });
});

describe('waiting decisions: deadline', () => {
  it('seven days after submission, across the end of a month and of a year', () => {
    expect(decisionDue('2027-02-25')).toBe('2027-03-04');
    expect(decisionDue('2026-12-31')).toBe('2027-01-07');
  });
});

describe('evaluation: unanswered questions', () => {
  const row = { id: 3, startDate: '2027-01-04', powiatName: 'sokólski', powiatIsCity: false, gminaNames: 'Janów, Dąbrowa Białostocka', windowEnd: '2028-06-30' };
  it('counts a missing or blank answer as none', () => {
    expect(unansweredCount(null)).toBe(8);
    expect(unansweredCount({ '1': 'Tak', '2': '   ', '3': 'Nowe usługi' })).toBe(6);
  });
  it('one item per implementation, due the end of 9.2, none once all eight are answered', () => {
    const item = evaluationItem({ ...row, answers: { '1': 'Tak' } })!;
    expect(item.what).toBe('Odpowiedz na pytania ewaluacji: 7 pytań bez odpowiedzi');
    expect(item.where).toBe('powiat sokólski, od 04.01.2027 (Dąbrowa Białostocka, Janów)');
    expect(item.dueOn).toBe('2028-06-30');
    expect(item.href).toBe('/ewaluacja/3');
    const seven = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((k) => [k, 'odpowiedź']));
    expect(evaluationItem({ ...row, answers: seven })!.what).toBe('Odpowiedz na pytania ewaluacji: 1 pytanie bez odpowiedzi');
    expect(evaluationItem({ ...row, answers: { ...seven, '8': 'Wiele' } })).toBeNull();
  });
});

describe('documents: what waits for whom', () => {
  const template: TemplateBody = {
    title: 'Porozumienie',
    preamble: '',
    paragraphs: [],
    fields: [{ key: 'cel', label: 'Cel', type: 'text', required: true }],
    parties: [
      { role: 'gmina', label: 'Gmina', source: 'gmina', min: 1, max: 1, signs: true, tasks: false },
      { role: 'instytucja', label: 'Instytucja', source: 'institution', min: 0, max: 10, signs: true, tasks: false },
      { role: 'przyjmujacy', label: 'Przyjmujący', source: 'institution', min: 0, max: 1, signs: false, tasks: false },
    ],
    peopleLabel: null,
    closing: '',
  };
  const party = (p: Partial<DocumentParty>): DocumentParty => ({ role: 'gmina', institutionId: null, unitId: null, name: 'Strona', address: '', representativeName: 'Jan Żak', representativeFunction: 'Wójt', tasks: '', ...p });
  const content = (over: Partial<DocumentContent> = {}): DocumentContent => ({ place: 'Janów', concludedOn: '', parties: [party({ unitId: 211 }), party({ role: 'instytucja', institutionId: 7 }), party({ role: 'przyjmujacy', institutionId: 8 })], people: [], fields: { cel: 'Współpraca' }, clauses: [], ...over });
  const row = (over: Partial<WaitingDocumentRow> = {}): WaitingDocumentRow => ({ id: 5, kind: 'agreement_pzk', number: 'PZK/2027/0001', status: 'draft', content: content(), gminaName: 'Janów', powiatName: 'sokólski', powiatIsCity: false, voivodeshipName: 'podlaskie', ...over });
  const gops = scopeOf('gops_animator');
  const school = scopeOf('pzk_member', { institutionId: 7 });

  it('a draft that lacks data: fill it in, on its edit page', () => {
    const item = documentItem(row({ content: content({ fields: { cel: '' } }) }), template, gops, true)!;
    expect(item).toMatchObject({ key: 'document:5', source: 'document', what: 'Uzupełnij projekt: Porozumienie o powołaniu i pracy PZK PZK/2027/0001', where: 'gmina Janów', dueOn: null, href: '/dokumenty/5/edycja', nav: '/dokumenty' });
    expect(documentItem(row({ content: content({ parties: [party({ unitId: 211, representativeName: '' })] }) }), template, gops, true)!.what).toMatch(/^Uzupełnij projekt/);
  });
  it('a complete draft: pass it to signature; a ready one: record the signatures', () => {
    expect(documentItem(row(), template, gops, true)).toMatchObject({ what: 'Przekaż do podpisu: Porozumienie o powołaniu i pracy PZK PZK/2027/0001', href: '/dokumenty/5' });
    expect(documentItem(row({ status: 'ready' }), template, gops, true)).toMatchObject({ what: 'Odnotuj podpisy stron: Porozumienie o powołaniu i pracy PZK PZK/2027/0001', href: '/dokumenty/5' });
  });
  it('a partner institution: only a ready document it signs as a party', () => {
    expect(documentItem(row({ status: 'ready' }), template, school, false)).toMatchObject({ what: 'Podpisz dokument (podpis odnotuje animator): Porozumienie o powołaniu i pracy PZK PZK/2027/0001' });
    expect(documentItem(row(), template, school, false)).toBeNull();
    expect(documentItem(row({ status: 'ready' }), template, scopeOf('pzk_member', { institutionId: 8 }), false)).toBeNull();
    expect(documentItem(row({ status: 'ready' }), template, scopeOf('pzk_member', { institutionId: 9 }), false)).toBeNull();
  });
  it('names the place: gmina, powiat (or city with powiat rights), województwo', () => {
    expect(documentItem(row({ gminaName: null }), template, gops, true)!.where).toBe('powiat sokólski');
    expect(documentItem(row({ gminaName: null, powiatName: 'Białystok', powiatIsCity: true }), template, gops, true)!.where).toBe('Białystok (miasto na prawach powiatu)');
    expect(documentItem(row({ gminaName: null, powiatName: null }), template, gops, true)!.where).toBe('województwo podlaskie');
  });
});

describe('roles a source does not concern get nothing, without a query', () => {
  const cases: [string, (db: DbOrTx, a: Actor, t: string) => Promise<unknown[]>, Role[]][] = [
    ['IPP tasks of an institution', ippTaskItems, ['gops_animator', 'pcpr_animator', 'social_worker', 'rops_admin', 'councillor', 'family_expert', 'national_admin']],
    ['partners’ reports', ippTaskUpdateItems, ['wzk_member', 'councillor', 'national_admin']],
    ['documents', documentItems, ['wzk_member', 'social_worker', 'councillor', 'family_expert', 'national_admin']],
    ['account requests', accountRequestItems, ['rops_adviser', 'pcpr_animator', 'gops_animator', 'pzk_member', 'national_admin']],
    ['membership proposals', membershipProposalItems, ['rops_admin', 'gops_animator', 'pzk_member', 'national_admin']],
    ['good-practice proposals', practiceProposalItems, ['pcpr_animator', 'gops_animator', 'wzk_member', 'pzk_member', 'national_admin']],
    ['notifications', notificationItems, ['pcpr_animator', 'gops_animator', 'wzk_member', 'pzk_member', 'national_admin']],
    ['model change proposals', modelProposalItems, ['rops_admin', 'rops_adviser', 'pcpr_animator', 'pzk_member']],
    ['evaluation questions', evaluationItems, ['rops_admin', 'rops_adviser', 'wzk_member', 'councillor', 'social_worker', 'pzk_member', 'family_expert', 'national_admin']],
  ];
  for (const [name, source, roles] of cases) {
    it.each(roles)(`${name}: %s`, async (role) => {
      await expect(source(noQueries, actorOf(role), '2027-03-31')).resolves.toEqual([]);
    });
  }
  it('a social worker over a powiat writes no evaluation answers', async () => {
    await expect(evaluationItems(noQueries, actorOf('social_worker', { level: 'powiat', gminaId: null }), '2027-03-31')).resolves.toEqual([]);
  });
});
