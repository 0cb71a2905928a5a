CREATE TABLE "petition_rule_tables" (
	"id" serial PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"saved_by" integer,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petition_rule_tables_version_key" UNIQUE("version")
);
--> statement-breakpoint
ALTER TABLE "petition_rule_tables" ADD CONSTRAINT "petition_rule_tables_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;