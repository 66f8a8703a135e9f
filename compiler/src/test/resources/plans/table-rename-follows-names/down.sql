-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: rename constraint core.customer_pkey -> client_pkey
ALTER TABLE "core"."client" RENAME CONSTRAINT "client_pkey" TO "customer_pkey";

-- undo step 3: rename constraint core.customer_email_key -> client_email_key
ALTER TABLE "core"."client" RENAME CONSTRAINT "client_email_key" TO "customer_email_key";

-- undo step 2: rename index core.customer_email_id_idx -> client_email_id_idx
ALTER INDEX "core"."client_email_id_idx" RENAME TO "customer_email_id_idx";

-- undo step 1: rename table core.customer -> client
ALTER TABLE "core"."client" RENAME TO "customer";

COMMIT;
