-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.parcel (lock: NONE)
CREATE TABLE "core"."parcel" (
    "id" integer NOT NULL,
    "shop_id" integer,
    "weight" integer,
    CONSTRAINT "parcel_pkey" PRIMARY KEY ("id")
);
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add check core.parcel_weight_check (lock: NONE)
ALTER TABLE "core"."parcel" ADD CONSTRAINT "parcel_weight_check" CHECK (weight > 0) NO INHERIT NOT VALID;

-- step 3: add check core.shop_stock_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."shop" ADD CONSTRAINT "shop_stock_check" CHECK (stock >= 0) NO INHERIT NOT VALID;

-- step 4: add foreign key core.parcel_shop_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."parcel" ADD CONSTRAINT "parcel_shop_id_fkey" FOREIGN KEY ("shop_id") REFERENCES "core"."shop" MATCH FULL ON DELETE CASCADE;

-- step 5: add foreign key core.shop_region (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."shop" ADD CONSTRAINT "shop_region" FOREIGN KEY ("region_code", "region_zone") REFERENCES "core"."region" ("code", "zone") MATCH FULL NOT VALID;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 6: validate foreign key core.shop_region (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."shop" VALIDATE CONSTRAINT "shop_region";

-- step 7: validate check core.shop_stock_check (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."shop" VALIDATE CONSTRAINT "shop_stock_check";
