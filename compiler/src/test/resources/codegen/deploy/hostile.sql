-- codegen/hostile/schema/odd.strata deployed by hand, for the codegen tests until plans can deploy it.
CREATE SCHEMA core;
CREATE TYPE core."Delivery State" AS ENUM ('in transit', 'it''s "done"', 'back\slash', 'Ünïcödé');
CREATE TYPE core.jdbc AS ENUM ('a', 'b');
CREATE TYPE core.rows AS ENUM ('x', 'y');
CREATE TABLE core."Order Lines" (
  "Line ID" bigint PRIMARY KEY,
  "naïve" text,
  "class" integer,
  to_string text,
  state core."Delivery State",
  kind core.jdbc,
  sort core.rows
);
CREATE SCHEMA "Odd Api_v1";
CREATE VIEW "Odd Api_v1"."Order Lines" ("Line ID", "naïve", "class", to_string, state, kind, sort) AS
  select "Line ID", "naïve", "class", to_string, state, kind, sort from core."Order Lines";
CREATE VIEW "Odd Api_v1"."select" ("from") AS select 'where'::text;
CREATE FUNCTION "Odd Api_v1"."put line"("Line ID" bigint, "naïve" text, statement text, "resultSet" integer,
    elements core."Delivery State"[]) RETURNS bigint LANGUAGE sql AS $$
  insert into core."Order Lines" ("Line ID", "naïve", "class", to_string, state, kind, sort)
    values ($1, $2, $4, $3, $5[1], 'b', 'y')
    returning "Line ID"
$$;
CREATE FUNCTION "Odd Api_v1".states() RETURNS SETOF core."Delivery State" LANGUAGE sql STABLE AS $$
  select unnest(enum_range(null::core."Delivery State"))
$$;
