CREATE TABLE "outreach_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"form" text NOT NULL,
	"organiser" text DEFAULT 'ubnd' NOT NULL,
	"village" text,
	"participants" integer,
	"estimated" boolean DEFAULT false NOT NULL,
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
	CONSTRAINT "outreach_sessions_form_check" CHECK ("outreach_sessions"."form" in ('conference', 'village_meeting', 'loudspeaker', 'website', 'social_media', 'printed', 'other')),
	CONSTRAINT "outreach_sessions_organiser_check" CHECK ("outreach_sessions"."organiser" in ('ubnd', 'mttq', 'women', 'farmers', 'veterans', 'youth', 'trade_union', 'one_stop', 'other')),
	CONSTRAINT "outreach_sessions_participants_check" CHECK ("outreach_sessions"."participants" is null or "outreach_sessions"."participants" >= 0),
	CONSTRAINT "outreach_sessions_deleted_check" CHECK (("outreach_sessions"."deleted_at" is null) = ("outreach_sessions"."delete_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "reception_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"kind" text NOT NULL,
	"host" text,
	"host_role" text,
	"place" text,
	"citizens" integer DEFAULT 0 NOT NULL,
	"letters" integer DEFAULT 0 NOT NULL,
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
	CONSTRAINT "reception_sessions_kind_check" CHECK ("reception_sessions"."kind" in ('regular', 'periodic', 'unscheduled', 'mobile', 'dialogue')),
	CONSTRAINT "reception_sessions_counts_check" CHECK ("reception_sessions"."citizens" >= 0 and "reception_sessions"."letters" >= 0),
	CONSTRAINT "reception_sessions_deleted_check" CHECK (("reception_sessions"."deleted_at" is null) = ("reception_sessions"."delete_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "outreach_sessions" ADD CONSTRAINT "outreach_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_sessions" ADD CONSTRAINT "outreach_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_sessions" ADD CONSTRAINT "outreach_sessions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_sessions" ADD CONSTRAINT "outreach_sessions_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outreach_sessions_unit_idx" ON "outreach_sessions" USING btree ("unit_id","held_on") WHERE "outreach_sessions"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "reception_sessions_unit_idx" ON "reception_sessions" USING btree ("unit_id","held_on") WHERE "reception_sessions"."deleted_at" is null;