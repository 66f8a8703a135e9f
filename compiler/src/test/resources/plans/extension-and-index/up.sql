-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add extension pg_trgm (lock: NONE)
CREATE EXTENSION "pg_trgm" WITH SCHEMA "core";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: add index core.doc_title_trgm (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "doc_title_trgm" ON "core"."doc" USING "gin" ("title" "gin_trgm_ops");
