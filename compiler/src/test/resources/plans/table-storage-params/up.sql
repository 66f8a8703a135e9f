-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.counter (lock: NONE)
CREATE TABLE "core"."counter" (
    "id" bigint NOT NULL,
    "value" bigint DEFAULT 0 NOT NULL,
    CONSTRAINT "counter_pkey" PRIMARY KEY ("id")
) WITH ("fillfactor" = '50', "user_catalog_table" = 'false');
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: change table storage core.audit (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."audit" RESET ("autovacuum_enabled");

-- step 3: change table storage core.event (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."event" RESET ("autovacuum_vacuum_scale_factor", "fillfactor"), SET ("autovacuum_vacuum_insert_threshold" = '5000', "fillfactor" = '70');

COMMIT;
