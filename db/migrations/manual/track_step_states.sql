-- Backfill of tracks.step_states (the dashboard's strip of steps) and of last_activity_at as the
-- time of the track's latest history entry, for tracks created before the column existed.
-- The same computation as refreshTrackSummary() in lib/implementations/summary.ts.
UPDATE "tracks" SET
  "step_states" = coalesce(p.steps, '[]'::jsonb),
  "last_activity_at" = coalesce(e.last_at, "tracks"."last_activity_at")
FROM "tracks" t0
LEFT JOIN LATERAL (
  SELECT jsonb_agg(jsonb_build_object('step', st.number, 'state', st.state, 'openEnd', st.open_end) ORDER BY st.number) AS steps
  FROM (
    SELECT catalogue_steps.number,
      CASE WHEN count(*) FILTER (WHERE schedule_items.status NOT IN ('done', 'not_applicable')) = 0 THEN 'done'
        WHEN count(*) FILTER (WHERE schedule_items.status IN ('in_progress', 'done')) > 0 THEN 'started'
        ELSE 'todo' END AS state,
      (min(schedule_items.planned_end) FILTER (WHERE schedule_items.status NOT IN ('done', 'not_applicable')))::text AS open_end
    FROM schedule_items
    JOIN catalogue_substeps ON catalogue_substeps.id = schedule_items.substep_id
    JOIN catalogue_steps ON catalogue_steps.id = catalogue_substeps.step_id
    WHERE schedule_items.track_id = t0.id
    GROUP BY catalogue_steps.number
  ) st
) p ON true
LEFT JOIN LATERAL (SELECT max(track_events.at) AS last_at FROM track_events WHERE track_events.track_id = t0.id) e ON true
WHERE "tracks".id = t0.id;
