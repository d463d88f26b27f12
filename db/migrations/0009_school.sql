CREATE TYPE "public"."activity_kind" AS ENUM('project_group', 'project_community', 'project_institutional', 'community_action', 'promotion', 'authorities_presentation', 'new_service', 'programme_change');--> statement-breakpoint
CREATE TYPE "public"."material_visibility" AS ENUM('public', 'members');--> statement-breakpoint
CREATE TYPE "public"."practice_status" AS ENUM('proposed', 'published');--> statement-breakpoint
CREATE TYPE "public"."training_kind" AS ENUM('basic', 'extended', 'specialist', 'study_visit');--> statement-breakpoint
CREATE TYPE "public"."training_step" AS ENUM('4', '6.1');--> statement-breakpoint
CREATE TABLE "activity_records" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"implementation_id" integer NOT NULL,
	"gmina_id" integer,
	"kind" "activity_kind" NOT NULL,
	"title" varchar(300) NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"partners" text DEFAULT '' NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"file_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cost_rates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cost_rates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"key" varchar(50) NOT NULL,
	"label" varchar(300) NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"unit" varchar(50) NOT NULL,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_rates_key" UNIQUE("voivodeship_id","key")
);
--> statement-breakpoint
CREATE TABLE "evaluation_answers" (
	"implementation_id" integer PRIMARY KEY NOT NULL,
	"answers" jsonb NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "good_practices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "good_practices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"status" "practice_status" DEFAULT 'proposed' NOT NULL,
	"name" varchar(300) NOT NULL,
	"level" varchar(300) NOT NULL,
	"area" varchar(300) NOT NULL,
	"description" text NOT NULL,
	"conditions" text NOT NULL,
	"process" jsonb NOT NULL,
	"solution" text NOT NULL,
	"swot_strengths" text DEFAULT '' NOT NULL,
	"swot_weaknesses" text DEFAULT '' NOT NULL,
	"swot_opportunities" text DEFAULT '' NOT NULL,
	"swot_threats" text DEFAULT '' NOT NULL,
	"measures" text NOT NULL,
	"powiat_id" integer,
	"gmina_id" integer,
	"contact" varchar(500) NOT NULL,
	"search_text" text NOT NULL,
	"proposed_by" uuid NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_files" (
	"material_id" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"title" varchar(300) NOT NULL,
	CONSTRAINT "material_files_material_id_file_id_pk" PRIMARY KEY("material_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "materials_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"title" varchar(300) NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"visibility" "material_visibility" NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"steps" text[] DEFAULT '{}' NOT NULL,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_needs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_needs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"kind" "training_kind" NOT NULL,
	"topic" varchar(300) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"participants" smallint NOT NULL,
	"institution_name" varchar(300) NOT NULL,
	"powiat_id" integer,
	"gmina_id" integer,
	"submitted_by" uuid NOT NULL,
	"submitted_by_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"training_id" integer NOT NULL,
	"user_id" uuid,
	"institution_id" integer,
	"name" varchar(200) NOT NULL,
	"function" varchar(200) DEFAULT '' NOT NULL,
	"gmina_id" integer,
	"attended" boolean DEFAULT false NOT NULL,
	"certificate_number" varchar(30),
	"verification_code" varchar(12),
	CONSTRAINT "training_participants_code" UNIQUE("verification_code")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trainings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"kind" "training_kind" NOT NULL,
	"topic" varchar(300) NOT NULL,
	"held_on" date NOT NULL,
	"place" varchar(300) NOT NULL,
	"trainer" varchar(300) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"implementation_id" integer,
	"step" "training_step",
	"attendance_closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_rates" ADD CONSTRAINT "cost_rates_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_answers" ADD CONSTRAINT "evaluation_answers_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practices" ADD CONSTRAINT "good_practices_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practices" ADD CONSTRAINT "good_practices_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practices" ADD CONSTRAINT "good_practices_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_files" ADD CONSTRAINT "material_files_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_files" ADD CONSTRAINT "material_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_records_impl_idx" ON "activity_records" USING btree ("implementation_id","kind");--> statement-breakpoint
CREATE INDEX "good_practices_place_idx" ON "good_practices" USING btree ("voivodeship_id","status");--> statement-breakpoint
CREATE INDEX "materials_place_idx" ON "materials" USING btree ("voivodeship_id","visibility");--> statement-breakpoint
CREATE INDEX "training_needs_year_idx" ON "training_needs" USING btree ("voivodeship_id","year");--> statement-breakpoint
CREATE INDEX "training_participants_training_idx" ON "training_participants" USING btree ("training_id");--> statement-breakpoint
CREATE INDEX "trainings_place_idx" ON "trainings" USING btree ("voivodeship_id","held_on");