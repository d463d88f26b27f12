CREATE TYPE "public"."model_proposal_status" AS ENUM('pending', 'accepted', 'returned');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'national_admin';--> statement-breakpoint
CREATE TABLE "request_throttle" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "request_throttle_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" varchar(40) NOT NULL,
	"ip" "inet",
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" "inet",
	"user_agent" varchar(300)
);
--> statement-breakpoint
CREATE TABLE "audit_folds" (
	"key" varchar(200) PRIMARY KEY NOT NULL,
	"repeats" integer DEFAULT 0 NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_change_proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "model_change_proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" varchar(20) NOT NULL,
	"payload" jsonb NOT NULL,
	"summary" varchar(300) NOT NULL,
	"voivodeship_id" integer NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "model_proposal_status" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" varchar(2000)
);
--> statement-breakpoint
-- Addresses used to be copied from a client-supplied header: keep only those that are valid.
CREATE FUNCTION kooperacja_try_inet(v text) RETURNS inet AS $$
BEGIN
  RETURN v::inet;
EXCEPTION WHEN others THEN
  RETURN NULL;
END;
$$ LANGUAGE plpgsql IMMUTABLE;--> statement-breakpoint
ALTER TABLE "login_failures" ALTER COLUMN "ip" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "login_failures" ALTER COLUMN "ip" SET DATA TYPE inet USING kooperacja_try_inet("ip");--> statement-breakpoint
ALTER TABLE "role_assignments" ALTER COLUMN "voivodeship_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "ip" SET DATA TYPE inet USING kooperacja_try_inet("ip");--> statement-breakpoint
DROP FUNCTION kooperacja_try_inet(text);--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "fold_key" varchar(200);--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_throttle_kind_ip_idx" ON "request_throttle" USING btree ("kind","ip","at");--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "model_change_proposals_status_idx" ON "model_change_proposals" USING btree ("status","proposed_at");--> statement-breakpoint
CREATE INDEX "model_change_proposals_voivodeship_idx" ON "model_change_proposals" USING btree ("voivodeship_id","proposed_at");