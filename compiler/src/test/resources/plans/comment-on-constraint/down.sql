-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 16: validate check core.customer_email_short
-- nothing to undo for 'core.customer.customer_email_short': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 15: add trigger core.invoice.invoice_touch
DROP TRIGGER "invoice_touch" ON "core"."invoice";

-- undo step 14: add trigger core.customer.customer_touch_insert
DROP TRIGGER "customer_touch_insert" ON "core"."customer";

-- undo step 13: set comment core.ticket_number
COMMENT ON SEQUENCE "core"."ticket_number" IS NULL;

-- undo step 12: set comment core.invoice_number
COMMENT ON SEQUENCE "core"."invoice_number" IS 'Invoice numbers, no gaps promised';

-- undo step 11: set comment core.customer.customer_touch
COMMENT ON TRIGGER "customer_touch" ON "core"."customer" IS 'Keeps updated_at';

-- undo step 10: set comment core.customer.customer_pkey
COMMENT ON CONSTRAINT "customer_pkey" ON "core"."customer" IS 'Customer id';

-- undo step 9: set comment core.customer.customer_email_key
COMMENT ON CONSTRAINT "customer_email_key" ON "core"."customer" IS NULL;

-- undo step 8: set comment core.customer.customer_check
COMMENT ON CONSTRAINT "customer_check" ON "core"."customer" IS 'Looks like an address';

-- undo step 7: set comment core.booking.booking_no_overlap
COMMENT ON CONSTRAINT "booking_no_overlap" ON "core"."booking" IS 'One booking at a time';

-- undo step 6: set comment core.booking.booking_customer_id_fkey
COMMENT ON CONSTRAINT "booking_customer_id_fkey" ON "core"."booking" IS 'Who booked';

-- undo step 5: add foreign key core.invoice_booking_id_fkey
ALTER TABLE "core"."invoice" DROP CONSTRAINT "invoice_booking_id_fkey";

-- undo step 4: add check core.customer_email_short
ALTER TABLE "core"."customer" DROP CONSTRAINT "customer_email_short";

-- undo step 3: add table core.invoice
-- keep what the way back removes: core.invoice into strata_backup.0002_change_3_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_3_r";
CREATE TABLE "strata_backup"."0002_change_3_r" AS SELECT "id", "booking_id", "total", "updated_at" FROM "core"."invoice";
DROP TABLE "core"."invoice";

-- undo step 2: add sequence core.receipt_number
-- keep what the way back removes: core.receipt_number into strata_backup.0002_change_2_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2_r";
CREATE TABLE "strata_backup"."0002_change_2_r" AS SELECT "last_value", "is_called" FROM "core"."receipt_number";
DROP SEQUENCE "core"."receipt_number";

-- undo step 1: drop check core.booking_short
ALTER TABLE "core"."booking" ADD CONSTRAINT "booking_short" CHECK (upper(during) - lower(during) < interval '30 days');
COMMENT ON CONSTRAINT "booking_short" ON "core"."booking" IS 'At most a month';

COMMIT;
