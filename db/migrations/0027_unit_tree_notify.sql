-- Every change of the unit tree also notifies unit_tree_changed, delivered when it commits: a server that
-- keeps the tree's generation in memory (src/core/db/tree-watch.ts) forgets it instead of asking the
-- database on every request.
CREATE OR REPLACE FUNCTION unit_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE unit_tree_state SET generation = nextval('unit_tree_generation_seq') WHERE id = 1;
  PERFORM pg_notify('unit_tree_changed', '');
  RETURN NULL;
END;
$$;
