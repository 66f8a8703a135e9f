-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rename column core.book.author_name -> author (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."book" RENAME COLUMN "author_name" TO "author";

-- step 2: replace function library_api_v1.author_of(bigint) (lock: NONE)
CREATE OR REPLACE FUNCTION "library_api_v1"."author_of" ("book_id" bigint)
    RETURNS text
    LANGUAGE "sql" STABLE
    AS $$
    select author from core.book where id = book_id
  $$;
COMMENT ON FUNCTION "library_api_v1"."author_of"(bigint) IS NULL;

COMMIT;
