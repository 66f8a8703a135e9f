-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.log (lock: NONE)
CREATE TABLE "core"."log" (
    "id" bigint NOT NULL,
    "at" timestamp with time zone NOT NULL,
    CONSTRAINT "log_pkey" PRIMARY KEY ("id")
);
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add index core.log_by_time (lock: NONE)
CREATE INDEX "log_by_time" ON "core"."log" ("at" DESC);

COMMIT;
