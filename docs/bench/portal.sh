#!/usr/bin/env bash
# Portal benchmark (issue 7): the case-study page beside the delivery API's single item on the same
# server, with the page cache on (the default) and off, a 304 revalidation, and the ceiling (the same
# Jetty answering a fixed byte array of the page's size). The project's own content, imported and
# published at the first start, on a segment store in a temporary INNCO_HOME.
# Usage: docs/bench/portal.sh   (after mvn -q package -DskipTests)
# Environment: DURATION (seconds per run, default 10), CONNECTIONS (default 16), THREADS (default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
home=$(mktemp -d)
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18093}
duration=${DURATION:-10}
conns=${CONNECTIONS:-16}
threads=${THREADS:-2}
base="http://127.0.0.1:$port"
export INNCO_HOME=$home INNCO_IMPORT_ON_START=true INNCO_ADMIN_PASSWORD=bench-admin-pw
pid=
cleanup() { [ -z "$pid" ] || { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; rm -rf "$home"; }
trap cleanup EXIT

run() { # path [header] -> "rps p50 p99 non2xx"
  local -a h=(); [ -n "${2:-}" ] && h=(-H "$2")
  wrk -t"$threads" -c"$conns" -d"${duration}s" --latency "${h[@]}" "$base$1" 2>&1 | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {bad=$NF}
    END {printf "%s %s %s %s\n", rps, p50, p99, (bad==""?0:bad)}'
}

serve() { # page cache megabytes
  INNCO_PORT=$port INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true INNCO_PORTAL_CACHE_MB=$1 \
    java -Xmx512m -jar "$jar" >>"$home/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
}

stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }

line() { # name path [header]
  run "$2" "${3:-}" >/dev/null   # warm-up
  read -r rps p50 p99 bad <<<"$(run "$2" "${3:-}")"
  printf "%-34s %10s %10s %10s%s\n" "$1" "$rps" "$p50" "$p99" "$([ "$bad" = 0 ] || echo "  non-2xx: $bad")"
}

page=/fr/case-studies/cuisine-partagee-lyon
api="/.rest/delivery/caseStudies/shared-kitchen-lyon?lang=fr"
for mb in 32 0; do
  serve $mb
  bytes=$(curl -sf "$base$page" | wc -c)
  etag=$(curl -sfI "$base$page" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
  echo "## page cache ${mb} MB (INNCO_PORTAL_CACHE_MB=$mb); page $bytes bytes, API answer $(curl -sf "$base$api" | wc -c) bytes"
  printf "%-34s %10s %10s %10s\n" request "req/s" p50 p99
  line "portal case-study page" "$page"
  [ "$mb" = 0 ] || line "portal page, 304 (If-None-Match)" "$page" "If-None-Match: $etag"
  line "delivery API single item" "$api"
  line "ceiling ($bytes bytes)" "/.bench/ceiling?bytes=$bytes"
  stop
done
