#!/usr/bin/env bash
# Time from `java -jar` to the first 200 on /.rest/health, on an empty segment store, N runs.
# Usage: docs/bench/startup.sh [runs]   (after mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
port=18090
for i in $(seq 1 "$runs"); do
  home=$(mktemp -d)
  start=$(date +%s%N)
  INNCO_HOME=$home INNCO_PORT=$port INNCO_ADMIN_PASSWORD=bench-admin-pw INNCO_IMPORT_ON_START=${INNCO_IMPORT_ON_START:-false} \
    java -jar webapp/target/inn-co.jar >"$home/out.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/.rest/health"; do sleep 0.02; done
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$home"
done
