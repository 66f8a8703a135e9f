-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop trigger core.purchase.zz_strata_expand_purchase_total_cents (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "zz_strata_expand_purchase_total_cents" ON "core"."purchase";

-- step 2: drop trigger core.purchase.zz_strata_expand_purchase_total_cents_update (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "zz_strata_expand_purchase_total_cents_update" ON "core"."purchase";

-- step 3: drop function core.zz_strata_expand_purchase_total_cents() (lock: NONE)
DROP FUNCTION "core"."zz_strata_expand_purchase_total_cents"();

COMMIT;
