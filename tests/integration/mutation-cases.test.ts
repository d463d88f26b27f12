import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseAccessPurposes, caseRestrictions, cases, documents, pzkMembers, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { accessLog, caseForWork, givePurpose, openCase, PURPOSE_HOURS, touchCase } from '@/lib/cases/access';
import { documentsVisibleTo } from '@/lib/documents/access';
import { createDocument } from '@/lib/documents/documents';
import { pzkAccess, pzksVisibleTo } from '@/lib/pzk/access';
import { saveHouseholdMember } from '@/lib/cases/cases';
import { PurposeRequiredError } from '@/lib/errors';
import { FROZEN_MESSAGES, FROZEN_PRINT_MESSAGES } from '@/lib/rodo/freeze';
import { caseSetup, newCase, type CaseSetup } from '../case-factories';
import { PODLASKIE, makeActor, makeInstitution } from '../factories';

/*
 * Written for the mutation run (docs/testing.md): what opening a case records (RODO art. 9: every
 * opening in the audit log, as opened, printed or exported), ROPS's purpose of access and how long
 * it holds, who may change a case and in which statuses new work is refused, and what the access
 * log lists. From the comments of lib/cases/access.ts and DOMAIN.md §4.
 */

const db = () => getDb();
let s: CaseSetup;
let caseId: number;

beforeAll(async () => {
  s = await caseSetup(['2005022', '2005032']);
  ({ caseId } = await newCase(s));
}, 300_000);

const lastEntry = async (userId: string) =>
  (await db().select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), eq(auditLog.userId, userId))).orderBy(sql`${auditLog.id} desc`).limit(1))[0];
const lastEntryOf = async (id: number, userId: string) =>
  (await db().select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(id)), eq(auditLog.userId, userId))).orderBy(sql`${auditLog.id} desc`).limit(1))[0];
const setStatus = (status: (typeof cases.$inferSelect)['status']) => db().update(cases).set({ status }).where(eq(cases.id, caseId));
const addMember = (actor: CaseSetup['gops']) =>
  saveHouseholdMember(actor, { caseId, firstName: 'Jan', lastName: 'Zięba', birthYear: '1950', relation: 'dziadek', pesel: '', notes: '' }).then(
    () => 'OK',
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  );

describe('opening a case is written to the audit log, as what it was', () => {
  it('a page is an opening, a PDF a printing, the export an export — each with what and how it was opened', async () => {
    const opened = await openCase(s.gops, caseId);
    expect(opened).toMatchObject({ id: caseId, access: 'write', purpose: null, keyWorkerName: 'Test social_worker' });
    expect(await lastEntry(s.gops.userId)).toMatchObject({ action: 'case.opened', details: { what: 'konto', access: 'write' } });
    await openCase(s.gops, caseId, 'ipp');
    expect(await lastEntry(s.gops.userId)).toMatchObject({ action: 'case.opened', details: { what: 'ipp' } });
    await openCase(s.gops, caseId, 'pdf:ipp');
    expect(await lastEntry(s.gops.userId)).toMatchObject({ action: 'case.printed', details: { what: 'pdf:ipp' } });
    await openCase(s.gops, caseId, 'eksport');
    expect(await lastEntry(s.gops.userId)).toMatchObject({ action: 'case.exported', details: { what: 'eksport' } });
    await openCase(s.member, caseId);
    expect(await lastEntry(s.member.userId)).toMatchObject({ action: 'case.opened', details: { access: 'read' } });
  });
});

describe('a frozen case is read, never printed or exported from its pages', () => {
  const failure = (p: Promise<unknown>) => p.then(() => 'opened', (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`);
  const entries = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(frozenId)), eq(auditLog.userId, s.gops.userId))))[0].n;
  let frozenId: number;

  it('restricted (RODO art. 18): the page opens; a PDF and the export are refused with the reason, and nothing is logged as printed or exported', async () => {
    ({ caseId: frozenId } = await newCase(s));
    await db().insert(caseRestrictions).values({ caseId: frozenId, reason: 'Żądanie ograniczenia przetwarzania', placedBy: s.gops.userId });
    expect(await openCase(s.gops, frozenId, 'ipp')).toMatchObject({ id: frozenId, freeze: { kind: 'restricted' } });
    const before = await entries();
    expect(await failure(openCase(s.gops, frozenId, 'pdf:ipp'))).toBe(`CONFLICT: ${FROZEN_PRINT_MESSAGES.restricted}`);
    const exported = await failure(openCase(s.gops, frozenId, 'eksport'));
    expect(exported).toBe(`CONFLICT: ${FROZEN_MESSAGES.restricted} Kopię danych (art. 15) wydaje się tylko w ramach zarejestrowanego żądania osoby (Administracja → RODO).`);
    expect(await entries()).toBe(before);
  });

  it('anonymised: a PDF and the export are refused, the export saying the personal data are gone', async () => {
    await db().update(caseRestrictions).set({ liftedAt: new Date(), liftedBy: s.gops.userId }).where(eq(caseRestrictions.caseId, frozenId));
    await db().update(cases).set({ anonymisedAt: new Date(), anonymisedReason: 'upływ okresu przechowywania' }).where(eq(cases.id, frozenId));
    expect(await failure(openCase(s.gops, frozenId, 'pdf:karta'))).toBe(`CONFLICT: ${FROZEN_PRINT_MESSAGES.anonymised}`);
    expect(await failure(openCase(s.gops, frozenId, 'eksport'))).toBe('CONFLICT: Sprawa została zanonimizowana — jej danych nie eksportuje się (dane osobowe usunięto).');
    // Once lifted and not anonymised, the same case prints again (the guard looks at the freeze, not at the case).
    await db().update(cases).set({ anonymisedAt: null }).where(eq(cases.id, frozenId));
    await openCase(s.gops, frozenId, 'pdf:ipp');
    expect(await lastEntryOf(frozenId, s.gops.userId)).toMatchObject({ action: 'case.printed' });
  });
});

describe('ROPS supervision needs a stated purpose', () => {
  it(`the purpose holds ${PURPOSE_HOURS} hours, is written with each opening, and a writer is never asked for one`, async () => {
    await expect(openCase(s.rops, caseId)).rejects.toBeInstanceOf(PurposeRequiredError);
    const before = Date.now();
    await givePurpose(s.rops, { caseId, purpose: 'Superwizja: przegląd pracy z rodziną' });
    const [p] = await db().select().from(caseAccessPurposes).where(and(eq(caseAccessPurposes.caseId, caseId), eq(caseAccessPurposes.userId, s.rops.userId)));
    const hours = (p.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(PURPOSE_HOURS - 0.01);
    expect(hours).toBeLessThan(PURPOSE_HOURS + 0.1);
    expect(await lastEntry(s.rops.userId)).toMatchObject({ action: 'case.purpose_given', details: { purpose: 'Superwizja: przegląd pracy z rodziną' } });
    expect(await openCase(s.rops, caseId)).toMatchObject({ access: 'supervise', purpose: 'Superwizja: przegląd pracy z rodziną' });
    expect(await lastEntry(s.rops.userId)).toMatchObject({ action: 'case.opened', details: { access: 'supervise', purpose: 'Superwizja: przegląd pracy z rodziną' } });
    expect(await givePurpose(s.rops, { caseId, purpose: 'Superwizja: drugi przegląd' })).toEqual({ ok: true });
    // Past its time the purpose no longer holds.
    await db().update(caseAccessPurposes).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(caseAccessPurposes.userId, s.rops.userId));
    await expect(openCase(s.rops, caseId)).rejects.toBeInstanceOf(PurposeRequiredError);
    // The GOPS animator writes the case: stating a purpose records nothing.
    expect(await givePurpose(s.gops, { caseId, purpose: 'Niepotrzebny cel' })).toEqual({ ok: true });
    expect(await db().select().from(caseAccessPurposes).where(eq(caseAccessPurposes.userId, s.gops.userId))).toHaveLength(0);
    // Someone who may not open the case learns nothing from the purpose form.
    await expect(givePurpose(s.strangerGops, { caseId, purpose: 'Sprawdzam z ciekawości, co to za rodzina' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('who may change a case, and when', () => {
  it('a team member and ROPS are refused with the reason; the key worker and the animators change it', async () => {
    expect(await addMember(s.member)).toBe('FORBIDDEN: Zmiany w sprawie wprowadza pracownik kluczowy lub animator.');
    expect(await addMember(s.rops)).toBe('FORBIDDEN: ROPS ma wgląd w sprawy tylko do odczytu (superwizja).');
    expect(await addMember(s.strangerGops)).toBe('NOT_FOUND: Nie znaleziono sprawy.');
    expect(await addMember(s.socialWorker)).toBe('OK');
  });

  it('a refusal names the case it refused, for the audit of refusals', async () => {
    const refused = await db().transaction((tx) => caseForWork(tx, s.strangerGops, caseId)).catch((e) => e);
    expect(refused).toMatchObject({ code: 'NOT_FOUND', entity: { type: 'case', id: caseId, voivodeshipId: s.pzk.voivodeshipId } });
  });

  it('a case that does not exist is not found — for a change and for the purpose form alike', async () => {
    await expect(db().transaction((tx) => caseForWork(tx, s.gops, 987_654))).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Nie znaleziono sprawy.' });
    await expect(givePurpose(s.rops, { caseId: 987_654, purpose: 'Superwizja: przegląd pracy' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a case-level change applies only to the version the form was opened with', async () => {
    const [{ version }] = await db().select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
    await expect(db().transaction((tx) => touchCase(tx, caseId, {}, version - 1))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await db().select({ version: cases.version }).from(cases).where(eq(cases.id, caseId)))[0].version).toBe(version);
    expect(await db().transaction((tx) => touchCase(tx, caseId, {}, version))).toBe(version + 1);
  });

  it('new work is taken while the case is referred, qualified or in after-care; a closed, refused or handed-over case says why not', async () => {
    for (const status of ['referred', 'qualified', 'after_care'] as const) {
      await setStatus(status);
      expect(await addMember(s.gops), status).toBe('OK');
    }
    await setStatus('closed');
    expect(await addMember(s.gops)).toBe('INVALID: Sprawa jest zamknięta — nie można wprowadzać nowych działań.');
    for (const status of ['refused', 'handed_over'] as const) {
      await setStatus(status);
      expect(await addMember(s.gops), status).toBe('INVALID: W tej sprawie nie prowadzi się już nowych działań.');
    }
    await setStatus('referred');
  });
});

describe('the access log', () => {
  it('lists the openings, printings, exports and purposes — not the other events of the case — for the key worker and animators only', async () => {
    // Its own events of each kind (the test runs alone too): an opening, an export, a purpose, a printing.
    await openCase(s.gops, caseId);
    await openCase(s.gops, caseId, 'eksport');
    await givePurpose(s.rops, { caseId, purpose: 'Superwizja: dziennik dostępu' });
    await openCase(s.pcpr, caseId, 'pdf:karta');
    const log = await accessLog(s.pcpr, caseId);
    const kinds = new Set(log.entries.map((e) => e.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['eksport', 'konto', 'pdf:karta', 'cel-dostepu', 'dziennik-dostepu']));
    // The case has other events (created, members and consents saved): none of them is listed —
    // the folded rows count exactly the openings, printings, exports and purposes.
    const events = await db().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId))));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['case.created', 'case.member_saved', 'case.consent_recorded']));
    const accessEvents = events.filter((e) => ['case.opened', 'case.printed', 'case.exported', 'case.purpose_given'].includes(e.action));
    expect(log.entries.reduce((n, e) => n + e.count, 0)).toBe(accessEvents.length);
    expect(log.entries.find((e) => e.kind === 'pdf:karta' && e.userEmail === s.pcpr.email)).toMatchObject({ kindLabel: 'Wydruk karty oczekiwań (PDF)', count: 1 });
    // Reading the log is itself an opening, named as such.
    expect(await lastEntry(s.pcpr.userId)).toMatchObject({ action: 'case.opened', details: { what: 'dziennik-dostepu' } });
    await expect(accessLog(s.member, caseId)).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Dziennik dostępu widzi pracownik kluczowy i animatorzy.' });
  });
});

describe('the PZK list twin (pzksVisibleTo) and membership by territory', () => {
  const visible = async (actor: Actor) => (await db().select({ id: pzks.id }).from(pzks).where(pzksVisibleTo(actor))).map((p) => p.id);

  it('territorial roles see the PZKs of their area, WZK none, an institution only those it signed or is listed on', async () => {
    expect(await visible(s.gops)).toEqual([s.pzk.id]);
    expect((await visible(s.pcpr)).sort()).toEqual([s.pzk.id, s.otherPzk.id].sort());
    expect(await visible(await makeActor('wzk_member', PODLASKIE))).toEqual([]);
    // The stranger member signed the other PZK's agreement and is listed there only.
    expect(await visible(s.strangerMember)).toEqual([s.otherPzk.id]);
    // An institution of the gmina that neither signed nor is listed sees none.
    expect(await visible(await makeActor('pzk_member', '2005022'))).toEqual([]);
    // An institution scope without its institution sees none, whatever institution has id 1.
    expect(await visible({ ...s.member, scope: { ...s.member.scope, institutionId: null } })).toEqual([]);
  });

  it('an institution of another województwo put on the member list by mistake takes no part', async () => {
    const foreign = await makeInstitution('1401022');
    await db().insert(pzkMembers).values({ pzkId: s.pzk.id, institutionId: foreign.id, name: 'Osoba z innego województwa', function: 'Pedagog', teamRole: 'invited' });
    const foreignScope = { role: 'pzk_member' as const, level: 'institution' as const, voivodeshipId: foreign.voivodeshipId, powiatId: foreign.powiatId, gminaId: foreign.gminaId, institutionId: foreign.id };
    expect(foreign.voivodeshipId).not.toBe(s.pzk.voivodeshipId);
    expect(await pzkAccess(db(), foreignScope, s.pzk)).toBeNull();
  });
});

describe('the document list twin (documentsVisibleTo) for a territorial role', () => {
  it('a GOPS animator of another powiat sees none of this powiat’s agreements, though their territorial parties carry no institution', async () => {
    // A powiat–gmina agreement of this powiat: its parties are the powiat and the gminas (no institution).
    await createDocument(s.pcpr, { kind: 'agreement_powiat_gmina', implementationId: s.tracks[0].implementationId });
    const here = await db().select({ id: documents.id, parties: sql<{ institutionId: number | null }[]>`${documents.content}->'parties'` }).from(documents).where(eq(documents.powiatId, s.pzk.powiatId));
    // The premise: agreements here have a party without an institution (the gmina or powiat itself).
    expect(here.some((d) => d.parties.some((p) => p.institutionId == null))).toBe(true);
    const neighbour = await makeActor('gops_animator', '2006022');
    const seen = (await db().select({ id: documents.id }).from(documents).where(documentsVisibleTo(neighbour))).map((d) => d.id);
    expect(seen.filter((id) => here.some((d) => d.id === id))).toEqual([]);
    // The GOPS animator of the PZK's own gmina sees its PZK agreement.
    const own = (await db().select({ id: documents.id }).from(documents).where(documentsVisibleTo(s.gops))).map((d) => d.id);
    expect(own.length).toBeGreaterThan(0);
  });
});
