#!/usr/bin/env bash
# Issue 18: the uncached list of 20 (country filter, date sort, German) as the number of items grows,
# beside its ceiling in ABBA order (docs/bench/abba.sh), each home in turn, RUNS times each, with the
# machine's load beside every figure, and the server's CPU time per list answered (user + system, from
# /proc: far less sensitive to other programs on the machine than a latency). Builds nothing: the jar is webapp/target/inn-co.jar (or JAR).
# Usage: docs/bench/list-scale.sh HOME...   (generated homes: `java -jar inn-co.jar generate --items N`;
#        a home without its delivery index rebuilds it at the first start, which can take many minutes)
# Environment: DURATION (seconds a run, 10), CONNECTIONS (16), THREADS (2), RUNS (2), PORT (18095),
#              XMX (512m), START_SECONDS (how long a start may take, 3600), JAVA_OPTS (e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -gt 0 ] || { echo "usage: list-scale.sh HOME..." >&2; exit 2; }
jar=$(realpath "${JAR:-webapp/target/inn-co.jar}")
base="http://127.0.0.1:${PORT:-18095}"
duration=${DURATION:-10}; threads=${THREADS:-2}; conns=${CONNECTIONS:-16}; runs=${RUNS:-2}
extra="INNCO_DELIVERY_CACHE_MB=0 INNCO_PORTAL_CACHE_MB=0"
list="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
export INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
. docs/bench/abba.sh
trap bench_cleanup EXIT

# abba.sh's serve waits for ever when the server dies; this one stops the script with the log's end
serve() {
  # shellcheck disable=SC2086 # extra and JAVA_OPTS are lists of words
  env INNCO_PORT="${base##*:}" INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true $extra \
    java -Xmx"${XMX:-512m}" ${JAVA_OPTS:-} -jar "$1" >>"$home/server.log" 2>&1 &
  pid=$!
  local deadline=$((SECONDS + ${START_SECONDS:-3600}))
  until curl -sf -o /dev/null "$base/.rest/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null || true; pid=
      echo "list-scale: the server on $home ended before it answered; the end of $home/server.log:" >&2
      tail -n 15 "$home/server.log" >&2; exit 1
    fi
    [ "$SECONDS" -lt "$deadline" ] || { echo "list-scale: no answer from the server on $home in ${START_SECONDS:-3600} s" >&2; exit 1; }
    sleep 0.5
  done
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
cpu_per_request() { # path -> milliseconds of the server's CPU per answer, over one run of the list alone
  local before after answered
  before=$(cpu_ticks)
  answered=$(wrk -t"$threads" -c"$conns" -d"${duration}s" "$base$1" | awk '/requests in/ {print $1}')
  after=$(cpu_ticks)
  awk -v t="$((after - before))" -v n="$answered" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f ms CPU/answer (%d answers)", 1000 * t / hz / n, n}'
}

for h in "$@"; do
  home=$(realpath "$h"); export INNCO_HOME=$home
  serve "$jar"
  total=$(curl -sf "$base/.rest/delivery/caseStudies?limit=1&lang=en" | jq .total)
  bytes=$(curl -sf "$base$list" | wc -c)
  echo "## $home: $total case studies, caches off, $conns connections, $duration s a run, -Xmx${XMX:-512m}"
  abba_header
  for ((r = 1; r <= runs; r++)); do
    line=$(abba list "$list" "$bytes")
    echo "$line   load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "list alone: $(cpu_per_request "$list")   load $(cut -d' ' -f1-3 /proc/loadavg)"
  done
  stop
done
