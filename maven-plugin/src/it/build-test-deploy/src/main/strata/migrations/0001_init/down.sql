-- Strata plan 0001_init: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: add view ledger_api_v1.accounts
DROP VIEW "ledger_api_v1"."accounts";

-- undo step 3: add table core.account
-- keep what the way back removes: core.account into strata_backup.0001_init_3_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_init_3_r";
CREATE TABLE "strata_backup"."0001_init_3_r" AS SELECT "id", "owner", "balance" FROM "core"."account";
DROP TABLE "core"."account";

-- undo step 2: add facade version ledger_api_v1
DROP SCHEMA "ledger_api_v1";

-- undo step 1: create schema core
DROP SCHEMA "core";

COMMIT;
