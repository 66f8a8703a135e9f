#!/usr/bin/env bash
# Writer stall of a core change under write load, in one run: Strata's online form against the plain ALTER TABLE a
# hand-written migration runs.
#
#   bench/scripts/online-type-change.sh STRATA_JAR SERVER ROWS WORK [SECONDS] [CHANGE]
#
# STRATA_JAR: cli/target/strata.jar; SERVER: libpq URL of a superuser on the server (postgresql://U:P@HOST:PORT);
# ROWS: rows in the table; WORK: an empty scratch directory; SECONDS: how long the writers run on each side
# (default 60; the change must finish within it); CHANGE: what changes (default bigint):
#   bigint   amount integer -> bigint         (plain: ALTER COLUMN amount TYPE bigint)
#   check    a check (amount >= 0) added      (plain: ADD CONSTRAINT purchase_amount_check CHECK (amount >= 0))
#   notnull  code made NOT NULL               (plain: ALTER COLUMN code SET NOT NULL)
#   unique   ref made unique                  (plain: ADD CONSTRAINT purchase_ref_key UNIQUE (ref))
#   fk       customer_id references customer  (plain: ADD CONSTRAINT purchase_customer_id_fkey FOREIGN KEY ...)
#   volatile a column token uuid not null default gen_random_uuid() added
#                                             (plain: ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid())
#   textint  label text -> integer, using (label::integer) reverse (label::text), on a table that also has a column
#            label text holding the row's id as text (plain: ALTER COLUMN label TYPE integer USING label::integer)
#   expand   a column amount_cents bigint not null expands amount, using (amount::bigint * 100) reverse
#            ((amount_cents / 100)::integer): the expand phase of expand/contract across releases (plain: one
#            transaction that adds the column, fills it with one UPDATE, sets NOT NULL and adds a trigger that keeps
#            it set on writes, as a hand-written migration would)
#   none     nothing: the baseline, with the table of the four above (plain: SELECT 1; Strata: an apply with no
#            plan pending, its JVM start and drift check only)
# Two databases are built the same way: a Strata project whose table core.purchase (id integer primary key, amount
# integer not null default 0, note text; for the changes other than bigint also customer_id integer, code integer,
# ref bigint, and a table core.customer of 1,000 ids) is applied with `strata apply`, then filled with ROWS rows and
# analysed. On each, 8 pgbench clients run for SECONDS seconds, each transaction an UPDATE of a random row and an
# INSERT of a new one; 3 s after they start, the change runs: on one side `strata apply` of the plan that makes it, on
# the other the plain statement in psql. Prints, per side, the change's wall time, the table's state after it, the
# writers' transactions, their latency (median, p99, max, from pgbench's per-transaction log) and the clients that
# aborted (a failed write aborts a pgbench client), then the ratio of the max latencies. Needs PostgreSQL 15's
# pgbench and psql (Debian's postgresql-15). The databases are dropped at the end.
set -euo pipefail
jar=$(realpath "$1"); server=$2; rows=$3; work=$(realpath -m "$4"); seconds=${5:-60}; change=${6:-bigint}
case "$change" in
  none) plain="SELECT 1" ;;
  bigint) plain="ALTER TABLE core.purchase ALTER COLUMN amount TYPE bigint" ;;
  check) plain="ALTER TABLE core.purchase ADD CONSTRAINT purchase_amount_check CHECK (amount >= 0)" ;;
  notnull) plain="ALTER TABLE core.purchase ALTER COLUMN code SET NOT NULL" ;;
  unique) plain="ALTER TABLE core.purchase ADD CONSTRAINT purchase_ref_key UNIQUE (ref)" ;;
  fk) plain="ALTER TABLE core.purchase ADD CONSTRAINT purchase_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES core.customer (id)" ;;
  volatile) plain="ALTER TABLE core.purchase ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid()" ;;
  textint) plain="ALTER TABLE core.purchase ALTER COLUMN label TYPE integer USING label::integer" ;;
  expand) plain="ALTER TABLE core.purchase ADD COLUMN amount_cents bigint;
UPDATE core.purchase SET amount_cents = amount::bigint * 100;
ALTER TABLE core.purchase ALTER COLUMN amount_cents SET NOT NULL;
CREATE FUNCTION core.purchase_cents() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
  NEW.amount_cents := NEW.amount::bigint * 100; RETURN NEW; END \$\$;
CREATE TRIGGER purchase_cents BEFORE INSERT OR UPDATE OF amount ON core.purchase FOR EACH ROW
  EXECUTE FUNCTION core.purchase_cents();" ;;
  *) echo "CHANGE is none, bigint, check, notnull, unique, fk, volatile, textint or expand, not '$change'" >&2
     exit 2 ;;
esac
bin=/usr/lib/postgresql/15/bin
mkdir -p "$work"

psql_() { PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
drop_all() {
  for db in onlinebench_strata onlinebench_plain; do
    echo "DROP DATABASE IF EXISTS $db WITH (FORCE);"
  done | psql_ "$server/postgres" >/dev/null
}
trap drop_all EXIT
drop_all

user=${server#postgresql://}; user=${user%%@*}; password=${user#*:}; user=${user%%:*}
hostport=${server##*@}

project="$work/project"
rm -rf "$project"
mkdir -p "$project/schema"
printf '[project]\nname = "onlinebench"\n' > "$project/strata.toml"
# the table before (before) or after (after) the change
table() {
  local amount=integer customer="" code="" ref="" check="" extra="" customers="" label=""
  if [ "$change" = textint ]; then
    label="    label   text"
  fi
  if [ "$1" = after ]; then
    case "$change" in
      bigint) amount=bigint ;;
      check) check="    constraint purchase_amount_check check (amount >= 0)" ;;
      notnull) code=" not null" ;;
      unique) ref=" unique" ;;
      fk) customer=" references customer (id)" ;;
      volatile) check="    token   uuid not null default gen_random_uuid()" ;;
      textint) label="    label   integer using (label::integer) reverse (label::text)" ;;
      expand) check="    amount_cents bigint not null expands amount using (amount::bigint * 100) reverse ((amount_cents / 100)::integer)" ;;
    esac
  fi
  if [ "$change" != bigint ]; then
    extra="    customer_id integer$customer
    code    integer$code
    ref     bigint$ref
$check
$label"
    customers="  table customer {
    id  integer primary key
  }"
  fi
  cat <<EOF
core {
$customers
  table purchase {
    id      integer primary key
    amount  $amount not null default 0
    note    text
$extra
  }
}
EOF
}
table before > "$project/schema/core.strata"
java -jar "$jar" plan --name purchases --no-verify "$project" > "$work/plan1.out"

if [ "$change" = bigint ]; then
  insert="INSERT INTO core.purchase (id, amount) VALUES (nextval('bench.ids'), 1);"
  fill="INSERT INTO core.purchase (id, amount) SELECT i, i % 1000 FROM generate_series(1, $rows) AS i;"
else
  insert="INSERT INTO core.purchase (id, amount, customer_id, code, ref) SELECT n, 1, n % 1000 + 1, 1, n FROM
  (SELECT nextval('bench.ids') AS n) AS s;"
  fill="INSERT INTO core.customer (id) SELECT i FROM generate_series(1, 1000) AS i;
INSERT INTO core.purchase (id, amount, customer_id, code, ref) SELECT i, i % 1000, i % 1000 + 1, i, i FROM
  generate_series(1, $rows) AS i;"
fi
if [ "$change" = textint ]; then
  # the rows there before hold their id as text; the writers' rows leave it NULL
  fill="INSERT INTO core.customer (id) SELECT i FROM generate_series(1, 1000) AS i;
INSERT INTO core.purchase (id, amount, customer_id, code, ref, label) SELECT i, i % 1000, i % 1000 + 1, i, i,
  i::text FROM generate_series(1, $rows) AS i;"
fi
cat > "$work/writer.sql" <<EOF
\set id random(1, $rows)
BEGIN;
UPDATE core.purchase SET note = 'w' WHERE id = :id;
$(echo "$insert" | tr '\n' ' ')
END;
EOF

build() {
  local db=$1
  psql_ "$server/postgres" -c "CREATE DATABASE $db"
  # the writers' id sequence exists before the first apply, so Strata's drift check takes it as part of the schema
  psql_ "$server/$db" -c "CREATE SCHEMA bench" -c "CREATE SEQUENCE bench.ids START $((rows + 1))"
  java -jar "$jar" apply --url "jdbc:postgresql://$hostport/$db?user=$user&password=$password" "$project" \
    > "$work/$db.init.out" 2>&1
  psql_ "$server/$db" <<EOF
$fill
VACUUM ANALYZE core.purchase;
EOF
}

# latency statistics in ms from pgbench's per-transaction logs (column 3: the transaction's latency in us)
stats() {
  cat "$@" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {
    if (NR == 0) { print "transactions 0"; exit }
    printf "transactions %d, median %.1f ms, p99 %.1f ms, max %.1f ms\n", NR, a[int(NR*0.5)+1]/1000,
      a[int(NR*0.99)+1]/1000, a[NR]/1000 }'
}

side() {
  local name=$1 db=onlinebench_$1
  rm -rf "$work/$name.log" && mkdir -p "$work/$name.log"
  (cd "$work/$name.log" && "$bin/pgbench" -n -c 8 -j 2 -T "$seconds" -l -f "$work/writer.sql" "$server/$db" \
    > "$work/$name.pgbench.out" 2>&1; echo "exit $?" >> "$work/$name.pgbench.out") &
  local writers=$!
  sleep 3
  local start end
  start=$(date +%s.%N)
  if [ "$name" = strata ]; then
    java -jar "$jar" apply --url "jdbc:postgresql://$hostport/$db?user=$user&password=$password" "$project" \
      > "$work/$name.change.out" 2>&1
  else
    psql_ "$server/$db" -c "$plain" > "$work/$name.change.out" 2>&1
  fi
  end=$(date +%s.%N)
  wait "$writers"
  local aborted
  aborted=$(grep -c "aborted" "$work/$name.pgbench.out" || true)
  local state token="" label=""
  if [ "$change" = volatile ]; then
    # the added column: NOT NULL or not, and whether every row has a value of its own
    token="UNION ALL SELECT 'token ' || CASE WHEN attnotnull THEN 'not null, ' ELSE '' END
      || (SELECT count(*) FILTER (WHERE token IS NULL) || ' null, ' || count(DISTINCT token) || ' distinct of '
          || count(*) FROM core.purchase) FROM pg_attribute WHERE attrelid = 'core.purchase'::regclass
      AND attname = 'token' AND NOT attisdropped"
  fi
  if [ "$change" = expand ]; then
    # the new column: NOT NULL or not, and the rows whose value is not the old one's converted
    token="UNION ALL SELECT 'amount_cents ' || CASE WHEN attnotnull THEN 'not null, ' ELSE '' END
      || (SELECT count(*) FILTER (WHERE amount_cents IS DISTINCT FROM amount::bigint * 100) || ' of ' || count(*)
          || ' rows out of step' FROM core.purchase) FROM pg_attribute WHERE attrelid = 'core.purchase'::regclass
      AND attname = 'amount_cents' AND NOT attisdropped"
  fi
  if [ "$change" = textint ]; then
    label="UNION ALL SELECT 'label ' || format_type(atttypid, atttypmod) || (SELECT ', ' || count(label) || ' of '
      || count(*) || ' rows with a label, ' || count(*) FILTER (WHERE label::text <> id::text) || ' not its id'
      FROM core.purchase) FROM pg_attribute WHERE attrelid = 'core.purchase'::regclass AND attname = 'label'"
  fi
  state=$(psql_ "$server/$db" -At -c "SELECT 'amount ' || format_type(atttypid, atttypmod) FROM pg_attribute
    WHERE attrelid = 'core.purchase'::regclass AND attname = 'amount'
    UNION ALL SELECT 'code not null' FROM pg_attribute WHERE attrelid = 'core.purchase'::regclass
      AND attname = 'code' AND attnotnull
    $token
    $label
    UNION ALL (SELECT contype::text || ' ' || conname || CASE WHEN convalidated THEN '' ELSE ' (not valid)' END
      FROM pg_constraint WHERE conrelid = 'core.purchase'::regclass AND contype <> 'p' ORDER BY conname)" \
    | paste -sd ';' | sed 's/;/; /g')
  printf '%s: change took %.1f s (now %s); writers: %s; clients aborted: %s\n' "$name" \
    "$(echo "$end - $start" | bc)" "$state" "$(stats "$work/$name.log"/pgbench_log.*)" "$aborted"
  stats "$work/$name.log"/pgbench_log.* | sed -E 's/.*max ([0-9.]+) ms/\1/' > "$work/$name.max"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; server: $("$bin/psql" -X -At "$server/postgres" -c 'SHOW server_version'); $rows rows; 8 writers for ${seconds}s per side"
build onlinebench_plain
build onlinebench_strata
side plain
table after > "$project/schema/core.strata"
if [ "$change" != none ]; then
  java -jar "$jar" plan --name "$change" --no-verify "$project" > "$work/plan2.out"
fi
side strata
printf 'max writer latency: plain ALTER %s ms, Strata online %s ms: %.1f times lower\n' "$(cat "$work/plain.max")" \
  "$(cat "$work/strata.max")" "$(echo "$(cat "$work/plain.max") / $(cat "$work/strata.max")" | bc -l)"
