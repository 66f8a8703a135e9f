-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add domain core.positive (lock: NONE)
CREATE DOMAIN "core"."positive" AS integer NOT NULL CONSTRAINT "positive_check" CHECK (value > 0);
COMMENT ON DOMAIN "core"."positive" IS 'More than zero';

COMMIT;
