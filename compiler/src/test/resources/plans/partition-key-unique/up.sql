-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add primary key core.city_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."city" ADD CONSTRAINT "city_pkey" PRIMARY KEY ("id");

-- step 2: add foreign key core.visit_city_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."visit" ADD CONSTRAINT "visit_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "core"."city" NOT VALID;

COMMIT;

-- Outside the transaction: PostgreSQL cannot run these in one.

-- step 3: validate foreign key core.visit_city_id_fkey (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."visit" VALIDATE CONSTRAINT "visit_city_id_fkey";
