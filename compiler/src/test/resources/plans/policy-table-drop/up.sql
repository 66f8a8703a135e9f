-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop policy core.document.document_owner (lock: ACCESS EXCLUSIVE)
DROP POLICY "document_owner" ON "core"."document";

-- step 2: disable row level security core.document (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."document" DISABLE ROW LEVEL SECURITY;

-- step 3: drop table core.document (lock: ACCESS EXCLUSIVE)
-- backup of core.document into strata_backup.0002_change_3
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_3";
CREATE TABLE "strata_backup"."0002_change_3" AS SELECT "id", "owner" FROM "core"."document";
DROP TABLE "core"."document";

COMMIT;
