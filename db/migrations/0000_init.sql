CREATE TABLE "unit_event_units" (
	"event_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "unit_event_units_event_id_unit_id_role_pk" PRIMARY KEY("event_id","unit_id","role"),
	CONSTRAINT "unit_event_units_role_check" CHECK ("unit_event_units"."role" in ('subject', 'source', 'target'))
);
--> statement-breakpoint
CREATE TABLE "unit_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"effective_date" date NOT NULL,
	"legal_basis" text NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_events_type_check" CHECK ("unit_events"."type" in ('create', 'rename', 'move', 'merge', 'split', 'dissolve'))
);
--> statement-breakpoint
CREATE TABLE "unit_profiles" (
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"natural_area_ha" numeric(14, 2),
	"forest_area_ha" numeric(14, 2),
	"protective_forest_ha" numeric(14, 2),
	"production_forest_ha" numeric(14, 2),
	"population" integer,
	"households" integer,
	"poor_households" integer,
	"near_poor_households" integer,
	"other_households" integer,
	"villages" integer,
	"residential_areas" integer,
	"cadres" integer,
	"civil_servants" integer,
	"party_cells" integer,
	"party_members" integer,
	"notes" text,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "unit_profiles_unit_id_year_pk" PRIMARY KEY("unit_id","year"),
	CONSTRAINT "unit_profiles_year_check" CHECK ("unit_profiles"."year" between 1945 and 2200)
);
--> statement-breakpoint
CREATE TABLE "unit_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"type_name" text NOT NULL,
	"parent_id" integer,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"event_id" integer NOT NULL,
	CONSTRAINT "unit_versions_validity_check" CHECK ("unit_versions"."valid_to" is null or "unit_versions"."valid_to" > "unit_versions"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_level_check" CHECK ("units"."level" in ('province', 'district', 'commune', 'village')),
	CONSTRAINT "units_validity_check" CHECK ("units"."valid_to" is null or "units"."valid_to" > "units"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"ip" text,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"unit_id" integer NOT NULL,
	"roles" text[] NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_roles_check" CHECK (cardinality("users"."roles") > 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_username" text,
	"unit_id" integer,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
ALTER TABLE "unit_event_units" ADD CONSTRAINT "unit_event_units_event_id_unit_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."unit_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_event_units" ADD CONSTRAINT "unit_event_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_events" ADD CONSTRAINT "unit_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_versions" ADD CONSTRAINT "unit_versions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_versions" ADD CONSTRAINT "unit_versions_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_versions" ADD CONSTRAINT "unit_versions_event_id_unit_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."unit_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_event_units_unit_idx" ON "unit_event_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "unit_versions_unit_idx" ON "unit_versions" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "unit_versions_parent_idx" ON "unit_versions" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "units_code_key" ON "units" USING btree ("code");--> statement-breakpoint
CREATE INDEX "login_attempts_username_at_idx" ON "login_attempts" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "audit_log_unit_at_idx" ON "audit_log" USING btree ("unit_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");