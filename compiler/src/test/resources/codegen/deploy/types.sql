-- The types facade of codegen/types/schema/types.strata deployed by hand, for the codegen tests until plans can
-- deploy it; keep the two in step.
CREATE SCHEMA core;
CREATE EXTENSION citext WITH SCHEMA core;
SET search_path TO core, public;
CREATE TYPE core.mood AS ENUM ('happy', 'sad', 'in transit');
CREATE DOMAIN core.percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE core.sample (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  c_smallint smallint,
  c_integer integer,
  c_bigint bigint,
  c_real real,
  c_double double precision,
  c_numeric numeric,
  c_boolean boolean,
  c_text text,
  c_varchar varchar(20),
  c_char character(3),
  c_citext citext,
  c_json json,
  c_jsonb jsonb,
  c_bytea bytea,
  c_uuid uuid,
  c_date date,
  c_timestamp timestamp,
  c_timestamptz timestamptz,
  c_time time,
  c_timetz timetz,
  c_interval interval,
  c_mood mood,
  c_percent percent,
  a_smallint smallint[],
  a_integer integer[],
  a_bigint bigint[],
  a_real real[],
  a_double double precision[],
  a_numeric numeric[],
  a_boolean boolean[],
  a_text text[],
  a_varchar varchar(20)[],
  a_char character(3)[],
  a_citext citext[],
  a_json json[],
  a_jsonb jsonb[],
  a_bytea bytea[],
  a_uuid uuid[],
  a_date date[],
  a_timestamp timestamp[],
  a_timestamptz timestamptz[],
  a_time time[],
  a_timetz timetz[],
  a_interval interval[],
  a_mood mood[],
  a_percent percent[]
);
CREATE SCHEMA types_api_v1;
CREATE VIEW types_api_v1.samples (id, c_smallint, c_integer, c_bigint, c_real, c_double, c_numeric, c_boolean, c_text, c_varchar, c_char, c_citext, c_json, c_jsonb, c_bytea, c_uuid, c_date, c_timestamp, c_timestamptz, c_time, c_timetz, c_interval, c_mood, c_percent, a_smallint, a_integer, a_bigint, a_real, a_double, a_numeric, a_boolean, a_text, a_varchar, a_char, a_citext, a_json, a_jsonb, a_bytea, a_uuid, a_date, a_timestamp, a_timestamptz, a_time, a_timetz, a_interval, a_mood, a_percent) AS
  select * from core.sample;
CREATE VIEW types_api_v1.complete_samples (id, c_smallint, c_integer, c_bigint, c_real, c_double, c_numeric, c_boolean, c_text, c_varchar, c_char, c_citext, c_json, c_jsonb, c_bytea, c_uuid, c_date, c_timestamp, c_timestamptz, c_time, c_timetz, c_interval, c_mood, c_percent, a_smallint, a_integer, a_bigint, a_real, a_double, a_numeric, a_boolean, a_text, a_varchar, a_char, a_citext, a_json, a_jsonb, a_bytea, a_uuid, a_date, a_timestamp, a_timestamptz, a_time, a_timetz, a_interval, a_mood, a_percent) AS
  select * from core.sample where c_smallint is not null;
CREATE FUNCTION types_api_v1.put_sample(c_smallint smallint, c_integer integer, c_bigint bigint, c_real real, c_double double precision, c_numeric numeric, c_boolean boolean, c_text text, c_varchar varchar(20), c_char character(3), c_citext citext, c_json json, c_jsonb jsonb, c_bytea bytea, c_uuid uuid, c_date date, c_timestamp timestamp, c_timestamptz timestamptz, c_time time, c_timetz timetz, c_interval interval, c_mood mood, c_percent percent, a_smallint smallint[], a_integer integer[], a_bigint bigint[], a_real real[], a_double double precision[], a_numeric numeric[], a_boolean boolean[], a_text text[], a_varchar varchar(20)[], a_char character(3)[], a_citext citext[], a_json json[], a_jsonb jsonb[], a_bytea bytea[], a_uuid uuid[], a_date date[], a_timestamp timestamp[], a_timestamptz timestamptz[], a_time time[], a_timetz timetz[], a_interval interval[], a_mood mood[], a_percent percent[]) RETURNS bigint LANGUAGE sql AS $$
  insert into core.sample (c_smallint, c_integer, c_bigint, c_real, c_double, c_numeric, c_boolean, c_text, c_varchar, c_char, c_citext, c_json, c_jsonb, c_bytea, c_uuid, c_date, c_timestamp, c_timestamptz, c_time, c_timetz, c_interval, c_mood, c_percent, a_smallint, a_integer, a_bigint, a_real, a_double, a_numeric, a_boolean, a_text, a_varchar, a_char, a_citext, a_json, a_jsonb, a_bytea, a_uuid, a_date, a_timestamp, a_timestamptz, a_time, a_timetz, a_interval, a_mood, a_percent)
    values (put_sample.c_smallint, put_sample.c_integer, put_sample.c_bigint, put_sample.c_real, put_sample.c_double, put_sample.c_numeric, put_sample.c_boolean, put_sample.c_text, put_sample.c_varchar, put_sample.c_char, put_sample.c_citext, put_sample.c_json, put_sample.c_jsonb, put_sample.c_bytea, put_sample.c_uuid, put_sample.c_date, put_sample.c_timestamp, put_sample.c_timestamptz, put_sample.c_time, put_sample.c_timetz, put_sample.c_interval, put_sample.c_mood, put_sample.c_percent, put_sample.a_smallint, put_sample.a_integer, put_sample.a_bigint, put_sample.a_real, put_sample.a_double, put_sample.a_numeric, put_sample.a_boolean, put_sample.a_text, put_sample.a_varchar, put_sample.a_char, put_sample.a_citext, put_sample.a_json, put_sample.a_jsonb, put_sample.a_bytea, put_sample.a_uuid, put_sample.a_date, put_sample.a_timestamp, put_sample.a_timestamptz, put_sample.a_time, put_sample.a_timetz, put_sample.a_interval, put_sample.a_mood, put_sample.a_percent)
    returning id
$$;
CREATE FUNCTION types_api_v1.echo_smallint(v smallint) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_smallint_array(v smallint[]) RETURNS smallint[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_integer(v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_integer_array(v integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_bigint(v bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_bigint_array(v bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_real(v real) RETURNS real LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_real_array(v real[]) RETURNS real[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_double(v double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_double_array(v double precision[]) RETURNS double precision[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_numeric(v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_numeric_array(v numeric[]) RETURNS numeric[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_boolean(v boolean) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_boolean_array(v boolean[]) RETURNS boolean[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_text(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_text_array(v text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_varchar(v varchar(20)) RETURNS varchar(20) LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_varchar_array(v varchar(20)[]) RETURNS varchar(20)[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_char(v character(3)) RETURNS character(3) LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_char_array(v character(3)[]) RETURNS character(3)[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_citext(v citext) RETURNS citext LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_citext_array(v citext[]) RETURNS citext[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_json(v json) RETURNS json LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_json_array(v json[]) RETURNS json[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_jsonb(v jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_jsonb_array(v jsonb[]) RETURNS jsonb[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_bytea(v bytea) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_bytea_array(v bytea[]) RETURNS bytea[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_uuid(v uuid) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_uuid_array(v uuid[]) RETURNS uuid[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_date(v date) RETURNS date LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_date_array(v date[]) RETURNS date[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_timestamp(v timestamp) RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_timestamp_array(v timestamp[]) RETURNS timestamp[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_timestamptz(v timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_timestamptz_array(v timestamptz[]) RETURNS timestamptz[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_time(v time) RETURNS time LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_time_array(v time[]) RETURNS time[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_timetz(v timetz) RETURNS timetz LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_timetz_array(v timetz[]) RETURNS timetz[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_interval(v interval) RETURNS interval LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_interval_array(v interval[]) RETURNS interval[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_mood(v mood) RETURNS mood LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_mood_array(v mood[]) RETURNS mood[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_percent(v percent) RETURNS percent LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.echo_percent_array(v percent[]) RETURNS percent[] LANGUAGE sql IMMUTABLE AS $$ select v $$;
CREATE FUNCTION types_api_v1.sample_ids() RETURNS SETOF bigint LANGUAGE sql STABLE AS $$ select id from core.sample order by id $$;
CREATE FUNCTION types_api_v1.samples_from(first_id bigint) RETURNS SETOF types_api_v1.samples LANGUAGE sql STABLE AS $$
  select * from types_api_v1.samples where id >= first_id order by id
$$;
CREATE FUNCTION types_api_v1.one_sample(wanted bigint) RETURNS types_api_v1.samples LANGUAGE sql STABLE AS $$
  select * from types_api_v1.samples where id = wanted
$$;
CREATE FUNCTION types_api_v1.mood_counts() RETURNS TABLE (mood mood, samples bigint) LANGUAGE sql STABLE AS $$
  select c_mood, count(*) from core.sample where c_mood is not null group by c_mood order by c_mood
$$;
CREATE FUNCTION types_api_v1.split(total integer, OUT half integer, INOUT rest integer) RETURNS record LANGUAGE sql IMMUTABLE AS $$
  select total / 2, total % 2 + rest
$$;
CREATE FUNCTION types_api_v1.total(VARIADIC xs integer[]) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  select sum(x) from unnest(xs) x
$$;
CREATE FUNCTION types_api_v1.search_path() RETURNS text LANGUAGE sql STABLE AS $$ select current_setting('search_path') $$;
CREATE FUNCTION types_api_v1.forget(wanted bigint) RETURNS void LANGUAGE sql AS $$ delete from core.sample where id = wanted $$;
CREATE PROCEDURE types_api_v1.delete_sample(wanted bigint) LANGUAGE sql AS $$ delete from core.sample where id = wanted $$;
RESET search_path;
