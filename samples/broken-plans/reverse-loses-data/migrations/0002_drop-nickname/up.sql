-- Strata plan 0002_drop-nickname: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop column core.customer.nickname (lock: ACCESS EXCLUSIVE)
-- backup of core.customer into strata_backup.0002_drop-nickname_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_drop-nickname_1";
CREATE TABLE "strata_backup"."0002_drop-nickname_1" AS SELECT "id", "nickname" FROM "core"."customer";
ALTER TABLE "core"."customer" DROP COLUMN "nickname";

COMMIT;
