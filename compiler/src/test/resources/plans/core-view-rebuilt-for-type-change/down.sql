-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: rebuild view core.customer_names
DROP VIEW "core"."customer_names";

-- undo step 2: change column type core.customer.name
DELETE FROM "strata_backup"."0002_change_2" AS "backup" USING "core"."customer" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."name" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."customer" ALTER COLUMN "name" TYPE character varying(20);
UPDATE "core"."customer" AS "target" SET "name" = "backup"."name" FROM "strata_backup"."0002_change_2" AS "backup" WHERE "target"."id" = "backup"."id";

-- undo step 1: rebuild view core.customer_names
CREATE VIEW "core"."customer_names" ("id", "name") AS
select id, name::text from core.customer;

COMMIT;
