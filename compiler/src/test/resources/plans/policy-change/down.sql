-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 6: add policy core.document.document_write
DROP POLICY "document_write" ON "core"."document";

-- undo step 5: alter policy core.document.document_read
ALTER POLICY "document_read" ON "core"."document" TO "strata_reader" USING (public);

-- undo step 4: no force row level security core.document
ALTER TABLE "core"."document" FORCE ROW LEVEL SECURITY;

-- undo step 3: drop policy core.document.document_write
CREATE POLICY "document_write" ON "core"."document" AS PERMISSIVE FOR UPDATE TO PUBLIC USING (owner = current_user);

-- undo step 2: drop policy core.document.document_gone
CREATE POLICY "document_gone" ON "core"."document" AS PERMISSIVE FOR DELETE TO PUBLIC USING (false);

-- undo step 1: ensure role strata_writer
-- role 'strata_writer' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
