-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: ensure role strata_writer (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'strata_writer') THEN
        CREATE ROLE "strata_writer" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 2: drop policy core.document.document_gone (lock: ACCESS EXCLUSIVE)
DROP POLICY "document_gone" ON "core"."document";

-- step 3: drop policy core.document.document_write (lock: ACCESS EXCLUSIVE)
DROP POLICY "document_write" ON "core"."document";

-- step 4: no force row level security core.document (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."document" NO FORCE ROW LEVEL SECURITY;

-- step 5: alter policy core.document.document_read (lock: ACCESS EXCLUSIVE)
ALTER POLICY "document_read" ON "core"."document" TO "strata_reader", "strata_writer" USING (public or owner = current_user);

-- step 6: add policy core.document.document_write (lock: ACCESS EXCLUSIVE)
CREATE POLICY "document_write" ON "core"."document" AS PERMISSIVE FOR ALL TO PUBLIC USING (owner = current_user);

COMMIT;
