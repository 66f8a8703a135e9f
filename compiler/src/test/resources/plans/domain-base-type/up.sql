-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rebuild domain core.code (lock: ACCESS EXCLUSIVE)
ALTER TYPE "core"."code" RENAME TO "code__strata_old";
CREATE DOMAIN "core"."code" AS character varying(20);
ALTER TABLE "core"."thing" ALTER COLUMN "code" TYPE "core"."code" USING ("code"::character varying);
DROP TYPE "core"."code__strata_old";

COMMIT;
