-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add collation core.c_copy (lock: NONE)
CREATE COLLATION "core"."c_copy" FROM "C";

-- step 2: add collation core.case_insensitive (lock: NONE)
CREATE COLLATION "core"."case_insensitive" (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);

-- step 3: add collation core.german_phonebook (lock: NONE)
CREATE COLLATION "core"."german_phonebook" (PROVIDER = icu, LOCALE = 'de-u-co-phonebk');

-- step 4: add collation core.plain_c (lock: NONE)
CREATE COLLATION "core"."plain_c" (PROVIDER = libc, LOCALE = 'C');

-- step 5: add table core.tag (lock: NONE)
CREATE TABLE "core"."tag" (
    "id" bigint NOT NULL,
    "label" text COLLATE "core"."plain_c" NOT NULL,
    "code" text COLLATE "core"."c_copy" NOT NULL,
    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);
-- if a rollback kept rows in strata_backup.0002_change_5_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 6: change column type core.customer.email (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ALTER COLUMN "email" TYPE text COLLATE "core"."case_insensitive";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 7: add key index core.customer_email_key (lock: SHARE UPDATE EXCLUSIVE)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "customer_email_key" ON "core"."customer" ("email");

-- step 8: add unique constraint core.customer_email_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_email_key" UNIQUE USING INDEX "customer_email_key";

-- step 9: add index core.customer_name_de (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "customer_name_de" ON "core"."customer" ("name" COLLATE "core"."german_phonebook");
