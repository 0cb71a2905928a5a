ALTER TABLE "report_requests" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "report_requests" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "report_requests" ADD COLUMN "withdrawn_by" integer;--> statement-breakpoint
ALTER TABLE "report_requests" ADD CONSTRAINT "report_requests_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;