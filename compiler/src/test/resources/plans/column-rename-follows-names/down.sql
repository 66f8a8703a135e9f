-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 5: validate check core.account_check
-- nothing to undo for 'core.account.account_check': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 4: add check core.account_check
ALTER TABLE "core"."account" DROP CONSTRAINT "account_check";

-- undo step 3: rename constraint core.account_login_key -> account_username_key
ALTER TABLE "core"."account" RENAME CONSTRAINT "account_username_key" TO "account_login_key";

-- undo step 2: rename column core.account.login -> username
ALTER TABLE "core"."account" RENAME COLUMN "username" TO "login";

-- undo step 1: drop check core.account_check
ALTER TABLE "core"."account" ADD CONSTRAINT "account_check" CHECK (length(login) > 2);

COMMIT;
