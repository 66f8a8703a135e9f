-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rebuild view core.open_tasks (lock: ACCESS EXCLUSIVE)
DROP VIEW "core"."open_tasks";

-- step 2: add enum value core.status (lock: NONE)
ALTER TYPE "core"."status" ADD VALUE 'new' BEFORE 'open';
ALTER TYPE "core"."status" ADD VALUE 'waiting' AFTER 'open';
ALTER TYPE "core"."status" ADD VALUE 'archived' AFTER 'done';

-- step 3: rebuild view core.open_tasks (lock: NONE)
CREATE VIEW "core"."open_tasks" ("id") AS
select id from core.task where status = 'open';

COMMIT;
