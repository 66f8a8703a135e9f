-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 9: add index core.customer_name_de
DROP INDEX CONCURRENTLY "core"."customer_name_de";

-- undo step 8: add unique constraint core.customer_email_key
ALTER TABLE "core"."customer" DROP CONSTRAINT "customer_email_key";

-- undo step 7: add key index core.customer_email_key
DROP INDEX CONCURRENTLY IF EXISTS "core"."customer_email_key";

BEGIN;

-- undo step 6: change column type core.customer.email
ALTER TABLE "core"."customer" ALTER COLUMN "email" TYPE text;

-- undo step 5: add table core.tag
-- keep what the way back removes: core.tag into strata_backup.0002_change_5_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_5_r";
CREATE TABLE "strata_backup"."0002_change_5_r" AS SELECT "id", "label" COLLATE "default" AS "label", "code" COLLATE "default" AS "code" FROM "core"."tag";
DROP TABLE "core"."tag";

-- undo step 4: add collation core.plain_c
DROP COLLATION "core"."plain_c";

-- undo step 3: add collation core.german_phonebook
DROP COLLATION "core"."german_phonebook";

-- undo step 2: add collation core.case_insensitive
DROP COLLATION "core"."case_insensitive";

-- undo step 1: add collation core.c_copy
DROP COLLATION "core"."c_copy";

COMMIT;
