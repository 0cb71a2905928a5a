CREATE TABLE "voter_petitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"received_on" date NOT NULL,
	"forum" text NOT NULL,
	"content" text NOT NULL,
	"field" text,
	"village" text,
	"competence" text DEFAULT 'own' NOT NULL,
	"answered_on" date,
	"answer" text,
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
	CONSTRAINT "voter_petitions_forum_check" CHECK ("voter_petitions"."forum" in ('na_meeting', 'province_council', 'commune_council', 'commune_session', 'other')),
	CONSTRAINT "voter_petitions_competence_check" CHECK ("voter_petitions"."competence" in ('own', 'forwarded')),
	CONSTRAINT "voter_petitions_dates_check" CHECK ("voter_petitions"."answered_on" is null or "voter_petitions"."answered_on" >= "voter_petitions"."received_on"),
	CONSTRAINT "voter_petitions_deleted_check" CHECK (("voter_petitions"."deleted_at" is null) = ("voter_petitions"."delete_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "officer_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"position" text,
	"duties" text,
	"decision_number" text,
	"document_id" integer,
	"from_on" date NOT NULL,
	"to_on" date,
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
	CONSTRAINT "officer_assignments_dates_check" CHECK ("officer_assignments"."to_on" is null or "officer_assignments"."to_on" >= "officer_assignments"."from_on"),
	CONSTRAINT "officer_assignments_decision_check" CHECK (("officer_assignments"."decision_number" is null) = ("officer_assignments"."document_id" is null)),
	CONSTRAINT "officer_assignments_deleted_check" CHECK (("officer_assignments"."deleted_at" is null) = ("officer_assignments"."delete_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "voter_petitions" ADD CONSTRAINT "voter_petitions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voter_petitions" ADD CONSTRAINT "voter_petitions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voter_petitions" ADD CONSTRAINT "voter_petitions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voter_petitions" ADD CONSTRAINT "voter_petitions_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_assignments" ADD CONSTRAINT "officer_assignments_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voter_petitions_unit_idx" ON "voter_petitions" USING btree ("unit_id","received_on") WHERE "voter_petitions"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "officer_assignments_unit_idx" ON "officer_assignments" USING btree ("unit_id","from_on") WHERE "officer_assignments"."deleted_at" is null;