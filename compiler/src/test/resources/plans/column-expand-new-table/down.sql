-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: add trigger core.account.zz_strata_expand_account_login_update
DROP TRIGGER "zz_strata_expand_account_login_update" ON "core"."account";

-- undo step 3: add trigger core.account.zz_strata_expand_account_login
DROP TRIGGER "zz_strata_expand_account_login" ON "core"."account";

-- undo step 2: add function core.zz_strata_expand_account_login()
DROP FUNCTION "core"."zz_strata_expand_account_login"();

-- undo step 1: add table core.account
-- keep what the way back removes: core.account into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "email", "login" FROM "core"."account";
DROP TABLE "core"."account";

COMMIT;
