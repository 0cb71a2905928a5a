CREATE TABLE "trainings" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"host" text NOT NULL,
	"organiser" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"classes" integer DEFAULT 1 NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	"place" text,
	"notes" text,
	"search_text" text NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" integer,
	"delete_reason" text,
	CONSTRAINT "trainings_host_check" CHECK ("trainings"."host" in ('own', 'higher')),
	CONSTRAINT "trainings_counts_check" CHECK ("trainings"."classes" >= 1 and "trainings"."participants" >= 0),
	CONSTRAINT "trainings_dates_check" CHECK ("trainings"."ends_on" is null or "trainings"."ends_on" >= "trainings"."starts_on"),
	CONSTRAINT "trainings_deleted_check" CHECK (("trainings"."deleted_at" is null) = ("trainings"."delete_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"inspector" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"findings" text,
	"recommendations" text,
	"follow_up" text,
	"settled_on" date,
	"search_text" text NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" integer,
	"delete_reason" text,
	CONSTRAINT "inspections_inspector_check" CHECK ("inspections"."inspector" in ('hdnd', 'hdnd_committee', 'mttq', 'ubnd_above', 'party_committee', 'other')),
	CONSTRAINT "inspections_kind_check" CHECK ("inspections"."kind" in ('thematic', 'regular')),
	CONSTRAINT "inspections_dates_check" CHECK ("inspections"."settled_on" is null or "inspections"."settled_on" >= "inspections"."held_on"),
	CONSTRAINT "inspections_deleted_check" CHECK (("inspections"."deleted_at" is null) = ("inspections"."delete_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trainings_unit_idx" ON "trainings" USING btree ("unit_id","starts_on") WHERE "trainings"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "inspections_unit_idx" ON "inspections" USING btree ("unit_id","held_on") WHERE "inspections"."deleted_at" is null;