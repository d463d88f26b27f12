import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { TERC_FILE } from '@/db/bootstrap';
import { gminas, powiats } from '@/db/schema';
import { importTerc, parseTerc } from '@/db/seed/terc';
import { makeInstitution } from '../factories';

const original = fs.readFileSync(TERC_FILE, 'utf8');

describe('TERC import', () => {
  it('parses the official file into 16 / 380 / 2,477 units, skipping parts of gminas', () => {
    const data = parseTerc(original);
    expect([data.voivodeships.length, data.powiats.length, data.gminas.length]).toEqual([16, 380, 2477]);
    expect(data.gminas.find((g) => g.teryt === '2011022')).toEqual({ teryt: '2011022', name: 'Janów', kind: 'rural', date: '2024-01-01' });
    expect(data.voivodeships.find((v) => v.teryt === '02')?.name).toBe('dolnośląskie');
    expect(data.powiats.filter((p) => p.isCity)).toHaveLength(66);
  });

  it('rejects a file that is not TERC', () => {
    expect(() => parseTerc('a;b;c\n1;2;3')).toThrow(/Not a TERC file/);
  });

  it('re-import updates names, adds units, deletes unreferenced gone units and retires referenced ones', async () => {
    const db = getDb();
    // Korycin (2011032) will be referenced by an institution; Kuźnica (2011052) by nothing.
    const korycin = (await db.select().from(gminas).where(eq(gminas.teryt, '2011032')))[0];
    await makeInstitution('2011032', 'ops');
    const lines = original
      .split('\n')
      .filter((l) => !l.startsWith('20;11;03;2;') && !l.startsWith('20;11;05;2;'))
      .map((l) => (l.startsWith('20;11;02;2;Janów') ? l.replace('Janów', 'Janów Podlaski (nazwa testowa)') : l));
    lines.push('20;11;11;2;Nowa Gmina Testowa;gmina wiejska;2026-01-01');
    const stats = await importTerc(db, parseTerc(lines.join('\n')));
    expect(stats).toMatchObject({ gminas: 2476, removed: 1, retired: 1 });

    const byCode = async (t: string) => (await db.select().from(gminas).where(eq(gminas.teryt, t)))[0];
    expect((await byCode('2011022')).name).toBe('Janów Podlaski (nazwa testowa)');
    expect(await byCode('2011112')).toMatchObject({ name: 'Nowa Gmina Testowa', kind: 'rural', inRegister: true });
    expect(await byCode('2011052')).toBeUndefined();
    expect(await byCode('2011032')).toMatchObject({ id: korycin.id, inRegister: false });

    // Running the original file again restores the state; ids that data refers to are kept.
    await importTerc(db, parseTerc(original));
    expect((await byCode('2011022')).name).toBe('Janów');
    expect(await byCode('2011032')).toMatchObject({ id: korycin.id, inRegister: true });
    expect(await byCode('2011052')).toMatchObject({ name: 'Kuźnica' });
    expect(await byCode('2011112')).toBeUndefined();
    const [p] = await db.select().from(powiats).where(eq(powiats.teryt, '2011'));
    expect(p.name).toBe('sokólski');
  });
});
