-- Strata plan 0002_drop-nickname: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace view api_v1.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "api_v1"."customers";

-- step 2: drop column core.customer.nickname (lock: ACCESS EXCLUSIVE)
-- backup of core.customer into strata_backup.0002_drop-nickname_2
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_drop-nickname_2";
CREATE TABLE "strata_backup"."0002_drop-nickname_2" AS SELECT "id", "nickname" FROM "core"."customer";
ALTER TABLE "core"."customer" DROP COLUMN "nickname";

-- step 3: replace view api_v1.customers (lock: NONE)
CREATE VIEW "api_v1"."customers" ("id", "email", "nickname") AS
select c.id, c.email, c.nickname from core.customer c;

COMMIT;
