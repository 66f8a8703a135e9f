-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.cities (lock: NONE)
CREATE TABLE "core"."cities" (
    "id" integer NOT NULL,
    "name" text NOT NULL,
    "population" integer,
    CONSTRAINT "cities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "cities_population_check" CHECK (population >= 0)
);
COMMENT ON TABLE "core"."cities" IS 'every city, capitals included';
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add table core.capitals (lock: NONE)
CREATE TABLE "core"."capitals" (
    "state" text NOT NULL,
    CONSTRAINT "capitals_pkey" PRIMARY KEY ("id")
) INHERITS ("core"."cities");
-- if a rollback kept rows in strata_backup.0002_change_2_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 3: add table core.landmarks (lock: NONE)
CREATE TABLE "core"."landmarks" (
    "landmark" text
);
-- if a rollback kept rows in strata_backup.0002_change_3_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 4: add table core.tourist_capitals (lock: NONE)
CREATE TABLE "core"."tourist_capitals" (
    "id" integer NOT NULL,
    "visitors" bigint DEFAULT 0,
    CONSTRAINT "tourist_capitals_pkey" PRIMARY KEY ("id")
) INHERITS ("core"."capitals", "core"."landmarks");
-- if a rollback kept rows in strata_backup.0002_change_4_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 5: add index core.capitals_state_idx (lock: NONE)
CREATE INDEX "capitals_state_idx" ON "core"."capitals" ("state");

COMMIT;
