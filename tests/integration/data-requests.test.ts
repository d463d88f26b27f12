import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseMembers, cases, dataRequests, legalHolds } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { caseForWork } from '@/lib/cases/access';
import { saveHouseholdMember } from '@/lib/cases/cases';
import { clock } from '@/lib/clock';
import { groupInbox } from '@/lib/inbox/group';
import { getInbox } from '@/lib/inbox/inbox';
import { dataRequestItems } from '@/lib/inbox/sources/data-requests';
import { FROZEN_MESSAGES, LIFT_NEEDS_NOTICE } from '@/lib/rodo/freeze';
import { ERASURE_REFUSAL_BASES } from '@/lib/rodo/request-schemas';
import {
  completeRequest,
  decideRequest,
  eraseRequestCase,
  ERASURE_GRANTED_BASIS,
  extendRequest,
  getRequest,
  liftRequestRestriction,
  listRequests,
  recordRequestRestrictionNotice,
  refuseErasure,
  registerRequest,
  requestCaseMembers,
  restrictRequestCase,
} from '@/lib/rodo/requests';
import { CASE_TODAY, caseSetup, newCase, onDay, type CaseSetup } from '../case-factories';
import { DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, makeActor } from '../factories';

/*
 * Issue 16, item 2: the register of data-subject requests of a województwo. Lives on CASE_TODAY
 * (31.03.2027, tests/case-factories.ts); every date below is fixed around it.
 * Restriction freezes the case through lib/rodo/freeze.ts; erasure anonymises it through
 * lib/retention/anonymise.ts.
 */

const db = () => getDb();
let s: CaseSetup;
let admin: Actor, farAdmin: Actor, adviser: Actor;
let caseId: number, caseNumber: string, mother: number;

const fail = (p: Promise<unknown>) => p.then(() => ({ code: 'allow', message: '', fieldErrors: {} as Record<string, string[]> }), (e) => e as { code: string; message: string; fieldErrors?: Record<string, string[]> });
const rowOf = async (id: number) => (await db().select().from(dataRequests).where(eq(dataRequests.id, id)))[0];
const register = (a: Actor, over: Record<string, unknown> = {}) => registerRequest(a, { kind: 'access', requesterName: 'Halina Zięba', requesterContact: 'ul. Polna 1, Janów', receivedOn: '2027-03-15', caseNumber: '', caseMemberId: '', subject: 'Proszę o kopię moich danych.', ...over });

beforeAll(async () => {
  s = await caseSetup([JANOW, DABROWA]);
  admin = await makeActor('rops_admin', PODLASKIE);
  farAdmin = await makeActor('rops_admin', MAZOWIECKIE);
  adviser = s.rops;
  ({ caseId, mother } = await newCase(s));
  [{ number: caseNumber }] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
});

describe('registering', () => {
  it('numbers requests per województwo and year of receipt, and counts the month from receipt', async () => {
    const a = await register(admin, { receivedOn: '2027-01-31' });
    const b = await register(admin, { receivedOn: '2027-02-01' });
    const old = await register(admin, { receivedOn: '2026-12-20' });
    const far = await register(farAdmin, { receivedOn: '2027-03-01' });
    expect(a.number).toMatch(/^RODO\/2027\/\d{4}$/);
    expect(Number(b.number.slice(-4))).toBe(Number(a.number.slice(-4)) + 1);
    expect(old.number).toBe('RODO/2026/0001');
    expect(far.number).toBe('RODO/2027/0001');
    expect(a.dueOn).toBe('2027-02-28');
    expect(b.dueOn).toBe('2027-03-01');
    expect(old.dueOn).toBe('2027-01-20');
  });

  it('links the case of its own województwo by number and one of its household members', async () => {
    const r = await register(admin, { kind: 'rectification', caseNumber: caseNumber.toLowerCase(), caseMemberId: String(mother) });
    const row = await rowOf(r.id);
    expect(row).toMatchObject({ caseId, caseMemberId: mother, kind: 'rectification', voivodeshipId: admin.scope.voivodeshipId, createdBy: admin.userId, version: 1 });
    const page = await getRequest(admin, r.id);
    expect(page.member?.label).toBe('Halina Zięba (matka)');
    expect(page.case?.number).toBe(caseNumber);
  });

  it('refuses a case of another województwo or an unknown number, a member of another case, a date in the future', async () => {
    const before = (await db().select().from(dataRequests)).length;
    expect((await fail(register(farAdmin, { caseNumber }))).fieldErrors).toEqual({ caseNumber: ['nie znaleziono sprawy o tym numerze'] });
    expect((await fail(register(admin, { caseNumber: 'R/2027/9999' }))).fieldErrors).toEqual({ caseNumber: ['nie znaleziono sprawy o tym numerze'] });
    const { caseId: other } = await newCase(s);
    const [otherMember] = await db().select({ id: caseMembers.id }).from(caseMembers).where(eq(caseMembers.caseId, other));
    expect((await fail(register(admin, { caseNumber, caseMemberId: String(otherMember.id) }))).fieldErrors).toEqual({ caseMemberId: ['Wybierz osobę z tej sprawy.'] });
    expect((await fail(register(admin, { receivedOn: '2027-04-01' }))).fieldErrors?.receivedOn).toEqual(['Data nie może być późniejsza niż dziś (31.03.2027).']);
    expect((await fail(register(admin, { requesterName: ' ' }))).fieldErrors?.requesterName).toEqual(['To pole jest wymagane.']);
    expect((await db().select().from(dataRequests)).length).toBe(before);
  });

  it('writes ids and kinds to the audit log, never the person', async () => {
    const r = await register(admin, { requesterName: 'Zofia Tajemnicza', subject: 'Dane o zdrowiu syna' });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'data_request.registered'), eq(auditLog.entityId, String(r.id))));
    expect(entry).toMatchObject({ entityType: 'data_request', voivodeshipId: admin.scope.voivodeshipId, userId: admin.userId });
    expect(entry.details).toEqual({ number: r.number, kind: 'access', caseId: null });
    expect(JSON.stringify(entry)).not.toMatch(/Zofia|Tajemnicza|zdrowiu/);
  });

  it('lists the household of a case for the form, writing the reading to the case access log', async () => {
    const found = await requestCaseMembers(admin, caseNumber);
    expect(found.members.map((m) => m.label)).toEqual(['Halina Zięba (matka)', 'Łukasz Zięba (syn)']);
    const opened = await db().select().from(auditLog).where(and(eq(auditLog.action, 'case.opened'), eq(auditLog.entityId, String(caseId)), eq(auditLog.userId, admin.userId)));
    expect(opened.map((e) => (e.details as { what: string }).what)).toContain('rodo');
    expect((await fail(requestCaseMembers(farAdmin, caseNumber))).code).toBe('INVALID');
  });
});

describe('the register and its scope', () => {
  it('filters open, overdue and done; another województwo and other roles see nothing of it', async () => {
    const overdue = await register(admin, { receivedOn: '2027-02-10', kind: 'objection' });
    const open = await register(admin, { receivedOn: '2027-03-20', kind: 'objection' });
    const done = await register(admin, { receivedOn: '2027-03-20', kind: 'objection' });
    await completeRequest(admin, { id: done.id, version: 1, doneOn: '2027-03-25' });
    const ids = async (status: 'open' | 'overdue' | 'done' | 'all') => (await listRequests(admin, { status, kind: 'objection' })).map((r) => r.id);
    expect(await ids('open')).toEqual([overdue.id, open.id]);
    expect(await ids('overdue')).toEqual([overdue.id]);
    expect(await ids('done')).toEqual([done.id]);
    expect((await ids('all')).sort()).toEqual([overdue.id, open.id, done.id].sort());
    const listed = await listRequests(admin, { status: 'all', kind: 'objection' });
    expect(listed.find((r) => r.id === overdue.id)).toMatchObject({ status: 'overdue', deadline: '2027-03-10', daysLeft: -21 });
    expect(listed.find((r) => r.id === open.id)).toMatchObject({ status: 'open', deadline: '2027-04-20', daysLeft: 20 });
    expect(listed.find((r) => r.id === done.id)).toMatchObject({ status: 'done', daysLeft: null });
    expect((await listRequests(farAdmin, { status: 'all' })).map((r) => r.id)).not.toContain(open.id);
    expect((await fail(getRequest(farAdmin, open.id))).code).toBe('NOT_FOUND');
    expect((await fail(completeRequest(farAdmin, { id: open.id, version: 1, doneOn: '2027-03-30' }))).code).toBe('NOT_FOUND');
    expect((await fail(getRequest(adviser, open.id))).code).toBe('FORBIDDEN');
    expect((await fail(listRequests(s.gops))).code).toBe('FORBIDDEN');
    expect((await rowOf(open.id)).doneOn).toBeNull();
  });
});

describe('extending the deadline', () => {
  it('refuses too late, too long, no reason, told after the deadline — and changes nothing', async () => {
    const late = await register(admin, { receivedOn: '2027-02-10' });
    const r = await register(admin, { receivedOn: '2027-03-15' });
    const ok = { id: r.id, version: 1, extendedUntil: '2027-06-15', extensionReason: 'Wiele spraw do przejrzenia.', extensionNotifiedOn: '2027-03-30' };
    expect((await fail(extendRequest(admin, { ...ok, id: late.id, extendedUntil: '2027-05-10' }))).fieldErrors?.extendedUntil).toEqual(['Termin można przedłużyć tylko przed jego upływem (10.03.2027).']);
    expect((await fail(extendRequest(admin, { ...ok, extendedUntil: '2027-06-16' }))).fieldErrors?.extendedUntil).toEqual(['Termin można przedłużyć najwyżej o dwa miesiące — do 15.06.2027.']);
    expect((await fail(extendRequest(admin, { ...ok, extensionReason: '' }))).fieldErrors?.extensionReason).toEqual(['To pole jest wymagane.']);
    expect((await fail(extendRequest(admin, { ...ok, extensionNotifiedOn: '2027-04-01' }))).fieldErrors?.extensionNotifiedOn).toEqual(['Data nie może być późniejsza niż dziś (31.03.2027).']);
    for (const id of [late.id, r.id]) expect(await rowOf(id)).toMatchObject({ extendedUntil: null, extensionReason: null, extensionNotifiedOn: null, version: 1 });

    await extendRequest(admin, ok);
    expect(await rowOf(r.id)).toMatchObject({ dueOn: '2027-04-15', extendedUntil: '2027-06-15', extensionReason: 'Wiele spraw do przejrzenia.', extensionNotifiedOn: '2027-03-30', version: 2 });
    expect((await listRequests(admin, { status: 'all' })).find((x) => x.id === r.id)).toMatchObject({ status: 'extended', deadline: '2027-06-15' });
    // Once only; a stale form is a conflict.
    expect((await fail(extendRequest(admin, { ...ok, version: 2, extendedUntil: '2027-06-01' }))).fieldErrors?.extendedUntil).toEqual(['Termin został już przedłużony do 15.06.2027.']);
    expect((await fail(extendRequest(admin, ok))).code).toBe('CONFLICT');
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'data_request.extended'), eq(auditLog.entityId, String(r.id))));
    expect(entry.details).toEqual({ number: r.number, kind: 'access', extendedUntil: '2027-06-15' });
  });

  it('allows extending on the original deadline day itself, across the end of February', async () => {
    const r = await register(admin, { receivedOn: '2027-01-31' });
    expect(r.dueOn).toBe('2027-02-28');
    await onDay('2027-02-28', () => extendRequest(admin, { id: r.id, version: 1, extendedUntil: '2027-04-28', extensionReason: 'Złożone żądanie.', extensionNotifiedOn: '2027-02-28' }));
    expect((await rowOf(r.id)).extendedUntil).toBe('2027-04-28');
  });
});

describe('decision and completion', () => {
  it('requires a legal basis when refused or partly granted; decides once', async () => {
    const r = await register(admin, { kind: 'objection' });
    for (const decision of ['refused', 'partly_granted']) {
      expect((await fail(decideRequest(admin, { id: r.id, version: 1, decision, legalBasis: '', decisionNote: '', decidedOn: '2027-03-30' }))).fieldErrors?.legalBasis).toEqual(['Przy odmowie lub uwzględnieniu w części podaj podstawę prawną.']);
    }
    expect((await rowOf(r.id)).decision).toBeNull();
    await decideRequest(admin, { id: r.id, version: 1, decision: 'refused', legalBasis: 'art. 21 ust. 1 RODO — ważne prawnie uzasadnione podstawy (zadanie publiczne).', decisionNote: '', decidedOn: '2027-03-30' });
    expect(await rowOf(r.id)).toMatchObject({ decision: 'refused', legalBasis: 'art. 21 ust. 1 RODO — ważne prawnie uzasadnione podstawy (zadanie publiczne).', decidedOn: '2027-03-30', version: 2 });
    expect((await fail(decideRequest(admin, { id: r.id, version: 2, decision: 'granted', decidedOn: '2027-03-30' }))).message).toBe('Decyzja w sprawie tego żądania została już zapisana.');
    const granted = await register(admin, { kind: 'rectification' });
    await decideRequest(admin, { id: granted.id, version: 1, decision: 'granted', legalBasis: '', decisionNote: 'Poprawiono nazwisko w sprawie.', decidedOn: '2027-03-31' });
    expect(await rowOf(granted.id)).toMatchObject({ decision: 'granted', legalBasis: null, decisionNote: 'Poprawiono nazwisko w sprawie.' });
  });

  it('completes on a day between receipt and today; a done request takes no more changes', async () => {
    const r = await register(admin, { receivedOn: '2027-03-10' });
    expect((await fail(completeRequest(admin, { id: r.id, version: 1, doneOn: '2027-03-09' }))).fieldErrors?.doneOn).toEqual(['Data zakończenia nie może być wcześniejsza niż wpływ żądania (10.03.2027).']);
    expect((await fail(completeRequest(admin, { id: r.id, version: 1, doneOn: '2027-04-01' }))).fieldErrors?.doneOn).toEqual(['Data nie może być późniejsza niż dziś (31.03.2027).']);
    await completeRequest(admin, { id: r.id, version: 1, doneOn: '2027-03-10' });
    expect(await rowOf(r.id)).toMatchObject({ doneOn: '2027-03-10', version: 2 });
    expect((await fail(decideRequest(admin, { id: r.id, version: 2, decision: 'granted', decidedOn: '2027-03-30' }))).message).toBe('Żądanie zostało zrealizowane 10.03.2027 — nie można go już zmieniać.');
  });
});

describe('erasure', () => {
  it('refused on art. 17(3)(b): the basis is recorded in full, restriction is then offered', async () => {
    const r = await register(admin, { kind: 'erasure', caseNumber });
    expect((await fail(refuseErasure(admin, { id: r.id, version: 1, basis: 'x', decidedOn: '2027-03-31' }))).fieldErrors?.basis).toEqual(['Wybierz podstawę odmowy.']);
    await refuseErasure(admin, { id: r.id, version: 1, basis: 'b', decisionNote: 'Akta kategorii B10.', decidedOn: '2027-03-31' });
    expect(await rowOf(r.id)).toMatchObject({ decision: 'refused', legalBasis: ERASURE_REFUSAL_BASES.b, decisionNote: 'Akta kategorii B10.' });
    expect(ERASURE_REFUSAL_BASES.b).toMatch(/^art\. 17 ust\. 3 lit\. b RODO.*narodowym zasobie archiwalnym/);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'data_request.decided'), eq(auditLog.entityId, String(r.id))));
    expect(entry.details).toEqual({ number: r.number, kind: 'erasure', decision: 'refused', basis: 'art. 17 ust. 3 lit. b' });
    const page = await getRequest(admin, r.id);
    expect(page.can).toMatchObject({ refuseErasure: false, erase: false, restrict: true });
    expect((await fail(refuseErasure(admin, { id: r.id, version: 2, basis: 'd', decidedOn: '2027-03-31' }))).code).toBe('INVALID');
  });

  it('is not carried out while the case is worked with, or under a legal hold; nothing changes', async () => {
    const { caseId: id } = await newCase(s);
    const [{ number }] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, id));
    const r = await register(admin, { kind: 'erasure', caseNumber: number });
    const erase = () => fail(eraseRequestCase(admin, { id: r.id, version: 1, confirm: true }));
    expect((await fail(eraseRequestCase(admin, { id: r.id, version: 1, confirm: false }))).fieldErrors?.confirm).toEqual(['Potwierdź, że rozumiesz, że anonimizacji nie można cofnąć.']);
    expect((await erase()).message).toMatch(/^Sprawa jest w toku/);
    // Closed this year: its files are kept (B10) until 01.01.2038 — the archiving duty of art. 17(3)(b).
    await db().update(cases).set({ status: 'closed', closedOn: '2027-03-20', closedReason: 'Cele osiągnięte.' }).where(eq(cases.id, id));
    expect((await erase()).message).toBe('Akta sprawy przechowuje się do 01.01.2038 (kategoria archiwalna B10) — do tego czasu usunięcie nie przysługuje (art. 17 ust. 3 lit. b RODO: obowiązek przechowywania akt). Można ograniczyć przetwarzanie.');
    expect((await getRequest(admin, r.id)).can).toMatchObject({ erase: false, refuseErasure: true });
    // Closed long ago (its period over), but under a legal hold.
    await db().update(cases).set({ closedOn: '2015-03-20' }).where(eq(cases.id, id));
    await db().insert(legalHolds).values({ caseId: id, reason: 'Postępowanie sądowe', until: '2027-12-31', placedBy: admin.userId, placedByName: admin.name });
    expect((await erase()).message).toBe('Na sprawę nałożono blokadę prawną do 31.12.2027 — nie można jej teraz zanonimizować.');
    expect(await rowOf(r.id)).toMatchObject({ decision: null, version: 1 });
    expect((await db().select({ anonymisedAt: cases.anonymisedAt }).from(cases).where(eq(cases.id, id)))[0].anonymisedAt).toBeNull();
    const noCase = await register(admin, { kind: 'erasure' });
    expect((await fail(eraseRequestCase(admin, { id: noCase.id, version: 1, confirm: true }))).message).toBe('Żądanie nie dotyczy sprawy prowadzonej w systemie.');
  });

  it('where due (case closed, its archival period over, no hold), anonymises the case and grants the request', async () => {
    const { caseId: id } = await newCase(s);
    const [{ number }] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, id));
    // Closed in 2015, B10: kept until 01.01.2026, before this test's today.
    await db().update(cases).set({ status: 'closed', closedOn: '2015-03-20', closedReason: 'Cele osiągnięte.' }).where(eq(cases.id, id));
    const r = await register(admin, { kind: 'erasure', caseNumber: number });
    await eraseRequestCase(admin, { id: r.id, version: 1, confirm: true });
    const [c] = await db().select({ anonymisedAt: cases.anonymisedAt, anonymisedReason: cases.anonymisedReason }).from(cases).where(eq(cases.id, id));
    expect(c.anonymisedAt).not.toBeNull();
    expect(c.anonymisedReason).toBe(`żądanie ${r.number}`);
    const names = await db().select({ firstName: caseMembers.firstName, lastName: caseMembers.lastName }).from(caseMembers).where(eq(caseMembers.caseId, id));
    expect(JSON.stringify(names)).not.toMatch(/Halina|Zięba/);
    expect(await rowOf(r.id)).toMatchObject({ decision: 'granted', legalBasis: ERASURE_GRANTED_BASIS, decidedOn: CASE_TODAY });
  });
});

describe('restriction through a request', () => {
  it('freezes the case (no new work), needs the notice before lifting, then the case takes work again', async () => {
    const { caseId: id } = await newCase(s);
    const [{ number }] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, id));
    const r = await register(admin, { kind: 'restriction', caseNumber: number });
    const member = { caseId: id, firstName: 'Jan', lastName: 'Nowy', birthYear: '2010', relation: 'wnuk', pesel: '', notes: '' };
    await restrictRequestCase(admin, { id: r.id, version: 1, reason: 'Osoba kwestionuje prawidłowość danych.' });
    expect(await fail(saveHouseholdMember(s.gops, member))).toMatchObject({ code: 'INVALID', message: FROZEN_MESSAGES.restricted });
    expect(await fail(db().transaction((tx) => caseForWork(tx, s.gops, id)))).toMatchObject({ code: 'INVALID', message: FROZEN_MESSAGES.restricted });
    expect((await getRequest(admin, r.id)).can).toMatchObject({ restrict: false, notice: true, lift: false });
    expect(await fail(liftRequestRestriction(admin, { id: r.id, version: 2 }))).toMatchObject({ code: 'INVALID', message: LIFT_NEEDS_NOTICE });
    expect((await rowOf(r.id)).version).toBe(2);
    // The person is answered; the restriction stays until it is lifted, through the same request.
    await completeRequest(admin, { id: r.id, version: 2, doneOn: '2027-03-31' });
    expect(await fail(saveHouseholdMember(s.gops, member))).toMatchObject({ code: 'INVALID', message: FROZEN_MESSAGES.restricted });
    await recordRequestRestrictionNotice(admin, { id: r.id, version: 3, noticeGivenOn: '2027-03-31' });
    await liftRequestRestriction(admin, { id: r.id, version: 4 });
    expect((await fail(saveHouseholdMember(s.gops, member))).code).toBe('allow');
    const page = await getRequest(admin, r.id);
    expect(page.timeline.map((t) => t.step)).toEqual([
      'Wpłynęło żądanie: ograniczenie przetwarzania (art. 18)',
      'Ograniczono przetwarzanie danych sprawy',
      'Poinformowano osobę o planowanym zniesieniu ograniczenia',
      'Zniesiono ograniczenie przetwarzania',
      'Zakończono realizację żądania',
    ]);
  });

  it('is offered instead of a refused erasure', async () => {
    const { caseId: id } = await newCase(s);
    const [{ number }] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, id));
    const r = await register(admin, { kind: 'erasure', caseNumber: number });
    await refuseErasure(admin, { id: r.id, version: 1, basis: 'd', decidedOn: '2027-03-31' });
    await restrictRequestCase(admin, { id: r.id, version: 2, reason: 'Ograniczenie zamiast usunięcia.' });
    expect((await getRequest(admin, r.id)).restriction).toMatchObject({ requestId: r.id });
    // Another request about the same case neither restricts it again nor lifts this restriction.
    const other = await register(admin, { kind: 'restriction', caseNumber: number });
    expect((await fail(restrictRequestCase(admin, { id: other.id, version: 1, reason: 'x' }))).message).toBe('Przetwarzanie danych tej sprawy jest już ograniczone.');
    expect((await fail(recordRequestRestrictionNotice(admin, { id: other.id, version: 1, noticeGivenOn: '2027-03-31' }))).message).toBe('Ograniczenie przetwarzania tej sprawy nałożono w ramach innego żądania — znieś je na jego karcie.');
    expect((await getRequest(admin, other.id)).can).toMatchObject({ restrict: false, notice: false, lift: false });
  });
});

describe('restriction steps without a case or of another kind', () => {
  it('are refused before anything is frozen', async () => {
    const noCase = await register(admin, { kind: 'restriction' });
    expect((await fail(restrictRequestCase(admin, { id: noCase.id, version: 1, reason: 'x' }))).message).toBe('Żądanie nie dotyczy sprawy prowadzonej w systemie.');
    const access = await register(admin, { kind: 'access', caseNumber });
    expect((await fail(restrictRequestCase(admin, { id: access.id, version: 1, reason: 'x' }))).message).toBe('Ograniczenie przetwarzania dotyczy żądań ograniczenia lub usunięcia danych.');
    expect(await rowOf(access.id)).toMatchObject({ version: 1 });
  });
});

describe('the inbox', () => {
  it('lists open requests by deadline for the ROPS administrator; overdue ones land in "Zaległe"; never the person', async () => {
    const overdue = await register(admin, { kind: 'erasure', receivedOn: '2027-02-15', requesterName: 'Ignacy Skryty' });
    const soon = await register(admin, { kind: 'access', receivedOn: '2027-03-20' });
    const extended = await register(admin, { kind: 'objection', receivedOn: '2027-03-25' });
    await extendRequest(admin, { id: extended.id, version: 1, extendedUntil: '2027-06-25', extensionReason: 'Wiele spraw.', extensionNotifiedOn: '2027-03-31' });
    const done = await register(admin, { kind: 'access', receivedOn: '2027-03-20' });
    await completeRequest(admin, { id: done.id, version: 1, doneOn: '2027-03-31' });
    const items = await dataRequestItems(db(), admin, clock.today());
    const byKey = new Map(items.map((i) => [i.key, i]));
    expect(byKey.get(`data-request:${overdue.id}`)).toEqual({
      key: `data-request:${overdue.id}`,
      source: 'data_request',
      what: `Odpowiedz na żądanie ${overdue.number}: usunięcie (art. 17)`,
      where: 'rejestr żądań RODO',
      dueOn: '2027-03-15',
      href: `/admin/rodo/${overdue.id}`,
      nav: '/admin/rodo',
    });
    expect(byKey.get(`data-request:${soon.id}`)?.dueOn).toBe('2027-04-20');
    expect(byKey.get(`data-request:${extended.id}`)?.dueOn).toBe('2027-06-25');
    expect(byKey.has(`data-request:${done.id}`)).toBe(false);
    expect(JSON.stringify(items)).not.toMatch(/Ignacy|Skryty|Halina|Zięba/);
    const groups = groupInbox(items, clock.today());
    expect(groups.find((g) => g.label === 'Zaległe')!.items.map((i) => i.key)).toContain(`data-request:${overdue.id}`);
    expect(groups.find((g) => g.label === 'Zaległe')!.items.map((i) => i.key)).not.toContain(`data-request:${soon.id}`);
    // The whole inbox carries it too; another województwo's administrator and other roles never see it.
    expect((await getInbox(admin)).items.map((i) => i.key)).toContain(`data-request:${overdue.id}`);
    expect((await dataRequestItems(db(), farAdmin, clock.today())).map((i) => i.key)).not.toContain(`data-request:${overdue.id}`);
    for (const a of [adviser, s.gops, s.pcpr]) expect(await dataRequestItems(db(), a, clock.today())).toEqual([]);
  });
});
