-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add unique constraint core.member_email_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."member" ADD CONSTRAINT "member_email_key" UNIQUE ("email");

-- step 2: add function core.join_member(integer,text) (lock: NONE)
CREATE FUNCTION "core"."join_member" ("new_id" integer, "new_email" text)
    RETURNS void
    LANGUAGE "sql"
    AS $$ insert into core.member (id, email) values (new_id, new_email) on conflict (email) do nothing $$;

COMMIT;
