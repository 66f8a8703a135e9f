-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add not null check core.visit_id_strata_nn (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."visit" ADD CONSTRAINT "visit_id_strata_nn" CHECK ("id" IS NOT NULL) NOT VALID;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: validate not null check core.visit_id_strata_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."visit" VALIDATE CONSTRAINT "visit_id_strata_nn";

-- step 3: set not null core.visit.id (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."visit" ALTER COLUMN "id" SET NOT NULL;

-- step 4: drop not null check core.visit_id_strata_nn (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."visit" DROP CONSTRAINT IF EXISTS "visit_id_strata_nn";

-- step 5: add key index core.visit_pkey (lock: SHARE UPDATE EXCLUSIVE)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "visit_pkey" ON "core"."visit" ("id");

-- step 6: add primary key core.visit_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."visit" ADD CONSTRAINT "visit_pkey" PRIMARY KEY USING INDEX "visit_pkey";
