import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { executeRows, getDb } from '@/db/client';
import { powiats, tracks, type ModelVariant, type TrackStepState } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { addDays } from '@/lib/model/dates';
import { clock } from '@/lib/clock';
import { stepStrip, type StepCell } from './step-strip';
import { polishOrder } from '@/lib/polish-order';

export interface DashboardRow {
  trackId: number;
  gminaName: string;
  gminaTeryt: string;
  powiatId: number;
  powiatName: string;
  variant: ModelVariant;
  startDate: string;
  stage: number | null;
  step: number | null;
  currentCode: string | null;
  currentName: string | null;
  total: number;
  closed: number;
  percentDone: number;
  overdue: number;
  nextDueDate: string | null;
  nextDueLabel: string | null;
  outOfOrder: string | null;
  lastActivityAt: string;
  /** Steps 1–10: done / in progress / overdue / not started (step 1 from the regional track). */
  steps: StepCell[];
  /** Which cycle of the gmina's implementation (2 after the PZK decided to continue at step 9.2). */
  cycle: number;
  /** The PZK decided to end at step 9.2: the gmina's last cycle is closed ("zakończone"). */
  ended: boolean;
}

// Sort keys (Polish, they appear in URLs) → columns of the result; a fixed list, safe as raw SQL.
export const SORTS = {
  powiat: ['powiat_name', 'gmina_name'],
  gmina: ['gmina_name', 'powiat_name'],
  etap: ['coalesce(stage, 5)', 'coalesce(step, 11)', 'gmina_name'],
  postep: ['percent_done', 'gmina_name'],
  zaleglosci: ['overdue', 'gmina_name'],
  termin: ['next_due_date', 'gmina_name'],
  aktywnosc: ['last_activity_at', 'gmina_name'],
  // By TERYT code: województwo, powiat, gmina — byte order, no collation work.
  teryt: ['gmina_teryt collate "C"'],
} as const;
export type SortKey = keyof typeof SORTS;

export interface DashboardFilter {
  powiatId?: number;
  /** 1–4, or 0 for finished schedules. */
  stage?: number;
  overdueOnly?: boolean;
  sort?: SortKey;
  desc?: boolean;
}

/**
 * One row per gmina implementing the model in the actor's scope, with its derived stage and step,
 * progress and overdue count — one row read per gmina, from the summary kept on its track.
 * The rule is the same as deriveProgress() (lib/model/progress.ts); a test checks they agree.
 */
export async function dashboardRows(actor: Actor, f: DashboardFilter = {}, today = clock.today()): Promise<DashboardRow[]> {
  await authorize(actor, 'dashboard.view', actor.scope);
  return queryDashboard(scopeWhere(actor.scope, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId }), f, today);
}

/** The same rows for the implementations a PCPR or GOPS user works in (their own area only). */
export async function ownImplementations(actor: Actor, today = clock.today()): Promise<DashboardRow[]> {
  await authorize(actor, 'implementation.view');
  return queryDashboard(scopeWhere(actor.scope, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId }), { sort: 'gmina' }, today);
}

/**
 * Every gmina in Poland, bypassing the policy: no role has a national scope. Used only by the
 * benchmark's "national overview" figure — hence the prefix.
 */
export function unsafeNationalDashboard(today = clock.today()): Promise<DashboardRow[]> {
  return queryDashboard(sql`true`, { sort: 'teryt' }, today);
}

async function queryDashboard(scope: SQL, f: DashboardFilter, today: string): Promise<DashboardRow[]> {
  const filters: SQL[] = [];
  if (f.powiatId) filters.push(sql`powiat_id = ${f.powiatId}`);
  if (f.stage === 0) filters.push(sql`stage is null`);
  else if (f.stage) filters.push(sql`stage = ${f.stage}`);
  if (f.overdueOnly) filters.push(sql`overdue > 0`);
  const where = filters.length ? sql`where ${sql.join(filters, sql` and `)}` : sql``;
  const dir = f.desc ? 'desc' : 'asc';
  const order = sql.raw((SORTS[f.sort ?? 'powiat'] ?? SORTS.powiat).map((c) => `${c} ${dir} nulls last`).join(', '));
  // One row per track from its summary (lib/implementations/summary.ts). What depends on today
  // comes from the sorted date arrays: width_bucket(yesterday, dates) counts the dates before
  // today (the overdue ones), and the next element is the next due date.
  const yesterday = addDays(today, -1);
  const query = sql`
    with base as (
      select tracks.id as track_id, gminas.name as gmina_name, gminas.teryt as gmina_teryt, tracks.powiat_id, powiats.name as powiat_name,
        catalogue_versions.variant, tracks.start_date::text as start_date,
        catalogue_stages.number as stage, catalogue_steps.number as step, catalogue_substeps.code as current_code, catalogue_substeps.name as current_name,
        tracks.total_items as total, tracks.closed_items as closed,
        case when tracks.total_items = 0 then 0 else round(tracks.closed_items * 100.0 / tracks.total_items)::int end as percent_done,
        width_bucket(${yesterday}::date, tracks.open_item_ends) as late_items,
        width_bucket(${yesterday}::date, tracks.open_occurrence_dues) as late_occ,
        tracks.open_item_ends, tracks.open_item_labels, tracks.open_occurrence_dues, tracks.open_occurrence_labels,
        tracks.out_of_order,
        tracks.last_activity_at::text as last_activity_at,
        tracks.step_states, tracks.cycle, tracks.closed_at is not null as ended,
        (select regional.step_states from tracks regional where regional.kind = 'regional' and regional.voivodeship_id = tracks.voivodeship_id) as regional_steps
      from tracks
      join gminas on gminas.id = tracks.gmina_id
      join powiats on powiats.id = tracks.powiat_id
      join catalogue_versions on catalogue_versions.id = tracks.catalogue_version_id
      left join catalogue_substeps on catalogue_substeps.id = tracks.current_substep_id
      left join catalogue_steps on catalogue_steps.id = catalogue_substeps.step_id
      left join catalogue_stages on catalogue_stages.id = catalogue_steps.stage_id
      where tracks.kind = 'gmina' and ${scope}
        -- the gmina's latest cycle: the open one, or the last one closed when its PZK ended the work
        and not exists (select 1 from tracks later where later.kind = 'gmina' and later.gmina_id = tracks.gmina_id and later.id > tracks.id)
    ),
    nexts as (
      select base.*, late_items + late_occ as overdue,
        open_item_ends[late_items + 1] as next_item_end, open_item_labels[late_items + 1] as next_item_label,
        open_occurrence_dues[late_occ + 1] as next_occ_due, open_occurrence_labels[late_occ + 1] as next_occ_label
      from base
    ),
    result as (
      select track_id, gmina_name, gmina_teryt, powiat_id, powiat_name, variant, start_date, stage, step, current_code, current_name,
        total, closed, percent_done, overdue, out_of_order, last_activity_at, step_states, regional_steps, cycle, ended,
        (case when next_occ_due is not null and (next_item_end is null or next_occ_due < next_item_end) then next_occ_due else next_item_end end)::text as next_due_date,
        case when next_occ_due is not null and (next_item_end is null or next_occ_due < next_item_end) then next_occ_label else next_item_label end as next_due_label
      from nexts
    )
    select * from result ${where} order by ${order}`;
  const rows = await executeRows<Record<string, unknown>>(getDb(), query);
  return rows.map((r) => ({
    trackId: Number(r.track_id),
    gminaName: String(r.gmina_name),
    gminaTeryt: String(r.gmina_teryt),
    powiatId: Number(r.powiat_id),
    powiatName: String(r.powiat_name),
    variant: r.variant as ModelVariant,
    startDate: String(r.start_date),
    stage: r.stage == null ? null : Number(r.stage),
    step: r.step == null ? null : Number(r.step),
    currentCode: (r.current_code as string) ?? null,
    currentName: (r.current_name as string) ?? null,
    total: Number(r.total),
    closed: Number(r.closed),
    percentDone: Number(r.percent_done),
    overdue: Number(r.overdue),
    nextDueDate: (r.next_due_date as string) ?? null,
    nextDueLabel: (r.next_due_label as string) ?? null,
    outOfOrder: (r.out_of_order as string) ?? null,
    lastActivityAt: String(r.last_activity_at),
    steps: stepStrip(jsonOf(r.step_states), jsonOf(r.regional_steps), today),
    cycle: Number(r.cycle ?? 1),
    ended: r.ended === true || r.ended === 't',
  }));
}

// jsonb comes parsed from both drivers; a text value (a driver without the parser) is parsed here.
const jsonOf = (v: unknown): TrackStepState[] => (v == null ? [] : typeof v === 'string' ? JSON.parse(v) : (v as TrackStepState[]));

/** Rows on one page of the dashboard; its counts and summary, the CSV and the PDF cover every row. */
export const DASHBOARD_PAGE_SIZE = 50;

export interface DashboardPage {
  /** This page's rows, in the filter's order. */
  rows: DashboardRow[];
  /** 1-based; a page past the end shows the last one. */
  page: number;
  pages: number;
  pageSize: number;
  /** Rows matching the filter, on every page. */
  total: number;
  /** Position (1-based) of this page's first row among them; 0 when there is none. */
  first: number;
  /** Gminas of the actor's area in each stage, whatever the filter. */
  counts: Record<0 | 1 | 2 | 3 | 4, number>;
  /** Gminas of the actor's area, whatever the filter. */
  all: number;
}

/**
 * One page of the ROPS dashboard: the filtered rows of page `page` (DASHBOARD_PAGE_SIZE each), with
 * the filtered total and the stage counts over the whole area. The same rows as dashboardRows(),
 * which the exports use whole.
 */
export async function dashboardPage(actor: Actor, f: DashboardFilter, page = 1, { today = clock.today(), pageSize = DASHBOARD_PAGE_SIZE } = {}): Promise<DashboardPage> {
  const filtered = f.powiatId !== undefined || f.stage !== undefined || Boolean(f.overdueOnly);
  const [rows, unfiltered] = await Promise.all([dashboardRows(actor, f, today), filtered ? dashboardRows(actor, {}, today) : null]);
  const all = unfiltered ?? rows;
  return { ...pageOf(rows, page, pageSize), counts: stageCounts(all), all: all.length };
}

/** Page `page` (1-based, clamped to 1…last) of a list. */
export function pageOf<T>(rows: T[], page: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (current - 1) * pageSize;
  return { rows: rows.slice(start, start + pageSize), page: current, pages, pageSize, total: rows.length, first: rows.length ? start + 1 : 0 };
}

/** How many gminas are in each stage (0 = finished), for the summary chart. */
export function stageCounts(rows: DashboardRow[]): Record<0 | 1 | 2 | 3 | 4, number> {
  const out = { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of rows) out[(r.stage ?? 0) as 0 | 1 | 2 | 3 | 4]++;
  return out;
}

/** The powiaty of the actor's area, for the dashboard's filter. */
export async function dashboardPowiats(actor: Actor) {
  await authorize(actor, 'dashboard.view', actor.scope);
  return getDb()
    .select({ id: powiats.id, name: powiats.name, isCity: powiats.isCity })
    .from(powiats)
    .where(scopeWhere(actor.scope, { voivodeshipId: powiats.voivodeshipId, powiatId: powiats.id }))
    .orderBy(polishOrder(powiats.name));
}

/** The województwo's regional track (stage I and ROPS's recurring tasks), once one exists. */
export async function regionalTrackId(actor: Actor): Promise<number | null> {
  await authorize(actor, 'dashboard.view', actor.scope);
  const [row] = await getDb()
    .select({ id: tracks.id })
    .from(tracks)
    .where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, actor.scope.voivodeshipId)));
  return row?.id ?? null;
}
