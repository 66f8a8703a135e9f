-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.visit.seen_at (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."visit" ADD COLUMN "seen_at" timestamp with time zone;
ALTER TABLE "core"."visit" ALTER COLUMN "seen_at" SET DEFAULT clock_timestamp();
COMMENT ON COLUMN "core"."visit"."seen_at" IS 'when the row was first seen';
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.visit.seen_at (lock: ROW EXCLUSIVE)
SET session_replication_role TO replica;
UPDATE "core"."visit" SET "seen_at" = (clock_timestamp()) WHERE "seen_at" IS NULL;
RESET session_replication_role;
