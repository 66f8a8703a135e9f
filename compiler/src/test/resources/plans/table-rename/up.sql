-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rename table core.customer -> client (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" RENAME TO "client";
DO $strata$ BEGIN EXECUTE pg_catalog.format('ALTER SEQUENCE %s RENAME TO %I', pg_catalog.pg_get_serial_sequence('"core"."client"', 'id'), 'client_id_seq'); END $strata$;

-- step 2: rename constraint core.customer_pkey -> client_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."client" RENAME CONSTRAINT "customer_pkey" TO "client_pkey";

COMMIT;
