#!/usr/bin/env bash
# GeoJSON of every organisation against the ceiling (issue 18): the answer cache off, so that what is
# measured is the GeoJSON made at publication time, not the answer cache; ABBA order, wrk.
# Usage: docs/bench/geojson.sh HOME   (an INNCO_HOME with organisations that have a location, e.g. made by
#        `generate --items 10000` (5,000 organisations) or `generate --members 5000`; after mvn -q package -DskipTests)
# Environment: JAR, PORT, DURATION (seconds per run, default 10), CONNECTIONS (default 4).
set -euo pipefail
cd "$(dirname "$0")/../.."
export INNCO_HOME=$1 INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18093}
base="http://127.0.0.1:$port"
d=${DURATION:-10}
c=${CONNECTIONS:-4}
INNCO_PORT=$port INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true INNCO_DELIVERY_CACHE_MB=0 INNCO_WARMUP_SECONDS=0 \
  java -Xmx512m -jar "$jar" >"$INNCO_HOME/geojson.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
geo="/.rest/delivery/organisations?format=geojson&lang=en"
bytes=$(curl -sf "$base$geo" | wc -c)
features=$(curl -sf "$base$geo" | grep -o '"type":"Feature"' | wc -l)
ceiling="/.bench/ceiling?bytes=$bytes"
rps() { wrk -t2 -c"$c" -d"${d}s" "$base$1" 2>&1 | awk '/Requests\/sec/ {print $2}'; }
rps "$geo" >/dev/null; rps "$ceiling" >/dev/null   # warm both
a1=$(rps "$geo"); b1=$(rps "$ceiling"); b2=$(rps "$ceiling"); a2=$(rps "$geo")
echo "GeoJSON, $features features, $bytes bytes, $c connections, answer cache off: $a1 / $a2 req/s; ceiling $b1 / $b2 req/s;" \
  "$(awk -v a1="$a1" -v a2="$a2" -v b1="$b1" -v b2="$b2" 'BEGIN {printf "%.0f%% of the ceiling", 100*(a1+a2)/(b1+b2)}')"
