-- Strata plan 0001_init: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: create schema core (lock: NONE)
CREATE SCHEMA "core";

-- step 2: add table core.note (lock: NONE)
CREATE TABLE "core"."note" ( -- edited by hand

    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "body" text NOT NULL,
    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);
-- if a rollback kept rows in strata_backup.0001_init_2_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

COMMIT;
