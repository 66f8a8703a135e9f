-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.ticket.code (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."ticket" ADD COLUMN "code" uuid;
ALTER TABLE "core"."ticket" ALTER COLUMN "code" SET DEFAULT gen_random_uuid();
ALTER TABLE "core"."ticket" ADD CONSTRAINT "ticket_code_strata_nn" CHECK ("code" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_fill_ticket_code" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."code" := (gen_random_uuid());
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_fill_ticket_code" BEFORE UPDATE ON "core"."ticket" FOR EACH ROW WHEN (NEW."code" IS NULL AND OLD."code" IS NULL) EXECUTE FUNCTION "core"."zz_strata_fill_ticket_code" ();
ALTER TABLE "core"."ticket" ENABLE ALWAYS TRIGGER "zz_strata_fill_ticket_code";
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: expand column type core.ticket.seats (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."ticket" ADD COLUMN "strata_new_seats" bigint;
ALTER TABLE "core"."ticket" ADD CONSTRAINT "ticket_strata_new_seats_nn" CHECK ("strata_new_seats" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_sync_ticket_seats" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_seats" := (SELECT (CAST("seats" AS bigint)) FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_ticket_seats" BEFORE INSERT ON "core"."ticket" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_ticket_seats" ();
CREATE TRIGGER "zz_strata_sync_ticket_seats_update" BEFORE UPDATE ON "core"."ticket" FOR EACH ROW WHEN (NEW."strata_new_seats" IS NOT DISTINCT FROM OLD."strata_new_seats") EXECUTE FUNCTION "core"."zz_strata_sync_ticket_seats" ();
ALTER TABLE "core"."ticket" ENABLE ALWAYS TRIGGER "zz_strata_sync_ticket_seats";
ALTER TABLE "core"."ticket" ENABLE ALWAYS TRIGGER "zz_strata_sync_ticket_seats_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 3: backfill column core.ticket.code (lock: ROW EXCLUSIVE)
SET session_replication_role TO replica;
UPDATE "core"."ticket" SET "code" = (gen_random_uuid()) WHERE "code" IS NULL;
RESET session_replication_role;

-- step 4: backfill column core.ticket.seats (lock: ROW EXCLUSIVE)
SET session_replication_role TO replica;
UPDATE "core"."ticket" SET "strata_new_seats" = (CAST("seats" AS bigint)) WHERE "strata_new_seats" IS NULL;
RESET session_replication_role;

-- step 5: validate not null check core.ticket_code_strata_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."ticket" VALIDATE CONSTRAINT "ticket_code_strata_nn";

-- step 6: set not null core.ticket.code (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."ticket" ALTER COLUMN "code" SET NOT NULL;

-- step 7: drop not null check core.ticket_code_strata_nn (lock: ACCESS EXCLUSIVE)
DROP TRIGGER IF EXISTS "zz_strata_fill_ticket_code" ON "core"."ticket";
DROP FUNCTION IF EXISTS "core"."zz_strata_fill_ticket_code" ();
ALTER TABLE "core"."ticket" DROP CONSTRAINT IF EXISTS "ticket_code_strata_nn";

-- step 8: validate not null check core.ticket_strata_new_seats_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."ticket" VALIDATE CONSTRAINT "ticket_strata_new_seats_nn";

BEGIN;

-- step 9: change column type core.ticket.seats (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "zz_strata_sync_ticket_seats_update" ON "core"."ticket";
DROP TRIGGER "zz_strata_sync_ticket_seats" ON "core"."ticket";
DROP FUNCTION "core"."zz_strata_sync_ticket_seats" ();
ALTER TABLE "core"."ticket" DROP COLUMN "seats";
ALTER TABLE "core"."ticket" RENAME COLUMN "strata_new_seats" TO "seats";
ALTER TABLE "core"."ticket" ALTER COLUMN "seats" SET NOT NULL;
ALTER TABLE "core"."ticket" DROP CONSTRAINT IF EXISTS "ticket_strata_new_seats_nn";

COMMIT;
