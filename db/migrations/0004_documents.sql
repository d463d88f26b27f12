CREATE TYPE "public"."document_kind" AS ENUM('agreement_regional', 'agreement_powiat_gmina', 'agreement_pzk', 'pzk_accession', 'confidentiality_statement', 'annex');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('draft', 'ready', 'signed', 'amended', 'terminated');--> statement-breakpoint
CREATE TABLE "document_counters" (
	"kind" "document_kind" NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "document_counters_kind_year_pk" PRIMARY KEY("kind","year")
);
--> statement-breakpoint
CREATE TABLE "document_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"document_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"user_name" varchar(200),
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_gminas" (
	"document_id" integer NOT NULL,
	"gmina_id" integer NOT NULL,
	CONSTRAINT "document_gminas_document_id_gmina_id_pk" PRIMARY KEY("document_id","gmina_id")
);
--> statement-breakpoint
CREATE TABLE "document_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"document_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"content" jsonb NOT NULL,
	"verification_code" varchar(12) NOT NULL,
	"note" varchar(300) NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_revisions_verificationCode_unique" UNIQUE("verification_code"),
	CONSTRAINT "document_revisions_document_revision" UNIQUE("document_id","revision")
);
--> statement-breakpoint
CREATE TABLE "document_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "document_kind" NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"change_note" varchar(1000),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_templates_kind_version" UNIQUE("kind","version")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "document_kind" NOT NULL,
	"template_id" integer NOT NULL,
	"number" varchar(40) NOT NULL,
	"title" varchar(300) NOT NULL,
	"status" "document_status" DEFAULT 'draft' NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"powiat_id" integer,
	"gmina_id" integer,
	"implementation_id" integer,
	"parent_id" integer,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"signed_on" jsonb,
	"effective_on" date,
	"scan_file_id" uuid,
	"terminated_on" date,
	"termination_reason" varchar(1000),
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "document_events" ADD CONSTRAINT "document_events_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_gminas" ADD CONSTRAINT "document_gminas_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_gminas" ADD CONSTRAINT "document_gminas_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_template_id_document_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."document_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_voivodeship_id_voivodeships_id_fk" FOREIGN KEY ("voivodeship_id") REFERENCES "public"."voivodeships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_powiat_id_powiats_id_fk" FOREIGN KEY ("powiat_id") REFERENCES "public"."powiats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_gmina_id_gminas_id_fk" FOREIGN KEY ("gmina_id") REFERENCES "public"."gminas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_scan_file_id_files_id_fk" FOREIGN KEY ("scan_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_events_document_idx" ON "document_events" USING btree ("document_id","at");--> statement-breakpoint
CREATE INDEX "document_gminas_gmina_idx" ON "document_gminas" USING btree ("gmina_id");--> statement-breakpoint
CREATE INDEX "documents_voivodeship_idx" ON "documents" USING btree ("voivodeship_id","kind");--> statement-breakpoint
CREATE INDEX "documents_powiat_idx" ON "documents" USING btree ("powiat_id");--> statement-breakpoint
CREATE INDEX "documents_gmina_idx" ON "documents" USING btree ("gmina_id");--> statement-breakpoint
CREATE INDEX "documents_implementation_idx" ON "documents" USING btree ("implementation_id");--> statement-breakpoint
CREATE INDEX "documents_parent_idx" ON "documents" USING btree ("parent_id");