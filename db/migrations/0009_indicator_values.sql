CREATE TABLE "indicator_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"unit_id" integer NOT NULL,
	"period_kind" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"disaggregation" text DEFAULT '' NOT NULL,
	"value" numeric NOT NULL,
	"source" text DEFAULT 'entered' NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"entered_by" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_period_check" CHECK ("indicator_values"."period_end" >= "indicator_values"."period_start"),
	CONSTRAINT "indicator_values_kind_check" CHECK ("indicator_values"."period_kind" in ('month', 'quarter', 'half_year', 'year', 'years')),
	CONSTRAINT "indicator_values_source_check" CHECK ("indicator_values"."source" in ('entered', 'imported')),
	CONSTRAINT "indicator_values_value_check" CHECK ("indicator_values"."value" >= 0)
);
--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_key" ON "indicator_values" USING btree ("indicator_code","unit_id","period_start","period_end","disaggregation");--> statement-breakpoint
CREATE INDEX "indicator_values_unit_idx" ON "indicator_values" USING btree ("unit_id","indicator_code","period_start");