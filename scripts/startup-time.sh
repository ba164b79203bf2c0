#!/usr/bin/env bash
# Times a node's start: from the process start until GET / answers 200 ("up") and until
# /ledger/ops/health/readiness answers 200 ("ready"), with the process's CPU seconds by then (user + system:
# steadier than wall time on a shared machine) and the 1-minute load, then stops it (SIGTERM).
# usage: scripts/startup-time.sh DATABASE PORT [command...]   (default command: ledger-app/target/ledger)
# e.g.   scripts/startup-time.sh hb_empty 19201 java -jar ledger-app/target/ledger-app.jar
set -euo pipefail
db=$1; port=$2; shift 2
[ $# -gt 0 ] || set -- "$(dirname "$0")/../ledger-app/target/ledger"
log=${STARTUP_LOG:-/tmp/startup-$port.log}
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=${PGUSER:-root}
export SPRING_DATASOURCE_PASSWORD= LEDGER_PORT=$port
start=$(date +%s%N)
"$@" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
up=""
while kill -0 $pid 2>/dev/null; do
  if [ -z "$up" ] && curl -sf -o /dev/null "http://127.0.0.1:$port/"; then up=$(( ($(date +%s%N) - start) / 1000000 )); fi
  if [ -n "$up" ] && curl -sf -o /dev/null "http://127.0.0.1:$port/ledger/ops/health/readiness"; then
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' /proc/$pid/stat)
    echo "up_ms=$up ready_ms=$ready cpu_s=$cpu load=$(cut -d' ' -f1 /proc/loadavg) $(grep -o 'Started LedgerApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log" || true)"
    kill $pid; wait $pid 2>/dev/null || true
    exit 0
  fi
  sleep 0.02
done
echo "the service exited; see $log" >&2; exit 1
