-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: rename constraint core.document_pkey -> paper_pkey
ALTER TABLE "core"."paper" RENAME CONSTRAINT "paper_pkey" TO "document_pkey";

-- undo step 1: rename table core.document -> paper
ALTER TABLE "core"."paper" RENAME TO "document";

COMMIT;
