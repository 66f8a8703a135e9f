-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.refund (lock: NONE)
CREATE TABLE "core"."refund" (
    "id" integer NOT NULL,
    "purchase_id" integer,
    CONSTRAINT "refund_pkey" PRIMARY KEY ("id")
);
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add foreign key core.purchase_customer_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."purchase" ADD CONSTRAINT "purchase_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "core"."customer" ("id") ON DELETE CASCADE NOT VALID;

-- step 3: add foreign key core.purchase_gift_for_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."purchase" ADD CONSTRAINT "purchase_gift_for_fkey" FOREIGN KEY ("gift_for") REFERENCES "core"."customer" ("id") NOT VALID;

-- step 4: add foreign key core.refund_purchase_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."refund" ADD CONSTRAINT "refund_purchase_id_fkey" FOREIGN KEY ("purchase_id") REFERENCES "core"."purchase" ("id");

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 5: validate foreign key core.purchase_customer_id_fkey (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."purchase" VALIDATE CONSTRAINT "purchase_customer_id_fkey";
