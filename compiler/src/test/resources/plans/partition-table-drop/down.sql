-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: drop table core.measurement
CREATE TABLE "core"."measurement" (
    "city_id" integer NOT NULL,
    "logdate" date NOT NULL,
    CONSTRAINT "measurement_pkey" PRIMARY KEY ("city_id", "logdate")
) PARTITION BY RANGE (logdate);

-- undo step 2: drop partition core.measurement_y2025
CREATE TABLE "core"."measurement_y2025" PARTITION OF "core"."measurement" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO "core"."measurement_y2025" ("city_id", "logdate") SELECT "backup"."city_id", "backup"."logdate" FROM "strata_backup"."0002_change_2" AS "backup";

-- undo step 1: drop partition core.measurement_other
CREATE TABLE "core"."measurement_other" PARTITION OF "core"."measurement" DEFAULT;
INSERT INTO "core"."measurement_other" ("city_id", "logdate") SELECT "backup"."city_id", "backup"."logdate" FROM "strata_backup"."0002_change_1" AS "backup";

COMMIT;
