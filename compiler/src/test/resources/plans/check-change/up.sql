-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop check core.customer_age_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" DROP CONSTRAINT "customer_age_check";

-- step 2: add check core.customer_age_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_age_check" CHECK (age >= 18) NOT VALID;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 3: validate check core.customer_age_check (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."customer" VALIDATE CONSTRAINT "customer_age_check";
