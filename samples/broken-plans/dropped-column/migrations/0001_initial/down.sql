-- Strata plan 0001_initial: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 6: add view api_v1.customers
DROP VIEW "api_v1"."customers";

-- undo step 5: add foreign key core.purchase_customer_id_fkey
ALTER TABLE "core"."purchase" DROP CONSTRAINT "purchase_customer_id_fkey";

-- undo step 4: add table core.purchase
-- keep what the way back removes: core.purchase into strata_backup.0001_initial_4_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_4_r";
CREATE TABLE "strata_backup"."0001_initial_4_r" AS SELECT "id", "customer_id", "total" FROM "core"."purchase";
DROP TABLE "core"."purchase";

-- undo step 3: add table core.customer
-- keep what the way back removes: core.customer into strata_backup.0001_initial_3_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_3_r";
CREATE TABLE "strata_backup"."0001_initial_3_r" AS SELECT "id", "email", "nickname" FROM "core"."customer";
DROP TABLE "core"."customer";

-- undo step 2: create schema core
DROP SCHEMA "core";

-- undo step 1: add facade version api_v1
DROP SCHEMA "api_v1";

COMMIT;
