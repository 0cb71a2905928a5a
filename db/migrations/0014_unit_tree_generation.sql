-- The unit tree's generation: every change to units, their versions or their events takes a new number
-- (from a sequence, so a rolled-back change never hands its number to another). A process keeps the
-- scopes it computed while the generation stays the same; `instance` tells databases apart.
CREATE SEQUENCE unit_tree_generation_seq;
--> statement-breakpoint
CREATE TABLE unit_tree_state (
  id integer PRIMARY KEY CHECK (id = 1),
  instance uuid NOT NULL DEFAULT gen_random_uuid(),
  generation bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO unit_tree_state (id, generation) VALUES (1, nextval('unit_tree_generation_seq'));
--> statement-breakpoint
CREATE FUNCTION unit_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE unit_tree_state SET generation = nextval('unit_tree_generation_seq') WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER units_tree_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units FOR EACH STATEMENT EXECUTE FUNCTION unit_tree_changed();
--> statement-breakpoint
CREATE TRIGGER unit_versions_tree_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_versions FOR EACH STATEMENT EXECUTE FUNCTION unit_tree_changed();
--> statement-breakpoint
CREATE TRIGGER unit_events_tree_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_events FOR EACH STATEMENT EXECUTE FUNCTION unit_tree_changed();
--> statement-breakpoint
CREATE TRIGGER unit_event_units_tree_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_event_units FOR EACH STATEMENT EXECUTE FUNCTION unit_tree_changed();
