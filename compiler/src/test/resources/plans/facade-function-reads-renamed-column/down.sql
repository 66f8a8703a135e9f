-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: rename column core.book.author_name -> author
ALTER TABLE "core"."book" RENAME COLUMN "author" TO "author_name";

-- undo step 2: replace function library_api_v1.author_of(bigint)
CREATE OR REPLACE FUNCTION "library_api_v1"."author_of" ("book_id" bigint)
    RETURNS text
    LANGUAGE "sql" STABLE
    AS $$
    select author_name from core.book where id = book_id
  $$;
COMMENT ON FUNCTION "library_api_v1"."author_of"(bigint) IS NULL;

COMMIT;
