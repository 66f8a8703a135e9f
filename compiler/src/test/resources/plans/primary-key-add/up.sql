-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 1: add key index core.visit_pkey (lock: SHARE UPDATE EXCLUSIVE)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "visit_pkey" ON "core"."visit" ("id");

-- step 2: add primary key core.visit_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."visit" ADD CONSTRAINT "visit_pkey" PRIMARY KEY USING INDEX "visit_pkey";
