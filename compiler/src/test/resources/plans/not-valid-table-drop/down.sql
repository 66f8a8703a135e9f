-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: drop table core.member
CREATE TABLE "core"."member" (
    "id" integer NOT NULL,
    "team_id" integer,
    "age" integer,
    CONSTRAINT "member_pkey" PRIMARY KEY ("id")
);
INSERT INTO "core"."member" ("id", "team_id", "age") SELECT "backup"."id", "backup"."team_id", "backup"."age" FROM "strata_backup"."0002_change_3" AS "backup";

-- undo step 2: drop check core.member_age_check
ALTER TABLE "core"."member" ADD CONSTRAINT "member_age_check" CHECK (age >= 0) NOT VALID;

-- undo step 1: drop foreign key core.member_team_id_fkey
ALTER TABLE "core"."member" ADD CONSTRAINT "member_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "core"."team" ("id") NOT VALID;

COMMIT;
