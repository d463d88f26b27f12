import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseAttachments, caseConsents, cases, files, ipps } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { givePurpose } from '@/lib/cases/access';
import { addAttachment, attachmentsOfOpenedCase, downloadAttachment, getAttachmentsPage, removeAttachment } from '@/lib/cases/attachments';
import { exportCase } from '@/lib/cases/export';
import { clock } from '@/lib/clock';
import { sha256 } from '@/lib/files';
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from '@/lib/files-limits';
import { formatDate } from '@/lib/text';
import { caseSetup, newCase, qualifiedCase, type CaseSetup } from '../case-factories';
import { TINY_PDF } from '../upload-fixtures';

// The download route reads the signed-in actor from the session: stand in for it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

/*
 * Akta sprawy (issue 15, item 4): papers of a case kept as files. Gminas of this file: 2005042,
 * 2005052 (powiat 2005).
 */

let s: CaseSetup;
let png: Uint8Array;
const db = () => getDb();

beforeAll(async () => {
  s = await caseSetup(['2005042', '2005052']);
  png = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer());
});

const input = (caseId: number, over: Record<string, unknown> = {}) => ({ caseId: String(caseId), kind: 'opinion', documentDate: '2027-02-10', description: 'Opinia pedagoga szkolnego', step: '', ...over });
const fileCount = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(files))[0].n;
const auditOf = (caseId: number, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), eq(auditLog.action, action)));

describe('adding papers to the case files', () => {
  it('keeps a PDF and a PNG checked by content, with kind, date and the step they belong to', async () => {
    const { caseId } = await newCase(s);
    const [consent] = await db().select().from(caseConsents).where(and(eq(caseConsents.caseId, caseId), eq(caseConsents.kind, 'cooperation')));
    const { id: signed } = await addAttachment(s.socialWorker, input(caseId, { kind: 'consent', documentDate: '2027-01-05', step: `consent:${consent.id}`, description: '' }), { name: 'zgoda-podpisana.pdf', data: TINY_PDF });
    const { id: genogram } = await addAttachment(s.gops, input(caseId, { kind: 'genogram', description: 'Genogram rodziny Ziębów' }), { name: 'genogram.png', data: png });

    const page = await getAttachmentsPage(s.gops, caseId);
    expect(page.total).toBe(2);
    expect(page.groups.find((g) => g.kind === 'consent')!.items.map((a) => a.id)).toEqual([signed]);
    const g = page.groups.find((x) => x.kind === 'genogram')!.items[0];
    expect(g).toMatchObject({ id: genogram, fileName: 'genogram.png', mime: 'image/png', size: png.length, sha256: sha256(png), description: 'Genogram rodziny Ziębów', documentDate: '2027-02-10' });
    // The consent shows its signed copy: the attachment carries the consent's id.
    const byStep = await attachmentsOfOpenedCase({ id: caseId });
    expect(byStep.find((a) => a.id === signed)).toMatchObject({ consentId: consent.id, ippId: null, mime: 'application/pdf' });

    const [entry] = await auditOf(caseId, 'case.attachment_added').then((r) => r.filter((e) => (e.details as { attachmentId: number }).attachmentId === genogram));
    expect(entry.details).toMatchObject({ kind: 'genogram', documentDate: '2027-02-10', sha256: sha256(png) });
    // A file name may name the family: the entry holds ids and kinds only.
    expect(entry.details).not.toHaveProperty('name');
  });

  it('links a signed IPP to its IPP, and refuses a consent or IPP of another case', async () => {
    const { caseId } = await qualifiedCase(s);
    const other = await newCase(s);
    const [ipp] = await db().insert(ipps).values({ caseId, sequence: 1, startsOn: '2027-01-15', endsOn: '2027-04-14', goals: [], pzkAttendance: 'in_person', updatedBy: s.gops.userId }).returning({ id: ipps.id });
    const { id } = await addAttachment(s.gops, input(caseId, { kind: 'ipp_contract', step: `ipp:${ipp.id}` }), { name: 'ipp-1.pdf', data: TINY_PDF });
    expect((await attachmentsOfOpenedCase({ id: caseId })).find((a) => a.id === id)).toMatchObject({ ippId: ipp.id, consentId: null });
    // The team reads the files but gets no form; the page offers the prints the case has the data for.
    const asTeam = await getAttachmentsPage(s.member, caseId);
    expect(asTeam.groups.find((g) => g.kind === 'ipp_contract')!.items.map((x) => x.id)).toEqual([id]);
    expect({ canAdd: asTeam.canAdd, canRemove: asTeam.canRemove, steps: asTeam.steps, printable: asTeam.printable }).toEqual({ canAdd: false, canRemove: false, steps: [], printable: { qualification: true, monitoringSheet: true } });
    expect((await getAttachmentsPage(s.gops, other.caseId)).printable).toEqual({ qualification: false, monitoringSheet: false });
    expect((await getAttachmentsPage(s.gops, caseId)).steps.map((x) => x.value)).toContain(`ipp:${ipp.id}`);

    const [foreignConsent] = await db().select().from(caseConsents).where(eq(caseConsents.caseId, other.caseId));
    const before = await fileCount();
    await expect(addAttachment(s.gops, input(caseId, { kind: 'consent', step: `consent:${foreignConsent.id}` }), { name: 'x.pdf', data: TINY_PDF })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { step: ['Wybierz zgodę tej sprawy z listy.'] },
    });
    // A signed consent is not linked to an IPP.
    await expect(addAttachment(s.gops, input(caseId, { kind: 'consent', step: `ipp:${ipp.id}` }), { name: 'x.pdf', data: TINY_PDF })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { step: [expect.stringContaining('zgodą')] } });
    expect(await fileCount()).toBe(before);
  });

  it('refuses a renamed text file, a file over 10 MB, no file and a future date — in Polish, storing nothing', async () => {
    const { caseId } = await newCase(s);
    const before = await fileCount();
    const text = new TextEncoder().encode('To jest notatka, nie skan.');
    await expect(addAttachment(s.gops, input(caseId), { name: 'skan.pdf', data: text })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { file: [UPLOAD_MESSAGES.wrongType] } });
    // Starts like a PDF but is not one.
    const fake = new TextEncoder().encode('%PDF-1.4\nnie ma tu stron\n');
    await expect(addAttachment(s.gops, input(caseId), { name: 'skan.pdf', data: fake })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { file: [UPLOAD_MESSAGES.wrongType] } });
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(TINY_PDF);
    await expect(addAttachment(s.gops, input(caseId), { name: 'duzy.pdf', data: big })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { file: ['Plik jest za duży — najwyżej 10 MB.'] } });
    await expect(addAttachment(s.gops, input(caseId), null)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { file: ['Wybierz plik do przesłania.'] } });
    await expect(addAttachment(s.gops, input(caseId, { documentDate: '2027-04-01' }) /* the day after CASE_TODAY */, { name: 'a.pdf', data: TINY_PDF })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { documentDate: [`Data dokumentu nie może być późniejsza niż dziś (${formatDate(clock.today())}).`] },
    });
    await expect(addAttachment(s.gops, input(caseId, { kind: 'skan' }), { name: 'a.pdf', data: TINY_PDF })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { kind: ['Wybierz rodzaj dokumentu.'] } });
    expect(await fileCount()).toBe(before);
    expect(await db().select().from(caseAttachments).where(eq(caseAttachments.caseId, caseId))).toEqual([]);
  });

  it('only the case writers add: the team and ROPS are refused, strangers do not find the case; a closed case takes no new papers', async () => {
    const { caseId } = await newCase(s);
    const before = await fileCount();
    await expect(addAttachment(s.member, input(caseId), { name: 'a.pdf', data: TINY_PDF })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addAttachment(s.rops, input(caseId), { name: 'a.pdf', data: TINY_PDF })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addAttachment(s.strangerGops, input(caseId), { name: 'a.pdf', data: TINY_PDF })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addAttachment(s.strangerMember, input(caseId), { name: 'a.pdf', data: TINY_PDF })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addAttachment(s.outsider, input(caseId), { name: 'a.pdf', data: TINY_PDF })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await db().update(cases).set({ status: 'closed', closedOn: '2027-03-30', closedReason: 'Zakończenie współpracy' }).where(eq(cases.id, caseId));
    await expect(addAttachment(s.gops, input(caseId), { name: 'a.pdf', data: TINY_PDF })).rejects.toMatchObject({ code: 'INVALID', message: expect.stringContaining('zamknięta') });
    expect(await fileCount()).toBe(before);
    // The page tells the writer why there is no form.
    const page = await getAttachmentsPage(s.gops, caseId);
    expect({ canAdd: page.canAdd, canRemove: page.canRemove }).toEqual({ canAdd: false, canRemove: true });
  });
});

describe('downloading and removing', () => {
  it('readers of the case download, each download in the audit log with the paper; strangers do not find it', async () => {
    const { caseId } = await newCase(s);
    const { id } = await addAttachment(s.gops, input(caseId), { name: 'opinia-szkoła.png', data: png });

    const asTeam = await downloadAttachment(s.member, caseId, id);
    expect(Buffer.from(asTeam.data).equals(Buffer.from(png))).toBe(true);
    expect(asTeam).toMatchObject({ name: 'opinia-szkoła.png', mime: 'image/png' });

    // ROPS: only after stating a purpose.
    await expect(downloadAttachment(s.rops, caseId, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await givePurpose(s.rops, { caseId, purpose: 'Superwizja sprawy na prośbę animatora PCPR' });
    await downloadAttachment(s.rops, caseId, id);

    await expect(downloadAttachment(s.strangerGops, caseId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(downloadAttachment(s.outsider, caseId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A paper of this case asked for under another case: not found there either.
    const other = await newCase(s);
    await expect(downloadAttachment(s.gops, other.caseId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const downloads = (await auditOf(caseId, 'case.opened')).filter((e) => (e.details as { what: string }).what === 'plik');
    expect(downloads.map((e) => [e.userId, (e.details as { attachmentId: number; kind: string }).attachmentId, (e.details as { kind: string }).kind]).sort()).toEqual(
      [
        [s.member.userId, id, 'opinion'],
        [s.rops.userId, id, 'opinion'],
      ].sort(),
    );
  });

  it('the download route hands the file out as an attachment, never inline; a stranger gets 404', async () => {
    const { GET } = await import('@/app/(app)/sprawy/[id]/akta/[attachmentId]/route');
    const { caseId } = await newCase(s);
    const { id } = await addAttachment(s.gops, input(caseId), { name: 'opinia.pdf', data: TINY_PDF });
    const req = (path: string) => ({ url: `http://localhost${path}`, nextUrl: new URL(`http://localhost${path}`) }) as unknown as NextRequest;
    const call = (a: Actor | null, c: string, f: string) => {
      session.actor = a;
      return GET(req(`/sprawy/${c}/akta/${f}`), { params: Promise.resolve({ id: c, attachmentId: f }) });
    };
    const ok = await call(s.member, String(caseId), String(id));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await ok.arrayBuffer()).equals(Buffer.from(TINY_PDF))).toBe(true);
    expect((await call(s.strangerGops, String(caseId), String(id))).status).toBe(404);
    expect((await call(s.member, String(caseId), 'abc')).status).toBe(404);
  });

  it('only writers remove — also after closing; the row and the bytes go, the audit entry keeps what it was', async () => {
    const { caseId } = await newCase(s);
    const { id } = await addAttachment(s.gops, input(caseId, { kind: 'other', documentDate: '2027-02-01' }), { name: 'inna-rodzina.pdf', data: TINY_PDF });
    const [{ fileId }] = await db().select({ fileId: caseAttachments.fileId }).from(caseAttachments).where(eq(caseAttachments.id, id));

    await expect(removeAttachment(s.member, { caseId, attachmentId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeAttachment(s.rops, { caseId, attachmentId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeAttachment(s.strangerGops, { caseId, attachmentId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const other = await newCase(s);
    await expect(removeAttachment(s.gops, { caseId: other.caseId, attachmentId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db().select().from(caseAttachments).where(eq(caseAttachments.id, id))).toHaveLength(1);

    // A file put into the wrong case is taken out even after the case is closed.
    await db().update(cases).set({ status: 'closed', closedOn: '2027-03-30', closedReason: 'Zakończenie współpracy' }).where(eq(cases.id, caseId));
    await removeAttachment(s.socialWorker, { caseId, attachmentId: id });
    expect(await db().select().from(caseAttachments).where(eq(caseAttachments.id, id))).toEqual([]);
    expect(await db().select({ id: files.id }).from(files).where(eq(files.id, fileId))).toEqual([]);
    const [entry] = await auditOf(caseId, 'case.attachment_removed');
    expect(entry.userId).toBe(s.socialWorker.userId);
    expect(entry.details).toMatchObject({ attachmentId: id, kind: 'other', documentDate: '2027-02-01', sha256: sha256(TINY_PDF) });
    expect(entry.details).not.toHaveProperty('name');
    await expect(downloadAttachment(s.gops, caseId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the JSON export', () => {
  it('lists the papers — kind, date, name, size, SHA-256 — never their bytes', async () => {
    const { caseId } = await newCase(s);
    await addAttachment(s.gops, input(caseId, { kind: 'genogram', documentDate: '2027-01-20', description: 'Genogram' }), { name: 'genogram.png', data: png });
    const { data } = await exportCase(s.gops, caseId);
    const list = data.attachments as Record<string, unknown>[];
    expect(list).toEqual([
      expect.objectContaining({ kind: 'genogram', kindLabel: 'Genogram (skan)', documentDate: '2027-01-20', description: 'Genogram', name: 'genogram.png', mime: 'image/png', size: png.length, sha256: sha256(png) }),
    ]);
    const json = JSON.stringify(data);
    expect(json).not.toContain(Buffer.from(png).toString('base64'));
    expect(Object.keys(list[0])).not.toContain('data');
  });
});
