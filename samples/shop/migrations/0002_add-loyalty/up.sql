-- Strata plan 0002_add-loyalty: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.loyalty_account (lock: NONE)
CREATE TABLE "core"."loyalty_account" (
    "customer_id" bigint NOT NULL,
    "points" integer DEFAULT 0 NOT NULL,
    "tier" text DEFAULT 'bronze' NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "loyalty_account_pkey" PRIMARY KEY ("customer_id"),
    CONSTRAINT "loyalty_account_points_check" CHECK (points >= 0)
);
COMMENT ON TABLE "core"."loyalty_account" IS 'Points customers collect with their purchases';
-- if a rollback kept rows in strata_backup.0002_add-loyalty_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add foreign key core.loyalty_account_customer_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."loyalty_account" ADD CONSTRAINT "loyalty_account_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "core"."customer" ("id") ON DELETE CASCADE;

COMMIT;
