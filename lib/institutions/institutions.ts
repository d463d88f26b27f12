import 'server-only';
import { and, eq, ilike, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas, institutions, powiats, type InstitutionType } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { conflictError, invalidError, notFoundError, refusedError } from '@/lib/errors';
import { escapeLike } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { institutionSchema, parseArea, updateInstitutionSchema } from './schemas';
import { polishOrder } from '@/lib/polish-order';
import { GMINA_KIND_LABELS } from '@/lib/territory/labels';

const scopeOf = (actor: Actor) =>
  scopeWhere(actor.scope, {
    voivodeshipId: institutions.voivodeshipId,
    powiatId: institutions.powiatId,
    gminaId: institutions.gminaId,
    institutionId: institutions.id,
  });

export async function listInstitutions(actor: Actor, filter: { q?: string; type?: InstitutionType }) {
  await authorize(actor, 'institution.view');
  const rows = await getDb()
    .select({
      id: institutions.id,
      name: institutions.name,
      type: institutions.type,
      city: institutions.city,
      powiatName: powiats.name,
      gminaName: gminas.name,
    })
    .from(institutions)
    .leftJoin(powiats, eq(powiats.id, institutions.powiatId))
    .leftJoin(gminas, eq(gminas.id, institutions.gminaId))
    .where(
      and(
        scopeOf(actor),
        filter.q ? ilike(institutions.name, `%${escapeLike(filter.q)}%`) : undefined,
        filter.type ? eq(institutions.type, filter.type) : undefined,
      ),
    )
    .orderBy(polishOrder(institutions.name))
    .limit(500);
  return { rows, canManage: can(actor.scope, 'institution.manage', actor.scope) };
}

const NOT_FOUND = 'Nie znaleziono instytucji.';

/**
 * The institution, when the actor may read it. One outside the actor's scope is "not found" (its
 * existence is not confirmed), unlike a gmina or powiat, which are public units of the register.
 */
async function readableInstitution(actor: Actor, id: number) {
  await authorize(actor, 'institution.view');
  const [row] = await getDb().select().from(institutions).where(eq(institutions.id, id));
  if (!row) throw notFoundError(NOT_FOUND);
  if (!can(actor.scope, 'institution.view', { ...row, institutionId: row.id })) throw refusedError('institution', row.id, row.voivodeshipId, NOT_FOUND);
  return row;
}

export async function getInstitution(actor: Actor, id: number) {
  const row = await readableInstitution(actor, id);
  const area = row.gminaId ? `g:${row.gminaId}` : row.powiatId ? `p:${row.powiatId}` : 'v';
  return {
    institution: { ...row, area, areaLabel: await areaLabel(row) },
    canManage: can(actor.scope, 'institution.manage', { ...row, institutionId: row.id }),
  };
}

/** "gmina Janów (powiat sokólski)", "powiat sokólski", "całe województwo": where the institution works. */
async function areaLabel(row: { powiatId: number | null; gminaId: number | null }) {
  if (!row.powiatId) return 'całe województwo';
  const db = getDb();
  const [p] = await db.select({ name: powiats.name }).from(powiats).where(eq(powiats.id, row.powiatId));
  if (!row.gminaId) return `powiat ${p.name}`;
  const [g] = await db.select({ name: gminas.name, kind: gminas.kind }).from(gminas).where(eq(gminas.id, row.gminaId));
  return `${g.name} — ${GMINA_KIND_LABELS[g.kind]} (powiat ${p.name})`;
}

/** The areas an actor may place an institution in, for the form's select. */
export async function areaOptions(actor: Actor) {
  await authorize(actor, 'institution.manage');
  const db = getDb();
  const gminaRows = await db
    .select({ id: gminas.id, name: gminas.name, kind: gminas.kind, powiatId: powiats.id, powiatName: powiats.name })
    .from(gminas)
    .innerJoin(powiats, eq(powiats.id, gminas.powiatId))
    .where(scopeWhere(actor.scope, { voivodeshipId: gminas.voivodeshipId, powiatId: gminas.powiatId, gminaId: gminas.id }))
    .orderBy(polishOrder(powiats.name), polishOrder(gminas.name));
  const groups = new Map<number, { powiatId: number; powiatName: string; gminas: { id: number; name: string; kind: string }[] }>();
  for (const g of gminaRows) {
    const group = groups.get(g.powiatId) ?? { powiatId: g.powiatId, powiatName: g.powiatName, gminas: [] };
    group.gminas.push({ id: g.id, name: g.name, kind: g.kind });
    groups.set(g.powiatId, group);
  }
  return { wholeVoivodeship: actor.scope.level === 'voivodeship', powiats: [...groups.values()] };
}

/** Resolves the form's area into territory columns, inside the actor's voivodeship. */
async function resolveArea(actor: Actor, area: string) {
  const a = parseArea(area);
  const db = getDb();
  if (a.level === 'v') return { voivodeshipId: actor.scope.voivodeshipId, powiatId: null, gminaId: null };
  if (a.level === 'p') {
    const [p] = await db.select().from(powiats).where(eq(powiats.id, a.id));
    if (!p) throw invalidError({ area: ['Wybierz obszar działania z listy.'] });
    return { voivodeshipId: p.voivodeshipId, powiatId: p.id, gminaId: null };
  }
  const [g] = await db.select().from(gminas).where(eq(gminas.id, a.id));
  if (!g) throw invalidError({ area: ['Wybierz obszar działania z listy.'] });
  return { voivodeshipId: g.voivodeshipId, powiatId: g.powiatId, gminaId: g.id };
}

export async function createInstitution(actor: Actor, input: unknown) {
  const v = parseInput(institutionSchema, input);
  const territory = await resolveArea(actor, v.area);
  await authorize(actor, 'institution.manage', territory);
  const { area: _area, ...fields } = v;
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(institutions)
      .values({ ...fields, ...territory, nip: v.nip ?? null, regon: v.regon ?? null, email: v.email ?? null, phone: v.phone ?? null })
      .returning({ id: institutions.id });
    await audit(tx, actor, { action: 'institution.created', entityType: 'institution', entityId: row.id, voivodeshipId: territory.voivodeshipId, details: { name: v.name } });
    return row;
  });
}

export async function updateInstitution(actor: Actor, input: unknown) {
  const v = parseInput(updateInstitutionSchema, input);
  const current = await readableInstitution(actor, v.id);
  await authorize(actor, 'institution.manage', { ...current, institutionId: current.id });
  const territory = await resolveArea(actor, v.area);
  await authorize(actor, 'institution.manage', territory);
  const { area: _area, id, version, ...fields } = v;
  return getDb().transaction(async (tx) => {
    const changed = await tx
      .update(institutions)
      .set({
        ...fields,
        ...territory,
        nip: v.nip ?? null,
        regon: v.regon ?? null,
        email: v.email ?? null,
        phone: v.phone ?? null,
        version: sql`${institutions.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(institutions.id, id), eq(institutions.version, version)))
      .returning({ id: institutions.id, version: institutions.version });
    if (changed.length === 0) throw conflictError();
    await audit(tx, actor, { action: 'institution.updated', entityType: 'institution', entityId: id, voivodeshipId: territory.voivodeshipId, details: { name: v.name } });
    return changed[0];
  });
}
