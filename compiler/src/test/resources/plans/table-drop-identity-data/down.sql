-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop table core.customer
CREATE TABLE "core"."customer" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "email" text NOT NULL,
    "name" text,
    CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);
INSERT INTO "core"."customer" ("id", "email", "name") OVERRIDING SYSTEM VALUE SELECT "backup"."id", "backup"."email", "backup"."name" FROM "strata_backup"."0002_change_1" AS "backup";
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('"core"."customer"', 'id'), max("id")) FROM "core"."customer";

COMMIT;
