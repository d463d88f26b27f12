CREATE TYPE "public"."cadence" AS ENUM('monthly', 'quarterly', 'every_3_months', 'yearly_q1', 'q1_q3');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('none', 'notification', 'agreement_regional', 'agreement_powiat_gmina', 'agreement_pzk', 'confidentiality_statement', 'training_attendance', 'document');--> statement-breakpoint
CREATE TYPE "public"."item_level" AS ENUM('regional', 'local');--> statement-breakpoint
CREATE TYPE "public"."model_variant" AS ENUM('rural', 'urban_3d');--> statement-breakpoint
CREATE TYPE "public"."item_status" AS ENUM('not_started', 'in_progress', 'done', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."notification_person_function" AS ENUM('animator_pcpr', 'animator_gops', 'councillor_powiat', 'councillor_gmina');--> statement-breakpoint
CREATE TYPE "public"."notification_status" AS ENUM('submitted', 'returned', 'accepted');--> statement-breakpoint
CREATE TYPE "public"."occurrence_status" AS ENUM('planned', 'done', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."track_kind" AS ENUM('gmina', 'regional');--> statement-breakpoint
CREATE TABLE "catalogue_checklist_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_checklist_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"substep_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"text" varchar(500) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_recurring_tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_recurring_tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version_id" integer NOT NULL,
	"code" varchar(40) NOT NULL,
	"name" varchar(300) NOT NULL,
	"description" text NOT NULL,
	"responsible" jsonb NOT NULL,
	"cadence" "cadence" NOT NULL,
	"level" "item_level" NOT NULL,
	"from_month" smallint NOT NULL,
	"to_month" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_stages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_stages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version_id" integer NOT NULL,
	"number" smallint NOT NULL,
	"name" varchar(300) NOT NULL,
	"description" text NOT NULL,
	"level" "item_level" NOT NULL,
	"start_month" smallint NOT NULL,
	"duration_months" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version_id" integer NOT NULL,
	"stage_id" integer NOT NULL,
	"number" smallint NOT NULL,
	"name" varchar(300) NOT NULL,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_substeps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_substeps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version_id" integer NOT NULL,
	"step_id" integer NOT NULL,
	"code" varchar(8) NOT NULL,
	"position" smallint NOT NULL,
	"name" varchar(300) NOT NULL,
	"description" text NOT NULL,
	"responsible" jsonb NOT NULL,
	"level" "item_level" NOT NULL,
	"start_month" smallint NOT NULL,
	"duration_months" smallint NOT NULL,
	"evidence" "evidence_kind" NOT NULL,
	"evidence_label" varchar(300) NOT NULL,
	CONSTRAINT "catalogue_substeps_version_code" UNIQUE("version_id","code")
);
--> statement-breakpoint
CREATE TABLE "catalogue_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"variant" "model_variant" NOT NULL,
	"version" integer NOT NULL,
	"name" varchar(200) NOT NULL,
	"description" text NOT NULL,
	"duration_months" smallint NOT NULL,
	"note" varchar(1000),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "catalogue_versions_variant_version" UNIQUE("variant","version")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"schedule_item_id" integer NOT NULL,
	"title" varchar(300) NOT NULL,
	"file_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(255) NOT NULL,
	"mime" varchar(100) NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "implementations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "implementations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"notification_id" integer NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer NOT NULL,
	"catalogue_version_id" integer NOT NULL,
	"start_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "implementations_notificationId_unique" UNIQUE("notification_id")
);
--> statement-breakpoint
CREATE TABLE "notification_gminas" (
	"notification_id" integer NOT NULL,
	"gmina_id" integer NOT NULL,
	CONSTRAINT "notification_gminas_notification_id_gmina_id_pk" PRIMARY KEY("notification_id","gmina_id")
);
--> statement-breakpoint
CREATE TABLE "notification_people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notification_people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"notification_id" integer NOT NULL,
	"function" "notification_person_function" NOT NULL,
	"name" varchar(200) NOT NULL,
	"gmina_id" integer,
	"email" varchar(254)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer NOT NULL,
	"variant" "model_variant" NOT NULL,
	"planned_start" date NOT NULL,
	"target_group" varchar(1000),
	"status" "notification_status" DEFAULT 'submitted' NOT NULL,
	"review_comment" varchar(2000),
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "occurrences" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "occurrences_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"track_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"due_date" date NOT NULL,
	"status" "occurrence_status" DEFAULT 'planned' NOT NULL,
	"done_on" date,
	"note" varchar(1000)
);
--> statement-breakpoint
CREATE TABLE "schedule_checks" (
	"schedule_item_id" integer NOT NULL,
	"checklist_item_id" integer NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_by" uuid,
	"done_at" timestamp with time zone,
	CONSTRAINT "schedule_checks_schedule_item_id_checklist_item_id_pk" PRIMARY KEY("schedule_item_id","checklist_item_id")
);
--> statement-breakpoint
CREATE TABLE "schedule_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "schedule_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"track_id" integer NOT NULL,
	"substep_id" integer NOT NULL,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"status" "item_status" DEFAULT 'not_started' NOT NULL,
	"actual_start" date,
	"actual_end" date,
	"na_reason" varchar(1000),
	"out_of_order_reason" varchar(1000),
	"notes" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "track_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "track_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"track_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"user_name" varchar(200),
	"text" varchar(1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tracks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tracks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "track_kind" NOT NULL,
	"implementation_id" integer,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer,
	"gmina_id" integer,
	"catalogue_version_id" integer NOT NULL,
	"start_date" date NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalogue_checklist_items" ADD CONSTRAINT "catalogue_checklist_items_substep_id_catalogue_substeps_id_fk" FOREIGN KEY ("substep_id") REFERENCES "public"."catalogue_substeps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_recurring_tasks" ADD CONSTRAINT "catalogue_recurring_tasks_version_id_catalogue_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."catalogue_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_stages" ADD CONSTRAINT "catalogue_stages_version_id_catalogue_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."catalogue_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_steps" ADD CONSTRAINT "catalogue_steps_version_id_catalogue_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."catalogue_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_steps" ADD CONSTRAINT "catalogue_steps_stage_id_catalogue_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."catalogue_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_substeps" ADD CONSTRAINT "catalogue_substeps_version_id_catalogue_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."catalogue_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_substeps" ADD CONSTRAINT "catalogue_substeps_step_id_catalogue_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."catalogue_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_schedule_item_id_schedule_items_id_fk" FOREIGN KEY ("schedule_item_id") REFERENCES "public"."schedule_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementations" ADD CONSTRAINT "implementations_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementations" ADD CONSTRAINT "implementations_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementations" ADD CONSTRAINT "implementations_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementations" ADD CONSTRAINT "implementations_catalogue_version_id_catalogue_versions_id_fk" FOREIGN KEY ("catalogue_version_id") REFERENCES "public"."catalogue_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_gminas" ADD CONSTRAINT "notification_gminas_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_gminas" ADD CONSTRAINT "notification_gminas_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_people" ADD CONSTRAINT "notification_people_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_people" ADD CONSTRAINT "notification_people_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occurrences" ADD CONSTRAINT "occurrences_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occurrences" ADD CONSTRAINT "occurrences_task_id_catalogue_recurring_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."catalogue_recurring_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_checks" ADD CONSTRAINT "schedule_checks_schedule_item_id_schedule_items_id_fk" FOREIGN KEY ("schedule_item_id") REFERENCES "public"."schedule_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_checks" ADD CONSTRAINT "schedule_checks_checklist_item_id_catalogue_checklist_items_id_fk" FOREIGN KEY ("checklist_item_id") REFERENCES "public"."catalogue_checklist_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_items" ADD CONSTRAINT "schedule_items_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_items" ADD CONSTRAINT "schedule_items_substep_id_catalogue_substeps_id_fk" FOREIGN KEY ("substep_id") REFERENCES "public"."catalogue_substeps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_events" ADD CONSTRAINT "track_events_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_catalogue_version_id_catalogue_versions_id_fk" FOREIGN KEY ("catalogue_version_id") REFERENCES "public"."catalogue_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_checklist_substep_idx" ON "catalogue_checklist_items" USING btree ("substep_id");--> statement-breakpoint
CREATE INDEX "catalogue_recurring_version_idx" ON "catalogue_recurring_tasks" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "catalogue_stages_version_idx" ON "catalogue_stages" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "catalogue_steps_version_idx" ON "catalogue_steps" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "catalogue_substeps_version_idx" ON "catalogue_substeps" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "evidence_item_idx" ON "evidence" USING btree ("schedule_item_id");--> statement-breakpoint
CREATE INDEX "implementations_voivodeship_idx" ON "implementations" USING btree ("voivodeship_id");--> statement-breakpoint
CREATE INDEX "implementations_powiat_idx" ON "implementations" USING btree ("powiat_id");--> statement-breakpoint
CREATE INDEX "notification_people_notification_idx" ON "notification_people" USING btree ("notification_id");--> statement-breakpoint
CREATE INDEX "notifications_voivodeship_idx" ON "notifications" USING btree ("voivodeship_id","status");--> statement-breakpoint
CREATE INDEX "notifications_powiat_idx" ON "notifications" USING btree ("powiat_id");--> statement-breakpoint
CREATE INDEX "occurrences_track_idx" ON "occurrences" USING btree ("track_id","status","due_date");--> statement-breakpoint
CREATE INDEX "schedule_items_track_idx" ON "schedule_items" USING btree ("track_id","status","planned_end");--> statement-breakpoint
CREATE INDEX "track_events_track_idx" ON "track_events" USING btree ("track_id","at");--> statement-breakpoint
CREATE INDEX "tracks_voivodeship_idx" ON "tracks" USING btree ("voivodeship_id");--> statement-breakpoint
CREATE INDEX "tracks_powiat_idx" ON "tracks" USING btree ("powiat_id");--> statement-breakpoint
CREATE INDEX "tracks_implementation_idx" ON "tracks" USING btree ("implementation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tracks_gmina_unique" ON "tracks" USING btree ("gmina_id") WHERE "tracks"."kind" = 'gmina';--> statement-breakpoint
CREATE UNIQUE INDEX "tracks_regional_unique" ON "tracks" USING btree ("voivodeship_id") WHERE "tracks"."kind" = 'regional';