CREATE TYPE "public"."decision_status" AS ENUM('open', 'done');--> statement-breakpoint
CREATE TYPE "public"."meeting_kind" AS ENUM('regular', 'intervention');--> statement-breakpoint
CREATE TABLE "calendar_tokens" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "pzk_attendance" (
	"meeting_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "pzk_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "pzk_consultations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pzk_consultations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"specialist" varchar(300) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"for_whom" varchar(300) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pzk_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pzk_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"text" text NOT NULL,
	"owner_member_id" integer,
	"due_on" date,
	"status" "decision_status" DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pzk_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pzk_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pzk_id" integer NOT NULL,
	"kind" "meeting_kind" DEFAULT 'regular' NOT NULL,
	"occurrence_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 120 NOT NULL,
	"place" varchar(300) DEFAULT '' NOT NULL,
	"online_url" varchar(500) DEFAULT '' NOT NULL,
	"agenda_resources" text DEFAULT '' NOT NULL,
	"agenda_cases" text DEFAULT '' NOT NULL,
	"agenda_methods" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"minutes_published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pzk_work_plan_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pzk_work_plan_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pzk_id" integer NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pzk_work_plan_versions_pzk_version" UNIQUE("pzk_id","version")
);
--> statement-breakpoint
CREATE TABLE "pzk_work_plans" (
	"pzk_id" integer PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pzk_attendance" ADD CONSTRAINT "pzk_attendance_meeting_id_pzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."pzk_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_attendance" ADD CONSTRAINT "pzk_attendance_member_id_pzk_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."pzk_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_consultations" ADD CONSTRAINT "pzk_consultations_meeting_id_pzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."pzk_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_decisions" ADD CONSTRAINT "pzk_decisions_meeting_id_pzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."pzk_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_decisions" ADD CONSTRAINT "pzk_decisions_owner_member_id_pzk_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."pzk_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_meetings" ADD CONSTRAINT "pzk_meetings_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_meetings" ADD CONSTRAINT "pzk_meetings_occurrence_id_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."occurrences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_work_plan_versions" ADD CONSTRAINT "pzk_work_plan_versions_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_work_plans" ADD CONSTRAINT "pzk_work_plans_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pzk_consultations_meeting_idx" ON "pzk_consultations" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "pzk_decisions_meeting_idx" ON "pzk_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "pzk_meetings_pzk_idx" ON "pzk_meetings" USING btree ("pzk_id","starts_at");