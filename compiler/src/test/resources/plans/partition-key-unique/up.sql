-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add primary key core.city_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."city" ADD CONSTRAINT "city_pkey" PRIMARY KEY ("id");

-- step 2: add foreign key core.visit_city_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."visit" ADD CONSTRAINT "visit_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "core"."city";

COMMIT;
