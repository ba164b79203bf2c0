#!/bin/bash
# Start-up of one build four ways, RUNS times each, on database DB (scripts/startup-time.sh per start):
#   17-fat      java (17) -XX:CICompilerCount=6 -jar ledger-app/target/ledger-app.jar
#   17-launcher ledger-app/target/ledger/bin/ledger without the AOT cache (17, extracted jar, CDS archive)
#   25-fat      Temurin 25 -XX:CICompilerCount=6 -jar the fat jar
#   25-aotcache ledger-app/target/ledger/bin/ledger (Temurin 25 with the build's AOT cache)
# usage: flock /work/helpers/bench.lock scripts/startup-matrix.sh DB [RUNS] [PORT]
set -u
db=$1; runs=${2:-3}; port=${3:-19201}
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
cd "$(dirname "$0")/.."
t=ledger-app/target
date -u; uptime
for _ in $(seq 1 "$runs"); do
  echo "17-fat       $(scripts/startup-time.sh "$db" "$port" java -XX:CICompilerCount=6 -jar $t/ledger-app.jar)"
  echo "17-launcher  $(scripts/startup-time.sh "$db" "$port" java -XX:SharedArchiveFile="$PWD/$t/ledger/ledger-app.jsa" -XX:CICompilerCount=6 -jar "$PWD/$t/ledger/ledger-app.jar")"
  echo "25-fat       $(scripts/startup-time.sh "$db" "$port" $J25 -XX:CICompilerCount=6 -jar $t/ledger-app.jar)"
  echo "25-aotcache  $(scripts/startup-time.sh "$db" "$port" $t/ledger/bin/ledger)"
done
date -u; uptime
