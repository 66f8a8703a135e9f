-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.customer (lock: NONE)
CREATE TABLE "core"."customer" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "email" text NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "customer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customer_email_key" UNIQUE ("email")
);
COMMENT ON TABLE "core"."customer" IS 'People who buy things';
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

COMMIT;
