-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add view core.short_names (lock: NONE)
CREATE VIEW "core"."short_names" ("name") AS
select left(name, 3) from core.customer_names;

COMMIT;
