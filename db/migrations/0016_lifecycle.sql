CREATE TYPE "public"."data_request_decision" AS ENUM('granted', 'partly_granted', 'refused');--> statement-breakpoint
CREATE TYPE "public"."data_request_kind" AS ENUM('access', 'rectification', 'restriction', 'erasure', 'objection');--> statement-breakpoint
CREATE TYPE "public"."retention_category" AS ENUM('A', 'B', 'BE');--> statement-breakpoint
CREATE TYPE "public"."retention_item_status" AS ENUM('due', 'held', 'in_batch', 'anonymised');--> statement-breakpoint
CREATE TYPE "public"."retention_record_kind" AS ENUM('family_case', 'account_request_rejected', 'login_failure', 'record_access_audit');--> statement-breakpoint
CREATE TABLE "audit_chain_heads" (
	"chain" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" varchar(64) NOT NULL,
	"entry_id" bigint,
	"at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_verifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_verifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"ok" boolean NOT NULL,
	"chains" integer NOT NULL,
	"entries" bigint NOT NULL,
	"broken_chain" integer,
	"broken_entry_id" bigint,
	"broken_seq" bigint,
	"problem" text,
	"run_by" varchar(60) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_restrictions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_restrictions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"request_id" integer,
	"reason" text NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	"placed_by" uuid NOT NULL,
	"notice_given_on" date,
	"lifted_at" timestamp with time zone,
	"lifted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "data_request_counters" (
	"voivodeship_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "data_request_counters_voivodeship_id_year_pk" PRIMARY KEY("voivodeship_id","year")
);
--> statement-breakpoint
CREATE TABLE "data_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "data_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"number" varchar(20) NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"kind" "data_request_kind" NOT NULL,
	"requester_name" varchar(200) NOT NULL,
	"requester_contact" varchar(300) DEFAULT '' NOT NULL,
	"case_id" integer,
	"case_member_id" integer,
	"subject" text DEFAULT '' NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"extended_until" date,
	"extension_reason" text,
	"extension_notified_on" date,
	"decision" "data_request_decision",
	"legal_basis" text,
	"decision_note" text,
	"decided_on" date,
	"done_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_requests_number" UNIQUE("voivodeship_id","number")
);
--> statement-breakpoint
CREATE TABLE "destruction_batches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "destruction_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"consent_number" varchar(100) NOT NULL,
	"consent_date" date NOT NULL,
	"case_count" integer NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_by_name" varchar(200) NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"executed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "institution_retention" (
	"institution_id" integer NOT NULL,
	"kind" "retention_record_kind" NOT NULL,
	"symbol" varchar(20) DEFAULT '' NOT NULL,
	"category" "retention_category" NOT NULL,
	"years" smallint,
	"basis" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_retention_institution_id_kind_pk" PRIMARY KEY("institution_id","kind")
);
--> statement-breakpoint
CREATE TABLE "legal_holds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "legal_holds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"reason" text NOT NULL,
	"until" date NOT NULL,
	"placed_by" uuid NOT NULL,
	"placed_by_name" varchar(200) NOT NULL,
	"placed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "login_failure_counts" (
	"day" date PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "retention_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"symbol" varchar(20) DEFAULT '' NOT NULL,
	"category" "retention_category" NOT NULL,
	"years" smallint,
	"closed_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" "retention_item_status" DEFAULT 'due' NOT NULL,
	"batch_id" integer,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "retention_items_case" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "retention_rules" (
	"kind" "retention_record_kind" PRIMARY KEY NOT NULL,
	"symbol" varchar(20) DEFAULT '' NOT NULL,
	"category" "retention_category",
	"years" smallint,
	"days" smallint,
	"follows_record" boolean DEFAULT false NOT NULL,
	"basis" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_login_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "inactivity_warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "personal_data_removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain" integer;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" varchar(64);--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" varchar(64);--> statement-breakpoint
ALTER TABLE "case_members" ADD COLUMN "age_band" varchar(10);--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "anonymised_reason" varchar(300);--> statement-breakpoint
ALTER TABLE "case_restrictions" ADD CONSTRAINT "case_restrictions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_restrictions" ADD CONSTRAINT "case_restrictions_request_id_data_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."data_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_case_member_id_case_members_id_fk" FOREIGN KEY ("case_member_id") REFERENCES "public"."case_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "destruction_batches" ADD CONSTRAINT "destruction_batches_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_retention" ADD CONSTRAINT "institution_retention_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_items" ADD CONSTRAINT "retention_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_items" ADD CONSTRAINT "retention_items_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_items" ADD CONSTRAINT "retention_items_batch_id_destruction_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."destruction_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_verifications_at_idx" ON "audit_verifications" USING btree ("at");--> statement-breakpoint
CREATE INDEX "case_restrictions_case_idx" ON "case_restrictions" USING btree ("case_id","lifted_at");--> statement-breakpoint
CREATE INDEX "data_requests_open_idx" ON "data_requests" USING btree ("voivodeship_id","done_on","due_on");--> statement-breakpoint
CREATE INDEX "data_requests_case_idx" ON "data_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "destruction_batches_place_idx" ON "destruction_batches" USING btree ("voivodeship_id","approved_at");--> statement-breakpoint
CREATE INDEX "legal_holds_case_idx" ON "legal_holds" USING btree ("case_id","until");--> statement-breakpoint
CREATE INDEX "retention_items_place_idx" ON "retention_items" USING btree ("voivodeship_id","status","due_on");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_chain_seq" UNIQUE("chain","seq");--> statement-breakpoint
-- The entries written before the chains existed are chained here, in id order per województwo,
-- with the payload of lib/audit-chain.ts (chainPayload): keep the two in step.
CREATE FUNCTION audit_chain_field(v text) RETURNS text AS $$
  SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END
$$ LANGUAGE sql IMMUTABLE;--> statement-breakpoint
ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_no_update_delete;--> statement-breakpoint
DO $$
DECLARE
  r record;
  cur integer := NULL;
  prev text;
  n bigint;
  h text;
  last_id bigint;
  last_at timestamptz;
BEGIN
  FOR r IN
    SELECT id, coalesce(voivodeship_id, 0) AS ch, at, user_id, user_email, role, action, entity_type, entity_id, voivodeship_id, ip, fold_key, details
    FROM audit_log ORDER BY coalesce(voivodeship_id, 0), id
  LOOP
    IF cur IS DISTINCT FROM r.ch THEN
      IF cur IS NOT NULL THEN
        INSERT INTO audit_chain_heads (chain, seq, hash, entry_id, at) VALUES (cur, n, prev, last_id, last_at);
      END IF;
      cur := r.ch;
      prev := repeat('0', 64);
      n := 0;
    END IF;
    n := n + 1;
    h := encode(sha256(convert_to(
      audit_chain_field(prev) || '|' || audit_chain_field(r.ch::text) || '|' || audit_chain_field(n::text) || '|' ||
      audit_chain_field(to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || '|' ||
      audit_chain_field(r.user_id::text) || '|' || audit_chain_field(r.user_email::text) || '|' || audit_chain_field(r.role::text) || '|' ||
      audit_chain_field(r.action::text) || '|' || audit_chain_field(r.entity_type::text) || '|' || audit_chain_field(r.entity_id::text) || '|' ||
      audit_chain_field(r.voivodeship_id::text) || '|' || audit_chain_field(r.ip::text) || '|' || audit_chain_field(r.fold_key::text) || '|' ||
      audit_chain_field(r.details::text), 'UTF8')), 'hex');
    UPDATE audit_log SET chain = r.ch, seq = n, prev_hash = prev, hash = h WHERE id = r.id;
    prev := h;
    last_id := r.id;
    last_at := r.at;
  END LOOP;
  IF cur IS NOT NULL THEN
    INSERT INTO audit_chain_heads (chain, seq, hash, entry_id, at) VALUES (cur, n, prev, last_id, last_at);
  END IF;
END $$;--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_no_update_delete;--> statement-breakpoint
DROP FUNCTION audit_chain_field(text);--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "chain" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" SET NOT NULL;--> statement-breakpoint
-- The last login of each account, from its sessions (accounts never signed in keep null: their
-- inactivity counts from their creation).
UPDATE "users" u SET "last_login_at" = s.last FROM (SELECT user_id, max(created_at) AS last FROM user_sessions GROUP BY user_id) s WHERE s.user_id = u.id;--> statement-breakpoint
-- The national defaults (lib/retention/rules.ts explains them; the national administrator may change them).
INSERT INTO "retention_rules" ("kind", "symbol", "category", "years", "days", "follows_record", "basis") VALUES
  ('family_case', '', 'B', 10, NULL, false, 'Akta spraw pomocy społecznej: kategoria B10 (jednolity rzeczowy wykaz akt; ustawa z dnia 14 lipca 1983 r. o narodowym zasobie archiwalnym i archiwach, art. 5 i 6). Okres liczy się od 1 stycznia roku następnego po zakończeniu sprawy.'),
  ('account_request_rejected', '', NULL, NULL, 90, false, 'Odrzucony wniosek o konto: dane osobowe usuwane po 90 dniach (RODO art. 5 ust. 1 lit. e — ograniczenie przechowywania); zostaje sam fakt wniosku.'),
  ('login_failure', '', NULL, NULL, 90, false, 'Nieudane logowania: szczegóły (adres e-mail, adres IP) przez 90 dni do wykrywania ataków, potem tylko liczba na dzień (RODO art. 5 ust. 1 lit. c i e).'),
  ('record_access_audit', '', NULL, NULL, NULL, true, 'Wpisy dziennika zdarzeń o wglądzie w rekord żyją tak długo jak rekord: osoba może zapytać o daty i cele konsultacji swoich danych. Wpisy nie zawierają treści sprawy, tylko identyfikatory, rodzaje i cele.');

