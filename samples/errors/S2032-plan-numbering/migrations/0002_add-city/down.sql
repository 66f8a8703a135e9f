-- Strata plan 0002_add-city: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add column core.customer.phone
-- keep what the way back removes: core.customer into strata_backup.0002_add-city_2_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_add-city_2_r";
CREATE TABLE "strata_backup"."0002_add-city_2_r" AS SELECT "id", "phone" FROM "core"."customer";
ALTER TABLE "core"."customer" DROP COLUMN "phone";

-- undo step 1: add column core.customer.city
-- keep what the way back removes: core.customer into strata_backup.0002_add-city_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_add-city_1_r";
CREATE TABLE "strata_backup"."0002_add-city_1_r" AS SELECT "id", "city" FROM "core"."customer";
ALTER TABLE "core"."customer" DROP COLUMN "city";

COMMIT;
