CREATE TABLE "mobilization_models" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"owner" text NOT NULL,
	"owner_detail" text,
	"field" text NOT NULL,
	"level" text DEFAULT 'commune' NOT NULL,
	"start_year" integer NOT NULL,
	"village" text,
	"description" text,
	"results" text,
	"status" text DEFAULT 'maintained' NOT NULL,
	"stopped_year" integer,
	"recognition" text,
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
	CONSTRAINT "mobilization_models_owner_check" CHECK ("mobilization_models"."owner" in ('ubnd', 'mttq', 'women', 'farmers', 'veterans', 'youth', 'trade_union', 'one_stop', 'other')),
	CONSTRAINT "mobilization_models_field_check" CHECK ("mobilization_models"."field" in ('economy', 'culture_society', 'defence_security', 'political_system')),
	CONSTRAINT "mobilization_models_level_check" CHECK ("mobilization_models"."level" in ('commune', 'district', 'province', 'central')),
	CONSTRAINT "mobilization_models_status_check" CHECK ("mobilization_models"."status" in ('maintained', 'replicated', 'stopped')),
	CONSTRAINT "mobilization_models_years_check" CHECK ("mobilization_models"."start_year" between 1945 and 2200 and ("mobilization_models"."stopped_year" is null or "mobilization_models"."stopped_year" >= "mobilization_models"."start_year")),
	CONSTRAINT "mobilization_models_stopped_check" CHECK (("mobilization_models"."status" = 'stopped') = ("mobilization_models"."stopped_year" is not null)),
	CONSTRAINT "mobilization_models_deleted_check" CHECK (("mobilization_models"."deleted_at" is null) = ("mobilization_models"."delete_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "mobilization_models" ADD CONSTRAINT "mobilization_models_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilization_models" ADD CONSTRAINT "mobilization_models_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilization_models" ADD CONSTRAINT "mobilization_models_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilization_models" ADD CONSTRAINT "mobilization_models_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mobilization_models_unit_idx" ON "mobilization_models" USING btree ("unit_id","start_year") WHERE "mobilization_models"."deleted_at" is null;