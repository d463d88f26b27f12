import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, gminas, powiats, voivodeships } from '@/db/schema';
import { covers } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { getGminaPage, getPowiatPage, listRegistry } from '@/lib/territory/queries';
import { DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, makeInstitution } from '../factories';

describe('TERC register in the database', () => {
  it('holds all 16 województwa, 380 powiaty and 2,477 gminas', async () => {
    const db = getDb();
    const [[v], [p], [g]] = await Promise.all([
      db.select({ n: count() }).from(voivodeships),
      db.select({ n: count() }).from(powiats),
      db.select({ n: count() }).from(gminas),
    ]);
    expect([v.n, p.n, g.n]).toEqual([16, 380, 2477]);
    const kinds = await db.select({ kind: gminas.kind, n: count() }).from(gminas).groupBy(gminas.kind);
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toEqual({ rural: 1464, urban_rural: 711, urban: 302 });
    const [cities] = await db.select({ n: count() }).from(powiats).where(eq(powiats.isCity, true));
    expect(cities.n).toBe(66);
  });
});

describe('gmina and powiat pages', () => {
  it('a GOPS animator sees their own gmina and is refused another (with an audit entry)', async () => {
    const gops = await makeActor('gops_animator', JANOW);
    const inst = await makeInstitution(JANOW, 'school', 'Szkoła Podstawowa w Janowie');
    const page = await getGminaPage(gops, JANOW);
    expect(page.gmina.name).toBe('Janów');
    expect(page.gmina.powiatName).toBe('sokólski');
    expect(page.institutions.map((i) => i.id)).toContain(inst.id);

    await expect(getGminaPage(gops, DABROWA)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPowiatPage(gops, SOKOLSKI)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const denied = await getDb().select().from(auditLog).where(and(eq(auditLog.userId, gops.userId), eq(auditLog.action, 'access.denied')));
    expect(denied).toHaveLength(2);
    await expect(getGminaPage(gops, '2011999')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a PCPR animator sees every gmina of their powiat and nothing beyond', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    expect((await getPowiatPage(pcpr, SOKOLSKI)).gminas).toHaveLength(10);
    expect((await getGminaPage(pcpr, DABROWA)).gmina.name).toBe('Dąbrowa Białostocka');
    await expect(getGminaPage(pcpr, '2002013')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the ROPS registry lists its own województwo only', async () => {
    const admin = await makeActor('rops_admin', PODLASKIE);
    const reg = await listRegistry(admin, {});
    expect(reg.voivodeship.name).toBe('podlaskie');
    expect(reg.total).toBe(118);
    const filtered = await listRegistry(admin, { q: 'janów' });
    expect(filtered.gminas.map((g) => g.teryt)).toEqual(['2011022']);
    const mazowsze = await listRegistry(await makeActor('rops_admin', MAZOWIECKIE), { q: '2011' });
    expect(mazowsze.gminas).toEqual([]);
    // LIKE wildcards in the query match literally.
    expect((await listRegistry(admin, { q: '%' })).total).toBe(0);
  });
});

describe('scopeWhere (SQL) agrees with covers() (policy)', () => {
  it.each([
    ['gops_animator', JANOW],
    ['pcpr_animator', SOKOLSKI],
    ['rops_adviser', PODLASKIE],
    ['councillor', SOKOLSKI],
    ['pzk_member', JANOW],
  ] as const)('%s over %s', async (role, teryt) => {
    const actor = await makeActor(role, teryt);
    const db = getDb();
    const all = await db.select({ id: gminas.id, voivodeshipId: gminas.voivodeshipId, powiatId: gminas.powiatId }).from(gminas);
    const bySql = await db
      .select({ id: gminas.id })
      .from(gminas)
      .where(scopeWhere(actor.scope, { voivodeshipId: gminas.voivodeshipId, powiatId: gminas.powiatId, gminaId: gminas.id }));
    const byPolicy = all.filter((g) => covers(actor.scope, { voivodeshipId: g.voivodeshipId, powiatId: g.powiatId, gminaId: g.id }));
    expect(bySql.map((r) => r.id).sort((a, b) => a - b)).toEqual(byPolicy.map((r) => r.id).sort((a, b) => a - b));
    expect(byPolicy.length).toBeGreaterThan(0);
  });
});

describe('audit log is append-only', () => {
  it('refuses UPDATE and DELETE at the database level', async () => {
    await expect(getGminaPage(await makeActor('gops_animator', JANOW), DABROWA)).rejects.toThrow();
    const failure = (p: Promise<unknown>) => p.then(() => 'no error', (e: Error & { cause?: Error }) => String(e.cause?.message ?? e.message));
    expect(await failure(getDb().update(auditLog).set({ action: 'tampered' }).where(sql`true`))).toMatch(/append-only/);
    expect(await failure(getDb().delete(auditLog).where(sql`true`))).toMatch(/append-only/);
    const [{ n }] = await getDb().select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'tampered'));
    expect(n).toBe(0);
  });
});
