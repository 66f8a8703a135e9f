-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: change identity options core.ticket.id
ALTER TABLE "core"."ticket" ALTER COLUMN "id" SET START WITH 1000 SET INCREMENT BY 10 SET NO MINVALUE SET NO MAXVALUE SET CACHE 1 SET NO CYCLE;

-- undo step 3: change identity options core.ticket.code
ALTER TABLE "core"."ticket" ALTER COLUMN "code" SET START WITH 1 SET INCREMENT BY 1 SET NO MINVALUE SET NO MAXVALUE SET CACHE 1 SET NO CYCLE;

-- undo step 2: add column core.ticket.seat
ALTER TABLE "core"."ticket" DROP COLUMN "seat";

-- undo step 1: add table core.countdown
-- keep what the way back removes: core.countdown into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id" FROM "core"."countdown";
DROP TABLE "core"."countdown";

COMMIT;
