DROP INDEX "petition_letters_case_idx";--> statement-breakpoint
CREATE INDEX "petition_letters_case_idx" ON "petition_letters" USING btree ("case_id") WHERE "petition_letters"."deleted_at" is null;