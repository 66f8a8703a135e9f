-- Strata plan 0001_initial: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add facade version api_v1 (lock: NONE)
CREATE SCHEMA "api_v1";

-- step 2: create schema core (lock: NONE)
CREATE SCHEMA "core";

-- step 3: add table core.customer (lock: NONE)
CREATE TABLE "core"."customer" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "email" text NOT NULL,
    "nickname" text,
    CONSTRAINT "customer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customer_email_key" UNIQUE ("email")
);
-- if a rollback kept rows in strata_backup.0001_initial_3_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 4: add table core.purchase (lock: NONE)
CREATE TABLE "core"."purchase" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "customer_id" bigint NOT NULL,
    "total" numeric(12,2) NOT NULL,
    CONSTRAINT "purchase_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "purchase_total_check" CHECK (total >= 0)
);
-- if a rollback kept rows in strata_backup.0001_initial_4_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 5: add foreign key core.purchase_customer_id_fkey (lock: NONE)
ALTER TABLE "core"."purchase" ADD CONSTRAINT "purchase_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "core"."customer" ("id");

-- step 6: add view api_v1.customers (lock: NONE)
CREATE VIEW "api_v1"."customers" ("id", "email", "nickname") AS
select c.id, c.email, c.nickname from core.customer c;

COMMIT;
