ALTER TABLE "tracks" ADD COLUMN "total_items" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "closed_items" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "current_substep_id" integer;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "open_item_ends" date[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "open_item_labels" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "open_occurrence_dues" date[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "open_occurrence_labels" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "out_of_order" text;--> statement-breakpoint
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_current_substep_id_catalogue_substeps_id_fk" FOREIGN KEY ("current_substep_id") REFERENCES "public"."catalogue_substeps"("id") ON DELETE no action ON UPDATE no action;