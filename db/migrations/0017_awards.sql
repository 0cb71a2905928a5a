CREATE TABLE "awards" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"decided_on" date NOT NULL,
	"decision_number" text NOT NULL,
	"document_id" integer NOT NULL,
	"form" text NOT NULL,
	"individuals" integer DEFAULT 0 NOT NULL,
	"collectives" integer DEFAULT 0 NOT NULL,
	"households" integer DEFAULT 0 NOT NULL,
	"recipients" text,
	"reason" text NOT NULL,
	"movement" text,
	"model_id" integer,
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
	CONSTRAINT "awards_form_check" CHECK ("awards"."form" in ('certificate', 'merit', 'other')),
	CONSTRAINT "awards_counts_check" CHECK ("awards"."individuals" >= 0 and "awards"."collectives" >= 0 and "awards"."households" >= 0 and "awards"."individuals" + "awards"."collectives" + "awards"."households" > 0),
	CONSTRAINT "awards_deleted_check" CHECK (("awards"."deleted_at" is null) = ("awards"."delete_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_model_id_mobilization_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."mobilization_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "awards_unit_idx" ON "awards" USING btree ("unit_id","decided_on") WHERE "awards"."deleted_at" is null;