-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change index storage core.account_email (lock: SHARE UPDATE EXCLUSIVE)
ALTER INDEX "core"."account_email" RESET ("fillfactor"), SET ("deduplicate_items" = 'off', "fillfactor" = '70');

-- step 2: change index storage core.account_seen (lock: ACCESS EXCLUSIVE)
ALTER INDEX "core"."account_seen" RESET ("autosummarize", "pages_per_range");

-- step 3: change index storage core.account_tags (lock: ACCESS EXCLUSIVE)
ALTER INDEX "core"."account_tags" SET ("fastupdate" = 'off');

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 4: add index core.account_email_seen (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "account_email_seen" ON "core"."account" ("email", "seen") WITH ("fillfactor" = '80');
