-- Document search (src/documents/search.ts): every way a number is written and words typed
-- without diacritics. unaccent and pg_trgm are trusted extensions (PostgreSQL 13+), so the owner role that
-- runs the migrations creates them without being a superuser; PGlite loads them (src/core/db/pglite-extensions.ts).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); with the dictionary named, the fold is fixed, so
-- it may feed generated columns and indexes. A SQL-standard body is bound at creation: no search_path
-- lookup when the application role calls it, nor when pg_restore recomputes the columns. The application
-- role executes it as every function of public (roles.ts, grantApplicationRole; PUBLIC may by default).
-- " dan van kheo " for "Dân vận khéo": lower case, no diacritics, đ -> d, other runs one blank, blank-padded
-- so a LIKE '% word%' finds a word's start; the same fold as src/documents/search-rules.ts.
CREATE FUNCTION documents_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ' ' || btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^a-z0-9]+', ' ', 'g')) || ' ';
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "search_text" text GENERATED ALWAYS AS (documents_fold(coalesce(kind, '') || ' ' || number_text || ' ' || number || ' ' || issuer || ' ' || summary)) STORED;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "number_key" text GENERATED ALWAYS AS (replace(documents_fold(number), ' ', '')) STORED;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "issuer_text" text GENERATED ALWAYS AS (documents_fold(issuer)) STORED;--> statement-breakpoint
CREATE INDEX "documents_search_text_trgm" ON "documents" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "documents_number_key_idx" ON "documents" USING btree ("number_key" text_pattern_ops);
