-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop check core.booking_short (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."booking" DROP CONSTRAINT "booking_short";

-- step 2: add sequence core.receipt_number (lock: NONE)
CREATE SEQUENCE "core"."receipt_number" AS bigint NO CYCLE;
COMMENT ON SEQUENCE "core"."receipt_number" IS 'Added with its comment';
-- if a rollback kept rows in strata_backup.0002_change_2_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 3: add table core.invoice (lock: NONE)
CREATE TABLE "core"."invoice" (
    "id" bigint NOT NULL,
    "booking_id" bigint NOT NULL,
    "total" numeric(12,2) NOT NULL,
    "updated_at" timestamp with time zone,
    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invoice_booking_id_key" UNIQUE ("booking_id"),
    CONSTRAINT "invoice_check" CHECK (total >= 0)
);
COMMENT ON COLUMN "core"."invoice"."id" IS 'The column''s comment: a key on a column line takes none';
COMMENT ON CONSTRAINT "invoice_booking_id_key" ON "core"."invoice" IS 'One invoice per booking';
COMMENT ON CONSTRAINT "invoice_check" ON "core"."invoice" IS 'No negative invoices';
-- if a rollback kept rows in strata_backup.0002_change_3_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 4: add check core.customer_email_short (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_email_short" CHECK (length(email) < 200) NOT VALID;
COMMENT ON CONSTRAINT "customer_email_short" ON "core"."customer" IS 'Added online, with its comment';

-- step 5: add foreign key core.invoice_booking_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."invoice" ADD CONSTRAINT "invoice_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "core"."booking";
COMMENT ON CONSTRAINT "invoice_booking_id_fkey" ON "core"."invoice" IS 'The booking it bills';

-- step 6: set comment core.booking.booking_customer_id_fkey (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON CONSTRAINT "booking_customer_id_fkey" ON "core"."booking" IS NULL;

-- step 7: set comment core.booking.booking_no_overlap (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON CONSTRAINT "booking_no_overlap" ON "core"."booking" IS 'No two bookings overlap';

-- step 8: set comment core.customer.customer_check (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON CONSTRAINT "customer_check" ON "core"."customer" IS NULL;

-- step 9: set comment core.customer.customer_email_key (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON CONSTRAINT "customer_email_key" ON "core"."customer" IS 'One account per address';

-- step 10: set comment core.customer.customer_pkey (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON CONSTRAINT "customer_pkey" ON "core"."customer" IS 'The customer''s id';

-- step 11: set comment core.customer.customer_touch (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON TRIGGER "customer_touch" ON "core"."customer" IS 'Keeps updated_at current';

-- step 12: set comment core.invoice_number (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON SEQUENCE "core"."invoice_number" IS 'Invoice numbers: gaps may happen';

-- step 13: set comment core.ticket_number (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON SEQUENCE "core"."ticket_number" IS 'Support tickets';

-- step 14: add trigger core.customer.customer_touch_insert (lock: SHARE ROW EXCLUSIVE)
CREATE TRIGGER "customer_touch_insert" BEFORE INSERT ON "core"."customer" FOR EACH ROW EXECUTE FUNCTION "core"."touch" ();
COMMENT ON TRIGGER "customer_touch_insert" ON "core"."customer" IS 'Added with its comment';

-- step 15: add trigger core.invoice.invoice_touch (lock: NONE)
CREATE TRIGGER "invoice_touch" BEFORE UPDATE ON "core"."invoice" FOR EACH ROW EXECUTE FUNCTION "core"."touch" ();
COMMENT ON TRIGGER "invoice_touch" ON "core"."invoice" IS 'Placeholder trigger';

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 16: validate check core.customer_email_short (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."customer" VALIDATE CONSTRAINT "customer_email_short";
