import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseEvaluations, caseQualifications, cases, destructionBatches, gminas, institutionRetention, institutions, legalHolds, retentionItems, retentionRules, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, mayEver, type ResourceScope } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { audit } from '@/lib/audit';
import { clock, dateInPoland } from '@/lib/clock';
import { AppError, conflictError, invalidError, notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { polishOrder } from '@/lib/polish-order';
import { formatDate } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { anonymiseCase } from './anonymise';
import {
  CLOSED_STATUSES,
  DAY_KINDS,
  MARK_HORIZON_DAYS,
  RECORD_KIND_LABELS,
  applicableClass,
  classLabel,
  closingDate,
  isClosedStatus,
  isDueNow,
  itemStatus,
  retentionEnd,
  withinHorizon,
  type RetentionClass,
  type RetentionRecordKind,
} from './rules';
import { USE_DEFAULT, batchItems, batchSchema, classRuleSchema, dayRuleSchema, followRuleSchema, holdSchema, institutionClassSchema, liftHoldSchema } from './schemas';

/*
 * Retention and destruction of closed family cases (issue 16, item 1). Nothing is destroyed
 * silently: the background worker (markRetention) marks the cases whose retention (JRWA class: the
 * key worker's institution's own, else the national default) ends within 90 days; the ROPS
 * administrator of the województwo sees them by case number only (never a family name), places
 * legal holds, and approves a destruction batch recording the state archive's consent — the batch's
 * cases are anonymised (lib/retention/anonymise.ts) in the same transaction. The national
 * administrator keeps the defaults; an institution may set its own class of family cases.
 */

// ---------------------------------------------------------------------------------------------
// The background worker
// ---------------------------------------------------------------------------------------------

type Row = { category: 'A' | 'B' | 'BE' | null; years: number | null; symbol: string };
const asClass = (r: Row | undefined): RetentionClass | null => (r?.category ? { category: r.category, years: r.years, symbol: r.symbol } : null);

/**
 * The closed cases (of one województwo, or all) with the class that applies to each (the key
 * worker's institution's own, else the national default; null without a default), the day the
 * matter closed and the end of its retention (null: category A, kept for good).
 */
async function closedCasesWithEnd(tx: DbOrTx, where: { voivodeshipId?: number; caseId?: number } = {}) {
  const [national] = await tx.select({ category: retentionRules.category, years: retentionRules.years, symbol: retentionRules.symbol }).from(retentionRules).where(eq(retentionRules.kind, 'family_case'));
  const own = new Map(
    (await tx.select({ institutionId: institutionRetention.institutionId, category: institutionRetention.category, years: institutionRetention.years, symbol: institutionRetention.symbol }).from(institutionRetention).where(eq(institutionRetention.kind, 'family_case'))).map(
      (r) => [r.institutionId, asClass(r)],
    ),
  );
  const closed = await tx
    .select({
      id: cases.id,
      number: cases.number,
      gminaName: gminas.name,
      status: cases.status,
      voivodeshipId: cases.voivodeshipId,
      closedOn: cases.closedOn,
      updatedAt: cases.updatedAt,
      anonymisedAt: cases.anonymisedAt,
      institutionId: users.institutionId,
      refusedOn: caseQualifications.decidedOn,
      evaluatedOn: caseEvaluations.evaluatedOn,
    })
    .from(cases)
    .innerJoin(gminas, eq(gminas.id, cases.gminaId))
    .leftJoin(users, eq(users.id, cases.keyWorkerId))
    .leftJoin(caseQualifications, and(eq(caseQualifications.caseId, cases.id), eq(caseQualifications.decision, 'refused')))
    .leftJoin(caseEvaluations, eq(caseEvaluations.caseId, cases.id))
    .where(and(inArray(cases.status, [...CLOSED_STATUSES]), where.voivodeshipId === undefined ? undefined : eq(cases.voivodeshipId, where.voivodeshipId), where.caseId === undefined ? undefined : eq(cases.id, where.caseId)));
  const nationalClass = asClass(national);
  return closed.flatMap((c) => {
    if (!isClosedStatus(c.status)) return [];
    const status = c.status;
    const cls = nationalClass ? applicableClass(c.institutionId != null ? own.get(c.institutionId) : null, nationalClass) : null;
    const closedOn = closingDate(status, { closedOn: c.closedOn, refusedOn: c.refusedOn, evaluatedOn: c.evaluatedOn, lastChangeOn: dateInPoland(c.updatedAt) });
    return [{ ...c, cls, closedOn, dueOn: cls ? retentionEnd(closedOn, cls) : null }];
  });
}

/**
 * The class and the end of retention of one case (no access check: callers check it); null while
 * the case is not closed. `dueOn` null: category A, kept for good.
 */
export async function caseRetentionEnd(db: DbOrTx, caseId: number): Promise<{ classLabel: string; dueOn: string | null } | null> {
  const [c] = await closedCasesWithEnd(db, { caseId });
  return c?.cls ? { classLabel: classLabel(c.cls), dueOn: c.dueOn } : null;
}

/**
 * Marks the closed cases whose retention ends within 90 days of `today` (the background worker;
 * idempotent): one retention item per case with the class applied and its end; 'held' while a
 * legal hold is in force, 'due' again after; 'anonymised' once the case is. An item whose case is
 * no longer closed (reopened), or whose class no longer ends within the horizon, is removed.
 */
export async function markRetention(db: DbOrTx, today: string): Promise<{ marked: number; changed: number; removed: number }> {
  return db.transaction(async (tx) => {
    // One run at a time (the worker may overlap with itself on a slow day).
    await tx.execute(sql`select pg_advisory_xact_lock(874611)`);
    const closed = await closedCasesWithEnd(tx);
    const held = new Set(
      (await tx.selectDistinct({ caseId: legalHolds.caseId }).from(legalHolds).where(and(isNull(legalHolds.liftedAt), gte(legalHolds.until, today)))).map((h) => h.caseId),
    );
    const items = new Map((await tx.select().from(retentionItems)).map((i) => [i.caseId, i]));
    const keep = new Set<number>();
    let marked = 0;
    let changed = 0;

    for (const c of closed) {
      const existing = items.get(c.id);
      // In a batch or anonymised: what the batch recorded stays.
      if (existing && (existing.status === 'in_batch' || existing.status === 'anonymised' || existing.batchId !== null)) {
        keep.add(c.id);
        if (c.anonymisedAt && existing.status !== 'anonymised') {
          await tx.update(retentionItems).set({ status: 'anonymised', version: sql`${retentionItems.version} + 1` }).where(eq(retentionItems.id, existing.id));
          changed++;
        }
        continue;
      }
      const { cls, closedOn, dueOn } = c;
      if (!cls || !withinHorizon(dueOn, today)) continue;
      // An anonymised case (an erasure request) has nothing left to destroy: it is not marked anew.
      if (c.anonymisedAt && !existing) continue;
      keep.add(c.id);
      const values = { voivodeshipId: c.voivodeshipId, symbol: cls.symbol ?? '', category: cls.category, years: cls.years, closedOn, dueOn: dueOn!, status: itemStatus({ anonymised: !!c.anonymisedAt, held: held.has(c.id) }) };
      if (!existing) {
        await tx.insert(retentionItems).values({ caseId: c.id, ...values, markedAt: clock.now() });
        marked++;
      } else if ((Object.keys(values) as (keyof typeof values)[]).some((k) => existing[k] !== values[k])) {
        await tx
          .update(retentionItems)
          .set({ ...values, version: sql`${retentionItems.version} + 1` })
          .where(eq(retentionItems.id, existing.id));
        changed++;
      }
    }
    // Reopened cases and classes that no longer end within the horizon: nothing to destroy any more.
    const gone = [...items.values()].filter((i) => !keep.has(i.caseId) && (i.status === 'due' || i.status === 'held') && i.batchId === null).map((i) => i.id);
    if (gone.length) await tx.delete(retentionItems).where(inArray(retentionItems.id, gone));
    return { marked, changed, removed: gone.length };
  });
}

// ---------------------------------------------------------------------------------------------
// The ROPS administrator's overview
// ---------------------------------------------------------------------------------------------

const ownVoivodeship = (actor: Actor): ResourceScope => ({ voivodeshipId: actor.scope.voivodeshipId });

/** The legal holds in force on the given cases (the latest ending first). */
async function holdsInForce(db: DbOrTx, caseIds: number[], today: string) {
  if (!caseIds.length) return new Map<number, { id: number; reason: string; until: string; placedByName: string }[]>();
  const rows = await db
    .select({ id: legalHolds.id, caseId: legalHolds.caseId, reason: legalHolds.reason, until: legalHolds.until, placedByName: legalHolds.placedByName })
    .from(legalHolds)
    .where(and(inArray(legalHolds.caseId, caseIds), isNull(legalHolds.liftedAt), gte(legalHolds.until, today)))
    .orderBy(desc(legalHolds.until), desc(legalHolds.id));
  const out = new Map<number, { id: number; reason: string; until: string; placedByName: string }[]>();
  for (const { caseId, ...h } of rows) out.set(caseId, [...(out.get(caseId) ?? []), h]);
  return out;
}

/**
 * For the ROPS administrator of the województwo: the cases whose retention has ended ("due now")
 * and those ending within 90 days — by case number, gmina, class and dates, never a family name —
 * with their legal holds; the other closed cases with the end of their retention (a hold may be
 * placed on any); and the destruction batches approved so far.
 */
export async function retentionOverview(actor: Actor) {
  await authorize(actor, 'retention.manage', ownVoivodeship(actor));
  const db = getDb();
  const today = clock.today();
  const rows = await db
    .select({
      id: retentionItems.id,
      caseId: retentionItems.caseId,
      caseNumber: cases.number,
      gminaName: gminas.name,
      symbol: retentionItems.symbol,
      category: retentionItems.category,
      years: retentionItems.years,
      closedOn: retentionItems.closedOn,
      dueOn: retentionItems.dueOn,
      status: retentionItems.status,
      version: retentionItems.version,
    })
    .from(retentionItems)
    .innerJoin(cases, eq(cases.id, retentionItems.caseId))
    .innerJoin(gminas, eq(gminas.id, cases.gminaId))
    .where(and(eq(retentionItems.voivodeshipId, actor.scope.voivodeshipId), inArray(retentionItems.status, ['due', 'held'])))
    .orderBy(asc(retentionItems.dueOn), asc(cases.number));
  const holds = await holdsInForce(db, rows.map((r) => r.caseId), today);
  const items = rows.map((r) => {
    const h = holds.get(r.caseId) ?? [];
    return {
      ...r,
      classLabel: classLabel(r, true),
      holds: h,
      held: h.length > 0,
      dueNow: isDueNow(r.dueOn, today),
      canDestroy: isDueNow(r.dueOn, today) && h.length === 0,
    };
  });
  const batches = await db
    .select({
      id: destructionBatches.id,
      consentNumber: destructionBatches.consentNumber,
      consentDate: destructionBatches.consentDate,
      caseCount: destructionBatches.caseCount,
      approvedByName: destructionBatches.approvedByName,
      approvedAt: destructionBatches.approvedAt,
      executedAt: destructionBatches.executedAt,
    })
    .from(destructionBatches)
    .where(eq(destructionBatches.voivodeshipId, actor.scope.voivodeshipId))
    .orderBy(desc(destructionBatches.approvedAt), desc(destructionBatches.id));
  // The other closed cases of the województwo: their retention ends later (or never, category A).
  const marked = new Set(rows.map((r) => r.caseId));
  const rest = (await closedCasesWithEnd(db, { voivodeshipId: actor.scope.voivodeshipId })).filter((c) => c.cls && !c.anonymisedAt && !marked.has(c.id) && !withinHorizon(c.dueOn, today));
  const restHolds = await holdsInForce(db, rest.map((c) => c.id), today);
  const later = rest
    .map((c) => {
      const h = restHolds.get(c.id) ?? [];
      return { caseId: c.id, caseNumber: c.number, gminaName: c.gminaName, classLabel: classLabel(c.cls!, true), closedOn: c.closedOn, dueOn: c.dueOn, holds: h, held: h.length > 0 };
    })
    .sort((x, y) => (x.dueOn ?? '9999').localeCompare(y.dueOn ?? '9999') || x.caseNumber.localeCompare(y.caseNumber));
  return { today, horizonDays: MARK_HORIZON_DAYS, dueNow: items.filter((i) => i.dueNow), upcoming: items.filter((i) => !i.dueNow), later, batches };
}
export type RetentionOverview = Awaited<ReturnType<typeof retentionOverview>>;
export type RetentionOverviewItem = RetentionOverview['dueNow'][number];

// ---------------------------------------------------------------------------------------------
// Legal holds
// ---------------------------------------------------------------------------------------------

const CASE_NOT_FOUND = 'Nie znaleziono sprawy.';

/** A case of the actor's województwo (another's is "not found", audited). */
async function caseInScope(tx: DbOrTx, actor: Actor, caseId: number) {
  const [c] = await tx.select({ id: cases.id, voivodeshipId: cases.voivodeshipId, anonymisedAt: cases.anonymisedAt }).from(cases).where(eq(cases.id, caseId));
  if (!c) throw notFoundError(CASE_NOT_FOUND);
  if (!can(actor.scope, 'retention.manage', { voivodeshipId: c.voivodeshipId })) throw refusedError('case', c.id, c.voivodeshipId, CASE_NOT_FOUND);
  return c;
}

/** After a hold is placed or lifted: the case's item follows (held while a hold is in force). */
async function syncItemHold(tx: DbOrTx, caseId: number, today: string) {
  const [item] = await tx.select({ id: retentionItems.id, status: retentionItems.status }).from(retentionItems).where(eq(retentionItems.caseId, caseId));
  if (!item || (item.status !== 'due' && item.status !== 'held')) return;
  const [h] = await tx.select({ id: legalHolds.id }).from(legalHolds).where(and(eq(legalHolds.caseId, caseId), isNull(legalHolds.liftedAt), gte(legalHolds.until, today))).limit(1);
  const status = itemStatus({ anonymised: false, held: !!h });
  if (status !== item.status) await tx.update(retentionItems).set({ status, version: sql`${retentionItems.version} + 1` }).where(eq(retentionItems.id, item.id));
}

/** Places a legal hold on a case of the województwo (reason, end date): it is not destroyed while the hold is in force. */
export async function placeHold(actor: Actor, input: unknown) {
  await authorize(actor, 'retention.manage');
  const v = parseInput(holdSchema, input);
  const today = clock.today();
  return getDb().transaction(async (tx) => {
    const c = await caseInScope(tx, actor, v.caseId);
    if (c.anonymisedAt) throw new AppError('INVALID', 'Sprawa została już zanonimizowana — blokada prawna niczego nie wstrzyma.');
    const [h] = await tx.insert(legalHolds).values({ caseId: c.id, reason: v.reason, until: v.until, placedBy: actor.userId, placedByName: actor.name, placedAt: clock.now() }).returning({ id: legalHolds.id });
    await syncItemHold(tx, c.id, today);
    // The reason is the administrator's text: the entry keeps the case and the end date only.
    await audit(tx, actor, { action: 'retention.hold_placed', entityType: 'legal_hold', entityId: h.id, voivodeshipId: c.voivodeshipId, details: { caseId: c.id, until: v.until } });
    return { id: h.id };
  });
}

/** Lifts a legal hold; the case's retention item is due again when no other hold is in force. */
export async function liftHold(actor: Actor, input: unknown) {
  await authorize(actor, 'retention.manage');
  const v = parseInput(liftHoldSchema, input);
  const today = clock.today();
  return getDb().transaction(async (tx) => {
    const [h] = await tx.select({ id: legalHolds.id, caseId: legalHolds.caseId, liftedAt: legalHolds.liftedAt }).from(legalHolds).where(eq(legalHolds.id, v.holdId)).for('update');
    if (!h) throw notFoundError('Nie znaleziono blokady prawnej.');
    const c = await caseInScope(tx, actor, h.caseId);
    if (h.liftedAt) throw new AppError('INVALID', 'Ta blokada prawna została już zdjęta — odśwież stronę.');
    await tx.update(legalHolds).set({ liftedAt: clock.now(), liftedBy: actor.userId }).where(eq(legalHolds.id, h.id));
    await syncItemHold(tx, c.id, today);
    await audit(tx, actor, { action: 'retention.hold_lifted', entityType: 'legal_hold', entityId: h.id, voivodeshipId: c.voivodeshipId, details: { caseId: c.id } });
  });
}

// ---------------------------------------------------------------------------------------------
// Destruction batches
// ---------------------------------------------------------------------------------------------

/**
 * Approves a destruction batch of the województwo with the state archive's consent: only items
 * whose retention has ended, with no legal hold in force. In one transaction the batch is recorded,
 * each case anonymised (personal data gone, the figures kept) and the items closed. Any bad item
 * refuses the whole batch — nothing changes.
 */
export async function approveBatch(actor: Actor, input: unknown) {
  await authorize(actor, 'retention.manage', ownVoivodeship(actor));
  const v = parseInput(batchSchema, input);
  const wanted = batchItems(v.itemIds);
  const ids = [...new Set(wanted.map((w) => w.id))];
  const today = clock.today();
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .select({ id: retentionItems.id, caseId: retentionItems.caseId, voivodeshipId: retentionItems.voivodeshipId, status: retentionItems.status, dueOn: retentionItems.dueOn, version: retentionItems.version, caseNumber: cases.number })
      .from(retentionItems)
      .innerJoin(cases, eq(cases.id, retentionItems.caseId))
      .where(inArray(retentionItems.id, ids))
      .for('update', { of: retentionItems });
    if (rows.length !== ids.length) throw invalidError({ itemIds: ['Nie znaleziono części zaznaczonych spraw — odśwież stronę.'] }, 'Nie znaleziono części zaznaczonych spraw — odśwież stronę.');
    const foreign = rows.find((r) => !can(actor.scope, 'retention.manage', { voivodeshipId: r.voivodeshipId }));
    if (foreign) throw refusedError('case', foreign.caseId, foreign.voivodeshipId, 'Nie znaleziono części zaznaczonych spraw — odśwież stronę.');
    for (const w of wanted) {
      const r = rows.find((x) => x.id === w.id)!;
      if (w.version !== null && w.version !== r.version) throw conflictError();
    }
    const holds = await holdsInForce(tx, rows.map((r) => r.caseId), today);
    const problems: string[] = [];
    for (const r of rows) {
      if (r.status === 'anonymised' || r.status === 'in_batch') problems.push(`Sprawa ${r.caseNumber} jest już w zatwierdzonej partii.`);
      else if (holds.has(r.caseId)) problems.push(`Sprawa ${r.caseNumber} ma blokadę prawną — zdejmij ją albo usuń sprawę z partii.`);
      else if (!isDueNow(r.dueOn, today)) problems.push(`Okres przechowywania sprawy ${r.caseNumber} kończy się ${formatDate(r.dueOn)} — do partii wchodzą tylko sprawy, których okres już minął.`);
    }
    if (problems.length) throw invalidError({ itemIds: problems }, problems.join(' '));

    const now = clock.now();
    const [batch] = await tx
      .insert(destructionBatches)
      .values({ voivodeshipId: actor.scope.voivodeshipId, consentNumber: v.consentNumber, consentDate: v.consentDate, caseCount: rows.length, approvedBy: actor.userId, approvedByName: actor.name, approvedAt: now })
      .returning({ id: destructionBatches.id });
    await tx.update(retentionItems).set({ status: 'in_batch', batchId: batch.id, version: sql`${retentionItems.version} + 1` }).where(inArray(retentionItems.id, ids));
    const reason = `partia brakowania zatwierdzona ${formatDate(clock.today())} (zgoda archiwum państwowego ${v.consentNumber} z ${formatDate(v.consentDate)})`.slice(0, 300);
    for (const r of [...rows].sort((a, b) => a.caseId - b.caseId)) await anonymiseCase(tx, r.caseId, reason);
    await tx.update(retentionItems).set({ status: 'anonymised', version: sql`${retentionItems.version} + 1` }).where(inArray(retentionItems.id, ids));
    await tx.update(destructionBatches).set({ executedAt: clock.now() }).where(eq(destructionBatches.id, batch.id));
    await audit(tx, actor, {
      action: 'retention.batch_approved',
      entityType: 'destruction_batch',
      entityId: batch.id,
      voivodeshipId: actor.scope.voivodeshipId,
      details: { caseIds: rows.map((r) => r.caseId).sort((a, b) => a - b), caseCount: rows.length, consentNumber: v.consentNumber, consentDate: v.consentDate },
    });
    return { id: batch.id, caseCount: rows.length };
  });
}

// ---------------------------------------------------------------------------------------------
// The national defaults
// ---------------------------------------------------------------------------------------------

/**
 * The national defaults with their basis: kept (edited) by the national administrator; read by
 * those who manage retention or an institution's own class, so they see what applies without one.
 */
export async function getRetentionRules(actor: Actor) {
  const readers = ['retention.rules', 'retention.manage', 'retention.institution'] as const;
  if (!readers.some((a) => mayEver(actor.scope, a))) await authorize(actor, 'retention.rules');
  const rows = await getDb()
    .select({
      kind: retentionRules.kind,
      symbol: retentionRules.symbol,
      category: retentionRules.category,
      years: retentionRules.years,
      days: retentionRules.days,
      followsRecord: retentionRules.followsRecord,
      basis: retentionRules.basis,
      version: retentionRules.version,
      updatedAt: retentionRules.updatedAt,
    })
    .from(retentionRules);
  const order: RetentionRecordKind[] = ['family_case', 'account_request_rejected', 'login_failure', 'record_access_audit'];
  return {
    rules: rows
      .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
      .map((r) => ({ ...r, label: RECORD_KIND_LABELS[r.kind], measure: r.category ? ('years' as const) : DAY_KINDS.includes(r.kind) ? ('days' as const) : ('follows' as const), classLabel: r.category ? classLabel({ category: r.category, years: r.years, symbol: r.symbol }, true) : null })),
    canEdit: mayEver(actor.scope, 'retention.rules'),
  };
}

/** Saves one national default (the national administrator; optimistic version). */
export async function saveRetentionRule(actor: Actor, input: unknown) {
  await authorize(actor, 'retention.rules');
  const kind = (input as { kind?: unknown } | null)?.kind;
  const values =
    kind === 'family_case'
      ? (({ version, category, years, symbol, basis }) => ({ version, set: { category, years: category === 'A' ? null : years, symbol, basis } }))(parseInput(classRuleSchema, input))
      : kind === 'record_access_audit'
        ? (({ version, basis }) => ({ version, set: { basis } }))(parseInput(followRuleSchema, input))
        : (({ version, days, basis }) => ({ version, set: { days, basis } }))(parseInput(dayRuleSchema, input));
  const k = kind as RetentionRecordKind;
  return getDb().transaction(async (tx) => {
    const changed = await tx
      .update(retentionRules)
      .set({ ...values.set, version: sql`${retentionRules.version} + 1`, updatedBy: actor.userId, updatedAt: clock.now() })
      .where(and(eq(retentionRules.kind, k), eq(retentionRules.version, values.version)))
      .returning({ version: retentionRules.version });
    if (!changed.length) throw conflictError();
    const { basis: _basis, ...what } = values.set as Record<string, unknown>;
    await audit(tx, actor, { action: 'retention.rule_changed', entityType: 'retention_rule', entityId: k, voivodeshipId: null, details: { kind: k, ...what } });
    return changed[0];
  });
}

// ---------------------------------------------------------------------------------------------
// An institution's own class
// ---------------------------------------------------------------------------------------------

const INSTITUTION_NOT_FOUND = 'Nie znaleziono instytucji.';

/** The institution, when the actor may read it (another's is "not found", audited). */
async function readableInstitution(db: DbOrTx, actor: Actor, institutionId: number) {
  const [i] = await db.select({ id: institutions.id, name: institutions.name, voivodeshipId: institutions.voivodeshipId, powiatId: institutions.powiatId, gminaId: institutions.gminaId }).from(institutions).where(eq(institutions.id, institutionId));
  if (!i) throw notFoundError(INSTITUTION_NOT_FOUND);
  const place = { voivodeshipId: i.voivodeshipId, powiatId: i.powiatId, gminaId: i.gminaId, institutionId: i.id };
  if (!can(actor.scope, 'institution.view', place) && !can(actor.scope, 'retention.institution', place)) throw refusedError('institution', i.id, i.voivodeshipId, INSTITUTION_NOT_FOUND);
  return { ...i, place };
}

async function nationalFamilyClass(db: DbOrTx) {
  const [r] = await db.select({ category: retentionRules.category, years: retentionRules.years, symbol: retentionRules.symbol }).from(retentionRules).where(eq(retentionRules.kind, 'family_case'));
  return asClass(r);
}

/**
 * An institution's own JRWA class of family cases (null: the national default applies), for its
 * page: whoever may read the institution sees it; its animators (and ROPS) may change it.
 */
export async function getInstitutionRetention(actor: Actor, institutionId: number) {
  await authorize(actor, 'institution.view');
  const db = getDb();
  const i = await readableInstitution(db, actor, institutionId);
  const [own] = await db
    .select({ category: institutionRetention.category, years: institutionRetention.years, symbol: institutionRetention.symbol, basis: institutionRetention.basis, version: institutionRetention.version, updatedAt: institutionRetention.updatedAt })
    .from(institutionRetention)
    .where(and(eq(institutionRetention.institutionId, i.id), eq(institutionRetention.kind, 'family_case')));
  const national = await nationalFamilyClass(db);
  return {
    institutionId: i.id,
    own: own ? { ...own, label: classLabel(own, true) } : null,
    national: national ? { ...national, label: classLabel(national, true) } : null,
    canEdit: can(actor.scope, 'retention.institution', i.place),
  };
}

/** Sets (or, with "default", removes) an institution's own class of family cases; optimistic version (0: none yet). */
export async function saveInstitutionRetention(actor: Actor, input: unknown) {
  await authorize(actor, 'retention.institution');
  const v = parseInput(institutionClassSchema, input);
  return getDb().transaction(async (tx) => {
    const i = await readableInstitution(tx, actor, v.institutionId);
    if (!can(actor.scope, 'retention.institution', i.place)) throw refusedChange('institution', i.id, i.voivodeshipId);
    const where = and(eq(institutionRetention.institutionId, i.id), eq(institutionRetention.kind, 'family_case'));
    const [current] = await tx.select({ version: institutionRetention.version }).from(institutionRetention).where(where).for('update');
    if ((current?.version ?? 0) !== v.version) throw conflictError();
    let version = 0;
    if (v.category === USE_DEFAULT) {
      if (current) await tx.delete(institutionRetention).where(where);
    } else {
      const values = { category: v.category, years: v.category === 'A' ? null : v.years, symbol: v.symbol, basis: v.basis, updatedBy: actor.userId, updatedAt: clock.now() };
      if (current) {
        [{ version }] = await tx.update(institutionRetention).set({ ...values, version: sql`${institutionRetention.version} + 1` }).where(where).returning({ version: institutionRetention.version });
      } else {
        [{ version }] = await tx.insert(institutionRetention).values({ institutionId: i.id, kind: 'family_case', ...values }).returning({ version: institutionRetention.version });
      }
    }
    await audit(tx, actor, {
      action: 'retention.institution_rule_changed',
      entityType: 'institution',
      entityId: i.id,
      voivodeshipId: i.voivodeshipId,
      details: v.category === USE_DEFAULT ? { kind: 'family_case', removed: true } : { kind: 'family_case', category: v.category, years: v.category === 'A' ? null : v.years },
    });
    return { version };
  });
}

/** The institutions (of the actor's area) with their own class of family cases, for /admin/retencja/zasady. */
export async function listInstitutionClasses(actor: Actor) {
  await authorize(actor, 'retention.institution');
  const rows = await getDb()
    .select({
      institutionId: institutions.id,
      name: institutions.name,
      gminaName: gminas.name,
      category: institutionRetention.category,
      years: institutionRetention.years,
      symbol: institutionRetention.symbol,
      basis: institutionRetention.basis,
      updatedAt: institutionRetention.updatedAt,
    })
    .from(institutionRetention)
    .innerJoin(institutions, eq(institutions.id, institutionRetention.institutionId))
    .leftJoin(gminas, eq(gminas.id, institutions.gminaId))
    .where(and(eq(institutionRetention.kind, 'family_case'), scopeWhere(actor.scope, { voivodeshipId: institutions.voivodeshipId, powiatId: institutions.powiatId, gminaId: institutions.gminaId, institutionId: institutions.id })))
    .orderBy(polishOrder(institutions.name));
  return rows.map((r) => ({ ...r, label: classLabel(r, true) }));
}
