import 'server-only';
import { and, eq, ilike, isNull, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas, institutions, powiats, voivodeships } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { notFoundError } from '@/lib/errors';
import { escapeLike } from '@/lib/text';
import { polishOrder } from '@/lib/polish-order';

// The TERC register and institution names are public information: these need no policy check.

export function publicVoivodeships() {
  return getDb()
    .select({ id: voivodeships.id, name: voivodeships.name, teryt: voivodeships.teryt })
    .from(voivodeships)
    .orderBy(polishOrder(voivodeships.name));
}

export function publicPowiats(voivodeshipId: number) {
  return getDb()
    .select({ id: powiats.id, name: powiats.name, teryt: powiats.teryt, isCity: powiats.isCity })
    .from(powiats)
    .where(eq(powiats.voivodeshipId, voivodeshipId))
    .orderBy(polishOrder(powiats.name));
}

export function publicGminas(powiatId: number) {
  return getDb()
    .select({ id: gminas.id, name: gminas.name, teryt: gminas.teryt, kind: gminas.kind })
    .from(gminas)
    .where(eq(gminas.powiatId, powiatId))
    .orderBy(polishOrder(gminas.name));
}

/** Institutions a person working at the chosen level could belong to: at that level or above. */
export function publicInstitutionsFor(t: { voivodeshipId: number; powiatId?: number; gminaId?: number }) {
  const atOrAbove = t.gminaId
    ? or(eq(institutions.gminaId, t.gminaId), and(eq(institutions.powiatId, t.powiatId ?? -1), isNull(institutions.gminaId)), isNull(institutions.powiatId))
    : t.powiatId
      ? or(eq(institutions.powiatId, t.powiatId), isNull(institutions.powiatId))
      : undefined;
  return getDb()
    .select({ id: institutions.id, name: institutions.name, type: institutions.type })
    .from(institutions)
    .where(and(eq(institutions.voivodeshipId, t.voivodeshipId), atOrAbove))
    .orderBy(polishOrder(institutions.name))
    .limit(1000);
}

/** A gmina's page: the unit and the institutions registered in it. */
export async function getGminaPage(actor: Actor, teryt: string) {
  const db = getDb();
  const [gmina] = await db
    .select({
      id: gminas.id,
      teryt: gminas.teryt,
      name: gminas.name,
      kind: gminas.kind,
      powiatId: gminas.powiatId,
      voivodeshipId: gminas.voivodeshipId,
      powiatName: powiats.name,
      powiatTeryt: powiats.teryt,
      voivodeshipName: voivodeships.name,
    })
    .from(gminas)
    .innerJoin(powiats, eq(powiats.id, gminas.powiatId))
    .innerJoin(voivodeships, eq(voivodeships.id, gminas.voivodeshipId))
    .where(eq(gminas.teryt, teryt));
  if (!gmina) throw notFoundError('Nie ma gminy o takim kodzie TERYT.');
  await authorize(actor, 'territory.view', { voivodeshipId: gmina.voivodeshipId, powiatId: gmina.powiatId, gminaId: gmina.id });
  const list = await db
    .select({ id: institutions.id, name: institutions.name, type: institutions.type, city: institutions.city })
    .from(institutions)
    .where(eq(institutions.gminaId, gmina.id))
    .orderBy(polishOrder(institutions.name));
  return { gmina, institutions: list };
}

/** A powiat's page: the unit, its gminas and its powiat-level institutions. */
export async function getPowiatPage(actor: Actor, teryt: string) {
  const db = getDb();
  const [powiat] = await db
    .select({
      id: powiats.id,
      teryt: powiats.teryt,
      name: powiats.name,
      isCity: powiats.isCity,
      voivodeshipId: powiats.voivodeshipId,
      voivodeshipName: voivodeships.name,
    })
    .from(powiats)
    .innerJoin(voivodeships, eq(voivodeships.id, powiats.voivodeshipId))
    .where(eq(powiats.teryt, teryt));
  if (!powiat) throw notFoundError('Nie ma powiatu o takim kodzie TERYT.');
  await authorize(actor, 'territory.view', { voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, gminaId: null });
  const [gminaList, institutionList] = await Promise.all([
    db
      .select({ id: gminas.id, teryt: gminas.teryt, name: gminas.name, kind: gminas.kind })
      .from(gminas)
      .where(eq(gminas.powiatId, powiat.id))
      .orderBy(polishOrder(gminas.name)),
    db
      .select({ id: institutions.id, name: institutions.name, type: institutions.type, city: institutions.city })
      .from(institutions)
      .where(and(eq(institutions.powiatId, powiat.id), isNull(institutions.gminaId)))
      .orderBy(polishOrder(institutions.name)),
  ]);
  return { powiat, gminas: gminaList, institutions: institutionList };
}

/** The territorial registry of the actor's area, optionally filtered by powiat and name. */
export async function listRegistry(actor: Actor, filter: { powiatId?: number; q?: string }) {
  await authorize(actor, 'registry.view');
  const db = getDb();
  const where = and(
    scopeWhere(actor.scope, { voivodeshipId: gminas.voivodeshipId, powiatId: gminas.powiatId, gminaId: gminas.id }),
    filter.powiatId ? eq(gminas.powiatId, filter.powiatId) : undefined,
    filter.q ? or(ilike(gminas.name, `%${escapeLike(filter.q)}%`), ilike(gminas.teryt, `${escapeLike(filter.q)}%`)) : undefined,
  );
  const [rows, powiatList] = await Promise.all([
    db
      .select({
        id: gminas.id,
        teryt: gminas.teryt,
        name: gminas.name,
        kind: gminas.kind,
        inRegister: gminas.inRegister,
        powiatName: powiats.name,
        powiatTeryt: powiats.teryt,
      })
      .from(gminas)
      .innerJoin(powiats, eq(powiats.id, gminas.powiatId))
      .where(where)
      .orderBy(polishOrder(powiats.name), polishOrder(gminas.name)),
    db
      .select({ id: powiats.id, name: powiats.name, teryt: powiats.teryt, isCity: powiats.isCity })
      .from(powiats)
      .where(scopeWhere(actor.scope, { voivodeshipId: powiats.voivodeshipId, powiatId: powiats.id }))
      .orderBy(polishOrder(powiats.name)),
  ]);
  const [voivodeship] = await db
    .select({ name: voivodeships.name, teryt: voivodeships.teryt, registerDate: voivodeships.registerDate })
    .from(voivodeships)
    .where(eq(voivodeships.id, actor.scope.voivodeshipId));
  return { voivodeship, powiats: powiatList, gminas: rows, total: rows.length };
}
