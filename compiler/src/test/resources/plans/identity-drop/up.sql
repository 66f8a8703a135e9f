-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop identity core.ticket.id (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."ticket" ALTER COLUMN "id" DROP IDENTITY;

COMMIT;
