-- Constraints the database keeps, so no race between a check and a write can break them.

-- A report number is used once per unit, symbol and year by every report that left its unit
-- (submitted, returned or accepted); drafts may share a number until one is submitted.
CREATE UNIQUE INDEX "reports_number_key" ON "reports" (
  "unit_id",
  ("content"->'meta'->>'symbol'),
  ("content"->'meta'->'date'->>'year'),
  ("content"->'meta'->>'number')
) WHERE "status" <> 'draft' AND "content"->'meta'->>'number' <> '';
--> statement-breakpoint
-- Two versions of a unit never overlap in time. The unit id is compared as a one-value range so the plain
-- GiST operator class of ranges serves, with no extension (btree_gist) to install on either engine.
ALTER TABLE "unit_versions" ADD CONSTRAINT "unit_versions_no_overlap" EXCLUDE USING gist (
  int4range("unit_id", "unit_id", '[]') WITH &&,
  daterange("valid_from", "valid_to", '[)') WITH &&
);
