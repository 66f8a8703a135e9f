-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.visit (lock: NONE)
CREATE TABLE "core"."visit" (
    "id" integer NOT NULL,
    "member_id" integer NOT NULL,
    "minutes" integer,
    CONSTRAINT "visit_pkey" PRIMARY KEY ("id")
);
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add check core.member_age_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."member" ADD CONSTRAINT "member_age_check" CHECK (age >= 0) NOT VALID;

-- step 3: add check core.visit_minutes_check (lock: NONE)
ALTER TABLE "core"."visit" ADD CONSTRAINT "visit_minutes_check" CHECK (minutes > 0) NOT VALID;

-- step 4: add foreign key core.member_team_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."member" ADD CONSTRAINT "member_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "core"."team" ("id") NOT VALID;

-- step 5: add foreign key core.visit_member (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."visit" ADD CONSTRAINT "visit_member" FOREIGN KEY ("member_id") REFERENCES "core"."member" ("id") ON DELETE CASCADE NOT VALID;

COMMIT;
