-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change inheritance core.capitals (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."capitals" INHERIT "core"."cities";

COMMIT;
