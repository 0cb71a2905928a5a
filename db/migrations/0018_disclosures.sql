CREATE TABLE "disclosures" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"group" text NOT NULL,
	"form" text NOT NULL,
	"basis" text,
	"decided_on" date,
	"published_on" date NOT NULL,
	"ends_on" date,
	"publish_due_on" date,
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
	CONSTRAINT "disclosures_group_check" CHECK ("disclosures"."group" in ('inform', 'decide', 'consult', 'supervise')),
	CONSTRAINT "disclosures_form_check" CHECK ("disclosures"."form" in ('posting', 'website', 'loudspeaker', 'village_head', 'letter', 'conference', 'reception', 'organisations', 'social_media')),
	CONSTRAINT "disclosures_dates_check" CHECK (("disclosures"."ends_on" is null or "disclosures"."ends_on" >= "disclosures"."published_on") and ("disclosures"."decided_on" is null or "disclosures"."decided_on" <= "disclosures"."published_on")),
	CONSTRAINT "disclosures_deleted_check" CHECK (("disclosures"."deleted_at" is null) = ("disclosures"."delete_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosures_unit_idx" ON "disclosures" USING btree ("unit_id","published_on") WHERE "disclosures"."deleted_at" is null;