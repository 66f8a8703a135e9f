-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rename table core.document -> paper (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."document" RENAME TO "paper";

-- step 2: rename constraint core.document_pkey -> paper_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."paper" RENAME CONSTRAINT "document_pkey" TO "paper_pkey";

COMMIT;
