-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: drop table core.cities
CREATE TABLE "core"."cities" (
    "id" integer NOT NULL,
    "name" text NOT NULL,
    CONSTRAINT "cities_pkey" PRIMARY KEY ("id")
);
INSERT INTO "core"."cities" ("id", "name") SELECT "backup"."id", "backup"."name" FROM "strata_backup"."0002_change_2" AS "backup";

-- undo step 1: drop table core.capitals
CREATE TABLE "core"."capitals" (
    "state" text NOT NULL,
    CONSTRAINT "capitals_pkey" PRIMARY KEY ("id")
) INHERITS ("core"."cities");
INSERT INTO "core"."capitals" ("id", "name", "state") SELECT "backup"."id", "backup"."name", "backup"."state" FROM "strata_backup"."0002_change_1" AS "backup";

COMMIT;
