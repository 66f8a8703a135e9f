-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 8: set comment core.account.account_seen_email
COMMENT ON INDEX "core"."account_seen_email" IS NULL;

-- undo step 7: add index core.account_seen_email
DROP INDEX CONCURRENTLY "core"."account_seen_email";

BEGIN;

-- undo step 6: set comment core.account_count.account_count_n
COMMENT ON INDEX "core"."account_count_n" IS 'One row';

-- undo step 5: set comment core.account.account_seen
COMMENT ON INDEX "core"."account_seen" IS 'Recent accounts first';

-- undo step 4: set comment core.account.account_email_seen_idx
COMMENT ON INDEX "core"."account_email_seen_idx" IS NULL;

-- undo step 3: set comment core.account.account_email
COMMENT ON INDEX "core"."account_email" IS 'Log-in look-up';

-- undo step 2: add index core.visit_account
DROP INDEX "core"."visit_account";

-- undo step 1: add table core.visit
-- keep what the way back removes: core.visit into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "account_id" FROM "core"."visit";
DROP TABLE "core"."visit";

COMMIT;
