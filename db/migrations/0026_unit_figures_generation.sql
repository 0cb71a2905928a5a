-- Each unit's figures generation: every change to a table the indicator engine counts from takes a new
-- number for the units whose rows changed (from a sequence, so a rolled-back change never hands its number
-- to another). A process keeps the figures it computed for a unit while its generation stays the same, so a
-- report read a thousand times runs its registry counts once (bench/http.ts). One statement-level trigger
-- per table and operation: a 5,000-row import bumps each unit once, not once a row.
CREATE SEQUENCE unit_figures_generation_seq;
--> statement-breakpoint
CREATE TABLE unit_figures_state (
  unit_id integer PRIMARY KEY REFERENCES units (id),
  generation bigint NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION unit_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its operation has (plpgsql plans a branch when it runs).
  IF TG_OP = 'INSERT' THEN
    INSERT INTO unit_figures_state (unit_id, generation)
      SELECT unit_id, nextval('unit_figures_generation_seq') FROM (SELECT DISTINCT unit_id FROM new_rows) u
      ON CONFLICT (unit_id) DO UPDATE SET generation = excluded.generation;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO unit_figures_state (unit_id, generation)
      SELECT unit_id, nextval('unit_figures_generation_seq') FROM (SELECT unit_id FROM new_rows UNION SELECT unit_id FROM old_rows) u
      ON CONFLICT (unit_id) DO UPDATE SET generation = excluded.generation;
  ELSE
    INSERT INTO unit_figures_state (unit_id, generation)
      SELECT unit_id, nextval('unit_figures_generation_seq') FROM (SELECT DISTINCT unit_id FROM old_rows) u
      ON CONFLICT (unit_id) DO UPDATE SET generation = excluded.generation;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  counted text;
BEGIN
  FOREACH counted IN ARRAY ARRAY['indicator_values', 'mobilization_models', 'outreach_sessions', 'reception_sessions',
    'petition_letters', 'petition_cases', 'trainings', 'inspections', 'awards', 'disclosures', 'voter_petitions', 'officer_assignments']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_figures_changed()', counted || '_figures_inserted', counted);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_figures_changed()', counted || '_figures_updated', counted);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_figures_changed()', counted || '_figures_deleted', counted);
  END LOOP;
END;
$$;
