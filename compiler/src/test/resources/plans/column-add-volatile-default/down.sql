-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 5: drop not null check core.customer_token_strata_nn
-- nothing to undo for 'core.customer.customer_token_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 4: set not null core.customer.token
ALTER TABLE "core"."customer" ALTER COLUMN "token" DROP NOT NULL;

-- undo step 3: validate not null check core.customer_token_strata_nn
-- nothing to undo for 'core.customer.customer_token_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 2: backfill column core.customer.token
-- nothing to undo for 'core.customer.token': the way back of the step that added the column drops it

BEGIN;

-- undo step 1: add column core.customer.token
-- keep what the way back removes: core.customer into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "token" FROM "core"."customer";
DROP TRIGGER IF EXISTS "zz_strata_fill_customer_token" ON "core"."customer";
DROP FUNCTION IF EXISTS "core"."zz_strata_fill_customer_token" ();
ALTER TABLE "core"."customer" DROP COLUMN "token";

COMMIT;
