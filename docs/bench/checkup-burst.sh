#!/usr/bin/env bash
# Check-up burst (issue 14): PEOPLE participants send their answers to one check-up at the same
# instant (the load generator with PEOPLE connections, one request each, every one a distinct
# participant token; the client and its connections warmed first for 2 s on the ceiling), beside the ceiling (the same number of requests at once to a fixed byte
# array: what the HTTP stack alone costs here). Two builds can be compared in ABBA rounds: both
# servers run side by side on the segment store (saves flushed before they are confirmed), and the
# rounds alternate A B B A ... so that the machine's load falls on both alike. After each burst the
# organiser's page must say that all PEOPLE have answered (none lost, none doubled).
# Last column: the server's CPU time (user + system, from /proc) per answer of a second burst of
# PEOPLE answers, which the machine's load changes far less than the latencies.
# Usage: docs/bench/checkup-burst.sh [JAR_A [JAR_B]]   (after mvn -q package -DskipTests)
#   one jar: its figures only; two jars (e.g. main's build as A, this branch's as B): ABBA.
# Environment: PEOPLE (200), ROUNDS (4: with two jars A B, B A, A B, B A), PORT (first port, 18110),
#   WARM (3000: answers each server takes at a steady pace before the first burst; without them the
#   bursts measure code the JIT has not compiled yet, several times slower than a running server's).
set -euo pipefail
cd "$(dirname "$0")/../.."
jars=("${1:-webapp/target/inn-co.jar}")
[ -n "${2:-}" ] && jars+=("$2")
loadgen_jar=${jars[-1]} # the client: its {n:W} numbering gives each request a token of the right length
people=${PEOPLE:-200}
rounds=${ROUNDS:-4}
warm=${WARM:-3000}
port0=${PORT:-18110}
form="Content-Type: application/x-www-form-urlencoded"
pids=()
homes=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  for h in "${homes[@]}"; do rm -rf "$h"; done
}
trap cleanup EXIT

for i in "${!jars[@]}"; do
  home=$(mktemp -d); homes+=("$home")
  INNCO_HOME=$home INNCO_PORT=$((port0 + i)) INNCO_STORE=segment INNCO_IMPORT_ON_START=true INNCO_ADMIN_PASSWORD=bench-admin-pw \
    INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_CHECKUP_STARTS_PER_HOUR=0 INNCO_BENCH_CEILING=true \
    java -Xmx512m -jar "${jars[$i]}" >>"$home/server.log" 2>&1 &
  pids+=($!)
done
for i in "${!jars[@]}"; do until curl -sf -o /dev/null "http://127.0.0.1:$((port0 + i))/.rest/health"; do sleep 0.3; done; done

checkup() { # base -> "organiser-path participant-path body" of a new check-up
  local organiser participant body
  organiser=$(curl -s -o /dev/null -w '%{redirect_url}' -H "$form" --data "name=burst" "$1/en/check-up")
  organiser=${organiser#http*://*/}; organiser="/${organiser%%\?*}"
  participant=$(curl -s "$1$organiser" | grep -o 'id="participant-link" type="text" readonly value="[^"]*"' | sed 's/.*value="//; s/"$//')
  participant="/${participant#http*://*/}"
  body="respondent={n:43}&revision=0$(curl -s "$1$participant" | grep -o 'name="s-[^"]*"' | sort -u | sed 's/name="\(.*\)"/\&\1=3/' | tr -d '\n')"
  echo "$organiser $participant $body"
}
warm() { # server-index: WARM answers at a steady pace to another check-up, so that the bursts meet compiled code as a running server's would
  local base="http://127.0.0.1:$((port0 + $1))" c
  read -r -a c <<<"$(checkup "$base")"
  [ "$warm" -gt 0 ] && java -jar "$loadgen_jar" loadgen --url "$base" --path "${c[1]}" --method POST --header "$form" --body "${c[2]}" \
    --connections 4 --requests "$warm" >/dev/null
  return 0
}
burst() { # server-index -> one line: p50 p90 p99 max of the answers, then of the ceiling, then the server CPU per answer of a burst
  local base="http://127.0.0.1:$((port0 + $1))" organiser participant body answers ceiling page c cpu0 cpu1
  read -r -a c <<<"$(checkup "$base")"
  organiser=${c[0]}; participant=${c[1]}; body=${c[2]}
  answers=$(java -jar "$loadgen_jar" loadgen --url "$base" --path "$participant" --method POST --header "$form" --body "$body" \
    --connections "$people" --requests "$people" --warmup 2 --warmup-path "/.bench/ceiling?bytes=200")
  page=$(curl -s "$base$organiser")   # read whole: grep -q ending the pipe early would fail it under pipefail
  grep -q "$people people have answered" <<<"$page" || { echo "server $1: not every answer was saved ($answers)" >&2; exit 1; }
  ceiling=$(java -jar "$loadgen_jar" loadgen --url "$base" --path "/.bench/ceiling?bytes=200" --connections "$people" --requests "$people" \
    --warmup 2 --warmup-path "/.bench/ceiling?bytes=200")
  # the server's CPU for another burst of PEOPLE answers (no client warm-up, whose ceiling requests would count too)
  read -r -a c <<<"$(checkup "$base")"
  cpu0=$(cpu "$1")
  java -jar "$loadgen_jar" loadgen --url "$base" --path "${c[1]}" --method POST --header "$form" --body "${c[2]}" \
    --connections "$people" --requests "$people" >/dev/null
  cpu1=$(cpu "$1")
  printf '%s\t%s\t%s\n' "$(figures "$answers")" "$(figures "$ceiling")" \
    "$(awk -v a="$cpu0" -v b="$cpu1" -v n="$people" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) * 1000 / hz / n }')"
}
cpu() { awk '{print $14 + $15}' "/proc/${pids[$1]}/stat"; }   # the server's CPU clock ticks (user + system)
figures() { sed -E 's/.*p50 ([0-9.]+) ms, p90 ([0-9.]+) ms, p99 ([0-9.]+) ms, max ([0-9.]+) ms; statuses (.*)/\1 \2 \3 \4 \5/' <<<"$1"; }

for i in "${!jars[@]}"; do warm "$i"; burst "$i" >/dev/null; done   # warm-up, not reported
printf 'round\tbuild\tanswers: p50 p90 p99 max (ms) statuses\tceiling: p50 p90 p99 max (ms) statuses\tserver CPU ms per answer in a second burst\tload average\n'
for r in $(seq 1 "$rounds"); do
  order=(0)
  if [ ${#jars[@]} = 2 ]; then if [ $((r % 2)) = 1 ]; then order=(0 1); else order=(1 0); fi; fi
  for s in "${order[@]}"; do
    printf '%s\t%s\t%s\t%s\n' "$r" "$(basename "${jars[$s]}")$([ "$s" = 0 ] && echo ' (A)' || echo ' (B)')" "$(burst "$s")" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
