ALTER TABLE "awards" ADD COLUMN "issuer" text;--> statement-breakpoint
ALTER TABLE "officer_assignments" ADD COLUMN "decided_on" date;