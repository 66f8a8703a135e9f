-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: ensure role admin (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'admin') THEN
        CREATE ROLE "admin" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 2: replace view api_v1.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "api_v1"."customers";

-- step 3: replace view api_v1.customers (lock: NONE)
CREATE VIEW "api_v1"."customers" ("id", "email") AS
select id, email from core.customer;
ALTER VIEW "api_v1"."customers" ALTER COLUMN "email" SET DEFAULT 'unknown';
GRANT ALL PRIVILEGES ON TABLE "api_v1"."customers" TO "admin";
GRANT ALL PRIVILEGES ON TABLE "api_v1"."customers" TO "app";

-- step 4: grant api_v1 USAGE to admin (lock: NONE)
GRANT USAGE ON SCHEMA "api_v1" TO "admin";

COMMIT;
