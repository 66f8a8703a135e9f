-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.account (lock: NONE)
CREATE TABLE "core"."account" (
    "id" bigint NOT NULL,
    "email" text NOT NULL,
    "login" character varying(320) NOT NULL,
    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add function core.zz_strata_expand_account_login() (lock: NONE)
CREATE FUNCTION "core"."zz_strata_expand_account_login" ()
    RETURNS trigger
    LANGUAGE "plpgsql" VOLATILE
    SET "search_path" TO 'core', 'public'
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.login IS NULL THEN
            NEW.login := (SELECT (CAST(email AS character varying(320))) FROM (SELECT NEW.*) AS strata_row);
        ELSIF NEW.login IS DISTINCT FROM (SELECT (CAST(email AS character varying(320))) FROM (SELECT NEW.*) AS strata_row) THEN
            NEW.email := (SELECT (CAST(login AS text)) FROM (SELECT NEW.*) AS strata_row);
        END IF;
    ELSIF NEW.login IS DISTINCT FROM OLD.login THEN
        IF NEW.login IS DISTINCT FROM (SELECT (CAST(email AS character varying(320))) FROM (SELECT NEW.*) AS strata_row) THEN
            NEW.email := (SELECT (CAST(login AS text)) FROM (SELECT NEW.*) AS strata_row);
        END IF;
    ELSE
        NEW.login := (SELECT (CAST(email AS character varying(320))) FROM (SELECT NEW.*) AS strata_row);
    END IF;
    RETURN NEW;
END
$$;

-- step 3: add trigger core.account.zz_strata_expand_account_login (lock: NONE)
CREATE TRIGGER "zz_strata_expand_account_login" BEFORE INSERT ON "core"."account" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_expand_account_login" ();

-- step 4: add trigger core.account.zz_strata_expand_account_login_update (lock: NONE)
CREATE TRIGGER "zz_strata_expand_account_login_update" BEFORE UPDATE ON "core"."account" FOR EACH ROW WHEN (NEW.email IS DISTINCT FROM OLD.email OR NEW.login IS DISTINCT FROM OLD.login OR NEW.login IS NULL) EXECUTE FUNCTION "core"."zz_strata_expand_account_login" ();

COMMIT;
