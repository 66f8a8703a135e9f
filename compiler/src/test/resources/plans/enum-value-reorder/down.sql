-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: rebuild view core.open_tasks
DROP VIEW "core"."open_tasks";

-- undo step 2: rebuild enum core.status
ALTER TYPE "core"."status" RENAME TO "status__strata_old";
CREATE TYPE "core"."status" AS ENUM ('open', 'done');
ALTER TABLE "core"."task" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "core"."task" ALTER COLUMN "status" TYPE "core"."status" USING ("status"::text::"core"."status");
ALTER TABLE "core"."task" ALTER COLUMN "status" SET DEFAULT 'open';
DROP TYPE "core"."status__strata_old";

-- undo step 1: rebuild view core.open_tasks
CREATE VIEW "core"."open_tasks" ("id") AS
select id from core.task where status = 'open';

COMMIT;
