-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop partition core.measurement_y2025
CREATE TABLE "core"."measurement_y2025" PARTITION OF "core"."measurement" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO "core"."measurement_y2025" ("id", "logdate", "peak_temp") OVERRIDING SYSTEM VALUE SELECT "backup"."id", "backup"."logdate", "backup"."peak_temp" FROM "strata_backup"."0002_change_1" AS "backup";
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('"core"."measurement"', 'id'), max("id")) FROM "core"."measurement";

COMMIT;
