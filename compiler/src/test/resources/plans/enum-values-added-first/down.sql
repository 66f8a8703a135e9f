-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: add enum value core.level
ALTER TYPE "core"."level" RENAME TO "level__strata_old";
CREATE TYPE "core"."level" AS ENUM ('high');
ALTER TABLE "core"."alert" ALTER COLUMN "level" TYPE "core"."level" USING ("level"::text::"core"."level");
DROP TYPE "core"."level__strata_old";

COMMIT;
