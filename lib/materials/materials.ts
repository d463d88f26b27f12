import 'server-only';
import { and, arrayContains, arrayOverlaps, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { files, materialFiles, materials, modelVariant, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { AppError, conflictError, invalidError, notFoundError, refusedError } from '@/lib/errors';
import { uploadProblem } from '@/lib/files';
import { latestVersionId, loadCatalogue } from '@/lib/model/catalogue-load';
import { searchWords } from '@/lib/services/normalize';
import { storeUpload } from '@/lib/uploads';
import { parseInput } from '@/lib/validation/parse';
import { materialEditSchema, materialFileRefSchema, materialFileTitleSchema, materialRefSchema, materialSchema } from './schemas';
import { codesOfStep, compareStepCodes, materialSearchText } from './text';
import { polishOrder } from '@/lib/polish-order';

/*
 * e-szkoła: learning materials of a województwo, kept by ROPS (material.manage). A public material
 * is seen by anyone, without an account; a members-only one by the signed-in people of its
 * województwo. A material another visitor may not see is "not found", never "forbidden".
 * Attached files take their material's visibility.
 */

export const PAGE_SIZE = 30;

export interface MaterialFilter {
  voivodeshipId: number;
  q?: string;
  tag?: string;
  page?: number;
}

const NOT_FOUND = 'Nie znaleziono materiału e-szkoły.';

/** Whether the visitor works in the województwo (any of their role assignments). */
export function isMemberOf(actor: Actor | null, voivodeshipId: number): boolean {
  return Boolean(actor?.assignments.some((a) => a.voivodeshipId === voivodeshipId));
}

/** The województwo whose materials the actor keeps, if any. */
export function materialManageScope(actor: Actor | null): number | null {
  if (!actor) return null;
  const voivodeshipId = actor.scope.voivodeshipId;
  return can(actor.scope, 'material.manage', { voivodeshipId }) ? voivodeshipId : null;
}

/** The materials of a województwo the visitor may see. */
function visibleIn(actor: Actor | null, voivodeshipId: number): SQL {
  return and(eq(materials.voivodeshipId, voivodeshipId), isMemberOf(actor, voivodeshipId) ? undefined : eq(materials.visibility, 'public'))!;
}

const listColumns = {
  id: materials.id,
  title: materials.title,
  summary: materials.summary,
  visibility: materials.visibility,
  tags: materials.tags,
  steps: materials.steps,
  updatedAt: materials.updatedAt,
};

const vector = sql`to_tsvector('simple', ${materials.searchText})`;

/**
 * One page of the województwo's materials the visitor may see, newest first or, when searching,
 * best matches first. Every typed word must begin a word of the material (Polish letters and case
 * ignored: "wspolpraca" finds "współpraca"); the tag filter is exact. Also the tags in use, for the filter.
 */
export async function searchMaterials(actor: Actor | null, filter: MaterialFilter, db: DbOrTx = getDb()) {
  const words = filter.q ? searchWords(filter.q) : [];
  const query = words.length ? sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')})` : null;
  const page = Math.max(1, Math.min(filter.page ?? 1, 10_000));
  const visible = visibleIn(actor, filter.voivodeshipId);
  const where = and(visible, query ? sql`${vector} @@ ${query}` : undefined, filter.tag ? arrayContains(materials.tags, [filter.tag]) : undefined);
  const rows = await db
    .select({ ...listColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(materials)
    .where(where)
    .orderBy(...(query ? [sql`ts_rank(${vector}, ${query}) desc`, desc(materials.updatedAt)] : [desc(materials.updatedAt)]), desc(materials.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const tagRows = await db
    .select({ tag: sql<string>`t.tag` })
    .from(sql`${materials}, unnest(${materials.tags}) as t(tag)`)
    .where(visible)
    .groupBy(sql`t.tag`)
    .orderBy(sql`lower(t.tag)`)
    .limit(200);
  return {
    rows: rows.map(({ total: _total, ...r }) => r),
    total: rows[0]?.total ?? 0,
    page,
    pageSize: PAGE_SIZE,
    searched: Boolean(query),
    tags: tagRows.map((t) => t.tag),
  };
}

/** One material with its files, or NOT_FOUND when the visitor may not see it. */
export async function getMaterial(actor: Actor | null, id: number) {
  const db = getDb();
  const [m] = await db
    .select({ ...listColumns, body: materials.body, voivodeshipId: materials.voivodeshipId, voivodeshipName: voivodeships.name, version: materials.version })
    .from(materials)
    .innerJoin(voivodeships, eq(voivodeships.id, materials.voivodeshipId))
    .where(eq(materials.id, id));
  if (!m) throw notFoundError(NOT_FOUND);
  if (m.visibility === 'members' && !isMemberOf(actor, m.voivodeshipId)) throw refusedError('material', m.id, m.voivodeshipId, NOT_FOUND);
  const attached = await db
    .select({ fileId: materialFiles.fileId, title: materialFiles.title, name: files.name, mime: files.mime, size: files.size })
    .from(materialFiles)
    .innerJoin(files, eq(files.id, materialFiles.fileId))
    .where(eq(materialFiles.materialId, id))
    .orderBy(polishOrder(materialFiles.title));
  const steps = await stepOptions();
  const stepName = new Map(steps.map((s) => [s.code, s.name]));
  return {
    material: { ...m, steps: [...m.steps].sort(compareStepCodes).map((code) => ({ code, name: stepName.get(code) ?? '' })) },
    files: attached,
    canManage: actor !== null && can(actor.scope, 'material.manage', { voivodeshipId: m.voivodeshipId }),
  };
}

/** The materials attached to step `number` of the model (or to its sub-steps) the visitor may see, in their województwo. */
export async function materialsForStep(actor: Actor, number: number) {
  const voivodeshipId = actor.scope.voivodeshipId;
  const codes = codesOfStep(number, (await stepOptions()).map((s) => s.code));
  if (!codes.length) return [];
  return getDb()
    .select(listColumns)
    .from(materials)
    .where(and(visibleIn(actor, voivodeshipId), arrayOverlaps(materials.steps, codes)))
    .orderBy(polishOrder(materials.title), asc(materials.id))
    .limit(100);
}

/**
 * The model's step codes to attach a material to: every sub-step code of the latest catalogue of
 * each variant ("4", "6.1", "7.2" — a step without sub-steps has one coded with its number).
 */
export async function stepOptions(db: DbOrTx = getDb()): Promise<{ code: string; name: string }[]> {
  const byCode = new Map<string, string>();
  for (const variant of modelVariant.enumValues) {
    const id = await latestVersionId(db, variant);
    const c = id ? await loadCatalogue(db, id) : null;
    for (const s of c?.substeps ?? []) if (!byCode.has(s.code)) byCode.set(s.code, s.name);
  }
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => compareStepCodes(a.code, b.code));
}

async function manager(actor: Actor) {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'material.manage', { voivodeshipId });
  return voivodeshipId;
}

/** What the add/edit page needs (ROPS only): the material being edited, the steps to choose from. */
export async function materialForm(actor: Actor, id?: number) {
  const voivodeshipId = await manager(actor);
  const db = getDb();
  const [v] = await db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId));
  let material: typeof materials.$inferSelect | undefined;
  let attached: { fileId: string; title: string; name: string; size: number }[] = [];
  if (id !== undefined) {
    [material] = await db.select().from(materials).where(and(eq(materials.id, id), eq(materials.voivodeshipId, voivodeshipId)));
    if (!material) throw await missing(db, id);
    attached = await db
      .select({ fileId: materialFiles.fileId, title: materialFiles.title, name: files.name, size: files.size })
      .from(materialFiles)
      .innerJoin(files, eq(files.id, materialFiles.fileId))
      .where(eq(materialFiles.materialId, id))
      .orderBy(polishOrder(materialFiles.title));
  }
  return { voivodeshipId, voivodeshipName: v.name, material, files: attached, steps: await stepOptions(db) };
}

async function checkSteps(db: DbOrTx, steps: string[]) {
  const known = new Set((await stepOptions(db)).map((s) => s.code));
  const unknown = steps.filter((s) => !known.has(s));
  if (unknown.length) throw invalidError({ steps: [`Nieznany krok modelu: ${unknown.join(', ')}.`] });
  return [...steps].sort(compareStepCodes);
}

function values(v: ReturnType<typeof materialSchema.parse>, steps: string[]) {
  const row = { title: v.title, summary: v.summary, body: v.body, visibility: v.visibility, tags: v.tags, steps };
  return { ...row, searchText: materialSearchText(row) };
}

export async function createMaterial(actor: Actor, input: unknown) {
  const v = parseInput(materialSchema, input);
  const voivodeshipId = await manager(actor);
  const db = getDb();
  const steps = await checkSteps(db, v.steps);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(materials)
      .values({ ...values(v, steps), voivodeshipId, createdBy: actor.userId })
      .returning({ id: materials.id, version: materials.version });
    await audit(tx, actor, { action: 'material.saved', entityType: 'material', entityId: row.id, voivodeshipId, details: { title: v.title, visibility: v.visibility, created: true } });
    return row;
  });
}

const inRegion = (voivodeshipId: number, id: number) => and(eq(materials.id, id), eq(materials.voivodeshipId, voivodeshipId))!;

async function exists(db: DbOrTx, where: SQL) {
  const [row] = await db.select({ id: materials.id }).from(materials).where(where).limit(1);
  return Boolean(row);
}

/** A material missing from the manager's województwo: another's is refused (audited), else not found. */
async function missing(db: DbOrTx, id: number) {
  const [m] = await db.select({ voivodeshipId: materials.voivodeshipId }).from(materials).where(eq(materials.id, id));
  return m ? refusedError('material', id, m.voivodeshipId, NOT_FOUND) : notFoundError(NOT_FOUND);
}

/** Saves the version the user saw; someone else's save in between is a CONFLICT. */
export async function updateMaterial(actor: Actor, input: unknown) {
  const v = parseInput(materialEditSchema, input);
  const voivodeshipId = await manager(actor);
  const db = getDb();
  const steps = await checkSteps(db, v.steps);
  const where = inRegion(voivodeshipId, v.id);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(materials)
      .set({ ...values(v, steps), version: sql`${materials.version} + 1`, updatedAt: sql`now()` })
      .where(and(where, eq(materials.version, v.version)))
      .returning({ id: materials.id, version: materials.version });
    if (!row) throw (await exists(tx, where)) ? conflictError() : await missing(tx, v.id);
    await audit(tx, actor, { action: 'material.saved', entityType: 'material', entityId: v.id, voivodeshipId, details: { title: v.title, visibility: v.visibility } });
    return row;
  });
}

export async function deleteMaterial(actor: Actor, input: unknown) {
  const v = parseInput(materialRefSchema, input);
  const voivodeshipId = await manager(actor);
  const where = inRegion(voivodeshipId, v.id);
  return getDb().transaction(async (tx) => {
    const attached = await tx.select({ fileId: materialFiles.fileId }).from(materialFiles).where(eq(materialFiles.materialId, v.id));
    const gone = await tx
      .delete(materials)
      .where(and(where, eq(materials.version, v.version)))
      .returning({ id: materials.id, title: materials.title });
    if (!gone.length) throw (await exists(tx, where)) ? conflictError() : await missing(tx, v.id);
    // The attachment rows went with the material (cascade); their files belong to nothing else.
    if (attached.length) await tx.delete(files).where(inArray(files.id, attached.map((a) => a.fileId)));
    await audit(tx, actor, { action: 'material.deleted', entityType: 'material', entityId: v.id, voivodeshipId, details: { title: gone[0].title, files: attached.length } });
    return { id: v.id };
  });
}

/** Attaches an uploaded file (PDF, JPEG or PNG, judged by content, up to 10 MB). */
export async function attachMaterialFile(actor: Actor, input: { materialId: unknown; title: unknown; fileName: string; data: Uint8Array }) {
  const v = parseInput(materialFileTitleSchema, { materialId: input.materialId, title: input.title });
  const problem = await uploadProblem(input.data);
  if (problem) throw invalidError({ file: [problem] });
  const voivodeshipId = await manager(actor);
  const db = getDb();
  if (!(await exists(db, inRegion(voivodeshipId, v.materialId)))) throw await missing(db, v.materialId);
  return db.transaction(async (tx) => {
    const file = await storeUpload(tx, { name: input.fileName, data: input.data }, actor.userId, 'material');
    await tx.insert(materialFiles).values({ materialId: v.materialId, fileId: file.id, title: v.title });
    await audit(tx, actor, { action: 'material.saved', entityType: 'material', entityId: v.materialId, voivodeshipId, details: { fileAdded: v.title, sha256: file.sha256 } });
    return { fileId: file.id };
  });
}

export async function detachMaterialFile(actor: Actor, input: unknown) {
  const v = parseInput(materialFileRefSchema, input);
  const voivodeshipId = await manager(actor);
  return getDb().transaction(async (tx) => {
    if (!(await exists(tx, inRegion(voivodeshipId, v.materialId)))) throw await missing(tx, v.materialId);
    const gone = await tx
      .delete(materialFiles)
      .where(and(eq(materialFiles.materialId, v.materialId), eq(materialFiles.fileId, v.fileId)))
      .returning({ title: materialFiles.title });
    if (!gone.length) throw notFoundError('Nie znaleziono pliku.');
    await tx.delete(files).where(eq(files.id, v.fileId));
    await audit(tx, actor, { action: 'material.saved', entityType: 'material', entityId: v.materialId, voivodeshipId, details: { fileRemoved: gone[0].title } });
    return { fileId: v.fileId };
  });
}

/**
 * A file of a material, for download: a public material's files to anyone, a members-only
 * material's files to the signed-in people of its województwo (anyone else must sign in first).
 */
export async function getMaterialFile(actor: Actor | null, fileId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) throw notFoundError('Nie znaleziono pliku.');
  const [row] = await getDb()
    .select({ name: files.name, mime: files.mime, data: files.data, materialId: materials.id, visibility: materials.visibility, voivodeshipId: materials.voivodeshipId })
    .from(files)
    .innerJoin(materialFiles, eq(materialFiles.fileId, files.id))
    .innerJoin(materials, eq(materials.id, materialFiles.materialId))
    .where(eq(files.id, fileId))
    .limit(1);
  if (!row) throw notFoundError('Nie znaleziono pliku.');
  if (row.visibility === 'members' && !isMemberOf(actor, row.voivodeshipId)) {
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Ten plik jest dostępny tylko dla zalogowanych — zaloguj się.');
    throw refusedError('material', row.materialId, row.voivodeshipId, 'Nie znaleziono pliku.');
  }
  return { name: row.name, mime: row.mime, data: row.data };
}

/** For the filter: a województwo's name, or undefined. */
export async function voivodeshipName(id: number) {
  const [v] = await getDb().select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, id));
  return v?.name;
}
