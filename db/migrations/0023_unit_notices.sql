CREATE TABLE "unit_notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"request_id" integer,
	"report_id" integer,
	"sender_unit_id" integer,
	"sent_by" integer,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_on" date NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" integer,
	CONSTRAINT "unit_notices_kind_check" CHECK ("unit_notices"."kind" in ('reminder', 'returned'))
);
--> statement-breakpoint
ALTER TABLE "unit_notices" ADD CONSTRAINT "unit_notices_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_notices" ADD CONSTRAINT "unit_notices_request_id_report_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."report_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_notices" ADD CONSTRAINT "unit_notices_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_notices" ADD CONSTRAINT "unit_notices_sender_unit_id_units_id_fk" FOREIGN KEY ("sender_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_notices" ADD CONSTRAINT "unit_notices_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_notices" ADD CONSTRAINT "unit_notices_read_by_users_id_fk" FOREIGN KEY ("read_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_notices_unit_idx" ON "unit_notices" USING btree ("unit_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_notices_reminder_key" ON "unit_notices" USING btree ("request_id","unit_id","sent_on") WHERE "unit_notices"."kind" = 'reminder';