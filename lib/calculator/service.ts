import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { costRates, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor, Visitor } from '@/lib/auth/actor';
import { authorize, authorizeVisitor } from '@/lib/auth/authorize';
import { can, mayEver } from '@/lib/auth/policy';
import { conflictError, notFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { computeCosts, type CalculatorResult } from './compute';
import { DEFAULT_RATES, isRateKey, mergeRates, type Rate, type RateSet } from './rates';
import { parseCalculatorQuery, rateSchema, type CalculatorInput, type ParsedQuery } from './schema';
import { clock } from '@/lib/clock';

/*
 * The calculator's rates live per województwo: ROPS keeps them (policy 'cost_rates.manage'). The
 * calculator and its rates are public ('calculator.use'): anyone calculates with the rates of the
 * województwo chosen on the form (?woj=), else of the one they act in, else with the defaults.
 */

/** The województwo's rates: its stored ones over the defaults. */
export async function loadRates(db: DbOrTx, voivodeshipId: number): Promise<RateSet> {
  const rows = await db
    .select({ key: costRates.key, label: costRates.label, amount: costRates.amount, unit: costRates.unit, source: costRates.source, version: costRates.version, updatedAt: costRates.updatedAt })
    .from(costRates)
    .where(eq(costRates.voivodeshipId, voivodeshipId));
  return mergeRates(rows);
}

async function voivodeshipName(db: DbOrTx, voivodeshipId: number) {
  const [v] = await db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId));
  return v?.name ?? '';
}

export type Calculation = {
  /** The województwo whose rates apply; null: the default rates. */
  voivodeshipId: number | null;
  voivodeshipName: string | null;
  rates: RateSet;
  /** May the actor change the rates (a link to /kalkulator/stawki says so)? */
  canManageRates: boolean;
  query: ParsedQuery;
  /** The input and result once the query is valid. */
  input?: CalculatorInput;
  result?: CalculatorResult;
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * The województwo whose rates apply: the one asked for (?woj=, any existing one), else the one the
 * visitor works in (the national administrator works in none), else none — the default rates.
 */
async function ratesRegion(db: DbOrTx, visitor: Visitor, params: Params): Promise<{ voivodeshipId: number | null; voivodeshipName: string | null }> {
  const raw = params instanceof URLSearchParams ? params.get('woj') : [params.woj].flat()[0];
  const asked = raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const own = visitor && mayEver(visitor.scope, 'region.view') ? visitor.scope.voivodeshipId : null;
  for (const id of [asked, own]) {
    if (id === null) continue;
    const name = await voivodeshipName(db, id);
    if (name) return { voivodeshipId: id, voivodeshipName: name };
  }
  return { voivodeshipId: null, voivodeshipName: null };
}

/** /kalkulator: the query parsed, and — when it is valid — the costs with the chosen rates. Public. */
export async function calculate(visitor: Visitor, params: Params): Promise<Calculation> {
  await authorizeVisitor(visitor, 'calculator.use');
  const db = getDb();
  const { voivodeshipId, voivodeshipName: name } = await ratesRegion(db, visitor, params);
  const rates = voivodeshipId === null ? mergeRates([]) : await loadRates(db, voivodeshipId);
  const query = parseCalculatorQuery(params);
  const canManageRates = visitor !== null && voivodeshipId !== null && can(visitor.scope, 'cost_rates.manage', { voivodeshipId });
  const base = { voivodeshipId, voivodeshipName: name, rates, canManageRates, query };
  if (query.submitted && query.ok) return { ...base, input: query.input, result: computeCosts(query.input, rates) };
  return base;
}

/** /kalkulator/stawki: everyone reads the rates and their sources, without an account too; ROPS also edits them. */
export async function ratesOverview(visitor: Visitor, params: Params = {}) {
  await authorizeVisitor(visitor, 'calculator.use');
  const db = getDb();
  const { voivodeshipId, voivodeshipName: name } = await ratesRegion(db, visitor, params);
  const rates = voivodeshipId === null ? mergeRates([]) : await loadRates(db, voivodeshipId);
  return { voivodeshipId, voivodeshipName: name, rates, canManage: visitor !== null && voivodeshipId !== null && can(visitor.scope, 'cost_rates.manage', { voivodeshipId }) };
}

/** The edit page of one rate: ROPS of the województwo only. */
export async function rateForEdit(actor: Actor, key: string): Promise<{ voivodeshipName: string; rate: Rate }> {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'cost_rates.manage', { voivodeshipId });
  if (!isRateKey(key)) throw notFoundError('Nie ma takiej stawki.');
  const db = getDb();
  const [rates, name] = await Promise.all([loadRates(db, voivodeshipId), voivodeshipName(db, voivodeshipId)]);
  return { voivodeshipName: name, rate: rates[key] };
}

/**
 * ROPS sets a rate for its województwo: amount, unit and source (required). `version` is the
 * version the form was opened with — 0 for a rate still at its default (the row is created then);
 * anything else than the stored version is refused (CONFLICT).
 */
export async function saveCostRate(actor: Actor, input: unknown) {
  const v = parseInput(rateSchema, input);
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'cost_rates.manage', { voivodeshipId });
  return getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ id: costRates.id, amount: costRates.amount, version: costRates.version })
      .from(costRates)
      .where(and(eq(costRates.voivodeshipId, voivodeshipId), eq(costRates.key, v.key)));
    const values = { label: DEFAULT_RATES[v.key].label, amount: v.amount, unit: v.unit, source: v.source, updatedBy: actor.userId, updatedAt: clock.now() };
    let row: { id: number; version: number } | undefined;
    if (v.version === 0) {
      if (before) throw conflictError();
      [row] = await tx
        .insert(costRates)
        .values({ voivodeshipId, key: v.key, ...values })
        .onConflictDoNothing()
        .returning({ id: costRates.id, version: costRates.version });
    } else {
      if (!before) throw notFoundError('Nie znaleziono stawki.');
      [row] = await tx
        .update(costRates)
        .set({ ...values, version: v.version + 1 })
        .where(and(eq(costRates.id, before.id), eq(costRates.version, v.version)))
        .returning({ id: costRates.id, version: costRates.version });
    }
    if (!row) throw conflictError();
    await audit(tx, actor, {
      action: 'cost_rate.saved',
      entityType: 'cost_rate',
      entityId: row.id,
      voivodeshipId,
      details: { key: v.key, amount: v.amount, previousAmount: before ? Number(before.amount) : DEFAULT_RATES[v.key].amount, unit: v.unit, source: v.source },
    });
    return { id: row.id, key: v.key, version: row.version };
  });
}
