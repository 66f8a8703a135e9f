-- Strata plan 0001_init: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: create schema core (lock: NONE)
CREATE SCHEMA "core";

-- step 2: add facade version ledger_api_v1 (lock: NONE)
CREATE SCHEMA "ledger_api_v1";

-- step 3: add table core.account (lock: NONE)
CREATE TABLE "core"."account" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "owner" text NOT NULL,
    "balance" numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT "account_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "account_balance_check" CHECK (balance >= 0)
);
-- if a rollback kept rows in strata_backup.0001_init_3_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 4: add view ledger_api_v1.accounts (lock: NONE)
CREATE VIEW "ledger_api_v1"."accounts" ("id", "owner", "balance") AS
select id, owner, balance from core.account;

COMMIT;
