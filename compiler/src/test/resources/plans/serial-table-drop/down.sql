-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: drop sequence core.item_id_seq
CREATE SEQUENCE "core"."item_id_seq" AS bigint NO CYCLE;

-- undo step 1: drop table core.item
CREATE TABLE "core"."item" (
    "id" integer DEFAULT nextval('item_id_seq') NOT NULL,
    "label" text,
    CONSTRAINT "item_pkey" PRIMARY KEY ("id")
);
INSERT INTO "core"."item" ("id", "label") SELECT "backup"."id", "backup"."label" FROM "strata_backup"."0002_change_1" AS "backup";
ALTER SEQUENCE "core"."item_id_seq" OWNED BY "core"."item"."id";
SELECT pg_catalog.setval('"core"."item_id_seq"', max("id")) FROM "core"."item" HAVING max("id") IS NOT NULL;

COMMIT;
