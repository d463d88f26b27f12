CREATE TYPE "public"."case_attachment_kind" AS ENUM('consent', 'ipp_contract', 'opinion', 'genogram', 'other');--> statement-breakpoint
CREATE TYPE "public"."digest_period" AS ENUM('daily', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."email_delivery" AS ENUM('immediate', 'daily', 'weekly', 'none');--> statement-breakpoint
CREATE TYPE "public"."ipp_task_progress" AS ENUM('not_started', 'in_progress', 'done', 'problem');--> statement-breakpoint
CREATE TYPE "public"."journal_entry_kind" AS ENUM('visit', 'conversation', 'consultation', 'workshop', 'team_meeting', 'other');--> statement-breakpoint
CREATE TABLE "case_attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"kind" "case_attachment_kind" NOT NULL,
	"document_date" date NOT NULL,
	"description" varchar(300) DEFAULT '' NOT NULL,
	"consent_id" integer,
	"ipp_id" integer,
	"file_id" uuid NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_journal" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_journal_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"happened_on" date NOT NULL,
	"kind" "journal_entry_kind" NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"note" text NOT NULL,
	"institution_id" integer,
	"author_id" uuid NOT NULL,
	"author_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "digest_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"voivodeship_id" integer,
	"kind" varchar(40) NOT NULL,
	"pzk_id" integer,
	"subject" varchar(300) NOT NULL,
	"link" varchar(500) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"digest_id" integer
);
--> statement-breakpoint
CREATE TABLE "digests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "digests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"period" "digest_period" NOT NULL,
	"period_key" varchar(20) NOT NULL,
	"outbox_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digests_once" UNIQUE("user_id","period","period_key")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"token_hash" varchar(64) NOT NULL,
	"email" varchar(254) NOT NULL,
	"name" varchar(200) NOT NULL,
	"job_title" varchar(200) DEFAULT '' NOT NULL,
	"institution_id" integer NOT NULL,
	"pzk_id" integer,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer,
	"gmina_id" integer,
	"invited_by" uuid NOT NULL,
	"invited_by_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"user_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "invitations_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "ipp_task_updates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ipp_task_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ipp_id" integer NOT NULL,
	"task_key" varchar(64) NOT NULL,
	"case_id" integer NOT NULL,
	"status" "ipp_task_progress" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"noted_on" date NOT NULL,
	"institution_id" integer,
	"user_id" uuid NOT NULL,
	"user_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ipp_tasks" (
	"ipp_id" integer NOT NULL,
	"task_key" varchar(64) NOT NULL,
	"case_id" integer NOT NULL,
	"goal_key" varchar(64) NOT NULL,
	"institution_id" integer,
	"description" text NOT NULL,
	"due_on" date NOT NULL,
	"status" "ipp_task_progress" DEFAULT 'not_started' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"noted_on" date,
	"updated_by" uuid,
	"updated_by_name" varchar(200),
	"updated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ipp_tasks_ipp_id_task_key_pk" PRIMARY KEY("ipp_id","task_key")
);
--> statement-breakpoint
CREATE TABLE "notification_settings" (
	"user_id" uuid NOT NULL,
	"kind" varchar(40) NOT NULL,
	"delivery" "email_delivery" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_settings_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_consent_id_case_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."case_consents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_ipp_id_ipps_id_fk" FOREIGN KEY ("ipp_id") REFERENCES "public"."ipps"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_journal" ADD CONSTRAINT "case_journal_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_journal" ADD CONSTRAINT "case_journal_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_items" ADD CONSTRAINT "digest_items_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_items" ADD CONSTRAINT "digest_items_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipp_task_updates" ADD CONSTRAINT "ipp_task_updates_ipp_id_ipps_id_fk" FOREIGN KEY ("ipp_id") REFERENCES "public"."ipps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipp_task_updates" ADD CONSTRAINT "ipp_task_updates_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipp_task_updates" ADD CONSTRAINT "ipp_task_updates_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipp_tasks" ADD CONSTRAINT "ipp_tasks_ipp_id_ipps_id_fk" FOREIGN KEY ("ipp_id") REFERENCES "public"."ipps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipp_tasks" ADD CONSTRAINT "ipp_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipp_tasks" ADD CONSTRAINT "ipp_tasks_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "case_attachments" USING btree ("case_id","kind");--> statement-breakpoint
CREATE INDEX "case_journal_case_idx" ON "case_journal" USING btree ("case_id","happened_on");--> statement-breakpoint
CREATE INDEX "digest_items_waiting_idx" ON "digest_items" USING btree ("user_id","digest_id");--> statement-breakpoint
CREATE INDEX "invitations_place_idx" ON "invitations" USING btree ("voivodeship_id","created_at");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("email");--> statement-breakpoint
CREATE INDEX "ipp_task_updates_case_idx" ON "ipp_task_updates" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "ipp_task_updates_task_idx" ON "ipp_task_updates" USING btree ("ipp_id","task_key");--> statement-breakpoint
CREATE INDEX "ipp_tasks_institution_idx" ON "ipp_tasks" USING btree ("institution_id","status","due_on");--> statement-breakpoint
CREATE INDEX "ipp_tasks_case_idx" ON "ipp_tasks" USING btree ("case_id");--> statement-breakpoint
-- Backfill: one row per task of every existing IPP, from its goals (lib/cases/ipp.ts keeps them in step from now on).
INSERT INTO "ipp_tasks" ("ipp_id", "task_key", "case_id", "goal_key", "institution_id", "description", "due_on")
SELECT i."id", t->>'key', i."case_id", g->>'key', NULLIF(t->>'institutionId', '')::integer, coalesce(t->>'description', ''), (t->>'dueOn')::date
FROM "ipps" i
CROSS JOIN LATERAL jsonb_array_elements(i."goals") AS g
CROSS JOIN LATERAL jsonb_array_elements(coalesce(g->'tasks', '[]'::jsonb)) AS t
WHERE t->>'key' IS NOT NULL AND t->>'dueOn' IS NOT NULL
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Backfill: a switched-off kind is now the delivery "none".
INSERT INTO "notification_settings" ("user_id", "kind", "delivery", "updated_at")
SELECT "user_id", "kind", 'none', "created_at" FROM "notification_opt_outs"
ON CONFLICT DO NOTHING;
