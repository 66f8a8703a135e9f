-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: replace view shop_api_v1.customers
DROP VIEW "shop_api_v1"."customers";

-- undo step 2: change column type core.customer.email
DELETE FROM "strata_backup"."0002_change_2" AS "backup" USING "core"."customer" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."email" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."customer" ALTER COLUMN "email" TYPE text;
UPDATE "core"."customer" AS "target" SET "email" = "backup"."email" FROM "strata_backup"."0002_change_2" AS "backup" WHERE "target"."id" = "backup"."id";

-- undo step 1: replace view shop_api_v1.customers
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email, full_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

COMMIT;
