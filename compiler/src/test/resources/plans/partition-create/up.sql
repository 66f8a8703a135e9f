-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.city_event (lock: NONE)
CREATE TABLE "core"."city_event" (
    "id" bigint NOT NULL,
    "kind" text NOT NULL,
    CONSTRAINT "city_event_id_kind_key" UNIQUE ("id", "kind")
) PARTITION BY LIST (kind);

-- step 2: add partition core.city_event_fair (lock: NONE)
CREATE TABLE "core"."city_event_fair" PARTITION OF "core"."city_event" FOR VALUES IN ('fair', 'market');
-- if a rollback kept rows in strata_backup.0002_change_2_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 3: add partition core.city_event_rest (lock: NONE)
CREATE TABLE "core"."city_event_rest" PARTITION OF "core"."city_event" DEFAULT;
-- if a rollback kept rows in strata_backup.0002_change_3_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 4: add table core.measurement (lock: NONE)
CREATE TABLE "core"."measurement" (
    "city_id" integer NOT NULL,
    "logdate" date NOT NULL,
    "peak_temp" integer,
    CONSTRAINT "measurement_pkey" PRIMARY KEY ("city_id", "logdate")
) PARTITION BY RANGE (logdate);

-- step 5: add partition core.measurement_other (lock: NONE)
CREATE TABLE "core"."measurement_other" PARTITION OF "core"."measurement" DEFAULT;
COMMENT ON TABLE "core"."measurement_other" IS 'rows of any other year';
-- if a rollback kept rows in strata_backup.0002_change_5_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 6: add partition core.measurement_y2025 (lock: NONE)
CREATE TABLE "core"."measurement_y2025" PARTITION OF "core"."measurement" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- if a rollback kept rows in strata_backup.0002_change_6_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 7: add partition core.measurement_y2026 (lock: NONE)
CREATE TABLE "core"."measurement_y2026" PARTITION OF "core"."measurement" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- if a rollback kept rows in strata_backup.0002_change_7_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 8: add table core.reading (lock: NONE)
CREATE TABLE "core"."reading" (
    "sensor_id" bigint NOT NULL,
    "value" numeric
) PARTITION BY HASH (sensor_id);

-- step 9: add partition core.reading_0 (lock: NONE)
CREATE TABLE "core"."reading_0" PARTITION OF "core"."reading" FOR VALUES WITH (modulus 2, remainder 0);
-- if a rollback kept rows in strata_backup.0002_change_9_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 10: add partition core.reading_1 (lock: NONE)
CREATE TABLE "core"."reading_1" PARTITION OF "core"."reading" FOR VALUES WITH (modulus 2, remainder 1);
-- if a rollback kept rows in strata_backup.0002_change_10_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 11: add index core.measurement_peak_temp_idx (lock: NONE)
CREATE INDEX "measurement_peak_temp_idx" ON "core"."measurement" ("peak_temp");

COMMIT;
