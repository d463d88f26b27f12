import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, files } from '@/db/schema';
import type { AppError } from '@/lib/errors';
import {
  attachMaterialFile,
  createMaterial,
  deleteMaterial,
  detachMaterialFile,
  getMaterial,
  getMaterialFile,
  materialsForStep,
  searchMaterials,
  stepOptions,
  updateMaterial,
} from '@/lib/materials/materials';
import { JANOW, MAZOWIECKIE, PODLASKIE, makeActor, unit } from '../factories';
import { TINY_PDF as PDF } from '../upload-fixtures';

const LUBELSKIE = '06';
const BIALA_PODLASKA = '0601032';

const code = (p: Promise<unknown>) => p.then(() => 'OK', (e: AppError) => e.code);

const base = {
  title: 'Jak pracować Modelem Kooperacji — podstawy',
  summary: 'Wprowadzenie do współpracy instytucji w gminie.',
  body: '## Wstęp\nWspółpraca zaczyna się od diagnozy.\nWięcej: https://example.org/model.',
  visibility: 'public',
  tags: 'podstawy, współpraca, Podstawy',
  steps: ['4', '6.1'],
};

describe('e-szkoła materials', () => {
  it('ROPS publishes public and members-only materials; visitors see what their standing allows', async () => {
    // Lubelskie, where no other test publishes: the lists below hold exactly this test's materials.
    const rops = await makeActor('rops_adviser', LUBELSKIE);
    const gops = await makeActor('gops_animator', BIALA_PODLASKA);
    const mazowsze = await makeActor('rops_adviser', MAZOWIECKIE);
    const { voivodeshipId } = await unit(LUBELSKIE);

    const pub = await createMaterial(rops, base);
    const members = await createMaterial(rops, { ...base, title: 'Praca z rodziną w zespole — materiał wewnętrzny', visibility: 'members', tags: 'rodzina', steps: ['7.2'] });

    const anonymous = await searchMaterials(null, { voivodeshipId });
    expect(anonymous.rows.map((r) => r.id)).toEqual([pub.id]);
    expect(anonymous.tags).toEqual(['podstawy', 'współpraca']);

    const signedIn = await searchMaterials(gops, { voivodeshipId });
    expect(signedIn.rows.map((r) => r.id).sort()).toEqual([pub.id, members.id].sort());

    const other = await searchMaterials(mazowsze, { voivodeshipId });
    expect(other.rows.map((r) => r.id)).toEqual([pub.id]);
    expect(await code(getMaterial(mazowsze, members.id))).toBe('NOT_FOUND');
    expect(await code(getMaterial(null, members.id))).toBe('NOT_FOUND');
    const seen = await getMaterial(gops, members.id);
    expect(seen.material.steps.map((s) => s.code)).toEqual(['7.2']);
    expect(seen.canManage).toBe(false);
    expect((await getMaterial(rops, pub.id)).canManage).toBe(true);

    // Diacritics-insensitive search, and the tag filter.
    expect((await searchMaterials(null, { voivodeshipId, q: 'wspolpraca' })).rows.map((r) => r.id)).toEqual([pub.id]);
    expect((await searchMaterials(null, { voivodeshipId, q: 'PRACOWAĆ modelem' })).rows.map((r) => r.id)).toEqual([pub.id]);
    expect((await searchMaterials(gops, { voivodeshipId, q: 'rodzina' })).rows.map((r) => r.id)).toEqual([members.id]);
    expect((await searchMaterials(null, { voivodeshipId, q: 'rodzina' })).rows).toEqual([]);
    expect((await searchMaterials(gops, { voivodeshipId, tag: 'rodzina' })).rows.map((r) => r.id)).toEqual([members.id]);

    // The step pages: step 4 and step 6 (via 6.1) list the public one; step 7 (via 7.2) the members-only one.
    expect((await materialsForStep(gops, 4)).map((m) => m.id)).toEqual([pub.id]);
    expect((await materialsForStep(gops, 6)).map((m) => m.id)).toEqual([pub.id]);
    expect((await materialsForStep(gops, 7)).map((m) => m.id)).toEqual([members.id]);
    expect(await materialsForStep(mazowsze, 7)).toEqual([]);
  });

  it('offers the catalogue step codes and refuses unknown ones', async () => {
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const codes = (await stepOptions()).map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['4', '6.1', '7.2']));
    expect(codes.indexOf('4')).toBeLessThan(codes.indexOf('6.1'));
    const e = await createMaterial(rops, { ...base, steps: ['99.9'] }).catch((x: AppError) => x);
    expect((e as AppError).fieldErrors?.steps?.[0]).toContain('99.9');
  });

  it('locks versions on edit and delete', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const m = await createMaterial(rops, base);
    const saved = await updateMaterial(rops, { ...base, id: m.id, version: m.version, title: 'Podstawy — wersja 2' });
    expect(saved.version).toBe(m.version + 1);
    expect(await code(updateMaterial(rops, { ...base, id: m.id, version: m.version, title: 'Stara wersja' }))).toBe('CONFLICT');
    expect(await code(deleteMaterial(rops, { id: m.id, version: m.version }))).toBe('CONFLICT');
    await deleteMaterial(rops, { id: m.id, version: saved.version });
    expect(await code(getMaterial(rops, m.id))).toBe('NOT_FOUND');
    const logged = await getDb().select().from(auditLog).where(eq(auditLog.entityId, String(m.id)));
    expect(logged.map((l) => l.action)).toEqual(expect.arrayContaining(['material.saved', 'material.deleted']));
  });

  it('only ROPS of the województwo manages materials', async () => {
    const gops = await makeActor('gops_animator', JANOW);
    const pcpr = await makeActor('pcpr_animator', '2011');
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const mazowsze = await makeActor('rops_adviser', MAZOWIECKIE);
    expect(await code(createMaterial(gops, base))).toBe('FORBIDDEN');
    expect(await code(createMaterial(pcpr, base))).toBe('FORBIDDEN');
    const m = await createMaterial(rops, base);
    expect(await code(updateMaterial(mazowsze, { ...base, id: m.id, version: m.version }))).toBe('NOT_FOUND');
    expect(await code(updateMaterial(gops, { ...base, id: m.id, version: m.version }))).toBe('FORBIDDEN');
  });

  it('attaches files; a members-only material’s file is refused to anonymous visitors', async () => {
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const gops = await makeActor('gops_animator', JANOW);
    const mazowsze = await makeActor('gops_animator', '1465011');
    const pub = await createMaterial(rops, base);
    const members = await createMaterial(rops, { ...base, visibility: 'members' });
    const a = await attachMaterialFile(rops, { materialId: pub.id, title: 'Prezentacja', fileName: 'prezentacja.pdf', data: PDF });
    const b = await attachMaterialFile(rops, { materialId: members.id, title: 'Wzór notatki', fileName: 'wzor.pdf', data: PDF });

    expect((await getMaterialFile(null, a.fileId)).mime).toBe('application/pdf');
    expect(await code(getMaterialFile(null, b.fileId))).toBe('UNAUTHENTICATED');
    expect(await code(getMaterialFile(mazowsze, b.fileId))).toBe('NOT_FOUND');
    expect((await getMaterialFile(gops, b.fileId)).name).toBe('wzor.pdf');
    expect((await getMaterial(null, pub.id)).files.map((f) => f.title)).toEqual(['Prezentacja']);

    // Not a PDF/JPEG/PNG by content: refused. Nor may anyone but ROPS attach.
    const bad = await attachMaterialFile(rops, { materialId: pub.id, title: 'Tekst', fileName: 'x.pdf', data: new TextEncoder().encode('hello') }).catch((e: AppError) => e);
    expect((bad as AppError).fieldErrors?.file).toBeDefined();
    expect(await code(attachMaterialFile(gops, { materialId: pub.id, title: 'X', fileName: 'x.pdf', data: PDF }))).toBe('FORBIDDEN');

    // Detaching removes the file itself.
    await detachMaterialFile(rops, { materialId: pub.id, fileId: a.fileId });
    expect(await getDb().select({ id: files.id }).from(files).where(eq(files.id, a.fileId))).toEqual([]);
    expect(await code(getMaterialFile(null, a.fileId))).toBe('NOT_FOUND');
  });
});
