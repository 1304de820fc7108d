#!/usr/bin/env bash
# Delivery API benchmark (issue 4): four requests against the real server on loopback, each beside
# its ceiling (the same Jetty answering a fixed byte array of the same size, INNCO_BENCH_CEILING),
# measured with wrk; once with the answer cache off (every request goes to the Lucene index) and
# once with it on (the default).
# Usage: docs/bench/delivery.sh ITEMS [HOME]   (after mvn -q package -DskipTests)
#   ITEMS  items to generate when HOME holds none yet (half organisations, half case studies)
#   HOME   an INNCO_HOME to reuse (default: a new temporary folder, removed at the end)
# Environment: DURATION (seconds per run, default 10), CONNECTIONS (default 16), THREADS (default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
items=${1:-10000}
home=${2:-}
keep=1
if [ -z "$home" ]; then home=$(mktemp -d); keep=0; fi
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18092}
duration=${DURATION:-10}
conns=${CONNECTIONS:-16}
threads=${THREADS:-2}
base="http://127.0.0.1:$port"
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
pid=
cleanup() { [ -z "$pid" ] || { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; [ $keep = 1 ] || rm -rf "$home"; }
trap cleanup EXIT
if [ ! -d "$home/repository" ]; then
  echo "# generating $items items into $home"
  java -Xmx2g -jar "$jar" generate --items "$items" | tail -1   # the generator, not the server, may use more heap
fi

run() { # connections path -> "rps p50 p99 non2xx"
  wrk -t"$threads" -c"$1" -d"${duration}s" --latency "$base$2" 2>&1 | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {bad=$NF}
    END {printf "%s %s %s %s\n", rps, p50, p99, (bad==""?0:bad)}'
}

serve() { # cache megabytes
  local start; start=$(date +%s%N)
  INNCO_PORT=$port INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true INNCO_DELIVERY_CACHE_MB=$1 \
    java -Xmx512m -jar "$jar" >"$home/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
  echo "# server ready in $(( ($(date +%s%N) - start) / 1000000 )) ms ($(grep -o 'Rebuilt the delivery index[^:]*: [0-9]* documents in [0-9]* ms' "$home/server.log" || echo 'index up to date'))"
}

stop() {
  jcmd $pid GC.run >/dev/null 2>&1 || true
  echo "# heap after the runs and a full GC: $(jcmd $pid GC.heap_info 2>/dev/null | grep -o "used [0-9]*K" | head -1) of -Xmx512m"
  kill $pid; wait $pid 2>/dev/null || true; pid=
}

scenarios() {
  local study; study=$(curl -sf "$base/.rest/delivery/caseStudies?limit=1" | sed -E 's/.*"results":\[\{"@name":"([^"]+)".*/\1/')
  local -a names=(single list list@4 search geojson)
  local -A paths=(
    [single]="/.rest/delivery/caseStudies/$study?lang=fr"
    [list]="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
    [list@4]="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
    [search]="/.rest/delivery/caseStudies?q=cooperative%20kitchen&lang=en"
    [geojson]="/.rest/delivery/organisations?format=geojson&lang=en"
  )
  printf "%-8s %8s %10s %10s %10s | %10s %10s %10s | %6s\n" scenario bytes "req/s" p50 p99 "ceil req/s" "ceil p50" "ceil p99" ratio
  for name in "${names[@]}"; do
    local p=${paths[$name]} c=$conns
    local bytes; bytes=$(curl -sf "$base$p" | wc -c)
    [ "$name" = geojson ] && c=4
    [ "$name" = list@4 ] && c=4
    run "$c" "/.bench/ceiling?bytes=$bytes" >/dev/null   # warm-up of both
    run "$c" "$p" >/dev/null
    read -r rps p50 p99 bad <<<"$(run "$c" "$p")"
    read -r crps cp50 cp99 cbad <<<"$(run "$c" "/.bench/ceiling?bytes=$bytes")"
    local ratio; ratio=$(awk -v a="$rps" -v b="$crps" 'BEGIN {printf "%.0f%%", 100*a/b}')
    printf "%-8s %8s %10s %10s %10s | %10s %10s %10s | %6s%s\n" "$name" "$bytes" "$rps" "$p50" "$p99" "$crps" "$cp50" "$cp99" "$ratio" \
      "$([ "$bad" = 0 ] || echo "  non-2xx: $bad")"
  done
}

echo "## $items items, answer cache off (INNCO_DELIVERY_CACHE_MB=0): every request reads the index"
serve 0; scenarios; stop
echo "## $items items, answer cache on (default 64 MB)"
serve 64; scenarios; stop
echo "# index on disk: $(du -sh "$home/index" | cut -f1)"
