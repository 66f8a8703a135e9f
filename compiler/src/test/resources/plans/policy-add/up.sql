-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: ensure role strata_reader (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'strata_reader') THEN
        CREATE ROLE "strata_reader" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 2: ensure role strata_writer (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'strata_writer') THEN
        CREATE ROLE "strata_writer" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 3: add policy core.document.document_read (lock: ACCESS EXCLUSIVE)
CREATE POLICY "document_read" ON "core"."document" AS PERMISSIVE FOR SELECT TO "strata_reader", "strata_writer" USING (public or owner = current_user);

-- step 4: add policy core.document.document_write (lock: ACCESS EXCLUSIVE)
CREATE POLICY "document_write" ON "core"."document" AS RESTRICTIVE FOR ALL TO "strata_writer" USING (owner = current_user) WITH CHECK (owner = current_user);

-- step 5: enable row level security core.document (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."document" ENABLE ROW LEVEL SECURITY;

-- step 6: force row level security core.document (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."document" FORCE ROW LEVEL SECURITY;

COMMIT;
