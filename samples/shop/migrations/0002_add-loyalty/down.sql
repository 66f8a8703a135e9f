-- Strata plan 0002_add-loyalty: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add foreign key core.loyalty_account_customer_id_fkey
ALTER TABLE "core"."loyalty_account" DROP CONSTRAINT "loyalty_account_customer_id_fkey";

-- undo step 1: add table core.loyalty_account
-- keep what the way back removes: core.loyalty_account into strata_backup.0002_add-loyalty_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_add-loyalty_1_r";
CREATE TABLE "strata_backup"."0002_add-loyalty_1_r" AS SELECT "customer_id", "points", "tier", "updated_at" FROM "core"."loyalty_account";
DROP TABLE "core"."loyalty_account";

COMMIT;
