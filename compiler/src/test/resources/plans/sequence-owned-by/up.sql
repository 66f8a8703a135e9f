-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add sequence core.t_ids (lock: NONE)
CREATE SEQUENCE "core"."t_ids" AS bigint NO CYCLE;
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: set sequence owner core.t_ids (lock: NONE)
ALTER SEQUENCE "core"."t_ids" OWNED BY "core"."t"."id";

COMMIT;
