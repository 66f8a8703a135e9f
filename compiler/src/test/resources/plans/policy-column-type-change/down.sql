-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: add policy core.document.document_positive
DROP POLICY "document_positive" ON "core"."document";

-- undo step 2: change column type core.document.id
ALTER TABLE "core"."document" ALTER COLUMN "id" TYPE integer;

-- undo step 1: drop policy core.document.document_positive
CREATE POLICY "document_positive" ON "core"."document" AS PERMISSIVE FOR SELECT TO PUBLIC USING (id > 0 and owner = current_user);

COMMIT;
