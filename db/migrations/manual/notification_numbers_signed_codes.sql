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
WHERE d."id" = r."document_id" AND d."revision" = r."revision" AND d."status" IN ('signed', 'amended', 'terminated');
