-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change partition bound core.event_fair (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."event" DETACH PARTITION "core"."event_fair";
ALTER TABLE "core"."event" ATTACH PARTITION "core"."event_fair" FOR VALUES IN ('fair', 'market');

COMMIT;
