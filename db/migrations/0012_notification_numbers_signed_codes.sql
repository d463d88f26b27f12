CREATE TABLE "notification_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "number" varchar(20);--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "decided_by_role" "role";--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "step_states" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD COLUMN "signed_verification_code" varchar(12);--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_number_unique" UNIQUE("number");--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_signedVerificationCode_unique" UNIQUE("signed_verification_code");--> statement-breakpoint
-- Issue 14, items 7 and 10 (hand-written: drizzle cannot express a backfill).
-- Existing notifications get their numbers "ZG/<year>/<0000>": per year of submission in Poland's
-- time, in order of submission; the counters continue from there. The column is added nullable by
-- the generated part and made NOT NULL once filled.
UPDATE "notifications" n SET "number" = x."number"
FROM (
  SELECT "id", 'ZG/' || y || '/' || lpad((row_number() OVER (PARTITION BY y ORDER BY "submitted_at", "id"))::text, 4, '0') AS "number"
  FROM (SELECT "id", "submitted_at", extract(year FROM "submitted_at" AT TIME ZONE 'Europe/Warsaw')::int AS y FROM "notifications") s
) x
WHERE x."id" = n."id";--> statement-breakpoint
INSERT INTO "notification_counters" ("year", "last")
SELECT extract(year FROM "submitted_at" AT TIME ZONE 'Europe/Warsaw')::int, count(*) FROM "notifications" GROUP BY 1;--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
-- The role each decision was taken in, from the audit entry of the decision (when there is one).
UPDATE "notifications" n SET "decided_by_role" = a."role"
FROM (
  SELECT DISTINCT ON ("entity_id") "entity_id", "role" FROM "audit_log"
  WHERE "entity_type" = 'notification' AND "action" IN ('notification.accepted', 'notification.returned') AND "role" IS NOT NULL
  ORDER BY "entity_id", "at" DESC
) a
WHERE a."entity_id" = n."id"::text AND n."decided_by" IS NOT NULL;--> statement-breakpoint
-- Documents signed before: their current revision gets the code of its signed printout (random,
-- Crockford base32 like lib/pdf/verification.ts). The revision's old code stays valid: it now
-- names the unsigned printout.
UPDATE "document_revisions" r SET "signed_verification_code" = (
  SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1), '')
  FROM generate_series(1, 12 + 0 * r."id")
)
FROM "documents" d
WHERE d."id" = r."document_id" AND d."revision" = r."revision" AND d."status" IN ('signed', 'amended', 'terminated');--> statement-breakpoint
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
