-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 4: add index core.account_email_seen
DROP INDEX CONCURRENTLY "core"."account_email_seen";

BEGIN;

-- undo step 3: change index storage core.account_tags
ALTER INDEX "core"."account_tags" RESET ("fastupdate");

-- undo step 2: change index storage core.account_seen
ALTER INDEX "core"."account_seen" SET ("autosummarize" = 'on', "pages_per_range" = '32');

-- undo step 1: change index storage core.account_email
ALTER INDEX "core"."account_email" RESET ("deduplicate_items", "fillfactor"), SET ("fillfactor" = '90');

COMMIT;
