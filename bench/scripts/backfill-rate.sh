#!/usr/bin/env bash
# Backfill throughput of Strata's online integer -> bigint change against table size, with or without writers.
#
#   bench/scripts/backfill-rate.sh STRATA_JAR SERVER WORK WRITERS ROWS...
#
# STRATA_JAR: cli/target/strata.jar; SERVER: libpq URL of a superuser (postgresql://U:P@HOST:PORT); WORK: a
# scratch directory; WRITERS: pgbench clients writing while the change runs (0 for none); ROWS: one or more table
# sizes. For each size a database is built as in online-type-change.sh (core.purchase with ROWS rows, applied by
# `strata apply`, VACUUM ANALYZE), then WRITERS pgbench clients start (each transaction an UPDATE of a random row and
# an INSERT), and 3 s later `strata apply` runs the plan that makes amount bigint; the writers stop when it ends.
# Prints per size the backfill's own line (rows walked, filled, time, rows/s) and the writers' transactions. Needs
# PostgreSQL 15's pgbench and psql (Debian's postgresql-15). Each database is dropped after its size.
set -euo pipefail
jar=$(realpath "$1"); server=$2; work=$(realpath -m "$3"); writers=$4; shift 4
bin=/usr/lib/postgresql/15/bin
mkdir -p "$work"
psql_() { PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
db=backfillbench
trap 'echo "DROP DATABASE IF EXISTS $db WITH (FORCE);" | psql_ "$server/postgres" >/dev/null' EXIT
user=${server#postgresql://}; user=${user%%@*}; password=${user#*:}; user=${user%%:*}
hostport=${server##*@}
url="jdbc:postgresql://$hostport/$db?user=$user&password=$password"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; server: $("$bin/psql" -X -At \
  "$server/postgres" -c 'SHOW server_version'); $writers writers"
for rows in "$@"; do
  project="$work/project-$rows"
  rm -rf "$project" && mkdir -p "$project/schema"
  printf '[project]\nname = "backfillbench"\n' > "$project/strata.toml"
  for type in integer bigint; do
    printf 'core {\n  table purchase {\n    id      integer primary key\n    amount  %s not null default 0\n    note    text\n  }\n}\n' \
      "$type" > "$project/schema/core.strata"
    java -jar "$jar" plan --name "amount-$type" --no-verify "$project" > "$work/plan-$type.out"
    if [ "$type" = integer ]; then
      echo "DROP DATABASE IF EXISTS $db WITH (FORCE);" | psql_ "$server/postgres"
      psql_ "$server/postgres" -c "CREATE DATABASE $db"
      psql_ "$server/$db" -c "CREATE SCHEMA bench" -c "CREATE SEQUENCE bench.ids START $((rows + 1))"
      java -jar "$jar" apply --url "$url" "$project" > "$work/init.out" 2>&1
      psql_ "$server/$db" -c "INSERT INTO core.purchase (id, amount) SELECT i, i % 1000 FROM generate_series(1, $rows) AS i" \
        -c "VACUUM ANALYZE core.purchase"
    fi
  done
  cat > "$work/writer.sql" <<EOF
\set id random(1, $rows)
BEGIN;
UPDATE core.purchase SET note = 'w' WHERE id = :id;
INSERT INTO core.purchase (id, amount) VALUES (nextval('bench.ids'), 1);
END;
EOF
  pid=
  if [ "$writers" -gt 0 ]; then
    "$bin/pgbench" -n -c "$writers" -j 2 -T 100000 -f "$work/writer.sql" "$server/$db" > "$work/pgbench-$rows.out" 2>&1 &
    pid=$!
    sleep 3
  fi
  java -jar "$jar" apply --url "$url" "$project" > "$work/apply-$rows.out" 2>&1
  done_line=$(grep -o 'backfill of .* done: .*' "$work/apply-$rows.out")
  tx=n/a
  if [ -n "$pid" ]; then
    tx=$(psql_ "$server/$db" -At -c "SELECT last_value - $rows FROM bench.ids")
    kill -TERM "$pid"; wait "$pid" || true
  fi
  echo "$rows rows: ${done_line#backfill of }; writer inserts during the change: $tx"
done
