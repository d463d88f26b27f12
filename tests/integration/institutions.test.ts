import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, institutions } from '@/db/schema';
import { createInstitution, getInstitution, listInstitutions, updateInstitution } from '@/lib/institutions/institutions';
import { AppError } from '@/lib/errors';
import { CHOROSZCZ, DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, makeInstitution, uid, unit } from '../factories';

const form = async (teryt = JANOW, overrides: Record<string, unknown> = {}) => {
  const g = await unit(teryt);
  return {
    name: `Szkoła Podstawowa nr ${uid()} w Janowie`,
    type: 'school',
    area: g.gminaId ? `g:${g.gminaId}` : `p:${g.powiatId}`,
    street: 'ul. Szkolna 14',
    postalCode: '16-130',
    city: 'Janów',
    nip: '526-025-02-74',
    regon: '',
    email: '',
    phone: '85 722 10 10',
    ...overrides,
  };
};
const institutionCount = async () => (await getDb().select({ n: count() }).from(institutions))[0].n;

describe('institutions registry', () => {
  it('a PCPR animator adds an institution in a gmina of their powiat; NIP is stored as digits', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    const { id } = await createInstitution(pcpr, await form());
    const [row] = await getDb().select().from(institutions).where(eq(institutions.id, id));
    expect(row).toMatchObject({ nip: '5260250274', gminaId: (await unit(JANOW)).gminaId, version: 1 });
    const [entry] = await getDb().select().from(auditLog).where(and(eq(auditLog.entityId, String(id)), eq(auditLog.action, 'institution.created')));
    expect(entry.userId).toBe(pcpr.userId);
    expect(entry.role).toBe('pcpr_animator');
  });

  it('refuses a gmina outside the animator’s powiat, and records the refusal', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    const before = await institutionCount();
    await expect(createInstitution(pcpr, await form(CHOROSZCZ))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await institutionCount()).toBe(before);
    const denied = await getDb().select().from(auditLog).where(and(eq(auditLog.userId, pcpr.userId), eq(auditLog.action, 'access.denied')));
    expect(denied).toHaveLength(1);
  });

  it('a GOPS animator may not manage institutions at all', async () => {
    const gops = await makeActor('gops_animator', JANOW);
    await expect(createInstitution(gops, await form())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('bad input gives Polish field errors for every field and writes nothing', async () => {
    const admin = await makeActor('rops_admin', PODLASKIE);
    const before = await institutionCount();
    const err = (await createInstitution(admin, await form(JANOW, { name: '', postalCode: '16130', nip: '1234567890', regon: '123', email: 'x@', phone: 'abc' })).catch((e) => e)) as AppError;
    expect(err.code).toBe('INVALID');
    expect(err.fieldErrors).toMatchObject({
      name: ['To pole jest wymagane.'],
      postalCode: ['Kod pocztowy w formacie 00-000.'],
      nip: ['Nieprawidłowy NIP — sprawdź cyfry (suma kontrolna się nie zgadza).'],
      regon: ['REGON musi składać się z 9 lub 14 cyfr.'],
      email: ['Podaj poprawny adres e-mail.'],
    });
    expect(err.fieldErrors?.phone?.[0]).toMatch(/telefonu/);
    expect(await institutionCount()).toBe(before);
  });

  it('the read-only page names the area: gmina, powiat or the whole województwo; edit only for managers', async () => {
    const admin = await makeActor('rops_admin', PODLASKIE);
    const inGmina = await createInstitution(admin, await form());
    const inPowiat = await createInstitution(admin, await form(SOKOLSKI));
    const regional = await createInstitution(admin, await form(JANOW, { area: 'v' }));
    expect((await getInstitution(admin, inGmina.id)).institution.areaLabel).toBe('Janów — gmina wiejska (powiat sokólski)');
    expect((await getInstitution(admin, inPowiat.id)).institution.areaLabel).toBe('powiat sokólski');
    expect((await getInstitution(admin, regional.id)).institution.areaLabel).toBe('całe województwo');
    expect((await getInstitution(admin, inGmina.id)).canManage).toBe(true);
    const gops = await makeActor('gops_animator', JANOW);
    expect((await getInstitution(gops, inGmina.id)).canManage).toBe(false);
  });

  it('the second of two edits based on the same version is refused; nothing is lost silently', async () => {
    const admin = await makeActor('rops_admin', PODLASKIE);
    const { id } = await createInstitution(admin, await form());
    const { institution } = await getInstitution(admin, id);
    const base = { ...(await form()), id, version: institution.version, area: institution.area };
    const first = await updateInstitution(admin, { ...base, name: 'Pierwsza zmiana' });
    expect(first.version).toBe(2);
    await expect(updateInstitution(admin, { ...base, name: 'Druga zmiana' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = await getDb().select().from(institutions).where(eq(institutions.id, id));
    expect(row.name).toBe('Pierwsza zmiana');
    expect(row.version).toBe(2);
  });

  it('lists only institutions inside the caller’s scope', async () => {
    const inJanow = await makeInstitution(JANOW, 'school');
    const inDabrowa = await makeInstitution(DABROWA, 'school');
    const inPowiat = await makeInstitution(SOKOLSKI, 'police');
    const inMazowsze = await makeInstitution('1465011', 'school');

    const ids = async (teryt: string, role: 'gops_animator' | 'pcpr_animator' | 'rops_admin') =>
      (await listInstitutions(await makeActor(role, teryt), {})).rows.map((r) => r.id);
    const gops = await ids(JANOW, 'gops_animator');
    expect(gops).toContain(inJanow.id);
    expect(gops).not.toContain(inDabrowa.id);
    expect(gops).not.toContain(inPowiat.id);
    const pcpr = await ids(SOKOLSKI, 'pcpr_animator');
    expect(pcpr).toEqual(expect.arrayContaining([inJanow.id, inDabrowa.id, inPowiat.id]));
    expect(pcpr).not.toContain(inMazowsze.id);
    const mazowsze = await ids(MAZOWIECKIE, 'rops_admin');
    expect(mazowsze).toContain(inMazowsze.id);
    expect(mazowsze).not.toContain(inJanow.id);
  });

  it('an institution of another gmina is not found for a GOPS animator (its existence is not confirmed)', async () => {
    const gops = await makeActor('gops_animator', JANOW);
    const other = await makeInstitution(DABROWA, 'school');
    await expect(getInstitution(gops, other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getInstitution(gops, 99_999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
