-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: rename constraint core.customer_pkey -> client_pkey
ALTER TABLE "core"."client" RENAME CONSTRAINT "client_pkey" TO "customer_pkey";

-- undo step 1: rename table core.customer -> client
ALTER TABLE "core"."client" RENAME TO "customer";
DO $strata$ BEGIN EXECUTE pg_catalog.format('ALTER SEQUENCE %s RENAME TO %I', pg_catalog.pg_get_serial_sequence('"core"."customer"', 'id'), 'customer_id_seq'); END $strata$;

COMMIT;
