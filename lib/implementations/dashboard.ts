import 'server-only';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { executeRows, getDb } from '@/db/client';
import { powiats, tracks, type ModelVariant } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { todayIso } from '@/lib/model/dates';

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

const OPEN = sql.raw(`schedule_items.status not in ('done', 'not_applicable')`);

/**
 * One row per gmina implementing the model in the actor's scope, with its derived stage and step,
 * progress and overdue count — a single grouped query, however many gminas there are.
 * The rule is the same as deriveProgress() (lib/model/progress.ts); a test checks they agree.
 */
export async function dashboardRows(actor: Actor, f: DashboardFilter = {}, today = todayIso()): Promise<DashboardRow[]> {
  await authorize(actor, 'dashboard.view', actor.scope);
  return queryDashboard(scopeWhere(actor.scope, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId }), f, today);
}

/** The same rows for the implementations a PCPR or GOPS user works in (their own area only). */
export async function ownImplementations(actor: Actor, today = todayIso()): Promise<DashboardRow[]> {
  await authorize(actor, 'implementation.view');
  return queryDashboard(scopeWhere(actor.scope, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId }), { sort: 'gmina' }, today);
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
  const query = sql`
    with scoped as (
      select tracks.id, tracks.powiat_id, tracks.gmina_id, tracks.catalogue_version_id, tracks.start_date, tracks.last_activity_at
      from tracks where tracks.kind = 'gmina' and ${scope}
    ),
    items as (
      select schedule_items.track_id,
        count(*)::int as total,
        count(*) filter (where not (${OPEN}))::int as closed,
        count(*) filter (where ${OPEN} and schedule_items.planned_end < ${today})::int as overdue_items,
        (array_agg(catalogue_stages.number order by catalogue_substeps.position) filter (where ${OPEN}))[1] as stage,
        (array_agg(catalogue_steps.number order by catalogue_substeps.position) filter (where ${OPEN}))[1] as step,
        (array_agg(catalogue_substeps.code order by catalogue_substeps.position) filter (where ${OPEN}))[1] as current_code,
        (array_agg(catalogue_substeps.name order by catalogue_substeps.position) filter (where ${OPEN}))[1] as current_name,
        (array_agg(schedule_items.planned_end::text order by schedule_items.planned_end, catalogue_substeps.position) filter (where ${OPEN} and schedule_items.planned_end >= ${today}))[1] as next_item_date,
        (array_agg(catalogue_substeps.code || ' ' || catalogue_substeps.name order by schedule_items.planned_end, catalogue_substeps.position) filter (where ${OPEN} and schedule_items.planned_end >= ${today}))[1] as next_item_label,
        string_agg(catalogue_substeps.code || ': ' || schedule_items.out_of_order_reason, '; ' order by catalogue_substeps.position) filter (where schedule_items.out_of_order_reason is not null) as out_of_order
      from schedule_items
      join scoped on scoped.id = schedule_items.track_id
      join catalogue_substeps on catalogue_substeps.id = schedule_items.substep_id
      join catalogue_steps on catalogue_steps.id = catalogue_substeps.step_id
      join catalogue_stages on catalogue_stages.id = catalogue_steps.stage_id
      group by schedule_items.track_id
    ),
    occ as (
      select occurrences.track_id,
        count(*) filter (where occurrences.status = 'planned' and occurrences.due_date < ${today})::int as overdue_occ,
        min(occurrences.due_date) filter (where occurrences.status = 'planned' and occurrences.due_date >= ${today}) as next_occ_date,
        (array_agg(catalogue_recurring_tasks.name order by occurrences.due_date) filter (where occurrences.status = 'planned' and occurrences.due_date >= ${today}))[1] as next_occ_label
      from occurrences
      join scoped on scoped.id = occurrences.track_id
      join catalogue_recurring_tasks on catalogue_recurring_tasks.id = occurrences.task_id
      group by occurrences.track_id
    ),
    result as (
      select scoped.id as track_id, gminas.name as gmina_name, gminas.teryt as gmina_teryt, scoped.powiat_id, powiats.name as powiat_name,
        catalogue_versions.variant, scoped.start_date::text as start_date,
        items.stage, items.step, items.current_code, items.current_name,
        coalesce(items.total, 0) as total, coalesce(items.closed, 0) as closed,
        case when coalesce(items.total, 0) = 0 then 0 else round(items.closed * 100.0 / items.total)::int end as percent_done,
        coalesce(items.overdue_items, 0) + coalesce(occ.overdue_occ, 0) as overdue,
        case when occ.next_occ_date is not null and (items.next_item_date is null or occ.next_occ_date::text < items.next_item_date) then occ.next_occ_date::text else items.next_item_date end as next_due_date,
        case when occ.next_occ_date is not null and (items.next_item_date is null or occ.next_occ_date::text < items.next_item_date) then occ.next_occ_label else items.next_item_label end as next_due_label,
        items.out_of_order,
        scoped.last_activity_at::text as last_activity_at
      from scoped
      join gminas on gminas.id = scoped.gmina_id
      join powiats on powiats.id = scoped.powiat_id
      join catalogue_versions on catalogue_versions.id = scoped.catalogue_version_id
      left join items on items.track_id = scoped.id
      left join occ on occ.track_id = scoped.id
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
  }));
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
    .orderBy(asc(powiats.name));
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
