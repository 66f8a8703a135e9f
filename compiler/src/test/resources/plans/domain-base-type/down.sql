-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: rebuild domain core.code
ALTER TYPE "core"."code" RENAME TO "code__strata_old";
CREATE DOMAIN "core"."code" AS text;
ALTER TABLE "core"."thing" ALTER COLUMN "code" TYPE "core"."code" USING ("code"::text);
DROP TYPE "core"."code__strata_old";

COMMIT;
