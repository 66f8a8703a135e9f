-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add partition core.measurement_y2026 (lock: ACCESS EXCLUSIVE)
CREATE TABLE "core"."measurement_y2026" PARTITION OF "core"."measurement" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add index core.measurement_peak_temp_idx (lock: SHARE)
CREATE INDEX "measurement_peak_temp_idx" ON "core"."measurement" ("peak_temp");

COMMIT;
