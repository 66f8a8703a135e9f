-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: expand column type core.job.priority (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."job" ADD COLUMN "strata_new_priority" integer;
ALTER TABLE "core"."job" ADD CONSTRAINT "job_strata_new_priority_nn" CHECK ("strata_new_priority" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_sync_job_priority" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_priority" := (SELECT (CAST("priority" AS integer)) FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_job_priority" BEFORE INSERT ON "core"."job" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_job_priority" ();
CREATE TRIGGER "zz_strata_sync_job_priority_update" BEFORE UPDATE ON "core"."job" FOR EACH ROW WHEN (NEW."strata_new_priority" IS NOT DISTINCT FROM OLD."strata_new_priority") EXECUTE FUNCTION "core"."zz_strata_sync_job_priority" ();
ALTER TABLE "core"."job" ENABLE ALWAYS TRIGGER "zz_strata_sync_job_priority";
ALTER TABLE "core"."job" ENABLE ALWAYS TRIGGER "zz_strata_sync_job_priority_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.job.priority (lock: ROW EXCLUSIVE)
UPDATE "core"."job" SET "strata_new_priority" = (CAST("priority" AS integer)) WHERE "strata_new_priority" IS NULL;

-- step 3: validate not null check core.job_strata_new_priority_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."job" VALIDATE CONSTRAINT "job_strata_new_priority_nn";

BEGIN;

-- step 4: change column type core.job.priority (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "zz_strata_sync_job_priority_update" ON "core"."job";
DROP TRIGGER "zz_strata_sync_job_priority" ON "core"."job";
DROP FUNCTION "core"."zz_strata_sync_job_priority" ();
ALTER TABLE "core"."job" DROP COLUMN "priority";
ALTER TABLE "core"."job" RENAME COLUMN "strata_new_priority" TO "priority";
ALTER TABLE "core"."job" ALTER COLUMN "priority" SET NOT NULL;
ALTER TABLE "core"."job" DROP CONSTRAINT IF EXISTS "job_strata_new_priority_nn";

-- step 5: set default core.job.priority (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."job" ALTER COLUMN "priority" SET DEFAULT 2;

COMMIT;
