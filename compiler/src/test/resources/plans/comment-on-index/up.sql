-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.visit (lock: NONE)
CREATE TABLE "core"."visit" (
    "id" bigint NOT NULL,
    "account_id" bigint NOT NULL,
    CONSTRAINT "visit_pkey" PRIMARY KEY ("id")
);
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add index core.visit_account (lock: NONE)
CREATE INDEX "visit_account" ON "core"."visit" ("account_id");
COMMENT ON INDEX "core"."visit_account" IS 'Visits of one account';

-- step 3: set comment core.account.account_email (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON INDEX "core"."account_email" IS 'Log-in look-up, case as typed';

-- step 4: set comment core.account.account_email_seen_idx (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON INDEX "core"."account_email_seen_idx" IS 'The default name''s index';

-- step 5: set comment core.account.account_seen (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON INDEX "core"."account_seen" IS NULL;

-- step 6: set comment core.account_count.account_count_n (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON INDEX "core"."account_count_n" IS NULL;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 7: add index core.account_seen_email (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "account_seen_email" ON "core"."account" ("seen", "email");

-- step 8: set comment core.account.account_seen_email (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON INDEX "core"."account_seen_email" IS 'Added with its comment';
