CREATE TYPE "public"."gmina_kind" AS ENUM('urban', 'rural', 'urban_rural');--> statement-breakpoint
CREATE TYPE "public"."institution_type" AS ENUM('ops', 'pcpr', 'rops', 'school', 'kindergarten', 'police', 'health', 'probation', 'labour_office', 'ngo', 'wtz', 'sds', 'dps', 'culture', 'legal_aid', 'other');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('rops_admin', 'rops_adviser', 'wzk_member', 'pcpr_animator', 'gops_animator', 'social_worker', 'pzk_member', 'councillor', 'family_expert');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('pending', 'active', 'rejected', 'disabled');--> statement-breakpoint
CREATE TABLE "gminas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "gminas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"powiat_id" integer NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"teryt" varchar(7) NOT NULL,
	"name" varchar(100) NOT NULL,
	"kind" "gmina_kind" NOT NULL,
	"in_register" boolean DEFAULT true NOT NULL,
	"register_date" date,
	CONSTRAINT "gminas_teryt_unique" UNIQUE("teryt")
);
--> statement-breakpoint
CREATE TABLE "powiats" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "powiats_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"voivodeship_id" integer NOT NULL,
	"teryt" varchar(4) NOT NULL,
	"name" varchar(100) NOT NULL,
	"is_city" boolean DEFAULT false NOT NULL,
	"in_register" boolean DEFAULT true NOT NULL,
	"register_date" date,
	CONSTRAINT "powiats_teryt_unique" UNIQUE("teryt")
);
--> statement-breakpoint
CREATE TABLE "voivodeships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "voivodeships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"teryt" varchar(2) NOT NULL,
	"name" varchar(100) NOT NULL,
	"in_register" boolean DEFAULT true NOT NULL,
	"register_date" date,
	CONSTRAINT "voivodeships_teryt_unique" UNIQUE("teryt")
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "institutions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" varchar(300) NOT NULL,
	"type" "institution_type" NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer,
	"gmina_id" integer,
	"street" varchar(200) NOT NULL,
	"postal_code" varchar(6) NOT NULL,
	"city" varchar(100) NOT NULL,
	"nip" varchar(10),
	"regon" varchar(14),
	"email" varchar(254),
	"phone" varchar(30),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_failures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" varchar(254) NOT NULL,
	"ip" varchar(64) NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "role_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer,
	"gmina_id" integer,
	"institution_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(254) NOT NULL,
	"name" varchar(200) NOT NULL,
	"password_hash" text NOT NULL,
	"status" "user_status" DEFAULT 'pending' NOT NULL,
	"status_reason" varchar(1000),
	"institution_id" integer,
	"job_title" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"user_email" varchar(254),
	"role" "role",
	"action" varchar(100) NOT NULL,
	"entity_type" varchar(50) NOT NULL,
	"entity_id" varchar(100),
	"voivodeship_id" integer,
	"ip" varchar(64),
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "gminas" ADD CONSTRAINT "gminas_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gminas" ADD CONSTRAINT "gminas_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "powiats" ADD CONSTRAINT "powiats_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gminas_powiat_idx" ON "gminas" USING btree ("powiat_id");--> statement-breakpoint
CREATE INDEX "gminas_voivodeship_idx" ON "gminas" USING btree ("voivodeship_id");--> statement-breakpoint
CREATE INDEX "powiats_voivodeship_idx" ON "powiats" USING btree ("voivodeship_id");--> statement-breakpoint
CREATE INDEX "institutions_voivodeship_idx" ON "institutions" USING btree ("voivodeship_id");--> statement-breakpoint
CREATE INDEX "institutions_powiat_idx" ON "institutions" USING btree ("powiat_id");--> statement-breakpoint
CREATE INDEX "institutions_gmina_idx" ON "institutions" USING btree ("gmina_id");--> statement-breakpoint
CREATE INDEX "login_failures_email_idx" ON "login_failures" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_failures_ip_idx" ON "login_failures" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "role_assignments_user_idx" ON "role_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "role_assignments_voivodeship_idx" ON "role_assignments" USING btree ("voivodeship_id");--> statement-breakpoint
CREATE INDEX "audit_log_voivodeship_at_idx" ON "audit_log" USING btree ("voivodeship_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id","at");