-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.shelf (lock: NONE)
CREATE TABLE "core"."shelf" (
    "id" integer NOT NULL,
    "capacity" integer,
    CONSTRAINT "shelf_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "shelf_capacity_check" CHECK (capacity > 0)
);
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add check core.product_price_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."product" ADD CONSTRAINT "product_price_check" CHECK (price >= 0) NOT VALID;

-- step 3: add check core.product_stock_small (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."product" ADD CONSTRAINT "product_stock_small" CHECK (stock < 1000000) NOT VALID;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 4: validate check core.product_price_check (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."product" VALIDATE CONSTRAINT "product_price_check";
