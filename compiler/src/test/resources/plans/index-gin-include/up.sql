-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 1: add index core.doc_tags (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "doc_tags" ON "core"."doc" USING "gin" ("tags");

-- step 2: add index core.doc_title (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "doc_title" ON "core"."doc" ("title") INCLUDE ("id");
