-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop table core.account
CREATE TABLE "core"."account" (
    "id" bigint NOT NULL,
    "email" text NOT NULL,
    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "account_email" ON "core"."account" ("email");
COMMENT ON INDEX "core"."account_email" IS 'Log-in look-up';
CREATE INDEX "account_lower_idx" ON "core"."account" ((lower(email)));
COMMENT ON INDEX "core"."account_lower_idx" IS 'Case-insensitive look-up';
INSERT INTO "core"."account" ("id", "email") SELECT "backup"."id", "backup"."email" FROM "strata_backup"."0002_change_1" AS "backup";

COMMIT;
