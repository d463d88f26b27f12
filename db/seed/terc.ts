import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { gminas, powiats, voivodeships, type GminaKind } from '../schema';

// TERC columns: WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA. RODZ 1–3 are gminas; 4, 5, 8, 9 are
// parts of gminas (towns, rural areas, Warsaw districts, delegations) and are skipped.
const GMINA_KINDS: Record<string, GminaKind> = { '1': 'urban', '2': 'rural', '3': 'urban_rural' };

export interface TercData {
  voivodeships: { teryt: string; name: string; date: string }[];
  powiats: { teryt: string; name: string; isCity: boolean; date: string }[];
  gminas: { teryt: string; name: string; kind: GminaKind; date: string }[];
}

export function parseTerc(csv: string): TercData {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split(';');
  if (header?.slice(0, 7).join(';') !== 'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA') {
    throw new Error('Not a TERC file: expected the header WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA');
  }
  const out: TercData = { voivodeships: [], powiats: [], gminas: [] };
  for (const [i, line] of lines.entries()) {
    const [woj, pow, gmi, rodz, name, extra, date] = line.split(';').map((c) => c.trim());
    if (!/^\d{2}$/.test(woj) || !name) throw new Error(`TERC line ${i + 2} is malformed: ${line}`);
    if (!pow) out.voivodeships.push({ teryt: woj, name: name.toLocaleLowerCase('pl'), date });
    else if (!gmi) out.powiats.push({ teryt: woj + pow, name, isCity: /na prawach powiatu/.test(extra), date });
    else if (GMINA_KINDS[rodz]) out.gminas.push({ teryt: woj + pow + gmi + rodz, name, kind: GMINA_KINDS[rodz], date });
  }
  return out;
}

const isForeignKeyViolation = (e: unknown) =>
  (e as { code?: string })?.code === '23503' || (e as { cause?: { code?: string } })?.cause?.code === '23503';

/**
 * Loads or refreshes the register: adds new units, updates names and kinds, and for units the new
 * file no longer lists deletes those nothing refers to and marks the rest `inRegister = false`.
 */
export async function importTerc(db: Db, data: TercData) {
  const stats = { voivodeships: 0, powiats: 0, gminas: 0, removed: 0, retired: 0 };
  await db.transaction(async (tx) => {
    for (const v of data.voivodeships) {
      await tx
        .insert(voivodeships)
        .values({ teryt: v.teryt, name: v.name, registerDate: v.date, inRegister: true })
        .onConflictDoUpdate({ target: voivodeships.teryt, set: { name: v.name, registerDate: v.date, inRegister: true } });
    }
    const vIds = new Map((await tx.select({ id: voivodeships.id, teryt: voivodeships.teryt }).from(voivodeships)).map((r) => [r.teryt, r.id]));
    const chunk = <T,>(xs: T[], n = 500) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

    for (const part of chunk(data.powiats)) {
      await tx
        .insert(powiats)
        .values(part.map((p) => ({ teryt: p.teryt, name: p.name, isCity: p.isCity, registerDate: p.date, voivodeshipId: vIds.get(p.teryt.slice(0, 2))!, inRegister: true })))
        .onConflictDoUpdate({
          target: powiats.teryt,
          set: { name: sql`excluded.name`, isCity: sql`excluded.is_city`, registerDate: sql`excluded.register_date`, voivodeshipId: sql`excluded.voivodeship_id`, inRegister: true },
        });
    }
    const pIds = new Map((await tx.select({ id: powiats.id, teryt: powiats.teryt }).from(powiats)).map((r) => [r.teryt, r.id]));

    for (const part of chunk(data.gminas)) {
      await tx
        .insert(gminas)
        .values(
          part.map((g) => ({
            teryt: g.teryt,
            name: g.name,
            kind: g.kind,
            registerDate: g.date,
            powiatId: pIds.get(g.teryt.slice(0, 4))!,
            voivodeshipId: vIds.get(g.teryt.slice(0, 2))!,
            inRegister: true,
          })),
        )
        .onConflictDoUpdate({
          target: gminas.teryt,
          set: {
            name: sql`excluded.name`,
            kind: sql`excluded.kind`,
            registerDate: sql`excluded.register_date`,
            powiatId: sql`excluded.powiat_id`,
            voivodeshipId: sql`excluded.voivodeship_id`,
            inRegister: true,
          },
        });
    }

    // Units gone from the register, narrowest first so a powiat's gminas go before it.
    const levels = [
      { table: gminas, codes: data.gminas.map((g) => g.teryt) },
      { table: powiats, codes: data.powiats.map((p) => p.teryt) },
      { table: voivodeships, codes: data.voivodeships.map((v) => v.teryt) },
    ] as const;
    for (const { table, codes } of levels) {
      const gone = await tx.select({ id: table.id }).from(table).where(and(notInArray(table.teryt, codes.length ? codes : ['']), eq(table.inRegister, true)));
      for (const { id } of gone) {
        try {
          await tx.transaction(async (sp) => {
            await sp.delete(table).where(eq(table.id, id));
          });
          stats.removed++;
        } catch (e) {
          if (!isForeignKeyViolation(e)) throw e;
          await tx.update(table).set({ inRegister: false }).where(inArray(table.id, [id]));
          stats.retired++;
        }
      }
    }
  });
  stats.voivodeships = data.voivodeships.length;
  stats.powiats = data.powiats.length;
  stats.gminas = data.gminas.length;
  return stats;
}
