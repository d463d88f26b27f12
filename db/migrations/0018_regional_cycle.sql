CREATE TYPE "public"."cycle_decision" AS ENUM('continue', 'end');--> statement-breakpoint
CREATE TYPE "public"."questionnaire_audience" AS ENUM('family', 'institution', 'authority');--> statement-breakpoint
CREATE TYPE "public"."questionnaire_mode" AS ENUM('link', 'in_person');--> statement-breakpoint
CREATE TYPE "public"."regional_event_kind" AS ENUM('info_meeting', 'animators_meeting', 'training', 'conference', 'other');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('confirmed', 'waiting', 'cancelled');--> statement-breakpoint
ALTER TYPE "public"."coaching_kind" ADD VALUE 'internal_training';--> statement-breakpoint
CREATE TABLE "cycle_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cycle_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"implementation_id" integer NOT NULL,
	"pzk_id" integer NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer NOT NULL,
	"gmina_id" integer NOT NULL,
	"track_id" integer NOT NULL,
	"decision" "cycle_decision" NOT NULL,
	"decided_on" date NOT NULL,
	"meeting_id" integer,
	"document_id" integer,
	"basis" varchar(500) DEFAULT '' NOT NULL,
	"new_track_id" integer,
	"open_cases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_decisions_trackId_unique" UNIQUE("track_id")
);
--> statement-breakpoint
CREATE TABLE "event_invitations" (
	"event_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"email" varchar(254) NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_invitations_event_id_institution_id_pk" PRIMARY KEY("event_id","institution_id")
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"name" varchar(200) NOT NULL,
	"institution" varchar(300) NOT NULL,
	"email" varchar(254) NOT NULL,
	"gmina_id" integer,
	"status" "registration_status" NOT NULL,
	"cancel_token_hash" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "event_registrations_cancelTokenHash_unique" UNIQUE("cancel_token_hash")
);
--> statement-breakpoint
CREATE TABLE "local_diagnoses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "local_diagnoses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer NOT NULL,
	"gmina_id" integer,
	"title" varchar(300) NOT NULL,
	"made_on" date NOT NULL,
	"problems" text DEFAULT '' NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"services_available" text DEFAULT '' NOT NULL,
	"missing" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"finished_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_diagnosis_gminas" (
	"diagnosis_id" integer NOT NULL,
	"gmina_id" integer NOT NULL,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "local_diagnosis_gminas_diagnosis_id_gmina_id_pk" PRIMARY KEY("diagnosis_id","gmina_id")
);
--> statement-breakpoint
CREATE TABLE "notification_diagnoses" (
	"notification_id" integer PRIMARY KEY NOT NULL,
	"diagnosis_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaire_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "questionnaire_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"template_id" integer NOT NULL,
	"implementation_id" integer NOT NULL,
	"gmina_id" integer,
	"mode" "questionnaire_mode" NOT NULL,
	"token_hash" varchar(64),
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "questionnaire_links_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_responses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "questionnaire_responses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"link_id" integer NOT NULL,
	"template_id" integer NOT NULL,
	"implementation_id" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_responses_link" UNIQUE("link_id")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "questionnaire_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer,
	"key" varchar(60) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"audience" "questionnaire_audience" NOT NULL,
	"title" varchar(300) NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"questions" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regional_evaluations" (
	"voivodeship_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"evaluation" text DEFAULT '' NOT NULL,
	"recommendations_local" text DEFAULT '' NOT NULL,
	"recommendations_regional" text DEFAULT '' NOT NULL,
	"recommendations_legal" text DEFAULT '' NOT NULL,
	"recommendations_ozps" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_by_name" varchar(200),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regional_evaluations_voivodeship_id_year_pk" PRIMARY KEY("voivodeship_id","year")
);
--> statement-breakpoint
CREATE TABLE "regional_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "regional_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"kind" "regional_event_kind" NOT NULL,
	"title" varchar(300) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" varchar(300) DEFAULT '' NOT NULL,
	"online_url" varchar(500) DEFAULT '' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"registration_open" boolean DEFAULT false NOT NULL,
	"capacity" integer,
	"training_id" integer,
	"occurrence_id" integer,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wzk_attendance" (
	"meeting_id" integer NOT NULL,
	"party_key" varchar(40) NOT NULL,
	"party_name" varchar(300) NOT NULL,
	"person_name" varchar(200) DEFAULT '' NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "wzk_attendance_meeting_id_party_key_pk" PRIMARY KEY("meeting_id","party_key")
);
--> statement-breakpoint
CREATE TABLE "wzk_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wzk_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"text" text NOT NULL,
	"owner_party_key" varchar(40),
	"owner_name" varchar(300) DEFAULT '' NOT NULL,
	"due_on" date,
	"status" "decision_status" DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wzk_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wzk_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"occurrence_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 120 NOT NULL,
	"place" varchar(300) DEFAULT '' NOT NULL,
	"online_url" varchar(500) DEFAULT '' NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"minutes_published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "tracks_gmina_unique";--> statement-breakpoint
ALTER TABLE "implementations" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "cycle" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "trainings" ADD COLUMN "hours" numeric(5, 1);--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD COLUMN "occurrence_id" integer;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_meeting_id_pzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."pzk_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_new_track_id_tracks_id_fk" FOREIGN KEY ("new_track_id") REFERENCES "public"."tracks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_event_id_regional_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."regional_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_regional_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."regional_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_diagnoses" ADD CONSTRAINT "local_diagnoses_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_diagnoses" ADD CONSTRAINT "local_diagnoses_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_diagnoses" ADD CONSTRAINT "local_diagnoses_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_diagnosis_gminas" ADD CONSTRAINT "local_diagnosis_gminas_diagnosis_id_local_diagnoses_id_fk" FOREIGN KEY ("diagnosis_id") REFERENCES "public"."local_diagnoses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_diagnosis_gminas" ADD CONSTRAINT "local_diagnosis_gminas_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_diagnoses" ADD CONSTRAINT "notification_diagnoses_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_diagnoses" ADD CONSTRAINT "notification_diagnoses_diagnosis_id_local_diagnoses_id_fk" FOREIGN KEY ("diagnosis_id") REFERENCES "public"."local_diagnoses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_links" ADD CONSTRAINT "questionnaire_links_template_id_questionnaire_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."questionnaire_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_links" ADD CONSTRAINT "questionnaire_links_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_links" ADD CONSTRAINT "questionnaire_links_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_link_id_questionnaire_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."questionnaire_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_template_id_questionnaire_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."questionnaire_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regional_evaluations" ADD CONSTRAINT "regional_evaluations_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regional_events" ADD CONSTRAINT "regional_events_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regional_events" ADD CONSTRAINT "regional_events_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regional_events" ADD CONSTRAINT "regional_events_occurrence_id_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."occurrences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wzk_attendance" ADD CONSTRAINT "wzk_attendance_meeting_id_wzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."wzk_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wzk_decisions" ADD CONSTRAINT "wzk_decisions_meeting_id_wzk_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."wzk_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wzk_meetings" ADD CONSTRAINT "wzk_meetings_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wzk_meetings" ADD CONSTRAINT "wzk_meetings_occurrence_id_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."occurrences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycle_decisions_impl_idx" ON "cycle_decisions" USING btree ("implementation_id");--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_email_unique" ON "event_registrations" USING btree ("event_id",lower("email")) WHERE "event_registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "local_diagnoses_place_idx" ON "local_diagnoses" USING btree ("voivodeship_id","powiat_id");--> statement-breakpoint
CREATE INDEX "questionnaire_links_impl_idx" ON "questionnaire_links" USING btree ("implementation_id","template_id");--> statement-breakpoint
CREATE INDEX "questionnaire_responses_impl_idx" ON "questionnaire_responses" USING btree ("implementation_id","template_id");--> statement-breakpoint
CREATE INDEX "questionnaire_templates_key_idx" ON "questionnaire_templates" USING btree ("key","version");--> statement-breakpoint
CREATE INDEX "regional_events_place_idx" ON "regional_events" USING btree ("voivodeship_id","starts_at");--> statement-breakpoint
CREATE INDEX "wzk_decisions_meeting_idx" ON "wzk_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "wzk_meetings_place_idx" ON "wzk_meetings" USING btree ("voivodeship_id","starts_at");--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_occurrence_id_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."occurrences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tracks_gmina_unique" ON "tracks" USING btree ("gmina_id") WHERE "tracks"."kind" = 'gmina' and "tracks"."closed_at" is null;