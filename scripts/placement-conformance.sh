#!/usr/bin/env bash
# Runs OpenStack Placement's own gabbi suite (from the brief's shared/placement, not part of this
# project) against four instances of the packaged service on one database, as the suite's fixtures
# need: default policy, secure RBAC, open policy, CORS.
#   usage: scripts/placement-conformance.sh [gabbit-file ...]
#   env:   PORT_BASE (default 18778: uses PORT_BASE..PORT_BASE+3), DB (default conformance),
#          PLACEMENT_SHARED (default ../shared/placement), JAR (default ledger-app/target/ledger-app.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT_BASE=${PORT_BASE:-18778}
DB=${DB:-conformance}
SHARED=$(cd "${PLACEMENT_SHARED:-../shared/placement}" && pwd)
JAR=${JAR:-ledger-app/target/ledger-app.jar}
LOGS=${LOGS:-target/conformance}
mkdir -p "$LOGS"
psql -h 127.0.0.1 -U root -d postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"

pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT
start() { # name port extra-args...
  local name=$1 port=$2; shift 2
  java -XX:TieredStopAtLevel=1 -jar "$JAR" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username=root --server.port="$port" --server.address=127.0.0.1 \
    --ledger.testing.reset-enabled=true "$@" >"$LOGS/$name.log" 2>&1 &
  pids+=($!)
}
start default "$PORT_BASE"
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT_BASE/" >/dev/null && break; sleep 1; done
# the others migrate nothing: start them once the first has created the schema
start secure $((PORT_BASE + 1)) --ledger.policy.enforce-scope=true --ledger.policy.enforce-new-defaults=true
start open $((PORT_BASE + 2)) --ledger.policy.file="$SHARED/reference/etc-open/policy.yaml"
start cors $((PORT_BASE + 3)) --ledger.cors.allowed-origin=http://valid.example.com --ledger.cors.allow-headers=openstack-api-version
for p in 1 2 3; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$((PORT_BASE + p))/" >/dev/null && break; sleep 1; done
done
export URL_SecureRBACPolicyFixture="http://127.0.0.1:$((PORT_BASE + 1))"
export URL_OpenPolicyFixture="http://127.0.0.1:$((PORT_BASE + 2))"
export URL_CORSFixture="http://127.0.0.1:$((PORT_BASE + 3))"
export RESET_CMD="curl -sf -X POST -H 'X-Auth-Token: admin' http://127.0.0.1:$PORT_BASE/ledger/testing/reset"
export DETAILS="$LOGS/gabbits-details.log"
bash "$SHARED/run-gabbits.sh" "http://127.0.0.1:$PORT_BASE" "$@"
