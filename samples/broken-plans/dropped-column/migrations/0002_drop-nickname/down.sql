-- Strata plan 0002_drop-nickname: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: replace view api_v1.customers
DROP VIEW "api_v1"."customers";

-- undo step 2: drop column core.customer.nickname
ALTER TABLE "core"."customer" ADD COLUMN "nickname" text;
UPDATE "core"."customer" AS "target" SET "nickname" = "backup"."nickname" FROM "strata_backup"."0002_drop-nickname_2" AS "backup" WHERE "target"."id" = "backup"."id";

-- undo step 1: replace view api_v1.customers
CREATE VIEW "api_v1"."customers" ("id", "email", "nickname") AS
select c.id, c.email, c.nickname from core.customer c;

COMMIT;
