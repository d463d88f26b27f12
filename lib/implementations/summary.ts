import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

const OPEN = sql.raw(`schedule_items.status not in ('done', 'not_applicable')`);

/**
 * Recomputes the schedule summary kept on each track (counts, current sub-step, open items and
 * occurrences with their dates, the state of each step) from the schedule itself. Every write to a
 * schedule calls it in the same transaction; with no ids it refreshes every track (bulk loads).
 *
 * "Ostatnia aktywność" (last_activity_at) is the time of the track's latest history entry: every
 * change — by hand, by evidence, by a closed training, by a signed agreement, by published minutes —
 * writes one (track_events) and refreshes the summary, so the dashboard cannot miss a path.
 */
export async function refreshTrackSummary(db: DbOrTx, trackIds?: number[]) {
  if (trackIds && trackIds.length === 0) return;
  const only = trackIds ? sql`and tracks.id in (${sql.join(trackIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  await db.execute(sql`
    update tracks set
      total_items = coalesce(s.total, 0),
      closed_items = coalesce(s.closed, 0),
      current_substep_id = s.current_substep_id,
      open_item_ends = coalesce(s.ends, '{}'),
      open_item_labels = coalesce(s.labels, '{}'),
      out_of_order = s.out_of_order,
      open_occurrence_dues = coalesce(o.dues, '{}'),
      open_occurrence_labels = coalesce(o.labels, '{}'),
      step_states = coalesce(p.steps, '[]'),
      last_activity_at = coalesce(e.last_at, tracks.last_activity_at)
    from tracks t0
    left join lateral (
      select count(*)::int as total,
        count(*) filter (where not (${OPEN}))::int as closed,
        (array_agg(catalogue_substeps.id order by catalogue_substeps.position) filter (where ${OPEN}))[1] as current_substep_id,
        array_agg(schedule_items.planned_end order by schedule_items.planned_end, catalogue_substeps.position) filter (where ${OPEN}) as ends,
        array_agg(catalogue_substeps.code || ' ' || catalogue_substeps.name order by schedule_items.planned_end, catalogue_substeps.position) filter (where ${OPEN}) as labels,
        string_agg(catalogue_substeps.code || ': ' || schedule_items.out_of_order_reason, '; ' order by catalogue_substeps.position)
          filter (where schedule_items.out_of_order_reason is not null) as out_of_order
      from schedule_items join catalogue_substeps on catalogue_substeps.id = schedule_items.substep_id
      where schedule_items.track_id = t0.id
    ) s on true
    left join lateral (
      select array_agg(occurrences.due_date order by occurrences.due_date, occurrences.id) as dues,
        array_agg(catalogue_recurring_tasks.name order by occurrences.due_date, occurrences.id) as labels
      from occurrences join catalogue_recurring_tasks on catalogue_recurring_tasks.id = occurrences.task_id
      where occurrences.track_id = t0.id and occurrences.status = 'planned'
    ) o on true
    left join lateral (
      select jsonb_agg(jsonb_build_object('step', st.number, 'state', st.state, 'openEnd', st.open_end) order by st.number) as steps
      from (
        select catalogue_steps.number,
          case when count(*) filter (where ${OPEN}) = 0 then 'done'
            when count(*) filter (where schedule_items.status in ('in_progress', 'done')) > 0 then 'started'
            else 'todo' end as state,
          (min(schedule_items.planned_end) filter (where ${OPEN}))::text as open_end
        from schedule_items
        join catalogue_substeps on catalogue_substeps.id = schedule_items.substep_id
        join catalogue_steps on catalogue_steps.id = catalogue_substeps.step_id
        where schedule_items.track_id = t0.id
        group by catalogue_steps.number
      ) st
    ) p on true
    left join lateral (select max(track_events.at) as last_at from track_events where track_events.track_id = t0.id) e on true
    where tracks.id = t0.id ${only}`);
}
