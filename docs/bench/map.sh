#!/usr/bin/env bash
# Map benchmark (issue 12): with N generated network members, (1) how soon the map page is usable in
# headless Chromium, read from the page's own timing (navigation timing and the marks map.js and
# map-basemap.js set once the markers, then the borders, are drawn), driven through chromedriver's
# WebDriver HTTP API with curl; (2) the GeoJSON answer beside its ceiling (the same Jetty answering a
# fixed byte array of the same size), measured with wrk in the order A B B A, with the answer cache
# off (every request reads the delivery index) and on (the default).
# Usage: docs/bench/map.sh [MEMBERS] [HOME]   (after mvn -q package -DskipTests)
#   MEMBERS members to generate when HOME holds none yet (default 5000)
#   HOME    an INNCO_HOME to reuse (default: a new temporary folder, removed at the end)
# Environment: RUNS (page loads per mode, default 10), DURATION (wrk seconds, default 10), CONNECTIONS (default 4).
set -euo pipefail
cd "$(dirname "$0")/../.."
members=${1:-5000}
home=${2:-}
keep=1
if [ -z "$home" ]; then home=$(mktemp -d); keep=0; fi
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18094}
dport=${DRIVER_PORT:-18095}
runs=${RUNS:-10}
duration=${DURATION:-10}
conns=${CONNECTIONS:-4}
base="http://127.0.0.1:$port"
wd="http://127.0.0.1:$dport"
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
pid= dpid=
cleanup() {
  [ -z "$dpid" ] || kill $dpid 2>/dev/null || true
  [ -z "$pid" ] || { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }
  [ $keep = 1 ] || rm -rf "$home"
}
trap cleanup EXIT
if [ ! -d "$home/repository" ]; then
  echo "# generating $members members into $home"
  java -Xmx1g -jar "$jar" generate --members "$members" | tail -1
fi

serve() { # cache megabytes
  INNCO_PORT=$port INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true INNCO_DELIVERY_CACHE_MB=$1 \
    java -Xmx512m -jar "$jar" >"$home/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }

session() { # -> session id of a new headless Chromium (an empty profile: a cold browser cache)
  curl -sf -X POST "$wd/session" -H 'Content-Type: application/json' -d '{"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
    "binary": "/usr/bin/chromium", "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--window-size=1440,1000"]}}}}' | jq -r .value.sessionId
}
# Loads the page and waits for the markers; prints "navigation-start-relative ms": DOM interactive,
# markers drawn (interactive map), borders drawn, load event, and the number of points and markers.
TIMING='var done = arguments[arguments.length - 1];
  (function wait() {
    var m = document.getElementById("map"), b = performance.getEntriesByName("innco-basemap-ready")[0];
    if (!m || m.getAttribute("data-ready") !== "true" || !b) return setTimeout(wait, 20);
    var n = performance.getEntriesByType("navigation")[0], r = performance.getEntriesByName("innco-map-ready")[0];
    done([Math.round(n.domInteractive), Math.round(r.startTime), Math.round(b.startTime), Math.round(n.loadEventEnd),
      m.getAttribute("data-points"), document.querySelectorAll("#map .map-cluster, #map .map-pin").length].join(" "));
  })();'
load() { # session path
  curl -sf -X POST "$wd/session/$1/url" -H 'Content-Type: application/json' -d "{\"url\": \"$base$2\"}" >/dev/null
  curl -sf -X POST "$wd/session/$1/execute/async" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg s "$TIMING" '{script: $s, args: []}')" | jq -r .value
}

page_timing() {
  chromedriver --port=$dport >/dev/null 2>&1 &
  dpid=$!
  until curl -sf -o /dev/null "$wd/status"; do sleep 0.2; done
  printf "%-6s %4s %14s %14s %14s %10s %7s %8s\n" mode run "DOM interactive" "markers drawn" "borders drawn" "load" points markers
  for i in $(seq 1 "$runs"); do   # a new browser each time: nothing cached
    local s; s=$(session)
    read -r di mr br le pts mk <<<"$(load "$s" /en/map)"
    printf "%-6s %4s %12s ms %12s ms %12s ms %7s ms %7s %8s\n" cold "$i" "$di" "$mr" "$br" "$le" "$pts" "$mk"
    curl -sf -X DELETE "$wd/session/$s" >/dev/null
  done
  local s; s=$(session); load "$s" /en/map >/dev/null
  for i in $(seq 1 "$runs"); do   # the same browser again: leaflet, scripts and basemap cached for a year
    read -r di mr br le pts mk <<<"$(load "$s" /en/map)"
    printf "%-6s %4s %12s ms %12s ms %12s ms %7s ms %7s %8s\n" warm "$i" "$di" "$mr" "$br" "$le" "$pts" "$mk"
  done
  curl -sf -X DELETE "$wd/session/$s" >/dev/null
  kill $dpid; dpid=
}

run() { # path -> "rps p50 p99 non2xx"
  wrk -t2 -c"$conns" -d"${duration}s" --latency "$base$1" 2>&1 | awk '
    /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {printf "%s %s %s %s\n", rps, p50, p99, (bad==""?0:bad)}'
}

geojson() {
  local p="/.rest/delivery/organisations?format=geojson&lang=en"
  local bytes; bytes=$(curl -sf "$base$p" | wc -c)
  local c="/.bench/ceiling?bytes=$bytes"
  run "$p" >/dev/null; run "$c" >/dev/null   # warm-up
  echo "# $bytes bytes, $(curl -sf "$base$p" | jq '.features | length') features; A = GeoJSON, B = ceiling"
  for step in A B B A; do
    if [ $step = A ]; then read -r rps p50 p99 bad <<<"$(run "$p")"; else read -r rps p50 p99 bad <<<"$(run "$c")"; fi
    printf "%s %10s req/s  p50 %8s  p99 %8s  non-2xx %s\n" $step "$rps" "$p50" "$p99" "$bad"
  done
}

echo "# machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
serve 64
echo "## the map page, /en/map, answer cache on (default)"
page_timing
echo "## GeoJSON, answer cache on (default 64 MB)"
geojson
stop
serve 0
echo "## GeoJSON, answer cache off (INNCO_DELIVERY_CACHE_MB=0): every request reads the index"
geojson
stop
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
