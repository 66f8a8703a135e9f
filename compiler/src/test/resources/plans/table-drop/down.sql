-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop table core.note
CREATE TABLE "core"."note" (
    "id" bigint NOT NULL,
    "body" text,
    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);
INSERT INTO "core"."note" ("id", "body") SELECT "backup"."id", "backup"."body" FROM "strata_backup"."0002_change_1" AS "backup";

COMMIT;
