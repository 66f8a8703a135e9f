-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add primary key core.visit_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."visit" ADD CONSTRAINT "visit_pkey" PRIMARY KEY ("id");

COMMIT;
