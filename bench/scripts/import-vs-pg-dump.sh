#!/usr/bin/env bash
# strata import of a live database against pg_dump --schema-only of the same database, alternating in one run.
#
#   bench/scripts/import-vs-pg-dump.sh ROUNDS OUT.txt LABEL=STRATA_JAR...
#
# Every round runs `strata import --no-baseline` once with each jar (so two builds can be compared in the same
# run) and pg_dump once, in an order that rotates from round to round; each a new process, the JVM started as
# bin/strata starts it. Environment: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE name the database (default
# localhost:5432, postgres, gen2000); FACADES the facade schemas (default api0_v1 … api19_v1, the 2,000-view
# project of GeneratedSchema); PG_DUMP the pg_dump binary (default Debian's 15). OUT.txt gets one line per run:
# label, wall seconds, user seconds, system seconds, load average at the start; then a summary is printed.
set -euo pipefail
rounds=$1; out=$2; shift 2
host=${PGHOST:-localhost}; port=${PGPORT:-5432}; user=${PGUSER:-postgres}; db=${PGDATABASE:-gen2000}
export PGPASSWORD=${PGPASSWORD:-postgres}
url="jdbc:postgresql://$host:$port/$db?user=$user&password=$PGPASSWORD"
pg_dump=${PG_DUMP:-/usr/lib/postgresql/15/bin/pg_dump}
facade_args=()
for schema in ${FACADES:-$(for f in $(seq 0 19); do echo "api${f}_v1"; done)}; do
  facade_args+=(--facade "$schema")
done
work=$(mktemp -d "${TMPDIR:-/tmp}/import-vs-pg-dump.XXXXXX")
tools=("$@" "pg_dump=")
: > "$out"
for r in $(seq 1 "$rounds"); do
  n=${#tools[@]}
  for i in $(seq 0 $((n - 1))); do
    tool=${tools[$(( (i + r) % n ))]}
    label=${tool%%=*}; jar=${tool#*=}
    rm -rf "$work/project"
    if [ "$label" = pg_dump ]; then
      command=("$pg_dump" --schema-only -h "$host" -p "$port" -U "$user" -f "$work/dump.sql" "$db")
    else
      command=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" import --url "$url" --no-baseline
        --out "$work/project" "${facade_args[@]}")
    fi
    load=$(cut -d' ' -f1 /proc/loadavg)
    if ! /usr/bin/time -f "$label %e %U %S $load" -o "$work/time" "${command[@]}" > "$work/log" 2>&1; then
      echo "$label failed:" >&2; tail -20 "$work/log" >&2; exit 1
    fi
    cat "$work/time" >> "$out"
  done
done
rm -rf "$work"
python3 - "$out" <<'PY'
import collections, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, wall, user, system, load = line.split()
    runs[label].append((float(wall), float(user) + float(system), float(load)))
for label, values in runs.items():
    wall = sorted(v[0] for v in values)
    cpu = sorted(v[1] for v in values)
    print(f"{label:12} wall best {wall[0]:6.2f} s median {wall[len(wall) // 2]:6.2f} s   "
          f"user+sys best {cpu[0]:5.2f} s median {cpu[len(cpu) // 2]:5.2f} s   "
          f"load {min(v[2] for v in values)}-{max(v[2] for v in values)}   "
          f"wall {[v[0] for v in values]} user+sys {[round(v[1], 2) for v in values]}")
PY
