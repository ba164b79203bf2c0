#!/bin/bash
# Starts the service on database DB with COMMAND (default: the launcher), waits until it is ready and idle (under
# 0.1 CPU second for 3 s in a row), then times `POST /ledger/projections/rebuild?wait=true` TIMES times (wall, and
# the JVM's CPU seconds), prints the rebuild's phases from the log, and stops it.
# usage: flock /work/helpers/bench.lock scripts/start-and-rebuild.sh DB PORT TIMES [command...]
set -u
db=$1; port=$2; times=$3; shift 3
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- ledger-app/target/ledger/bin/ledger
log=/tmp/start-and-rebuild-$port.log
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=${PGUSER:-root}
export SPRING_DATASOURCE_PASSWORD= LEDGER_PORT=$port LEDGER_DB_POOL=10
cpu() { awk '{print $14 + $15}' /proc/$pid/stat; }
date -u; uptime
"$@" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/ledger/ops/health/readiness"; do sleep 0.5; done
quiet=0; before=$(cpu)
while [ $quiet -lt 3 ]; do sleep 1; now=$(cpu); if [ $((now - before)) -lt 10 ]; then quiet=$((quiet + 1)); else quiet=0; fi; before=$now; done
for n in $(seq 1 "$times"); do
  c0=$(cpu); t0=$(date +%s%N)
  answer=$(curl -s -X POST -H 'X-Auth-Token: admin' "http://127.0.0.1:$port/ledger/projections/rebuild?wait=true")
  t1=$(date +%s%N); c1=$(cpu)
  echo "rebuild #$n wall_ms=$(( (t1 - t0) / 1000000 )) jvm_cpu_s=$(( (c1 - c0) / 100 )) load=$(cut -d' ' -f1 /proc/loadavg) $(grep -o '"equal":[a-z]*' <<<"$answer" | head -1)"
done
grep -o "Bulk rebuild: .*\|catch-up .*" "$log"
date -u; uptime
