-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rebuild view core.open_tasks (lock: ACCESS EXCLUSIVE)
DROP VIEW "core"."open_tasks";

-- step 2: rebuild enum core.status (lock: ACCESS EXCLUSIVE)
ALTER TYPE "core"."status" RENAME TO "status__strata_old";
CREATE TYPE "core"."status" AS ENUM ('done', 'open');
ALTER TABLE "core"."task" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "core"."task" ALTER COLUMN "status" TYPE "core"."status" USING ("status"::text::"core"."status");
ALTER TABLE "core"."task" ALTER COLUMN "status" SET DEFAULT 'open';
DROP TYPE "core"."status__strata_old";

-- step 3: rebuild view core.open_tasks (lock: NONE)
CREATE VIEW "core"."open_tasks" ("id") AS
select id from core.task where status = 'open';

COMMIT;
