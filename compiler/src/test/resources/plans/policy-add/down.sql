-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 6: force row level security core.document
ALTER TABLE "core"."document" NO FORCE ROW LEVEL SECURITY;

-- undo step 5: enable row level security core.document
ALTER TABLE "core"."document" DISABLE ROW LEVEL SECURITY;

-- undo step 4: add policy core.document.document_write
DROP POLICY "document_write" ON "core"."document";

-- undo step 3: add policy core.document.document_read
DROP POLICY "document_read" ON "core"."document";

-- undo step 2: ensure role strata_writer
-- role 'strata_writer' is kept: roles are cluster-wide and a plan never drops them

-- undo step 1: ensure role strata_reader
-- role 'strata_reader' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
