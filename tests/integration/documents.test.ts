import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, documentRevisions, documents, files, gminas } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { DocumentContent } from '@/lib/documents/compose';
import { changeStatus, createDocument, getDocument, listDocuments, saveDraft, signDocument, terminateDocument } from '@/lib/documents/documents';
import { unsafeVerifyDocument } from '@/lib/documents/verify';
import { currentTemplate } from '@/lib/documents/store';
import { saveTemplateVersion } from '@/lib/documents/templates';
import type { TemplateBody } from '@/lib/documents/template';
import { getTrack } from '@/lib/implementations/tracks';
import { AppError } from '@/lib/errors';
import { formatVerificationCode } from '@/lib/pdf/verification';
import { CHOROSZCZ, JANOW, MAZOWIECKIE, PODLASKIE, makeActor, makeInstitution, makeNationalAdmin } from '../factories';
import { accepted, trackOf } from '../implementation-factories';
import { TINY_PDF as PDF } from '../upload-fixtures';

// A Windows program renamed to .pdf: the name says PDF, the content does not.
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
const KRYNKI = '2011043';
const KUZNICA = '2011052';
const NOWY_DWOR = '2011062';
// A gmina implements the model once at a time: each agreement of this file gets gminas of its own.
// Krynki, Kuźnica and Nowy Dwór belong to the test that checks their names; the others draw from the pool.
const POOL = [
  ['2005011', '2005022', '2005032'],
  ['2006011', '2006022', '2006032'],
  ['2009011', '2009022', '2009032'],
  ['2010011', '2010023', '2010032'],
  ['2012012', '2012022', '2012032'],
  ['2013011', '2013023', '2013033'],
  ['2008013', '2008022', '2008032'],
  ['2004011', '2004022', '2004032'],
  ['2001011', '2001022', '2001032'],
  ['2003011', '2003021', '2003032'],
  ['2007013', '2007022', '2007032'],
];
let next = 0;

/** Fills what a document needs before signature: every field, representatives, tasks. */
function completed(c: DocumentContent, t: TemplateBody): DocumentContent {
  return {
    ...c,
    place: 'Sokółka',
    fields: Object.fromEntries(t.fields.map((f) => [f.key, c.fields[f.key] || (f.type === 'date' ? '2027-03-01' : `Treść pola ${f.label}`)])),
    parties: c.parties.map((p, i) => ({ ...p, representativeName: `Przedstawiciel ${i} Żółć`, representativeFunction: p.representativeFunction || 'Dyrektor', tasks: 'Udział w spotkaniach PZK\nWymiana informacji' })),
    people: c.people.length ? c.people : [{ function: 'Animator PCPR', name: 'Małgorzata Nowak', unit: 'Powiat Sokólski' }],
  };
}

async function powiatGminaAgreement(codes = POOL[next++]) {
  const pcpr = await makeActor('pcpr_animator', codes[0].slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const { trackIds } = await accepted(pcpr, rops, codes);
  const track = await getTrack(rops, trackIds[0]);
  const { id } = await createDocument(pcpr, { kind: 'agreement_powiat_gmina', implementationId: track.track.implementationId });
  return { pcpr, rops, trackIds, id, codes };
}

async function save(actor: Actor, id: number, change: (c: DocumentContent, t: TemplateBody) => DocumentContent) {
  const d = await getDocument(actor, id);
  return saveDraft(actor, { documentId: id, version: d.document.version, content: change(d.document.content, d.template.body) });
}

describe('agreements: fill, freeze, sign, evidence, verification', () => {
  it('a powiat–gmina agreement starts from the implementation: the powiat, its three gminas, the people from the notification', async () => {
    const { pcpr, id } = await powiatGminaAgreement([KRYNKI, KUZNICA, NOWY_DWOR]);
    const d = await getDocument(pcpr, id);
    expect(d.document).toMatchObject({ status: 'draft', kind: 'agreement_powiat_gmina', revision: 1 });
    expect(d.document.number).toMatch(/^PG\/\d{4}\/\d{4}$/);
    expect(d.document.content.parties.map((p) => p.name)).toEqual(['Powiat Sokólski', 'Gmina Krynki', 'Gmina Kuźnica', 'Gmina Nowy Dwór']);
    expect(d.document.content.people.map((p) => p.name)).toContain('Małgorzata Nowak');
    expect(d.meta.gminaNames).toEqual(['Gmina Krynki', 'Gmina Kuźnica', 'Gmina Nowy Dwór']);
    expect(d.composed.preamble).toContain('Powiat Sokólski');
  });

  it('goes draft → ready → signed; the scan is sniffed; step 3 of every gmina is done; the printout verifies', async () => {
    // Files stored by other tests of this file: the refused signings below add none to them.
    const [{ n: filesAtStart }] = await getDb().select({ n: count() }).from(files);
    const { pcpr, rops, trackIds, id } = await powiatGminaAgreement();
    // Incomplete: cannot go to signature, and says what is missing.
    const early = (await changeStatus(pcpr, { documentId: id, version: 1 }, 'mark_ready').catch((e) => e)) as AppError;
    expect(early.code).toBe('INVALID');
    expect(early.message).toMatch(/nie jest kompletny/);

    const firstCode = (await getDocument(pcpr, id)).verificationCode;
    const saved = await save(pcpr, id, completed);
    expect(saved).toMatchObject({ revision: 2, version: 2 });
    await changeStatus(pcpr, { documentId: id, version: 2 }, 'mark_ready');
    // Frozen: a save is refused and changes nothing.
    await expect(save(pcpr, id, (c) => ({ ...c, place: 'Gdzie indziej' }))).rejects.toMatchObject({ code: 'INVALID' });
    const ready = await getDocument(pcpr, id);
    expect(ready.document).toMatchObject({ status: 'ready', revision: 2 });
    expect(ready.document.content.place).toBe('Sokółka');

    const dates = ready.document.content.parties.map(() => '2026-11-20');
    const exe = (await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: dates }, { name: 'skan.pdf', data: EXE }).catch((e) => e)) as AppError;
    expect(exe.code).toBe('INVALID');
    expect(exe.fieldErrors?.file?.[0]).toMatch(/PDF, JPEG i PNG/);
    const missingDate = (await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: ['2026-11-20'] }, { name: 'skan.pdf', data: PDF }).catch((e) => e)) as AppError;
    expect(missingDate.fieldErrors?.['signedOn.1']).toBeTruthy();
    expect((await getDocument(pcpr, id)).document.status).toBe('ready');
    const [{ n: filesBefore }] = await getDb().select({ n: count() }).from(files);
    expect(filesBefore).toBe(filesAtStart);

    const signed = await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: dates.map((d, i) => (i === 3 ? '2026-11-24' : d)) }, { name: 'porozumienie-podpisane.pdf', data: PDF });
    expect(signed.sha256).toMatch(/^[0-9a-f]{64}$/);
    const after = await getDocument(pcpr, id);
    expect(after.document).toMatchObject({ status: 'signed', effectiveOn: '2026-11-24' });
    expect(after.scan).toMatchObject({ name: 'porozumienie-podpisane.pdf', mime: 'application/pdf', sha256: signed.sha256 });

    for (const trackId of trackIds) {
      const t = await getTrack(rops, trackId);
      const step3 = t.items.find((i) => i.substep.code === '3')!;
      expect(step3.status).toBe('done');
      expect(step3.actualEnd).toBe('2026-11-24');
      expect(step3.evidence[0].title).toContain(after.document.number);
    }

    const v = await unsafeVerifyDocument(formatVerificationCode(after.verificationCode).toLowerCase());
    expect(v).toMatchObject({ found: true, current: true, valid: true, number: after.document.number, effectiveOn: '2026-11-24' });
    if (v.found) expect(v.parties).toEqual(after.document.content.parties.map((p) => p.name));
    // The first draft's printout is recognised as outdated.
    expect(await unsafeVerifyDocument(firstCode)).toMatchObject({ found: true, current: false, valid: false });
    expect(await unsafeVerifyDocument('AAAA-BBBB-CCCC')).toEqual({ found: false, malformed: false });
    expect(await unsafeVerifyDocument('nie-kod')).toEqual({ found: false, malformed: true });

    // Signed documents never change; a second signing or a reopen is an illegal transition.
    await expect(changeStatus(pcpr, { documentId: id, version: after.document.version }, 'reopen')).rejects.toMatchObject({ code: 'INVALID' });
    await expect(save(pcpr, id, (c) => c)).rejects.toMatchObject({ code: 'INVALID' });
    const audited = await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(id)));
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['document.created', 'document.saved', 'document.ready', 'document.signed']));
  });

  it('two people save the same draft: the second is refused, the first is kept, nothing is lost silently', async () => {
    const { pcpr, id } = await powiatGminaAgreement();
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const base = await getDocument(pcpr, id);
    const mine = { ...base.document.content, place: 'Sokółka' };
    const theirs = { ...base.document.content, place: 'Krynki' };
    await saveDraft(pcpr, { documentId: id, version: base.document.version, content: mine });
    const err = (await saveDraft(rops, { documentId: id, version: base.document.version, content: theirs }).catch((e) => e)) as AppError;
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/Ktoś inny zmienił/);
    const now = await getDocument(pcpr, id);
    expect(now.document.content.place).toBe('Sokółka');
    expect(now.revisions.map((r) => r.revision)).toEqual([2, 1]);
  });

  it('concurrent saves from the same version: exactly one wins', async () => {
    const { pcpr, id } = await powiatGminaAgreement();
    const base = await getDocument(pcpr, id);
    const results = await Promise.allSettled(['A', 'B', 'C'].map((p) => saveDraft(pcpr, { documentId: id, version: base.document.version, content: { ...base.document.content, place: p } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as AppError).code)).toEqual(['CONFLICT', 'CONFLICT']);
    const [{ n }] = await getDb().select({ n: count() }).from(documentRevisions).where(eq(documentRevisions.documentId, id));
    expect(n).toBe(2);
  });

  it('parties come from the registries: names are taken from there, strangers are refused', async () => {
    const { pcpr, id } = await powiatGminaAgreement();
    const before = (await getDocument(pcpr, id)).document.content;
    const [g] = await getDb().select().from(gminas).where(eq(gminas.teryt, CHOROSZCZ));
    const err = (await save(pcpr, id, (c) => ({ ...c, parties: [...c.parties, { ...c.parties[1], unitId: g.id, name: 'Gmina Podrobiona' }] })).catch((e) => e)) as AppError;
    expect(err.code).toBe('INVALID');
    // Keyed as the editor names the gmina's select, so the message shows beside it.
    expect(err.fieldErrors?.['content.parties.4.unitId']?.[0]).toMatch(/nie należy do powiatu/);
    // A renamed party gets its registry name back.
    await save(pcpr, id, (c) => ({ ...c, parties: c.parties.map((p, i) => (i === 1 ? { ...p, name: 'Cokolwiek' } : p)) }));
    expect((await getDocument(pcpr, id)).document.content.parties[1].name).toBe(before.parties[1].name);
  });

  it('is seen only where it applies: its gminas read it, only the powiat or ROPS change it', async () => {
    const { id, codes } = await powiatGminaAgreement();
    const gopsKrynki = await makeActor('gops_animator', codes[0]);
    const gopsJanow = await makeActor('gops_animator', JANOW);
    const mazowsze = await makeActor('rops_admin', MAZOWIECKIE);
    expect((await getDocument(gopsKrynki, id)).canManage).toBe(false);
    await expect(save(gopsKrynki, id, (c) => c)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getDocument(gopsJanow, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getDocument(mazowsze, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listDocuments(gopsKrynki)).map((d) => d.id)).toContain(id);
    expect((await listDocuments(gopsJanow)).map((d) => d.id)).not.toContain(id);
    expect((await listDocuments(mazowsze)).map((d) => d.id)).not.toContain(id);
    await expect(createDocument(gopsJanow, { kind: 'agreement_regional' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('PZK documents', () => {
  it('a PZK agreement starts with the PCPR and the gmina\'s OPS; an institution that is a party reads it, others do not', async () => {
    const codes = POOL[next++];
    const pcpr = await makeActor('pcpr_animator', codes[0].slice(0, 4));
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const pcprInst = await makeInstitution(codes[0].slice(0, 4), 'pcpr', 'Powiatowe Centrum Pomocy Rodzinie (test)');
    const ops = await makeInstitution(codes[0], 'ops', 'Gminny Ośrodek Pomocy Społecznej (test)');
    const { trackIds } = await accepted(pcpr, rops, codes);
    const track = await getTrack(rops, trackIds[0]);
    const { id } = await createDocument(pcpr, { kind: 'agreement_pzk', implementationId: track.track.implementationId, gminaId: track.track.gminaId });
    const d = await getDocument(pcpr, id);
    expect(d.document.content.parties.map((p) => p.institutionId)).toEqual([pcprInst.id, ops.id]);

    // A member from a neighbouring gmina whose institution joins as a party, and one whose does not.
    const member = await makeActor('pzk_member', codes[1]);
    const outsider = await makeActor('pzk_member', codes[1]);
    await expect(getDocument(member, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await save(pcpr, id, (c) => ({ ...c, parties: [...c.parties, { ...c.parties[0], institutionId: member.scope.institutionId, name: 'x' }] }));
    expect((await getDocument(member, id)).canManage).toBe(false);
    expect((await listDocuments(member)).map((x) => x.id)).toContain(id);
    await expect(getDocument(outsider, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listDocuments(outsider)).map((x) => x.id)).not.toContain(id);
    // The GOPS animator of the gmina manages its PZK documents; a confidentiality statement needs a person.
    const gops = await makeActor('gops_animator', codes[0]);
    expect((await getDocument(gops, id)).canManage).toBe(true);
    const { id: statement } = await createDocument(gops, { kind: 'confidentiality_statement', implementationId: track.track.implementationId, gminaId: track.track.gminaId });
    const s = await getDocument(gops, statement);
    expect(s.document.content.parties.map((p) => [p.role, p.name])).toEqual([
      ['skladajacy', ''],
      ['przyjmujacy', pcprInst.name],
    ]);
  });
});

async function signedAgreement() {
  const r = await powiatGminaAgreement();
  await save(r.pcpr, r.id, completed);
  await changeStatus(r.pcpr, { documentId: r.id, version: 2 }, 'mark_ready');
  const d = await getDocument(r.pcpr, r.id);
  await signDocument(r.pcpr, { documentId: r.id, version: d.document.version, signedOn: d.document.content.parties.map(() => '2026-11-02') }, { name: 'skan.pdf', data: PDF });
  return r;
}

describe('annexes and termination', () => {
  it('an annex copies the parties, refers to the agreement and, once signed, marks it amended', async () => {
    const { pcpr, id } = await signedAgreement();
    const { id: annexId } = await createDocument(pcpr, { kind: 'annex', parentId: id });
    const annex = await getDocument(pcpr, annexId);
    const parent = await getDocument(pcpr, id);
    expect(annex.document.content.parties.map((p) => p.name)).toEqual(parent.document.content.parties.map((p) => p.name));
    expect(annex.meta.parent?.number).toBe(parent.document.number);
    expect(annex.composed.preamble + annex.composed.paragraphs.map((p) => p.points.join(' ')).join(' ')).toContain(parent.document.number);

    await save(pcpr, annexId, completed);
    await changeStatus(pcpr, { documentId: annexId, version: 2 }, 'mark_ready');
    const ready = await getDocument(pcpr, annexId);
    await signDocument(pcpr, { documentId: annexId, version: ready.document.version, signedOn: ready.document.content.parties.map(() => '2026-11-25') }, { name: 'aneks.pdf', data: PDF });
    const amended = await getDocument(pcpr, id);
    expect(amended.document.status).toBe('amended');
    expect(amended.annexes).toEqual([expect.objectContaining({ id: annexId, status: 'signed' })]);
    const v = await unsafeVerifyDocument(amended.verificationCode);
    expect(v).toMatchObject({ found: true, valid: true, annexes: [{ number: annex.document.number, status: 'podpisany' }] });

    // Termination: a date not before the agreement and a reason.
    await expect(terminateDocument(pcpr, { documentId: id, version: amended.document.version, terminatedOn: '2026-10-01', reason: 'Zakończenie wdrożenia' })).rejects.toMatchObject({ code: 'INVALID' });
    await terminateDocument(pcpr, { documentId: id, version: amended.document.version, terminatedOn: '2026-11-26', reason: 'Zakończenie wdrożenia' });
    expect(await unsafeVerifyDocument(amended.verificationCode)).toMatchObject({ found: true, valid: false, terminatedOn: '2026-11-26' });
    await expect(createDocument(pcpr, { kind: 'annex', parentId: id })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('an annex to a draft is refused', async () => {
    const { pcpr, id } = await powiatGminaAgreement();
    await expect(createDocument(pcpr, { kind: 'annex', parentId: id })).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('templates are versioned data', () => {
  it('an edit makes a new version; documents keep theirs; a stale edit or an unknown placeholder is refused', async () => {
    const admin = await makeNationalAdmin();
    const { pcpr, id, codes } = await powiatGminaAgreement();
    const v1 = await currentTemplate(getDb(), 'agreement_powiat_gmina');
    const body = { ...v1.body, title: 'Porozumienie w sprawie Modelu Kooperacji (wersja próbna)' };
    await expect(saveTemplateVersion(pcpr, { kind: 'agreement_powiat_gmina', baseVersion: v1.version, changeNote: 'x', body })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bad = (await saveTemplateVersion(admin, { kind: 'agreement_powiat_gmina', baseVersion: v1.version, changeNote: 'Literówka', body: { ...body, preamble: 'Zawarte {{nieznane_pole}}' } }).catch((e) => e)) as AppError;
    expect(bad.fieldErrors?.['body.preamble']).toEqual(['Nieznane pole {{nieznane_pole}}.']);
    const v2 = await saveTemplateVersion(admin, { kind: 'agreement_powiat_gmina', baseVersion: v1.version, changeNote: 'Nowy tytuł', body });
    expect(v2.version).toBe(v1.version + 1);
    await expect(saveTemplateVersion(admin, { kind: 'agreement_powiat_gmina', baseVersion: v1.version, changeNote: 'Spóźniona zmiana', body })).rejects.toMatchObject({ code: 'CONFLICT' });

    expect((await getDocument(pcpr, id)).template.version).toBe(v1.version);
    const track = await trackOf(codes[0]);
    const { id: newer } = await createDocument(pcpr, { kind: 'agreement_powiat_gmina', implementationId: track.implementationId });
    const d = await getDocument(pcpr, newer);
    expect(d.template.version).toBe(v2.version);
    expect(d.document.title).toBe('Porozumienie w sprawie Modelu Kooperacji (wersja próbna)');
    const [older, newest] = await Promise.all([id, newer].map(async (x) => (await getDb().select({ templateId: documents.templateId }).from(documents).where(eq(documents.id, x)))[0].templateId));
    expect(older).toBe(v1.id);
    expect(newest).not.toBe(v1.id);
  });
});
