-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.event.seq (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."event" ADD COLUMN "seq" bigint;
CREATE SEQUENCE "core"."event_seq_strata_seq" AS bigint INCREMENT BY 10 START WITH 100 NO CYCLE;
ALTER SEQUENCE "core"."event_seq_strata_seq" OWNED BY "core"."event"."seq";
ALTER TABLE "core"."event" ALTER COLUMN "seq" SET DEFAULT nextval('"core"."event_seq_strata_seq"'::regclass);
ALTER TABLE "core"."event" ADD CONSTRAINT "event_seq_strata_nn" CHECK ("seq" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_fill_event_seq" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."seq" := (nextval('"core"."event_seq_strata_seq"'::regclass));
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_fill_event_seq" BEFORE UPDATE ON "core"."event" FOR EACH ROW WHEN (NEW."seq" IS NULL AND OLD."seq" IS NULL) EXECUTE FUNCTION "core"."zz_strata_fill_event_seq" ();
ALTER TABLE "core"."event" ENABLE ALWAYS TRIGGER "zz_strata_fill_event_seq";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.event.seq (lock: ROW EXCLUSIVE)
UPDATE "core"."event" SET "seq" = (nextval('"core"."event_seq_strata_seq"'::regclass)) WHERE "seq" IS NULL;

-- step 3: validate not null check core.event_seq_strata_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."event" VALIDATE CONSTRAINT "event_seq_strata_nn";

-- step 4: set not null core.event.seq (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."event" ALTER COLUMN "seq" SET NOT NULL;

-- step 5: drop not null check core.event_seq_strata_nn (lock: ACCESS EXCLUSIVE)
DROP TRIGGER IF EXISTS "zz_strata_fill_event_seq" ON "core"."event";
DROP FUNCTION IF EXISTS "core"."zz_strata_fill_event_seq" ();
ALTER TABLE "core"."event" DROP CONSTRAINT IF EXISTS "event_seq_strata_nn";

BEGIN;

-- step 6: add identity core.event.seq (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."event" ALTER COLUMN "seq" DROP DEFAULT;
ALTER SEQUENCE "core"."event_seq_strata_seq" OWNED BY NONE;
ALTER TABLE "core"."event" ALTER COLUMN "seq" ADD GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10);
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('"core"."event"', 'seq'), last_value, is_called) FROM "core"."event_seq_strata_seq";
DROP SEQUENCE "core"."event_seq_strata_seq";

COMMIT;
