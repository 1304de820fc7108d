#!/usr/bin/env bash
# Reach counting overhead (issue 15): the cached case-study page asked by a browser (counted: a
# browser user agent) and by a robot (the same filter runs, nothing is counted), beside the ceiling
# (the same Jetty answering a fixed byte array of the page's size), in alternating rounds so that the
# machine's load falls on all three alike. The project's content on a segment store.
# Usage: docs/bench/reach.sh   (after mvn -q package -DskipTests)
# Environment: DURATION (seconds per run, default 10), CONNECTIONS (16), THREADS (2), ROUNDS (3).
set -euo pipefail
cd "$(dirname "$0")/../.."
home=$(mktemp -d)
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18097}
duration=${DURATION:-10}
conns=${CONNECTIONS:-16}
threads=${THREADS:-2}
rounds=${ROUNDS:-3}
base="http://127.0.0.1:$port"
export INNCO_HOME=$home INNCO_IMPORT_ON_START=true INNCO_ADMIN_PASSWORD=bench-admin-pw
pid=
cleanup() { [ -z "$pid" ] || { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; rm -rf "$home"; }
trap cleanup EXIT

cpu() { awk '{print $14 + $15}' /proc/$pid/stat; }   # the server's user + system clock ticks
run() { # path user-agent -> "rps p50 p99 cpu-us-per-request"
  local before after out
  before=$(cpu)
  out=$(wrk -t"$threads" -c"$conns" -d"${duration}s" --latency -H "User-Agent: $2" "$base$1" 2>&1)
  after=$(cpu)
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /requests in/ {n=$1} /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    END {printf "%s %s %s %.1f\n", rps, p50, p99, ticks / hz * 1e6 / n}' <<<"$out"
}

INNCO_PORT=$port INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true java -Xmx512m -jar "$jar" >>"$home/server.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
page=/fr/case-studies/cuisine-partagee-lyon
browser="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
robot="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
bytes=$(curl -sf "$base$page" | wc -c)
run "$page" "$browser" >/dev/null; run "$page" "$robot" >/dev/null   # warm-up
printf "%-6s %-28s %10s %10s %10s %12s\n" round request "req/s" p50 p99 "CPU us/req"
counted() { printf "%-6s %-28s %10s %10s %10s %12s\n" "$1" "page, counted (browser)" $(run "$page" "$browser"); }
robot() { printf "%-6s %-28s %10s %10s %10s %12s\n" "$1" "page, not counted (robot)" $(run "$page" "$robot"); }
for r in $(seq 1 "$rounds"); do
  # the order alternates, so that neither kind always follows the ceiling's run
  if [ $((r % 2)) = 1 ]; then counted "$r"; robot "$r"; else robot "$r"; counted "$r"; fi
  printf "%-6s %-28s %10s %10s %10s %12s\n" "$r" "ceiling ($bytes bytes)" $(run "/.bench/ceiling?bytes=$bytes" "$browser")
done
uptime
