-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: alter sequence core.invoice_no (lock: NONE)
ALTER SEQUENCE "core"."invoice_no" AS integer INCREMENT BY 2 NO MINVALUE MAXVALUE 99999 START WITH 1000 CACHE 1 CYCLE;

COMMIT;
