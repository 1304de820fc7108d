#!/usr/bin/env bash
# Start-up benchmark (issues 4 and 18).
#   docs/bench/startup.sh [runs]              time from `java -jar` to the first 200 on /.rest/health, empty segment store
#   docs/bench/startup.sh [runs] ITEMS [HOME] the same with ITEMS generated items and an up-to-date index (HOME reused
#                                             when it holds a repository), then the server's RSS at rest and after load,
#                                             and the first minute after a start against warm throughput (with the
#                                             warm-up, then with INNCO_WARMUP_SECONDS=0)
# (after mvn -q package -DskipTests). Environment: JAR, PORT, XMX (default 512m), MINUTE (seconds, default 60).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
items=${2:-}
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18090}
xmx=${XMX:-512m}
base="http://127.0.0.1:$port"
export INNCO_PORT=$port INNCO_ADMIN_PASSWORD=bench-admin-pw INNCO_IMPORT_ON_START=${INNCO_IMPORT_ON_START:-false} INNCO_RATE_LIMIT_PER_MINUTE=0

start_server() { # log file -> pid in $pid, milliseconds in $took
  local s; s=$(date +%s%N)
  java -Xmx$xmx -jar "$jar" >"$1" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.02; done
  took=$(( ($(date +%s%N) - s) / 1000000 ))
}
stop_server() { kill "$pid"; wait "$pid" 2>/dev/null || true; }
rss() { echo "$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"; }
index_rss() { awk -v dir="$INNCO_HOME/index" '$0 ~ /^[0-9a-f]+-[0-9a-f]+ / {keep = index($0, dir) > 0} keep && /^Rss:/ {s += $2} END {printf "%d MB", s/1024}' /proc/$pid/smaps; }
rps() { wrk -t2 -c16 -d"$2s" "$base$1" 2>&1 | awk '/Requests\/sec/ {print $2}'; }

if [ -z "$items" ]; then
  for i in $(seq 1 "$runs"); do
    export INNCO_HOME; INNCO_HOME=$(mktemp -d)
    start_server "$INNCO_HOME/out.log"; echo "run $i: $took ms"; stop_server
    rm -rf "$INNCO_HOME"
  done
  exit 0
fi

export INNCO_HOME=${3:-$(mktemp -d)}
if [ ! -d "$INNCO_HOME/repository" ]; then
  echo "# generating $items items into $INNCO_HOME"
  java -Xmx2g -jar "$jar" generate --items "$items" | tail -1
fi
start_server "$INNCO_HOME/first.log"; stop_server   # the index is up to date (and has its checkpoint) from here on
echo "## start to the first 200 with $items items and an up-to-date index (-Xmx$xmx)"
for i in $(seq 1 "$runs"); do
  start_server "$INNCO_HOME/run$i.log"
  echo "run $i: $took ms ($(grep -o 'Delivery index .*' "$INNCO_HOME/run$i.log" | head -1)); RSS at rest $(rss)"
  stop_server
done

list="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
minute() { # label, then the first minute in slices of 10 s and the warm figure after it
  start_server "$INNCO_HOME/minute.log"
  local out="" s
  for s in $(seq 10 10 "${MINUTE:-60}"); do out="$out $(rps "$list" 10)"; done
  local warm; warm=$(rps "$list" 10)
  echo "$1: first minute, req/s per 10 s:$out; warm: $warm; RSS $(rss) (index files mapped: $(index_rss))"
  stop_server
}
echo "## the list of 20 as the first request after a start, 16 connections, against warm (answer cache on)"
minute "with the warm-up"
INNCO_WARMUP_SECONDS=0 minute "without the warm-up"
