/**
 * The PostgreSQL extensions the migrations create (CREATE EXTENSION), which PGlite can only load when it is
 * handed their bundles at start: `unaccent` and `pg_trgm` for the document registry's search.
 */
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const pgliteExtensions = { unaccent, pg_trgm };
