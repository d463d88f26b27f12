CREATE TYPE "public"."case_kind" AS ENUM('person', 'family', 'group');--> statement-breakpoint
CREATE TYPE "public"."case_reminder_kind" AS ENUM('monitoring_overdue', 'ipp_ending', 'case_11_months', 'case_over_12_months');--> statement-breakpoint
CREATE TYPE "public"."case_session_kind" AS ENUM('workshop', 'team_review', 'supervision');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('referred', 'qualified', 'refused', 'after_care', 'handed_over', 'closed');--> statement-breakpoint
CREATE TYPE "public"."consent_form" AS ENUM('written', 'oral', 'electronic');--> statement-breakpoint
CREATE TYPE "public"."consent_kind" AS ENUM('cooperation', 'data_sharing');--> statement-breakpoint
CREATE TYPE "public"."evaluation_outcome" AS ENUM('goals_reached', 'not_reached');--> statement-breakpoint
CREATE TYPE "public"."family_pzk_attendance" AS ENUM('in_person', 'through_key_worker');--> statement-breakpoint
CREATE TYPE "public"."not_reached_path" AS ENUM('hand_over', 'new_goals');--> statement-breakpoint
CREATE TYPE "public"."qualification_decision" AS ENUM('qualified', 'refused');--> statement-breakpoint
CREATE TABLE "case_access_purposes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_access_purposes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_consents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_consents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"kind" "consent_kind" NOT NULL,
	"given_on" date NOT NULL,
	"form" "consent_form" NOT NULL,
	"given_by" varchar(200) NOT NULL,
	"institutions" text DEFAULT '' NOT NULL,
	"withdrawn_on" date,
	"withdrawn_note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_counters" (
	"voivodeship_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counters_voivodeship_id_year_pk" PRIMARY KEY("voivodeship_id","year")
);
--> statement-breakpoint
CREATE TABLE "case_diagnoses" (
	"case_id" integer PRIMARY KEY NOT NULL,
	"causes" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"weaknesses" text DEFAULT '' NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"deficits" text DEFAULT '' NOT NULL,
	"family_expectations" text DEFAULT '' NOT NULL,
	"institution_expectations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"swot_strengths" text DEFAULT '' NOT NULL,
	"swot_weaknesses" text DEFAULT '' NOT NULL,
	"swot_opportunities" text DEFAULT '' NOT NULL,
	"swot_threats" text DEFAULT '' NOT NULL,
	"tools" text[] DEFAULT '{}' NOT NULL,
	"tools_other" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_evaluations" (
	"case_id" integer PRIMARY KEY NOT NULL,
	"evaluated_on" date NOT NULL,
	"results" jsonb NOT NULL,
	"outcome" "evaluation_outcome" NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"after_care" jsonb,
	"not_reached_path" "not_reached_path",
	"handover_institution_id" integer,
	"handover_institution_name" varchar(300),
	"handover_what" text,
	"invite_as_family_expert" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"evaluated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"first_name" varchar(100) NOT NULL,
	"last_name" varchar(100) NOT NULL,
	"birth_year" smallint,
	"relation" varchar(100) NOT NULL,
	"pesel" varchar(11),
	"notes" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_monitoring" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_monitoring_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"ipp_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"scales" jsonb NOT NULL,
	"satisfaction" smallint NOT NULL,
	"task_statuses" jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_prints" (
	"code" varchar(12) PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"kind" varchar(20) NOT NULL,
	"record_id" integer NOT NULL,
	"record_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_prints_record" UNIQUE("kind","record_id","record_version")
);
--> statement-breakpoint
CREATE TABLE "case_qualifications" (
	"case_id" integer PRIMARY KEY NOT NULL,
	"decision" "qualification_decision" NOT NULL,
	"decided_on" date NOT NULL,
	"opinions" jsonb NOT NULL,
	"welfare_verified_on" date,
	"pcpr_consulted_on" date,
	"criteria" text[] NOT NULL,
	"refusal_reason" text,
	"meeting_id" integer,
	"decided_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_referrals" (
	"case_id" integer PRIMARY KEY NOT NULL,
	"referring_institution_id" integer,
	"referring_institution_name" varchar(300) NOT NULL,
	"referrer_name" varchar(200) NOT NULL,
	"referred_on" date NOT NULL,
	"situation" text NOT NULL,
	"reasons" text NOT NULL,
	"expectations" text NOT NULL,
	"expected_from" text NOT NULL,
	"meeting_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"kind" "case_reminder_kind" NOT NULL,
	"due_key" varchar(20) NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "case_reminders_occurrence" UNIQUE("case_id","kind","due_key")
);
--> statement-breakpoint
CREATE TABLE "case_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"kind" "case_session_kind" NOT NULL,
	"held_on" date NOT NULL,
	"ipp_id" integer,
	"meeting_id" integer,
	"participants" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_team" (
	"case_id" integer NOT NULL,
	"pzk_member_id" integer NOT NULL,
	"user_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_team_case_id_pzk_member_id_pk" PRIMARY KEY("case_id","pzk_member_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"number" varchar(20) NOT NULL,
	"pzk_id" integer NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer NOT NULL,
	"gmina_id" integer NOT NULL,
	"kind" "case_kind" NOT NULL,
	"status" "case_status" DEFAULT 'referred' NOT NULL,
	"key_worker_id" uuid NOT NULL,
	"qualified_on" date,
	"extension_until" date,
	"extension_reason" text,
	"end_announced_on" date,
	"closed_on" date,
	"closed_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_number" UNIQUE("voivodeship_id","number")
);
--> statement-breakpoint
CREATE TABLE "ipps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ipps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"sequence" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"goals" jsonb NOT NULL,
	"pzk_attendance" "family_pzk_attendance" NOT NULL,
	"accepted_on" date,
	"accepted_meeting_id" integer,
	"contract" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ipps_case_sequence" UNIQUE("case_id","sequence")
);
--> statement-breakpoint
ALTER TABLE "case_access_purposes" ADD CONSTRAINT "case_access_purposes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_diagnoses" ADD CONSTRAINT "case_diagnoses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_evaluations" ADD CONSTRAINT "case_evaluations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_evaluations" ADD CONSTRAINT "case_evaluations_handover_institution_id_institutions_id_fk" FOREIGN KEY ("handover_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_monitoring" ADD CONSTRAINT "case_monitoring_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_monitoring" ADD CONSTRAINT "case_monitoring_ipp_id_ipps_id_fk" FOREIGN KEY ("ipp_id") REFERENCES "public"."ipps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_prints" ADD CONSTRAINT "case_prints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_qualifications" ADD CONSTRAINT "case_qualifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_qualifications" ADD CONSTRAINT "case_qualifications_meeting_id_pzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."pzk_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_referring_institution_id_institutions_id_fk" FOREIGN KEY ("referring_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_meeting_id_pzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."pzk_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reminders" ADD CONSTRAINT "case_reminders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sessions" ADD CONSTRAINT "case_sessions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sessions" ADD CONSTRAINT "case_sessions_ipp_id_ipps_id_fk" FOREIGN KEY ("ipp_id") REFERENCES "public"."ipps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sessions" ADD CONSTRAINT "case_sessions_meeting_id_pzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."pzk_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team" ADD CONSTRAINT "case_team_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team" ADD CONSTRAINT "case_team_pzk_member_id_pzk_members_id_fk" FOREIGN KEY ("pzk_member_id") REFERENCES "public"."pzk_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipps" ADD CONSTRAINT "ipps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipps" ADD CONSTRAINT "ipps_accepted_meeting_id_pzk_meetings_id_fk" FOREIGN KEY ("accepted_meeting_id") REFERENCES "public"."pzk_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_access_purposes_idx" ON "case_access_purposes" USING btree ("case_id","user_id","expires_at");--> statement-breakpoint
CREATE INDEX "case_consents_case_idx" ON "case_consents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_members_case_idx" ON "case_members" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_monitoring_case_idx" ON "case_monitoring" USING btree ("case_id","held_on");--> statement-breakpoint
CREATE INDEX "case_reminders_open_idx" ON "case_reminders" USING btree ("case_id","resolved_at");--> statement-breakpoint
CREATE INDEX "case_sessions_case_idx" ON "case_sessions" USING btree ("case_id","kind");--> statement-breakpoint
CREATE INDEX "case_team_user_idx" ON "case_team" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "cases_pzk_idx" ON "cases" USING btree ("pzk_id","status");--> statement-breakpoint
CREATE INDEX "cases_key_worker_idx" ON "cases" USING btree ("key_worker_id","status");--> statement-breakpoint
CREATE INDEX "cases_place_idx" ON "cases" USING btree ("voivodeship_id","gmina_id","status");