CREATE TABLE "petition_cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"field" text,
	"competence" text DEFAULT 'within' NOT NULL,
	"second_instance" boolean DEFAULT false NOT NULL,
	"complex" boolean DEFAULT false NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"crowd" boolean DEFAULT false NOT NULL,
	"prolonged" boolean DEFAULT false NOT NULL,
	"extensions" integer DEFAULT 0 NOT NULL,
	"handler_id" integer,
	"received_on" date NOT NULL,
	"accepted_on" date,
	"mediation" text,
	"outcome" text,
	"closed_on" date,
	"due_on" date,
	"due_step" text,
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
	CONSTRAINT "petition_cases_id_unit_key" UNIQUE("id","unit_id"),
	CONSTRAINT "petition_cases_kind_check" CHECK ("petition_cases"."kind" in ('complaint', 'denunciation', 'recommendation', 'land_dispute')),
	CONSTRAINT "petition_cases_competence_check" CHECK ("petition_cases"."competence" in ('within', 'transferred', 'filed')),
	CONSTRAINT "petition_cases_mediation_check" CHECK ("petition_cases"."mediation" is null or ("petition_cases"."mediation" in ('success', 'failure') and "petition_cases"."kind" = 'land_dispute')),
	CONSTRAINT "petition_cases_dates_check" CHECK (("petition_cases"."accepted_on" is null or "petition_cases"."accepted_on" >= "petition_cases"."received_on") and ("petition_cases"."closed_on" is null or "petition_cases"."closed_on" >= "petition_cases"."received_on")),
	CONSTRAINT "petition_cases_extensions_check" CHECK ("petition_cases"."extensions" between 0 and 2),
	CONSTRAINT "petition_cases_deleted_check" CHECK (("petition_cases"."deleted_at" is null) = ("petition_cases"."delete_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "petition_letters" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"field" text,
	"summary" text NOT NULL,
	"sender_count" integer DEFAULT 1 NOT NULL,
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
	CONSTRAINT "petition_letters_kind_check" CHECK ("petition_letters"."kind" in ('complaint', 'denunciation', 'recommendation', 'land_dispute')),
	CONSTRAINT "petition_letters_channel_check" CHECK ("petition_letters"."channel" in ('in_person', 'reception', 'post', 'transferred', 'online')),
	CONSTRAINT "petition_letters_senders_check" CHECK ("petition_letters"."sender_count" >= 1),
	CONSTRAINT "petition_letters_deleted_check" CHECK (("petition_letters"."deleted_at" is null) = ("petition_letters"."delete_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "petition_senders" (
	"letter_id" integer PRIMARY KEY NOT NULL,
	"name" text,
	"address" text,
	"contact" text
);
--> statement-breakpoint
CREATE TABLE "work_calendars" (
	"year" integer PRIMARY KEY NOT NULL,
	"days" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_calendars_year_check" CHECK ("work_calendars"."year" between 2000 and 2200)
);
--> statement-breakpoint
ALTER TABLE "petition_cases" ADD CONSTRAINT "petition_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_cases" ADD CONSTRAINT "petition_cases_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_cases" ADD CONSTRAINT "petition_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_cases" ADD CONSTRAINT "petition_cases_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_cases" ADD CONSTRAINT "petition_cases_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_letters" ADD CONSTRAINT "petition_letters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_letters" ADD CONSTRAINT "petition_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_letters" ADD CONSTRAINT "petition_letters_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_letters" ADD CONSTRAINT "petition_letters_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_letters" ADD CONSTRAINT "petition_letters_case_fk" FOREIGN KEY ("case_id","unit_id") REFERENCES "public"."petition_cases"("id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_senders" ADD CONSTRAINT "petition_senders_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_calendars" ADD CONSTRAINT "work_calendars_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_cases_unit_idx" ON "petition_cases" USING btree ("unit_id","received_on") WHERE "petition_cases"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "petition_cases_due_idx" ON "petition_cases" USING btree ("unit_id","due_on") WHERE "petition_cases"."deleted_at" is null and "petition_cases"."closed_on" is null;--> statement-breakpoint
CREATE INDEX "petition_letters_unit_idx" ON "petition_letters" USING btree ("unit_id","received_on") WHERE "petition_letters"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "petition_letters_case_idx" ON "petition_letters" USING btree ("case_id");