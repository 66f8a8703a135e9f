-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: drop table core.document
CREATE TABLE "core"."document" (
    "id" bigint NOT NULL,
    "owner" name DEFAULT current_user NOT NULL,
    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);
INSERT INTO "core"."document" ("id", "owner") SELECT "backup"."id", "backup"."owner" FROM "strata_backup"."0002_change_3" AS "backup";

-- undo step 2: disable row level security core.document
ALTER TABLE "core"."document" ENABLE ROW LEVEL SECURITY;

-- undo step 1: drop policy core.document.document_owner
CREATE POLICY "document_owner" ON "core"."document" AS PERMISSIVE FOR ALL TO "strata_writer" USING (owner = current_user) WITH CHECK (owner = current_user);

COMMIT;
