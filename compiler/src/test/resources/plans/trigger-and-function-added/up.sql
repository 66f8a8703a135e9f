-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add function core.touch() (lock: NONE)
CREATE FUNCTION "core"."touch" ()
    RETURNS trigger
    LANGUAGE "plpgsql"
    AS $$
    begin new.updated_at := now(); return new; end
  $$;

-- step 2: add trigger core.page.page_touch (lock: SHARE ROW EXCLUSIVE)
CREATE TRIGGER "page_touch" BEFORE UPDATE ON "core"."page" FOR EACH ROW EXECUTE FUNCTION "core"."touch" ();

COMMIT;
