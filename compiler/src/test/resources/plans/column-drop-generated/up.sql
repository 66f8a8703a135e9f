-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop column core.item.total (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."item" DROP COLUMN "total";

COMMIT;
