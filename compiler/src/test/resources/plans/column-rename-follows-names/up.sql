-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop check core.account_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."account" DROP CONSTRAINT "account_check";

-- step 2: rename column core.account.login -> username (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."account" RENAME COLUMN "login" TO "username";

-- step 3: rename constraint core.account_login_key -> account_username_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."account" RENAME CONSTRAINT "account_login_key" TO "account_username_key";

-- step 4: add check core.account_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."account" ADD CONSTRAINT "account_check" CHECK (length(username) > 2) NOT VALID;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 5: validate check core.account_check (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."account" VALIDATE CONSTRAINT "account_check";
