-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rebuild collation core.case_insensitive (lock: ACCESS EXCLUSIVE)
ALTER COLLATION "core"."case_insensitive" RENAME TO "case_insensitive__strata_old";
CREATE COLLATION "core"."case_insensitive" (PROVIDER = icu, LOCALE = 'und-u-ks-level1', DETERMINISTIC = false);
ALTER TABLE "core"."customer" ALTER COLUMN "email" TYPE text COLLATE "core"."case_insensitive";
ALTER TABLE "core"."customer" ALTER COLUMN "name" TYPE text COLLATE "core"."case_insensitive";
DROP COLLATION "core"."case_insensitive__strata_old";

COMMIT;
