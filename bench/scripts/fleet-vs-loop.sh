#!/usr/bin/env bash
# strata fleet apply against a shell loop of strata apply, in one run, on the same kind of databases of one server.
#
#   bench/scripts/fleet-vs-loop.sh STRATA_JAR SERVER COUNT WORK
#
# STRATA_JAR: cli/target/strata.jar; SERVER: libpq URL of a superuser on the server (postgresql://U:P@HOST:PORT);
# COUNT: databases per side; WORK: an empty scratch directory. The project is samples/shop (seven plans, two facade
# versions). COUNT databases fleetbench_a_N go to the fleet (three rings: 1 canary, 10 % early at 4 at a time, the
# rest at 8 at a time), COUNT databases fleetbench_b_N to the loop (one `java -jar STRATA_JAR apply` per database,
# one after the other, as a team's script would). Prints the wall time of each side, their ratio, and the fleet
# runner's peak resident memory (/usr/bin/time). The databases are dropped at the end.
set -euo pipefail
jar=$(realpath "$1"); server=$2; count=$3; work=$4
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work"
cp -r "$here/samples/shop/." "$work/shop"
rm -rf "$work/shop/app" "$work/shop/.strata"

psql_() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$server/postgres" "$@"; }
drop_all() {
  for side in a b; do
    for i in $(seq 1 "$count"); do echo "DROP DATABASE IF EXISTS fleetbench_${side}_$i WITH (FORCE);"; done
  done | psql_ >/dev/null
}
trap drop_all EXIT
drop_all
for side in a b; do
  for i in $(seq 1 "$count"); do echo "CREATE DATABASE fleetbench_${side}_$i;"; done
done | psql_

user=${server#postgresql://}; user=${user%%@*}; password=${user#*:}; user=${user%%:*}
hostport=${server##*@}
jdbc="jdbc:postgresql://$hostport/postgres?user=$user&password=$password"
early=$(( count / 10 > 0 ? count / 10 : 1 ))
cat > "$work/fleet.toml" <<EOF
project = "shop"

[databases]
server = "$jdbc"
pattern = "fleetbench_a_*"

[[ring]]
name = "canary"
select = ["*"]
limit = 1

[[ring]]
name = "early"
select = ["*"]
limit = $early
parallelism = 4

[[ring]]
name = "all"
select = ["*"]
parallelism = 8
EOF

start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/fleet.rss" java -jar "$jar" fleet apply "$work/fleet.toml" > "$work/fleet.out" 2>&1
fleet=$(echo "$(date +%s.%N) - $start" | bc)
tail -1 "$work/fleet.out"

start=$(date +%s.%N)
for i in $(seq 1 "$count"); do
  java -jar "$jar" apply --url "jdbc:postgresql://$hostport/fleetbench_b_$i?user=$user&password=$password" \
      "$work/shop" > "$work/loop.out" 2>&1 || { cat "$work/loop.out"; exit 1; }
done
loop=$(echo "$(date +%s.%N) - $start" | bc)

applied=$(for i in $(seq 1 "$count"); do
  psql -X -A -t "$server/fleetbench_a_$i" -c "SELECT count(*) FROM strata.history WHERE outcome = 'applied'"
done | sort -u | tr '\n' ' ')
printf 'databases per side: %s; applied plans per fleet database: %s\n' "$count" "$applied"
printf 'fleet apply: %.1f s, peak RSS %s KB\n' "$fleet" "$(cat "$work/fleet.rss")"
printf 'loop of strata apply: %.1f s\n' "$loop"
printf 'ratio (loop / fleet): %.1f\n' "$(echo "$loop / $fleet" | bc -l)"
