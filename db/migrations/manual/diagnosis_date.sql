-- Issue 14, item 11 (hand-written: drizzle cannot express a backfill).
-- A diagnosis gets the day it was made. Existing ones take the day of their first save (the
-- earliest "case.diagnosis_saved" audit entry, else the last save), in Poland's time, and never
-- before the case's qualification. The column is added nullable by the generated part and made
-- NOT NULL once filled.
UPDATE "case_diagnoses" d SET "diagnosed_on" = greatest(
  (coalesce(
    (SELECT min(a."at") FROM "audit_log" a WHERE a."entity_type" = 'case' AND a."entity_id" = d."case_id"::text AND a."action" = 'case.diagnosis_saved'),
    d."updated_at"
  ) AT TIME ZONE 'Europe/Warsaw')::date,
  (SELECT c."qualified_on" FROM "cases" c WHERE c."id" = d."case_id")
);--> statement-breakpoint
ALTER TABLE "case_diagnoses" ALTER COLUMN "diagnosed_on" SET NOT NULL;
