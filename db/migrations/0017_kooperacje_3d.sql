CREATE TYPE "public"."coaching_kind" AS ENUM('coaching', 'supervision');--> statement-breakpoint
CREATE TYPE "public"."specialisation_degree" AS ENUM('none', 'first', 'second');--> statement-breakpoint
CREATE TYPE "public"."zzk_decision_status" AS ENUM('open', 'done');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'network_worker' BEFORE 'national_admin';--> statement-breakpoint
ALTER TYPE "public"."notification_person_function" ADD VALUE 'network_worker';--> statement-breakpoint
ALTER TYPE "public"."meeting_kind" ADD VALUE 'initiating';--> statement-breakpoint
ALTER TYPE "public"."meeting_kind" ADD VALUE 'formalising';--> statement-breakpoint
ALTER TYPE "public"."pzk_team_role" ADD VALUE 'network_worker';--> statement-breakpoint
CREATE TABLE "coaching_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coaching_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pzk_id" integer NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer NOT NULL,
	"gmina_id" integer NOT NULL,
	"kind" "coaching_kind" NOT NULL,
	"held_on" date NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"leader" varchar(300) NOT NULL,
	"participants" text NOT NULL,
	"participant_count" smallint NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"qualifications" text DEFAULT '' NOT NULL,
	"specialisation" "specialisation_degree" DEFAULT 'none' NOT NULL,
	"specialisation_area" varchar(300) DEFAULT '' NOT NULL,
	"competences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"development_path" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zzk_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "zzk_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"text" text NOT NULL,
	"owner_member_id" integer,
	"due_on" date,
	"status" "zzk_decision_status" DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zzk_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "zzk_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"family_present" boolean NOT NULL,
	"present_member_ids" integer[] NOT NULL,
	"other_participants" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pzk_meetings" ADD COLUMN "agenda_done" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "coordinator" varchar(300) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_profiles" ADD CONSTRAINT "staff_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zzk_decisions" ADD CONSTRAINT "zzk_decisions_meeting_id_zzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."zzk_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zzk_decisions" ADD CONSTRAINT "zzk_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zzk_decisions" ADD CONSTRAINT "zzk_decisions_owner_member_id_pzk_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."pzk_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zzk_meetings" ADD CONSTRAINT "zzk_meetings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_sessions_pzk_idx" ON "coaching_sessions" USING btree ("pzk_id","held_on");--> statement-breakpoint
CREATE INDEX "coaching_sessions_place_idx" ON "coaching_sessions" USING btree ("voivodeship_id","gmina_id");--> statement-breakpoint
CREATE INDEX "zzk_decisions_meeting_idx" ON "zzk_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "zzk_decisions_case_idx" ON "zzk_decisions" USING btree ("case_id","status");--> statement-breakpoint
CREATE INDEX "zzk_meetings_case_idx" ON "zzk_meetings" USING btree ("case_id","held_on");