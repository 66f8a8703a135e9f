-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rename table core.customer -> client (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" RENAME TO "client";

-- step 2: rename index core.customer_email_id_idx -> client_email_id_idx (lock: ACCESS EXCLUSIVE)
ALTER INDEX "core"."customer_email_id_idx" RENAME TO "client_email_id_idx";

-- step 3: rename constraint core.customer_email_key -> client_email_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."client" RENAME CONSTRAINT "customer_email_key" TO "client_email_key";

-- step 4: rename constraint core.customer_pkey -> client_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."client" RENAME CONSTRAINT "customer_pkey" TO "client_pkey";

COMMIT;
