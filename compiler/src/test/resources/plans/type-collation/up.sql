-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change column type core.word.text_value (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."word" ALTER COLUMN "text_value" TYPE text COLLATE "C";

COMMIT;
