-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop identity core.ticket.id
ALTER TABLE "core"."ticket" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY;
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('"core"."ticket"', 'id'), max("id")) FROM "core"."ticket";

COMMIT;
