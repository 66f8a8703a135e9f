-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop policy core.document.document_positive (lock: ACCESS EXCLUSIVE)
DROP POLICY "document_positive" ON "core"."document";

-- step 2: change column type core.document.id (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."document" ALTER COLUMN "id" TYPE bigint;

-- step 3: add policy core.document.document_positive (lock: ACCESS EXCLUSIVE)
CREATE POLICY "document_positive" ON "core"."document" AS PERMISSIVE FOR SELECT TO PUBLIC USING (id > 0 and owner = current_user);

COMMIT;
