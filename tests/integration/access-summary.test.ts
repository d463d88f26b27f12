import { and, eq, inArray } from 'drizzle-orm';
import type { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, cases, dataRequests, institutions, users, voivodeships } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { givePurpose, openCase } from '@/lib/cases/access';
import { referralPdf } from '@/lib/cases/pdf';
import { clock } from '@/lib/clock';
import { accessSummaryPdf, exportForRequest } from '@/lib/rodo/access-summary';
import { liftRestriction, placeRestriction, recordRestrictionNotice } from '@/lib/rodo/freeze';
import { formatDate } from '@/lib/text';
import { usePdfText } from '../pdf-text';
import { caseSetup, qualifiedCase, type CaseSetup } from '../case-factories';
import { makeActor, MAZOWIECKIE, PODLASKIE } from '../factories';

// The routes read the signed-in actor from the session: stand in for it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

/*
 * The answer to a request of access (RODO art. 15, issue 16 item 2): the case's data as JSON and a
 * readable PDF with the data held and the consultations of the data — dates, purposes, roles and
 * institutions, never the employees' names or e-mails. Gminas of this file: 2014022, 2014032.
 */

const pdfText = usePdfText('access-summary');
const db = () => getDb();

let s: CaseSetup;
let admin: Actor;
let foreignAdmin: Actor;
let caseId: number;
let requestId: number;
let voivodeshipName: string;
let gopsInstitution: string;
/** Short enough not to wrap in its column (pdftotext reads a wrapped cell line by line). */
const PURPOSE = 'Kontrola planu IPP';
/** Names the staff are given here, so the summary can be checked for their absence. */
const STAFF = { gops: 'Grażyna Animatorska', socialWorker: 'Stefan Pracowity', rops: 'Roksana Doradczyni' };

async function request(kind: 'access' | 'erasure', over: Partial<typeof dataRequests.$inferInsert> = {}) {
  const [vv] = await db().select({ id: voivodeships.id }).from(voivodeships).where(eq(voivodeships.teryt, PODLASKIE));
  const n = Math.floor(Math.random() * 9000) + 1000;
  const [r] = await db()
    .insert(dataRequests)
    .values({
      number: `RODO/${clock.year()}/${n}`,
      voivodeshipId: vv.id,
      kind,
      requesterName: 'Halina Zięba',
      requesterContact: 'ul. Polna 3, 16-130 Gmina',
      caseId,
      subject: 'Proszę o kopię moich danych i informację, kto je przeglądał.',
      receivedOn: clock.today(),
      dueOn: clock.today(),
      createdBy: admin.userId,
      ...over,
    })
    .returning({ id: dataRequests.id, number: dataRequests.number });
  return r;
}

beforeAll(async () => {
  s = await caseSetup(['2014022', '2014032']);
  admin = await makeActor('rops_admin', PODLASKIE);
  foreignAdmin = await makeActor('rops_admin', MAZOWIECKIE);
  for (const [k, name] of Object.entries(STAFF)) await db().update(users).set({ name }).where(eq(users.id, s[k as keyof typeof STAFF].userId));
  ({ caseId } = await qualifiedCase(s));
  // Consultations: the GOPS animator opens the case, the key worker prints the karta, ROPS reads the IPP with a purpose.
  await openCase(s.gops, caseId, 'konto');
  await referralPdf(s.socialWorker, caseId);
  await givePurpose(s.rops, { caseId, purpose: PURPOSE });
  await openCase(s.rops, caseId, 'ipp');
  ({ id: requestId } = await request('access'));
  const [v] = await db().select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.teryt, PODLASKIE));
  voivodeshipName = v.name;
  // A short name, so that "role, institution" does not wrap in its column.
  const [i] = await db().select({ id: institutions.id }).from(users).innerJoin(institutions, eq(institutions.id, users.institutionId)).where(eq(users.id, s.gops.userId));
  gopsInstitution = 'GOPS Kołaki';
  await db().update(institutions).set({ name: gopsInstitution }).where(eq(institutions.id, i.id));
});

describe('the summary PDF of a request of access', () => {
  it('names the controller, the case, the household, the categories held and every consultation by date, purpose, role and institution', async () => {
    const [r] = await db().select({ number: dataRequests.number }).from(dataRequests).where(eq(dataRequests.id, requestId));
    const [c] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
    const { pdf, filename } = await accessSummaryPdf(admin, requestId);
    expect(filename).toBe(`informacja-art-15-${r.number.replace(/\//g, '-')}.pdf`);
    const text = pdfText(pdf);
    expect(text).toContain('Informacja o przetwarzanych danych osobowych (art. 15 RODO)');
    expect(text).toContain(r.number);
    expect(text).toContain(voivodeshipName);
    expect(text).toContain(c.number);
    // The household: the person's own data, names intact with Polish letters.
    expect(text).toContain('Halina Zięba');
    expect(text).toContain('Łukasz Zięba');
    expect(text).toContain('2 osoby');
    // Categories with counts and dates.
    expect(text).toContain('Zgody');
    expect(text).toContain(`zgłoszenie ${formatDate('2027-01-05')}`);
    expect(text).toContain(`zakwalifikowano ${formatDate('2027-01-12')}`);
    // The consultations: today's date, what, the purpose ROPS gave, role and institution.
    const today = formatDate(clock.today());
    expect(text).toContain(today);
    expect(text).toContain('Otwarcie sprawy (strona główna)');
    expect(text).toContain('Wydruk karty oczekiwań (PDF)');
    expect(text).toContain('Indywidualny program pomocy (IPP)');
    expect(text).toContain(PURPOSE);
    expect(text).toContain('Animator GOPS');
    expect(text).toContain(gopsInstitution);
    expect(text).toContain('Doradca ROPS ds. modelu');
    // Never the employees' names nor e-mails (the key worker included).
    for (const name of Object.values(STAFF)) expect(text).not.toContain(name);
    for (const a of [s.gops, s.socialWorker, s.rops, admin]) expect(text).not.toContain(a.email);
    expect(text).not.toContain('@test.kooperacja.pl');
  });

  it('is audited as printed for the request, and the reading shows in the case log with the request as its purpose', async () => {
    const [r] = await db().select({ number: dataRequests.number }).from(dataRequests).where(eq(dataRequests.id, requestId));
    await accessSummaryPdf(admin, requestId);
    const printed = await db().select().from(auditLog).where(and(eq(auditLog.action, 'data_request.summary_printed'), eq(auditLog.entityId, String(requestId))));
    expect(printed.at(-1)).toMatchObject({ entityType: 'data_request', userId: admin.userId, details: { caseId, number: r.number } });
    const [read] = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.printed'), eq(auditLog.entityId, String(caseId)), eq(auditLog.userId, admin.userId)));
    expect(read.details).toMatchObject({ what: 'rodo', requestId, purpose: `Żądanie ${r.number} (art. 15 RODO)` });
    // A later summary lists that reading as a consultation.
    const text = pdfText((await accessSummaryPdf(admin, requestId)).pdf);
    expect(text).toContain(`Żądanie ${r.number}`);
    expect(text).toContain('Administrator ROPS');
  });

  it('is refused to another województwo (not found), to other roles, and for a request that is not of access', async () => {
    await expect(accessSummaryPdf(foreignAdmin, requestId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportForRequest(foreignAdmin, requestId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(accessSummaryPdf(s.gops, requestId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportForRequest(s.rops, requestId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const erasure = await request('erasure');
    await expect(accessSummaryPdf(admin, erasure.id)).rejects.toMatchObject({ code: 'INVALID' });
    const noCase = await request('access', { caseId: null });
    await expect(exportForRequest(admin, noCase.id)).rejects.toMatchObject({ code: 'INVALID' });
    await expect(accessSummaryPdf(admin, 999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Nothing was handed out: no print or export entry by the refused.
    const byRefused = await db()
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(inArray(auditLog.action, ['data_request.summary_printed', 'case.exported']), inArray(auditLog.userId, [foreignAdmin.userId, s.gops.userId, s.rops.userId])));
    expect(byRefused).toEqual([]);
  });
});

describe('the export for a request of access', () => {
  it('hands out the case export without the key-worker gate, audited as case.exported for the request', async () => {
    const [r] = await db().select({ number: dataRequests.number }).from(dataRequests).where(eq(dataRequests.id, requestId));
    const { filename, data } = await exportForRequest(admin, requestId);
    expect(filename).toMatch(/^sprawa-R-\d{4}-\d{4,}\.json$/);
    expect((data.household as { firstName: string }[]).map((m) => m.firstName).sort()).toEqual(['Halina', 'Łukasz']);
    expect(data.format).toBe('kooperacja/konto-osoby-rodziny');
    const entries = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.exported'), eq(auditLog.entityId, String(caseId)), eq(auditLog.userId, admin.userId)));
    expect(entries.at(-1)!.details).toEqual({ what: 'rodo', access: 'request', requestId, purpose: `Żądanie ${r.number} (art. 15 RODO)` });
  });

  it('still answers a restricted case (the request is the purpose), never an anonymised one', async () => {
    await db().transaction((tx) => placeRestriction(tx, admin, { caseId, requestId: null, reason: 'Żądanie ograniczenia przetwarzania' }));
    try {
      expect((await exportForRequest(admin, requestId)).data.household).toHaveLength(2);
      expect(pdfText((await accessSummaryPdf(admin, requestId)).pdf)).toContain('Halina Zięba');
    } finally {
      await db().transaction(async (tx) => {
        await recordRestrictionNotice(tx, admin, { caseId, noticeGivenOn: clock.today() });
        await liftRestriction(tx, admin, { caseId });
      });
    }
    await db().update(cases).set({ anonymisedAt: clock.now(), anonymisedReason: 'upływ okresu przechowywania' }).where(eq(cases.id, caseId));
    try {
      await expect(exportForRequest(admin, requestId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('zanonimizowana') });
      await expect(accessSummaryPdf(admin, requestId)).rejects.toMatchObject({ code: 'CONFLICT' });
    } finally {
      await db().update(cases).set({ anonymisedAt: null, anonymisedReason: null }).where(eq(cases.id, caseId));
    }
  });

  it('the routes answer the JSON and the PDF with their headers, and plain Polish text on a refusal', async () => {
    const { GET: exportGet } = await import('@/app/(app)/admin/rodo/[id]/eksport/route');
    const { GET: pdfGet } = await import('@/app/(app)/admin/rodo/[id]/informacja.pdf/route');
    const req = (path: string) => ({ url: `http://localhost${path}`, nextUrl: new URL(`http://localhost${path}`) }) as unknown as NextRequest;
    const params = { params: Promise.resolve({ id: String(requestId) }) };
    session.actor = admin;
    const json = await exportGet(req(`/admin/rodo/${requestId}/eksport`), params);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toMatch(/^attachment; filename="sprawa-R-/);
    expect(json.headers.get('cache-control')).toBe('private, no-store');
    expect(JSON.parse(await json.text()).household).toHaveLength(2);
    const pdf = await pdfGet(req(`/admin/rodo/${requestId}/informacja.pdf`), { params: Promise.resolve({ id: String(requestId) }) });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    session.actor = foreignAdmin;
    const refused = await exportGet(req(`/admin/rodo/${requestId}/eksport`), { params: Promise.resolve({ id: String(requestId) }) });
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe('Nie znaleziono żądania.');
  });
});
