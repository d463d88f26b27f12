import 'server-only';
import { and, arrayContains, asc, count, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { institutions, powiats, services, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { conflictError, invalidError, notFoundError, type FieldErrors } from '@/lib/errors';
import { loadPzk } from '@/lib/pzk/pzk';
import { appUrl, notifyPzk } from '@/lib/notifications/outbox';
import { fieldErrorsOf, parseInput } from '@/lib/validation/parse';
import { recordToInput, rowErrors, type CsvKind, type ExportableService, type RowError } from './csv';
import { gapCounts } from './gaps';
import { normalizeSearch, searchWords, serviceSearchText, slug } from './normalize';
import {
  importChunkSchema,
  regionalServiceEditSchema,
  regionalServiceSchema,
  serviceEditSchema,
  serviceRefSchema,
  serviceSchema,
  type EntryValues,
  type ServiceValues,
} from './schemas';
import type { Area, TargetGroup } from './vocabulary';
import { polishOrder } from '@/lib/polish-order';

/*
 * Lista aktywności i usług (step 6.3). Each PZK keeps a gmina–powiat list: the animators (PCPR of
 * the powiat, GOPS of the gmina) change it directly, other members propose entries that an animator
 * approves. ROPS keeps the regional list, which anyone may browse without an account (it holds no
 * personal data). Every query names its list in the `where`: an entry of another list is not found.
 */

export const PAGE_SIZE = 50;

export interface ServiceFilter {
  q?: string;
  group?: TargetGroup;
  area?: Area;
  page?: number;
}

export interface RegionalFilter extends ServiceFilter {
  /** A regional list is the list of one województwo. */
  voivodeshipId: number;
  /** Entries of this powiat and those for the whole województwo. */
  powiatId?: number;
}

const entryColumns = {
  id: services.id,
  scope: services.scope,
  status: services.status,
  name: services.name,
  description: services.description,
  providerName: services.providerName,
  providerInstitutionId: services.providerInstitutionId,
  targetGroups: services.targetGroups,
  areas: services.areas,
  conditions: services.conditions,
  cost: services.cost,
  place: services.place,
  contact: services.contact,
  referral: services.referral,
  coordinator: services.coordinator,
  lastReviewedOn: services.lastReviewedOn,
  powiatId: services.powiatId,
  powiatName: powiats.name,
  proposedBy: services.proposedBy,
  version: services.version,
  updatedAt: services.updatedAt,
};

const vector = sql`to_tsvector('simple', ${services.searchText})`;

/** How many of the matches are ranked with ts_rank (see searchIn). */
export const RANKED = 500;

/**
 * One page of a list, best matches first. Every typed word must begin a word of the entry
 * (diacritics and case ignored); `to_tsvector('simple', …)` is written exactly as in the GIN index
 * so that the index finds the matches.
 *
 * Ranking: ts_rank has to re-parse each entry's text (tens of µs a row), so ranking every match of
 * a common word in a large list would take hundreds of ms. The matches are first ordered by where
 * the words first occur in `searchText` — it begins with the entry's name, so name matches come
 * first — and the first RANKED of them are ordered by ts_rank; the rest follow by that position.
 * With up to RANKED matches (any gmina–powiat list) the order is simply ts_rank, then name.
 */
async function searchIn(db: DbOrTx, list: SQL, filter: ServiceFilter) {
  const words = filter.q ? searchWords(filter.q) : [];
  const query = words.length ? sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')})` : null;
  const page = Math.max(1, Math.min(filter.page ?? 1, 10_000));
  const where = and(
    list,
    query ? sql`${vector} @@ ${query}` : undefined,
    filter.group ? arrayContains(services.targetGroups, [filter.group]) : undefined,
    filter.area ? arrayContains(services.areas, [filter.area]) : undefined,
  );
  const position = sql`least(${sql.join(
    words.map((w) => sql`nullif(strpos(${services.searchText}, ${w}), 0)`),
    sql`, `,
  )})`;
  const order = query
    ? [
        sql`case when row_number() over (order by ${position}, ${services.id}) <= ${RANKED} then ts_rank(${vector}, ${query}) end desc nulls last`,
        position,
        polishOrder(services.name),
        asc(services.id),
      ]
    : [polishOrder(services.name), asc(services.id)];
  const rows = await db
    .select({ ...entryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(services)
    .leftJoin(powiats, eq(powiats.id, services.powiatId))
    .where(where)
    .orderBy(...order)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  // A page past the end has no rows to carry the total.
  const total = rows[0]?.total ?? (page > 1 ? (await db.select({ n: count() }).from(services).where(where))[0].n : 0);
  return { rows, total, page, pageSize: PAGE_SIZE, searched: Boolean(query) };
}

const stripTotal = <T extends { total: number }>({ total: _total, ...rest }: T) => rest;

// ---------------------------------------------------------------------------
// The gmina–powiat list of a PZK
// ---------------------------------------------------------------------------

type LoadedPzk = Awaited<ReturnType<typeof loadPzk>>;
const placeOf = (p: LoadedPzk) => ({ voivodeshipId: p.voivodeshipId, powiatId: p.powiatId, gminaId: p.gminaId });
const pzkList = (p: LoadedPzk) => and(eq(services.scope, 'pzk'), eq(services.pzkId, p.id))!;

/** The PZK and what the actor may do with its list; anyone who may see the PZK reads it (guests too). */
async function pzkServices(actor: Actor, pzkId: number) {
  const pzk = await loadPzk(actor, pzkId, 'guest');
  const canManage = can(actor.scope, 'service.manage', placeOf(pzk));
  return { pzk, canManage, canPropose: !canManage && pzk.access === 'member' };
}

const pzkSummary = (p: LoadedPzk) => ({ id: p.id, name: p.name, gminaName: p.gminaName, powiatName: p.powiatName, voivodeshipId: p.voivodeshipId, access: p.access, variant: p.variant, words: p.words, mayViewCoaching: p.mayViewCoaching });

/** The list page: a page of published entries, the proposals waiting, and the group × area counts. */
export async function listPzkServices(actor: Actor, pzkId: number, filter: ServiceFilter = {}) {
  const { pzk, canManage, canPropose } = await pzkServices(actor, pzkId);
  const db = getDb();
  const results = await searchIn(db, and(pzkList(pzk), eq(services.status, 'published'))!, filter);
  // Guests see what the team has published; members also see what is waiting for an animator.
  const proposals =
    pzk.access === 'guest'
      ? []
      : await db
          .select(entryColumns)
          .from(services)
          .leftJoin(powiats, eq(powiats.id, services.powiatId))
          .where(and(pzkList(pzk), eq(services.status, 'proposed')))
          .orderBy(asc(services.createdAt))
          .limit(200);
  const published = await db
    .select({ targetGroups: services.targetGroups, areas: services.areas })
    .from(services)
    .where(and(pzkList(pzk), eq(services.status, 'published')));
  return {
    pzk: pzkSummary(pzk),
    canManage,
    canPropose,
    results: { ...results, rows: results.rows.map(stripTotal) },
    proposals: proposals.map((p) => ({ ...p, mine: p.proposedBy === actor.userId })),
    gaps: gapCounts(published),
    publishedCount: published.length,
  };
}

/** The PZK, for the import page: animators only. */
export async function pzkForImport(actor: Actor, pzkId: number) {
  const { pzk, canManage } = await pzkServices(actor, pzkId);
  if (!canManage) await authorize(actor, 'service.manage', placeOf(pzk));
  return pzkSummary(pzk);
}

/** What the add/propose/edit page needs: the mode, the entry being edited, the providers to choose from. */
export async function pzkServiceForm(actor: Actor, pzkId: number, serviceId?: number) {
  const { pzk, canManage, canPropose } = await pzkServices(actor, pzkId);
  // Members may propose a new entry; editing one is the animators' work.
  if (!canManage && !(canPropose && serviceId === undefined)) await authorize(actor, 'service.manage', placeOf(pzk));
  const db = getDb();
  let service: Awaited<ReturnType<typeof entryById>> | undefined;
  if (serviceId !== undefined) {
    service = await entryById(db, and(pzkList(pzk), eq(services.id, serviceId))!);
    if (!service) throw notFoundError('Nie znaleziono wpisu na liście usług.');
  }
  return {
    pzk: pzkSummary(pzk),
    mode: service ? ('edit' as const) : canManage ? ('add' as const) : ('propose' as const),
    service,
    providers: await providerOptions(db, pzk.voivodeshipId, pzk.powiatId),
  };
}

async function entryById(db: DbOrTx, where: SQL) {
  const [row] = await db.select(entryColumns).from(services).leftJoin(powiats, eq(powiats.id, services.powiatId)).where(where);
  return row;
}

/** Tells the team the list changed (who did what, and a link — the e-mail carries no entry), in the variant's words. */
function listChanged(tx: DbOrTx, pzk: LoadedPzk, actor: Actor, what: string) {
  return notifyPzk(
    tx,
    pzk.id,
    'services_changed',
    { subject: `${pzk.name}: zmiana ${pzk.words.serviceListOf}`, body: `${actor.name} ${what} ${pzk.words.serviceListIn} zespołu ${pzk.name}.\n\n${appUrl(`/pzk/${pzk.id}/uslugi`)}` },
    { exceptUserId: actor.userId },
  );
}

/** An animator adds a published entry; another member of the team proposes one. */
export async function createPzkService(actor: Actor, pzkId: number, input: unknown) {
  const v = parseInput(serviceSchema, input);
  const { pzk, canManage, canPropose } = await pzkServices(actor, pzkId);
  if (!canManage && !canPropose) await authorize(actor, 'service.manage', placeOf(pzk));
  const db = getDb();
  const provider = await resolveProvider(db, pzk.voivodeshipId, v);
  const status = canManage ? ('published' as const) : ('proposed' as const);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(services)
      .values({
        ...entryValues(v, provider),
        scope: 'pzk',
        status,
        pzkId: pzk.id,
        voivodeshipId: pzk.voivodeshipId,
        powiatId: pzk.powiatId,
        proposedBy: status === 'proposed' ? actor.userId : null,
      })
      .returning({ id: services.id, status: services.status });
    await audit(tx, actor, {
      action: status === 'proposed' ? 'service.proposed' : 'service.created',
      entityType: 'service',
      entityId: row.id,
      voivodeshipId: pzk.voivodeshipId,
      details: { pzkId: pzk.id, name: v.name },
    });
    if (status === 'published') await listChanged(tx, pzk, actor, `dodał(a) wpis „${v.name}”`);
    return row;
  });
}

/** Animators edit any entry of the list, proposals included; a stale version is refused. */
export async function updatePzkService(actor: Actor, pzkId: number, input: unknown) {
  const v = parseInput(serviceEditSchema, input);
  const { pzk, canManage } = await pzkServices(actor, pzkId);
  if (!canManage) await authorize(actor, 'service.manage', placeOf(pzk));
  const db = getDb();
  const provider = await resolveProvider(db, pzk.voivodeshipId, v);
  const inList = and(pzkList(pzk), eq(services.id, v.id))!;
  return db.transaction(async (tx) => {
    const row = await updateVersioned(tx, inList, v.version, entryValues(v, provider));
    await audit(tx, actor, { action: 'service.updated', entityType: 'service', entityId: v.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id, name: v.name } });
    return row;
  });
}

/** Animators delete entries and reject proposals; a member may withdraw their own proposal. */
export async function deletePzkService(actor: Actor, pzkId: number, input: unknown) {
  const v = parseInput(serviceRefSchema, input);
  const { pzk, canManage, canPropose } = await pzkServices(actor, pzkId);
  if (!canManage && !canPropose) await authorize(actor, 'service.manage', placeOf(pzk));
  const db = getDb();
  const inList = and(pzkList(pzk), eq(services.id, v.id))!;
  const entry = await entryById(db, inList);
  if (!entry) throw notFoundError('Nie znaleziono wpisu na liście usług.');
  const ownProposal = entry.status === 'proposed' && entry.proposedBy === actor.userId;
  if (!canManage && !ownProposal) await authorize(actor, 'service.manage', placeOf(pzk));
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(services)
      .where(and(inList, eq(services.version, v.version)))
      .returning({ id: services.id });
    if (!gone.length) throw (await exists(tx, inList)) ? conflictError() : notFoundError('Nie znaleziono wpisu na liście usług.');
    await audit(tx, actor, {
      action: 'service.deleted',
      entityType: 'service',
      entityId: v.id,
      voivodeshipId: pzk.voivodeshipId,
      // A deleted proposal was rejected by an animator or withdrawn by its author.
      details: { pzkId: pzk.id, name: entry.name, ...(entry.status === 'proposed' ? { proposal: canManage ? 'rejected' : 'withdrawn' } : {}) },
    });
    return { id: v.id };
  });
}

/** An animator publishes a member's proposal (as it stands: edit it first to change it). */
export async function approvePzkService(actor: Actor, pzkId: number, input: unknown) {
  const v = parseInput(serviceRefSchema, input);
  const { pzk, canManage } = await pzkServices(actor, pzkId);
  if (!canManage) await authorize(actor, 'service.manage', placeOf(pzk));
  return getDb().transaction(async (tx) => {
    const row = await updateVersioned(tx, and(pzkList(pzk), eq(services.id, v.id), eq(services.status, 'proposed'))!, v.version, { status: 'published' });
    await audit(tx, actor, { action: 'service.proposal_approved', entityType: 'service', entityId: v.id, voivodeshipId: pzk.voivodeshipId, details: { pzkId: pzk.id } });
    await listChanged(tx, pzk, actor, 'zatwierdził(a) zaproponowany wpis');
    return row;
  });
}

/** Animators import a chunk of a CSV file into the list (published at once). */
export async function importPzkServices(actor: Actor, pzkId: number, input: unknown) {
  const chunk = parseInput(importChunkSchema, input);
  const { pzk, canManage } = await pzkServices(actor, pzkId);
  if (!canManage) await authorize(actor, 'service.manage', placeOf(pzk));
  return importRows(actor, chunk.rows, {
    kind: 'pzk',
    voivodeshipId: pzk.voivodeshipId,
    list: pzkList(pzk),
    values: { scope: 'pzk', status: 'published', pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId },
    details: { pzkId: pzk.id },
  });
}

/** The published entries as CSV rows, and a file name with the gmina's name. */
export async function exportPzkServices(actor: Actor, pzkId: number) {
  const { pzk } = await pzkServices(actor, pzkId);
  const rows = await exportRows(getDb(), and(pzkList(pzk), eq(services.status, 'published'))!);
  return { fileName: `uslugi-gmina-${slug(pzk.gminaName)}.csv`, rows };
}

// ---------------------------------------------------------------------------
// Printed cards: one service card (karta usługi) and the whole list (in 3D the Lokalny Koszyk Usług)
// ---------------------------------------------------------------------------

/** What a printed card shows: provider, for whom, what, how to get it, contact, coordinator. */
const cardColumns = {
  id: services.id,
  name: services.name,
  description: services.description,
  providerName: services.providerName,
  targetGroups: services.targetGroups,
  areas: services.areas,
  conditions: services.conditions,
  cost: services.cost,
  place: services.place,
  contact: services.contact,
  referral: services.referral,
  coordinator: services.coordinator,
  lastReviewedOn: services.lastReviewedOn,
};

/**
 * One published entry of the PZK's list as a card to print, for whoever reads the list (guests
 * too). A proposal is not a card yet, and an entry of another list is not found.
 */
export async function pzkServiceCard(actor: Actor, pzkId: number, serviceId: number) {
  const { pzk } = await pzkServices(actor, pzkId);
  const [card] = await getDb()
    .select(cardColumns)
    .from(services)
    .where(and(pzkList(pzk), eq(services.status, 'published'), eq(services.id, serviceId)));
  if (!card) throw notFoundError('Nie znaleziono wpisu na liście usług.');
  return { pzk: pzkSummary(pzk), card };
}

/** Every published card of the PZK's list, partner by partner, for the printed list (the LKU in 3D). */
export async function pzkServiceBasket(actor: Actor, pzkId: number) {
  const { pzk } = await pzkServices(actor, pzkId);
  const cards = await getDb()
    .select(cardColumns)
    .from(services)
    .where(and(pzkList(pzk), eq(services.status, 'published')))
    .orderBy(polishOrder(services.providerName), polishOrder(services.name), asc(services.id));
  return { pzk: pzkSummary(pzk), cards };
}

export type ServiceCard = Awaited<ReturnType<typeof pzkServiceCard>>['card'];

// ---------------------------------------------------------------------------
// The regional list (ROPS)
// ---------------------------------------------------------------------------

const regionalList = (voivodeshipId: number) => and(eq(services.scope, 'regional'), eq(services.voivodeshipId, voivodeshipId))!;

/** The województwo whose regional list the actor keeps, if any. */
export function regionalManageScope(actor: Actor | null): number | null {
  if (!actor) return null;
  const voivodeshipId = actor.scope.voivodeshipId;
  return can(actor.scope, 'regional_service.manage', { voivodeshipId }) ? voivodeshipId : null;
}

/**
 * Public: what the województwo offers — the regional list kept by ROPS and the published entries
 * of every gmina–powiat list (proposals are not shown). No personal data; anyone may search it, with
 * or without an account (issue 5). `db` is the application database unless a benchmark passes its own.
 */
export async function searchRegionalServices(filter: RegionalFilter, db: DbOrTx = getDb()) {
  const list = and(
    eq(services.voivodeshipId, filter.voivodeshipId),
    eq(services.status, 'published'),
    filter.powiatId ? or(eq(services.powiatId, filter.powiatId), isNull(services.powiatId)) : undefined,
  )!;
  const results = await searchIn(db, list, filter);
  // The public list shows what the entry offers; the partner's coordinator stays on the PZK's cards.
  return { ...results, rows: results.rows.map(({ coordinator: _coordinator, ...r }) => stripTotal(r)) };
}

async function regionalManager(actor: Actor) {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'regional_service.manage', { voivodeshipId });
  return voivodeshipId;
}

/** The regional list the actor keeps (ROPS), for the import page. */
export async function regionalListFor(actor: Actor) {
  const voivodeshipId = await regionalManager(actor);
  const [voivodeship] = await getDb().select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId));
  return { voivodeshipId, voivodeshipName: voivodeship.name };
}

/** What the regional add/edit page needs. */
export async function regionalServiceForm(actor: Actor, serviceId?: number) {
  const { voivodeshipId, voivodeshipName } = await regionalListFor(actor);
  const db = getDb();
  let service: Awaited<ReturnType<typeof entryById>> | undefined;
  if (serviceId !== undefined) {
    service = await entryById(db, and(regionalList(voivodeshipId), eq(services.id, serviceId))!);
    if (!service) throw notFoundError('Nie znaleziono wpisu na liście usług.');
  }
  return {
    voivodeshipId,
    voivodeshipName,
    service,
    providers: await providerOptions(db, voivodeshipId),
    powiats: await db.select({ id: powiats.id, name: powiats.name }).from(powiats).where(eq(powiats.voivodeshipId, voivodeshipId)).orderBy(polishOrder(powiats.name)),
  };
}

export async function createRegionalService(actor: Actor, input: unknown) {
  const v = parseInput(regionalServiceSchema, input);
  const voivodeshipId = await regionalManager(actor);
  const db = getDb();
  const provider = await resolveProvider(db, voivodeshipId, v);
  const powiatId = await resolvePowiat(db, voivodeshipId, v.powiatId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(services)
      .values({ ...entryValues(v, provider), scope: 'regional', status: 'published', voivodeshipId, powiatId })
      .returning({ id: services.id, status: services.status });
    await audit(tx, actor, { action: 'service.created', entityType: 'service', entityId: row.id, voivodeshipId, details: { regional: true, name: v.name } });
    return row;
  });
}

export async function updateRegionalService(actor: Actor, input: unknown) {
  const v = parseInput(regionalServiceEditSchema, input);
  const voivodeshipId = await regionalManager(actor);
  const db = getDb();
  const provider = await resolveProvider(db, voivodeshipId, v);
  const powiatId = await resolvePowiat(db, voivodeshipId, v.powiatId);
  return db.transaction(async (tx) => {
    const row = await updateVersioned(tx, and(regionalList(voivodeshipId), eq(services.id, v.id))!, v.version, { ...entryValues(v, provider), powiatId });
    await audit(tx, actor, { action: 'service.updated', entityType: 'service', entityId: v.id, voivodeshipId, details: { regional: true, name: v.name } });
    return row;
  });
}

export async function deleteRegionalService(actor: Actor, input: unknown) {
  const v = parseInput(serviceRefSchema, input);
  const voivodeshipId = await regionalManager(actor);
  return getDb().transaction(async (tx) => {
    const inList = and(regionalList(voivodeshipId), eq(services.id, v.id))!;
    const gone = await tx
      .delete(services)
      .where(and(inList, eq(services.version, v.version)))
      .returning({ id: services.id, name: services.name });
    if (!gone.length) throw (await exists(tx, inList)) ? conflictError() : notFoundError('Nie znaleziono wpisu na liście usług.');
    await audit(tx, actor, { action: 'service.deleted', entityType: 'service', entityId: v.id, voivodeshipId, details: { regional: true, name: gone[0].name } });
    return { id: v.id };
  });
}

export async function importRegionalServices(actor: Actor, input: unknown) {
  const chunk = parseInput(importChunkSchema, input);
  const voivodeshipId = await regionalManager(actor);
  return importRows(actor, chunk.rows, {
    kind: 'regional',
    voivodeshipId,
    list: regionalList(voivodeshipId),
    values: { scope: 'regional', status: 'published', voivodeshipId },
    details: { regional: true },
  });
}

/** Public, like the list itself. */
export async function exportRegionalServices(voivodeshipId: number) {
  const db = getDb();
  const [voivodeship] = await db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId));
  if (!voivodeship) throw notFoundError('Nie znaleziono województwa.');
  const rows = await exportRows(db, and(regionalList(voivodeshipId), eq(services.status, 'published'))!);
  return { fileName: `uslugi-wojewodztwo-${slug(voivodeship.name)}.csv`, rows };
}

// ---------------------------------------------------------------------------
// Shared steps
// ---------------------------------------------------------------------------

type Provider = { providerInstitutionId: number | null; providerName: string };

/** A regional entry has no coordinator: the column keeps its default (the key is left out). */
function entryValues(v: EntryValues, provider: Provider) {
  const values = {
    name: v.name,
    description: v.description,
    targetGroups: v.targetGroups,
    areas: v.areas,
    conditions: v.conditions,
    cost: v.cost,
    place: v.place,
    contact: v.contact,
    referral: v.referral,
    lastReviewedOn: v.lastReviewedOn ?? null,
    ...(v.coordinator === undefined ? {} : { coordinator: v.coordinator }),
    ...provider,
  };
  return { ...values, searchText: serviceSearchText(values) };
}

/** A registry institution of the województwo gives its own name; otherwise the typed name stands. */
async function resolveProvider(db: DbOrTx, voivodeshipId: number, v: { providerInstitutionId?: number; providerName: string }): Promise<Provider> {
  if (v.providerInstitutionId == null) return { providerInstitutionId: null, providerName: v.providerName };
  const [inst] = await db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(and(eq(institutions.id, v.providerInstitutionId), eq(institutions.voivodeshipId, voivodeshipId)));
  if (!inst) throw invalidError({ providerInstitutionId: ['Wybierz instytucję z listy (rejestr instytucji województwa).'] });
  return { providerInstitutionId: inst.id, providerName: inst.name };
}

async function resolvePowiat(db: DbOrTx, voivodeshipId: number, powiatId: number | undefined) {
  if (powiatId == null) return null;
  const [p] = await db.select({ id: powiats.id }).from(powiats).where(and(eq(powiats.id, powiatId), eq(powiats.voivodeshipId, voivodeshipId)));
  if (!p) throw invalidError({ powiatId: ['Wybierz powiat z listy albo zostaw puste (całe województwo).'] });
  return p.id;
}

/** The registry's institutions to pick a provider from: the powiat's and the województwo-wide ones (or all of the województwo). */
async function providerOptions(db: DbOrTx, voivodeshipId: number, powiatId?: number) {
  return db
    .select({ id: institutions.id, name: institutions.name, powiatName: powiats.name })
    .from(institutions)
    .leftJoin(powiats, eq(powiats.id, institutions.powiatId))
    .where(and(eq(institutions.voivodeshipId, voivodeshipId), powiatId ? or(eq(institutions.powiatId, powiatId), isNull(institutions.powiatId)) : undefined))
    .orderBy(polishOrder(institutions.name))
    .limit(3000);
}

async function exists(db: DbOrTx, where: SQL) {
  const [row] = await db.select({ id: services.id }).from(services).where(where).limit(1);
  return Boolean(row);
}

/** Optimistic locking: the change applies only to the version the user saw; otherwise CONFLICT (or NOT_FOUND if it is gone). */
async function updateVersioned(db: DbOrTx, where: SQL, version: number, set: Partial<typeof services.$inferInsert>) {
  const [row] = await db
    .update(services)
    .set({ ...set, version: sql`${services.version} + 1`, updatedAt: sql`now()` })
    .where(and(where, eq(services.version, version)))
    .returning({ id: services.id, version: services.version, status: services.status });
  if (row) return row;
  throw (await exists(db, where)) ? conflictError() : notFoundError('Nie znaleziono wpisu na liście usług.');
}

const duplicateKey = (s: { providerName: string; name: string; place: string }) => [s.providerName, s.name, s.place].map(normalizeSearch).join('|');

/**
 * Validates every row with the entry form's schema and the server's checks, then inserts the
 * rows without errors in one transaction. A row with any error is not imported at all; neither is
 * an entry already on the list (same provider, name and place) or repeated in the file.
 */
async function importRows(
  actor: Actor,
  rows: { row: number; values: Record<string, string> }[],
  target: {
    kind: CsvKind;
    voivodeshipId: number;
    list: SQL;
    values: Pick<typeof services.$inferInsert, 'scope' | 'status' | 'voivodeshipId'> & Partial<typeof services.$inferInsert>;
    details: Record<string, unknown>;
  },
): Promise<{ imported: number; errors: RowError[] }> {
  const db = getDb();
  const errors: RowError[] = [];
  const parsed: { row: number; v: ServiceValues; powiat: string }[] = [];
  for (const r of rows) {
    const { input, powiat } = recordToInput(r.values);
    const result = serviceSchema.safeParse(input);
    if (result.success) parsed.push({ row: r.row, v: result.data, powiat });
    else errors.push(...rowErrors(r.row, fieldErrorsOf(result.error)));
  }

  // Providers named like a registry institution of the województwo are linked to it.
  const names = [...new Set(parsed.map((p) => p.v.providerName.toLowerCase()))];
  const registry = names.length
    ? await db
        .select({ id: institutions.id, name: institutions.name })
        .from(institutions)
        .where(and(eq(institutions.voivodeshipId, target.voivodeshipId), inArray(sql`lower(${institutions.name})`, names)))
    : [];
  const institutionByName = new Map(registry.map((i) => [normalizeSearch(i.name), i]));

  const powiatByName = new Map<string, number>();
  if (target.kind === 'regional') {
    for (const p of await db.select({ id: powiats.id, name: powiats.name }).from(powiats).where(eq(powiats.voivodeshipId, target.voivodeshipId))) {
      powiatByName.set(normalizeSearch(p.name), p.id);
      powiatByName.set(normalizeSearch(`powiat ${p.name}`), p.id);
    }
  }

  const entryNames = [...new Set(parsed.map((p) => p.v.name))];
  const existing = entryNames.length
    ? await db
        .select({ providerName: services.providerName, name: services.name, place: services.place })
        .from(services)
        .where(and(target.list, or(inArray(services.name, entryNames), inArray(sql`lower(${services.name})`, entryNames.map((n) => n.toLowerCase())))))
    : [];
  const taken = new Set(existing.map(duplicateKey));

  const accepted: (typeof services.$inferInsert)[] = [];
  for (const { row, v, powiat } of parsed) {
    const fieldErrors: FieldErrors = {};
    const inst = institutionByName.get(normalizeSearch(v.providerName));
    const provider: Provider = inst ? { providerInstitutionId: inst.id, providerName: inst.name } : { providerInstitutionId: null, providerName: v.providerName };
    let powiatId: number | null = null;
    if (target.kind === 'regional' && powiat) {
      powiatId = powiatByName.get(normalizeSearch(powiat)) ?? null;
      if (powiatId == null) fieldErrors.powiatId = [`Nieznany powiat „${powiat}” — wpisz nazwę powiatu tego województwa (np. sokólski) albo zostaw puste (całe województwo).`];
    }
    const key = duplicateKey({ ...v, providerName: provider.providerName });
    if (taken.has(key)) fieldErrors.name = ['Ta usługa tego dostawcy (w tym miejscu) jest już na liście lub powtarza się w pliku — wiersz pominięto.'];
    if (Object.keys(fieldErrors).length) {
      errors.push(...rowErrors(row, fieldErrors));
      continue;
    }
    taken.add(key);
    accepted.push({ ...entryValues(v, provider), ...target.values, ...(target.kind === 'regional' ? { powiatId } : {}) });
  }

  if (accepted.length) {
    await db.transaction(async (tx) => {
      await tx.insert(services).values(accepted);
      await audit(tx, actor, {
        action: 'service.imported',
        entityType: 'service',
        voivodeshipId: target.voivodeshipId,
        details: { ...target.details, count: accepted.length, rows: [rows[0].row, rows[rows.length - 1].row] },
      });
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return { imported: accepted.length, errors };
}

async function exportRows(db: DbOrTx, where: SQL): Promise<ExportableService[]> {
  return db
    .select({
      providerName: services.providerName,
      name: services.name,
      description: services.description,
      targetGroups: services.targetGroups,
      areas: services.areas,
      conditions: services.conditions,
      cost: services.cost,
      place: services.place,
      contact: services.contact,
      referral: services.referral,
      lastReviewedOn: services.lastReviewedOn,
      powiatName: powiats.name,
      coordinator: services.coordinator,
    })
    .from(services)
    .leftJoin(powiats, eq(powiats.id, services.powiatId))
    .where(where)
    .orderBy(polishOrder(services.providerName), polishOrder(services.name), asc(services.id));
}
