import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type DbOrTx } from '@/db/client';
import { gminas, goodPractices, powiats, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { conflictError, forbiddenError, invalidError, notFoundError, refusedError } from '@/lib/errors';
import { searchWords } from '@/lib/services/normalize';
import { parseInput } from '@/lib/validation/parse';
import { practiceEditSchema, practiceRefSchema, practiceSchema, type PracticeValues } from './schemas';
import { practiceSearchText } from './text';
import { polishOrder } from '@/lib/polish-order';

/*
 * The good-practice catalogue. Any signed-in member proposes a practice (practice.propose); the
 * proposal is seen by its author and by ROPS of its województwo only, who may edit it and publish
 * it (practice.publish). A published practice is public: anyone reads, searches and prints it,
 * without an account. What the visitor may not see is "not found".
 */

export const PAGE_SIZE = 30;
const NOT_FOUND = 'Nie znaleziono dobrej praktyki.';

export interface PracticeFilter {
  /** Only this województwo's practices; all when undefined. */
  voivodeshipId?: number;
  q?: string;
  level?: string;
  area?: string;
  page?: number;
}

const gminaPowiat = alias(powiats, 'gmina_powiat');

const columns = {
  id: goodPractices.id,
  voivodeshipId: goodPractices.voivodeshipId,
  voivodeshipName: voivodeships.name,
  status: goodPractices.status,
  name: goodPractices.name,
  level: goodPractices.level,
  area: goodPractices.area,
  description: goodPractices.description,
  conditions: goodPractices.conditions,
  process: goodPractices.process,
  solution: goodPractices.solution,
  swotStrengths: goodPractices.swotStrengths,
  swotWeaknesses: goodPractices.swotWeaknesses,
  swotOpportunities: goodPractices.swotOpportunities,
  swotThreats: goodPractices.swotThreats,
  measures: goodPractices.measures,
  powiatId: goodPractices.powiatId,
  powiatName: sql<string | null>`coalesce(${powiats.name}, ${gminaPowiat.name})`,
  gminaId: goodPractices.gminaId,
  gminaName: gminas.name,
  contact: goodPractices.contact,
  proposedBy: goodPractices.proposedBy,
  publishedAt: goodPractices.publishedAt,
  version: goodPractices.version,
  createdAt: goodPractices.createdAt,
};

function selectPractices(db: DbOrTx) {
  return db
    .select(columns)
    .from(goodPractices)
    .innerJoin(voivodeships, eq(voivodeships.id, goodPractices.voivodeshipId))
    .leftJoin(powiats, eq(powiats.id, goodPractices.powiatId))
    .leftJoin(gminas, eq(gminas.id, goodPractices.gminaId))
    .leftJoin(gminaPowiat, eq(gminaPowiat.id, gminas.powiatId));
}

export type Practice = Awaited<ReturnType<typeof loadPractice>>;

async function loadPractice(db: DbOrTx, id: number) {
  const [row] = await selectPractices(db).where(eq(goodPractices.id, id));
  return row as typeof row | undefined;
}

/** Whether the actor reviews (edits, publishes) the practices of the województwo. */
export const mayPublish = (actor: Actor | null, voivodeshipId: number) => actor !== null && can(actor.scope, 'practice.publish', { voivodeshipId });

/** Who sees a practice: everyone once published; its author and ROPS of its województwo before. */
function maySee(actor: Actor | null, p: { status: string; proposedBy: string; voivodeshipId: number }) {
  return p.status === 'published' || (actor !== null && (p.proposedBy === actor.userId || mayPublish(actor, p.voivodeshipId)));
}

const vector = sql`to_tsvector('simple', ${goodPractices.searchText})`;

/**
 * Public: one page of the published practices, newest first or, when searching, best matches
 * first (every typed word begins a word of the sheet; Polish letters and case ignored). Also the
 * levels and areas in use, for the filters.
 */
export async function searchPractices(filter: PracticeFilter, db: DbOrTx = getDb()) {
  const words = filter.q ? searchWords(filter.q) : [];
  const query = words.length ? sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')})` : null;
  const page = Math.max(1, Math.min(filter.page ?? 1, 10_000));
  const published = and(eq(goodPractices.status, 'published'), filter.voivodeshipId ? eq(goodPractices.voivodeshipId, filter.voivodeshipId) : undefined)!;
  const where = and(published, query ? sql`${vector} @@ ${query}` : undefined, filter.level ? eq(goodPractices.level, filter.level) : undefined, filter.area ? eq(goodPractices.area, filter.area) : undefined);
  const rows = await db
    .select({
      id: goodPractices.id,
      name: goodPractices.name,
      level: goodPractices.level,
      area: goodPractices.area,
      description: goodPractices.description,
      voivodeshipName: voivodeships.name,
      gminaName: gminas.name,
      powiatName: powiats.name,
      publishedAt: goodPractices.publishedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(goodPractices)
    .innerJoin(voivodeships, eq(voivodeships.id, goodPractices.voivodeshipId))
    .leftJoin(powiats, eq(powiats.id, goodPractices.powiatId))
    .leftJoin(gminas, eq(gminas.id, goodPractices.gminaId))
    .where(where)
    .orderBy(...(query ? [sql`ts_rank(${vector}, ${query}) desc`] : []), desc(goodPractices.publishedAt), desc(goodPractices.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const distinct = async (col: typeof goodPractices.level | typeof goodPractices.area) =>
    (await db.selectDistinct({ v: col }).from(goodPractices).where(published).orderBy(asc(col)).limit(200)).map((r) => r.v);
  return {
    rows: rows.map(({ total: _total, ...r }) => r),
    total: rows[0]?.total ?? 0,
    page,
    pageSize: PAGE_SIZE,
    searched: Boolean(query),
    levels: await distinct(goodPractices.level),
    areas: await distinct(goodPractices.area),
  };
}

/** The sheet, or NOT_FOUND when the visitor may not see it; with what the visitor may do with it. */
export async function getPractice(actor: Actor | null, id: number) {
  const p = await loadPractice(getDb(), id);
  if (!p) throw notFoundError(NOT_FOUND);
  if (!maySee(actor, p)) throw refusedError('good_practice', p.id, p.voivodeshipId, NOT_FOUND);
  const review = mayPublish(actor, p.voivodeshipId);
  return { practice: p, canEdit: review || (p.status === 'proposed' && p.proposedBy === actor?.userId), canPublish: review && p.status === 'proposed' };
}

/** Proposals waiting for review in the actor's województwo (ROPS only), oldest first. */
export async function listProposals(actor: Actor) {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'practice.publish', { voivodeshipId });
  return selectPractices(getDb())
    .where(and(eq(goodPractices.voivodeshipId, voivodeshipId), eq(goodPractices.status, 'proposed')))
    .orderBy(asc(goodPractices.createdAt), asc(goodPractices.id));
}

/** The actor's own proposals not yet published. */
export async function myProposals(actor: Actor) {
  return getDb()
    .select({ id: goodPractices.id, name: goodPractices.name, createdAt: goodPractices.createdAt })
    .from(goodPractices)
    .where(and(eq(goodPractices.proposedBy, actor.userId), eq(goodPractices.status, 'proposed')))
    .orderBy(desc(goodPractices.createdAt))
    .limit(100);
}

/** Where the actor works, as the resource a proposal is authorized against. */
const ownPlace = (actor: Actor) => ({ voivodeshipId: actor.scope.voivodeshipId, powiatId: actor.scope.powiatId, gminaId: actor.scope.gminaId, institutionId: actor.scope.institutionId });

/** What the proposal/edit form needs: the practice (when editing) and the województwo's powiats and gminas. */
export async function practiceForm(actor: Actor, id?: number) {
  const db = getDb();
  let practice: NonNullable<Practice> | undefined;
  if (id === undefined) {
    await authorize(actor, 'practice.propose', ownPlace(actor));
  } else {
    const found = await getPractice(actor, id);
    if (!found.canEdit) {
      await authorize(actor, 'practice.publish', { voivodeshipId: found.practice.voivodeshipId });
      throw forbiddenError();
    }
    practice = found.practice;
  }
  const voivodeshipId = practice?.voivodeshipId ?? actor.scope.voivodeshipId;
  const [v] = await db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId));
  const powiatList = await db.select({ id: powiats.id, name: powiats.name }).from(powiats).where(eq(powiats.voivodeshipId, voivodeshipId)).orderBy(polishOrder(powiats.name));
  const gminaList = await db
    .select({ id: gminas.id, name: gminas.name, kind: gminas.kind, powiatId: gminas.powiatId })
    .from(gminas)
    .where(eq(gminas.voivodeshipId, voivodeshipId))
    .orderBy(polishOrder(gminas.name));
  return { voivodeshipId, voivodeshipName: v.name, practice, powiats: powiatList, gminas: gminaList };
}

/** The powiat and gmina chosen must lie in the województwo, the gmina in the powiat (which it implies). */
async function resolvePlace(db: DbOrTx, voivodeshipId: number, v: { powiatId?: number; gminaId?: number }) {
  let powiatId = v.powiatId ?? null;
  if (powiatId !== null) {
    const [p] = await db.select({ id: powiats.id }).from(powiats).where(and(eq(powiats.id, powiatId), eq(powiats.voivodeshipId, voivodeshipId)));
    if (!p) throw invalidError({ powiatId: ['Wybierz powiat z listy województwa.'] });
  }
  let gminaId: number | null = null;
  let place = '';
  if (v.gminaId != null) {
    const [g] = await db
      .select({ id: gminas.id, name: gminas.name, powiatId: gminas.powiatId, powiatName: powiats.name })
      .from(gminas)
      .innerJoin(powiats, eq(powiats.id, gminas.powiatId))
      .where(and(eq(gminas.id, v.gminaId), eq(gminas.voivodeshipId, voivodeshipId)));
    if (!g || (powiatId !== null && g.powiatId !== powiatId)) throw invalidError({ gminaId: ['Wybierz gminę z listy gmin wybranego powiatu.'] });
    gminaId = g.id;
    powiatId = g.powiatId;
    place = `${g.name} ${g.powiatName}`;
  } else if (powiatId !== null) {
    const [p] = await db.select({ name: powiats.name }).from(powiats).where(eq(powiats.id, powiatId));
    place = p.name;
  }
  return { powiatId, gminaId, place };
}

function values(v: PracticeValues, place: { powiatId: number | null; gminaId: number | null; place: string }) {
  const row = {
    name: v.name,
    level: v.level,
    area: v.area,
    description: v.description,
    conditions: v.conditions,
    process: v.process,
    solution: v.solution,
    swotStrengths: v.swotStrengths,
    swotWeaknesses: v.swotWeaknesses,
    swotOpportunities: v.swotOpportunities,
    swotThreats: v.swotThreats,
    measures: v.measures,
    contact: v.contact,
  };
  return { ...row, powiatId: place.powiatId, gminaId: place.gminaId, searchText: practiceSearchText({ ...row, place: place.place }) };
}

/** A member proposes a practice of their województwo; it waits for ROPS. */
export async function proposePractice(actor: Actor, input: unknown) {
  const v = parseInput(practiceSchema, input);
  await authorize(actor, 'practice.propose', ownPlace(actor));
  const voivodeshipId = actor.scope.voivodeshipId;
  const db = getDb();
  const place = await resolvePlace(db, voivodeshipId, v);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(goodPractices)
      .values({ ...values(v, place), voivodeshipId, status: 'proposed', proposedBy: actor.userId })
      .returning({ id: goodPractices.id, version: goodPractices.version, status: goodPractices.status });
    await audit(tx, actor, { action: 'practice.proposed', entityType: 'good_practice', entityId: row.id, voivodeshipId, details: { name: v.name } });
    return row;
  });
}

async function exists(db: DbOrTx, where: SQL) {
  const [row] = await db.select({ id: goodPractices.id }).from(goodPractices).where(where).limit(1);
  return Boolean(row);
}

/** ROPS edits any practice of its województwo; the author edits their proposal until it is published. Version-locked. */
export async function updatePractice(actor: Actor, input: unknown) {
  const v = parseInput(practiceEditSchema, input);
  const db = getDb();
  const { practice, canEdit } = await getPractice(actor, v.id);
  if (!canEdit) {
    await authorize(actor, 'practice.publish', { voivodeshipId: practice.voivodeshipId });
    throw forbiddenError();
  }
  const review = mayPublish(actor, practice.voivodeshipId);
  const place = await resolvePlace(db, practice.voivodeshipId, v);
  // The author's right ends with publication: the update applies only while it is still a proposal.
  const where = and(eq(goodPractices.id, v.id), review ? undefined : eq(goodPractices.status, 'proposed'))!;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(goodPractices)
      .set({ ...values(v, place), version: sql`${goodPractices.version} + 1` })
      .where(and(where, eq(goodPractices.version, v.version)))
      .returning({ id: goodPractices.id, version: goodPractices.version, status: goodPractices.status });
    if (!row) throw (await exists(tx, where)) ? conflictError() : notFoundError(NOT_FOUND);
    await audit(tx, actor, { action: 'practice.saved', entityType: 'good_practice', entityId: v.id, voivodeshipId: practice.voivodeshipId, details: { name: v.name, status: row.status } });
    return row;
  });
}

/** ROPS publishes a proposal as it stands (the version the adviser saw): from now on it is public. */
export async function publishPractice(actor: Actor, input: unknown) {
  const v = parseInput(practiceRefSchema, input);
  const db = getDb();
  const p = await loadPractice(db, v.id);
  if (!p) throw notFoundError(NOT_FOUND);
  if (!maySee(actor, p)) throw refusedError('good_practice', p.id, p.voivodeshipId, NOT_FOUND);
  await authorize(actor, 'practice.publish', { voivodeshipId: p.voivodeshipId });
  const where = and(eq(goodPractices.id, v.id), eq(goodPractices.status, 'proposed'))!;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(goodPractices)
      .set({ status: 'published', publishedBy: actor.userId, publishedAt: sql`now()`, version: sql`${goodPractices.version} + 1` })
      .where(and(where, eq(goodPractices.version, v.version)))
      .returning({ id: goodPractices.id, version: goodPractices.version, status: goodPractices.status });
    if (!row) throw conflictError();
    await audit(tx, actor, { action: 'practice.published', entityType: 'good_practice', entityId: v.id, voivodeshipId: p.voivodeshipId, details: { name: p.name } });
    return row;
  });
}
