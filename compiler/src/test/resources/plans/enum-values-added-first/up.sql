-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add enum value core.level (lock: NONE)
ALTER TYPE "core"."level" ADD VALUE 'low' BEFORE 'high';
ALTER TYPE "core"."level" ADD VALUE 'medium' AFTER 'low';
ALTER TYPE "core"."level" ADD VALUE 'critical' AFTER 'high';

COMMIT;
