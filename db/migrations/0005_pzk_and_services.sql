CREATE TYPE "public"."pzk_team_role" AS ENUM('animator_pcpr', 'social_worker_pcpr', 'animator_gops', 'social_worker_gops', 'councillor_gmina', 'councillor_powiat', 'lzi_chair', 'leader_expert', 'invited');--> statement-breakpoint
CREATE TYPE "public"."service_scope" AS ENUM('pzk', 'regional');--> statement-breakpoint
CREATE TYPE "public"."service_status" AS ENUM('published', 'proposed');--> statement-breakpoint
CREATE TABLE "pzk_institution_profiles" (
	"pzk_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"scope" text NOT NULL,
	"competences" text NOT NULL,
	"legal_limits" text NOT NULL,
	"contact_person" varchar(300) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pzk_profiles_pzk_institution" UNIQUE("pzk_id","institution_id")
);
--> statement-breakpoint
CREATE TABLE "pzk_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pzk_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pzk_id" integer NOT NULL,
	"institution_id" integer,
	"user_id" uuid,
	"name" varchar(200) NOT NULL,
	"function" varchar(200) NOT NULL,
	"team_role" "pzk_team_role" NOT NULL,
	"email" varchar(254),
	"phone" varchar(30),
	"proposed" boolean DEFAULT false NOT NULL,
	"proposed_by" uuid,
	"removed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pzks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pzks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"implementation_id" integer NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer NOT NULL,
	"gmina_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pzks_implementation_gmina" UNIQUE("implementation_id","gmina_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scope" "service_scope" NOT NULL,
	"status" "service_status" DEFAULT 'published' NOT NULL,
	"pzk_id" integer,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer,
	"provider_institution_id" integer,
	"provider_name" varchar(300) NOT NULL,
	"name" varchar(300) NOT NULL,
	"description" text NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"areas" text[] DEFAULT '{}' NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"cost" varchar(300) DEFAULT '' NOT NULL,
	"place" varchar(300) DEFAULT '' NOT NULL,
	"contact" varchar(500) DEFAULT '' NOT NULL,
	"referral" text DEFAULT '' NOT NULL,
	"last_reviewed_on" date,
	"search_text" text NOT NULL,
	"proposed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pzk_institution_profiles" ADD CONSTRAINT "pzk_institution_profiles_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_institution_profiles" ADD CONSTRAINT "pzk_institution_profiles_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_members" ADD CONSTRAINT "pzk_members_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzk_members" ADD CONSTRAINT "pzk_members_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzks" ADD CONSTRAINT "pzks_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzks" ADD CONSTRAINT "pzks_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzks" ADD CONSTRAINT "pzks_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pzks" ADD CONSTRAINT "pzks_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_pzk_id_pzks_id_fk" FOREIGN KEY ("pzk_id") REFERENCES "public"."pzks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_provider_institution_id_institutions_id_fk" FOREIGN KEY ("provider_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pzk_members_pzk_idx" ON "pzk_members" USING btree ("pzk_id");--> statement-breakpoint
CREATE INDEX "pzk_members_user_idx" ON "pzk_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "pzk_members_institution_idx" ON "pzk_members" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "pzks_voivodeship_idx" ON "pzks" USING btree ("voivodeship_id");--> statement-breakpoint
CREATE INDEX "pzks_powiat_idx" ON "pzks" USING btree ("powiat_id");--> statement-breakpoint
CREATE INDEX "services_scope_idx" ON "services" USING btree ("voivodeship_id","scope","status");--> statement-breakpoint
CREATE INDEX "services_pzk_idx" ON "services" USING btree ("pzk_id");--> statement-breakpoint
CREATE INDEX "services_search_idx" ON "services" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
-- Every gmina already implementing the model gets its Partnership Team.
INSERT INTO "pzks" ("implementation_id", "voivodeship_id", "powiat_id", "gmina_id")
SELECT "implementation_id", "voivodeship_id", "powiat_id", "gmina_id" FROM "tracks"
WHERE "kind" = 'gmina' AND "implementation_id" IS NOT NULL AND "powiat_id" IS NOT NULL AND "gmina_id" IS NOT NULL;
