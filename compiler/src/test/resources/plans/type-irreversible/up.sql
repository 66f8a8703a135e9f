-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change column type core.doc.body (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."doc" ALTER COLUMN "body" TYPE character varying(5) USING (left(body, 5));

COMMIT;
