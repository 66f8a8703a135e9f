-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.item.total (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."item" ADD COLUMN "total" numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED;

COMMIT;
