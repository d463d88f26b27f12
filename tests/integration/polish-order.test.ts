import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { powiats, voivodeships } from '@/db/schema';
import { polishOrder } from '@/lib/polish-order';
import { publicGminas, publicPowiats, publicVoivodeships, listRegistry } from '@/lib/territory/queries';
import { comparePl } from '@/lib/text';
import { PODLASKIE, makeActor } from '../factories';

const sortedPl = (names: string[]) => [...names].sort(comparePl);

describe('Polish alphabetical order in SQL (both databases)', () => {
  it('orders names with Polish letters as Intl.Collator("pl") does', async () => {
    const names = ['Zawady', 'Łomża', 'lubuskie', 'łódzkie', 'Lubin', 'śląskie', 'Śrem', 'Sokółka', 'Żary', 'Zabłudów', 'źródło', 'zachodniopomorskie', 'Ćmielów', 'Czyżew', 'Cieszyn', 'Ełk', 'Elbląg', 'Nowa Wieś', 'Nowak', 'Ósemka', 'Ostrów', 'Ozorków', 'Ąbc', 'Azory', 'Ń'];
    const values = sql.join(names.map((n) => sql`(${n})`), sql`, `);
    const res: unknown = await getDb().execute(sql`select x from (values ${values}) t(x) order by ${polishOrder(sql.raw('x'))}`);
    const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as { x: string }[];
    expect(rows.map((r) => r.x)).toEqual(sortedPl(names));
    // The reported cases, spelled out.
    expect(rows.map((r) => r.x).indexOf('Łomża')).toBeLessThan(rows.map((r) => r.x).indexOf('Zawady'));
  });

  it('lists województwa with łódzkie after lubuskie and śląskie after pomorskie', async () => {
    const names = (await publicVoivodeships()).map((v) => v.name);
    expect(names).toEqual(sortedPl(names));
    expect(names.slice(3, 6)).toEqual(['lubuskie', 'łódzkie', 'małopolskie']);
    expect(names.slice(10, 13)).toEqual(['pomorskie', 'śląskie', 'świętokrzyskie']);
    expect(names.at(-1)).toBe('zachodniopomorskie');
  });

  it('lists the powiats and gminas of podlaskie in Polish order (Łomża before Zawady)', async () => {
    const [v] = await getDb().select().from(voivodeships).where(eq(voivodeships.teryt, PODLASKIE));
    const powiatNames = (await publicPowiats(v.id)).map((p) => p.name);
    expect(powiatNames).toEqual(sortedPl(powiatNames));
    expect(powiatNames.indexOf('łomżyński')).toBeGreaterThan(powiatNames.indexOf('kolneński'));
    expect(powiatNames.indexOf('łomżyński')).toBeLessThan(powiatNames.indexOf('moniecki'));

    const [lomzynski] = await getDb().select().from(powiats).where(eq(powiats.teryt, '2007'));
    const gminaNames = (await publicGminas(lomzynski.id)).map((g) => g.name);
    expect(gminaNames).toEqual(sortedPl(gminaNames));

    const rops = await makeActor('rops_admin', PODLASKIE);
    const registry = await listRegistry(rops, {});
    const registryPowiats = [...new Set(registry.gminas.map((g) => g.powiatName))];
    expect(registryPowiats).toEqual(sortedPl(registryPowiats));
    const zambrowski = registry.gminas.filter((g) => g.powiatName === 'zambrowski').map((g) => g.name);
    expect(zambrowski).toEqual(sortedPl(zambrowski));
  });
});
