#!/usr/bin/env bash
# Matching cost (issue 13): the matches of one need among N offers and needs (default 20,000), asked
# of the running server over HTTP, beside the ceiling (the same Jetty answering a fixed byte array of
# the answer's size), in ABBA rounds so that the machine's load falls on both alike; then the
# exchange page's filtered list (kept in the page cache) beside the ceiling of its size, and the
# cost of a filter set asked for the first time. Generates into a temporary INNCO_HOME on the segment store.
# Usage: docs/bench/exchange.sh [N]   (after mvn -q package -DskipTests)
# Environment: DURATION (seconds per run, default 10), CONNECTIONS (8), THREADS (2), ROUNDS (2).
set -euo pipefail
cd "$(dirname "$0")/../.."
items=${1:-20000}
home=${HOME_DIR:-$(mktemp -d)}
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18113}
duration=${DURATION:-10}
conns=${CONNECTIONS:-8}
threads=${THREADS:-2}
rounds=${ROUNDS:-2}
base="http://127.0.0.1:$port"
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
pid=
cleanup() { [ -z "$pid" ] || { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; [ -n "${HOME_DIR:-}" ] || rm -rf "$home"; }
trap cleanup EXIT

[ -d "$home/repository" ] || java -Xmx1g -jar "$jar" generate --exchange "$items"
run() { # path -> "rps p50 p99"
  wrk -t"$threads" -c"$conns" -d"${duration}s" --latency "$base$1" 2>&1 |
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s %s %s\n", rps, p50, p99}'
}
INNCO_PORT=$port INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true java -Xmx512m -jar "$jar" >>"$home/server.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
need=$(curl -sf "$base/.rest/delivery/needs?lang=all&limit=1" | grep -o '"@id":"[^"]*"' | head -1 | cut -d'"' -f4)
matches="/.rest/exchange/needs/$need/matches?lang=fr"
list="/fr/exchange?kind=offer&category=legal&country=PL"
mbytes=$(curl -sf "$base$matches" | wc -c)
lbytes=$(curl -sf "$base$list" | wc -c)
echo "need $need: $(curl -sf "$base$matches" | grep -o '"score"' | wc -l) matches shown, $mbytes bytes; list $lbytes bytes"
run "$matches" >/dev/null; run "$list" >/dev/null   # warm-up (the match index is read at the first question)
printf "%-6s %-34s %10s %10s %10s\n" round request "req/s" p50 p99
line() { printf "%-6s %-34s %10s %10s %10s\n" "$1" "$2" $(run "$3"); }
for r in $(seq 1 "$rounds"); do
  line "$r" "matches of one need" "$matches"
  line "$r" "ceiling ($mbytes bytes)" "/.bench/ceiling?bytes=$mbytes"
  line "$r" "ceiling ($mbytes bytes)" "/.bench/ceiling?bytes=$mbytes"
  line "$r" "matches of one need" "$matches"
  line "$r" "exchange page, filtered list" "$list"
  line "$r" "ceiling ($lbytes bytes)" "/.bench/ceiling?bytes=$lbytes"
  line "$r" "ceiling ($lbytes bytes)" "/.bench/ceiling?bytes=$lbytes"
  line "$r" "exchange page, filtered list" "$list"
done
# a filter set nobody asked for yet is made anew (then kept): 100 pages never asked before, one at a time
for i in $(seq 1 100); do curl -s -o /dev/null -w '%{time_total}\n' "$base/fr/exchange?kind=offer&category=training&page=$i"; done |
  sort -n | awk '{t[NR]=$1*1000} END {printf "made anew (100 new addresses, 1 connection): p50 %.1f ms, p99 %.1f ms\n", t[int(NR/2)], t[int(NR*0.99)]}'
uptime
