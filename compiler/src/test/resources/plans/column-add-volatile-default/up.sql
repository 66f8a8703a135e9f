-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.customer.token (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD COLUMN "token" uuid;
ALTER TABLE "core"."customer" ALTER COLUMN "token" SET DEFAULT gen_random_uuid();
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_token_strata_nn" CHECK ("token" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_fill_customer_token" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."token" := (gen_random_uuid());
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_fill_customer_token" BEFORE UPDATE ON "core"."customer" FOR EACH ROW WHEN (NEW."token" IS NULL AND OLD."token" IS NULL) EXECUTE FUNCTION "core"."zz_strata_fill_customer_token" ();
ALTER TABLE "core"."customer" ENABLE ALWAYS TRIGGER "zz_strata_fill_customer_token";
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.customer.token (lock: ROW EXCLUSIVE)
UPDATE "core"."customer" SET "token" = (gen_random_uuid()) WHERE "token" IS NULL;

-- step 3: validate not null check core.customer_token_strata_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."customer" VALIDATE CONSTRAINT "customer_token_strata_nn";

-- step 4: set not null core.customer.token (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ALTER COLUMN "token" SET NOT NULL;

-- step 5: drop not null check core.customer_token_strata_nn (lock: ACCESS EXCLUSIVE)
DROP TRIGGER IF EXISTS "zz_strata_fill_customer_token" ON "core"."customer";
DROP FUNCTION IF EXISTS "core"."zz_strata_fill_customer_token" ();
ALTER TABLE "core"."customer" DROP CONSTRAINT IF EXISTS "customer_token_strata_nn";
