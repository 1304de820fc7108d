#!/usr/bin/env bash
# Server CPU per check-up answer (issue 14): one server on the segment store, a steady load of
# CONNS connections sending ANSWERS answers to a new check-up (each a distinct participant: all
# saved), then the same number refused (the same tokens again: "already sent") and ceiling
# requests; the server's CPU time (user + system, from /proc) over each phase divided by the
# requests. Far less sensitive to the machine's load than a burst's latency, so it shows progress
# on a shared machine. With JFR=file, the server records a flight recording of the whole run.
# Usage: docs/bench/checkup-cpu.sh [JAR]   Environment: ANSWERS (3000), CONNS (4), ROUNDS (3), PORT (18130).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${1:-webapp/target/inn-co.jar}
answers=${ANSWERS:-3000}
conns=${CONNS:-4}
rounds=${ROUNDS:-3}
port=${PORT:-18130}
base="http://127.0.0.1:$port"
form="Content-Type: application/x-www-form-urlencoded"
home=$(mktemp -d)
jfr=()
[ -n "${JFR:-}" ] && jfr=("-XX:StartFlightRecording=filename=$JFR,settings=${JFC:-profile},dumponexit=true")
INNCO_HOME=$home INNCO_PORT=$port INNCO_STORE=segment INNCO_IMPORT_ON_START=true INNCO_ADMIN_PASSWORD=bench-admin-pw \
  INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_CHECKUP_STARTS_PER_HOUR=0 INNCO_BENCH_CEILING=true \
  java "${jfr[@]}" -Xmx512m -jar "$jar" >>"$home/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$home"' EXIT
until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.3; done

cpu() { awk '{print $14, $15}' "/proc/$pid/stat"; }   # clock ticks (user, system) of the server
per() { # "user system" before, after, requests -> ms of CPU per request: total (user + system)
  awk -v a="$1" -v b="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" 'BEGIN { split(a, x, " "); split(b, y, " ");
    u = (y[1] - x[1]) * 1000 / hz / n; s = (y[2] - x[2]) * 1000 / hz / n; printf "%.3f (%.3f + %.3f)", u + s, u, s }'
}
load() { # phase-name path method body -> "ms/request (statuses)"
  local before after out
  before=$(cpu)
  out=$(java -jar "$jar" loadgen --url "$base" --path "$2" --method "$3" --header "$form" ${4:+--body "$4"} --connections "$conns" --requests "$answers")
  after=$(cpu)
  printf '%s %s (%s)' "$1" "$(per "$before" "$after" "$answers")" "$(sed -E 's/.*statuses (.*)/\1/' <<<"$out")"
}
printf 'round\tCPU ms per request, total (user + system): saved answers, refused answers, ceiling\tload average\n'
for r in $(seq 0 "$rounds"); do
  organiser=$(curl -s -o /dev/null -w '%{redirect_url}' -H "$form" --data "name=cpu" "$base/en/check-up")
  organiser=${organiser#http*://*/}; organiser="/${organiser%%\?*}"
  participant=$(curl -s "$base$organiser" | grep -o 'id="participant-link" type="text" readonly value="[^"]*"' | sed 's/.*value="//; s/"$//')
  participant="/${participant#http*://*/}"
  body="respondent={n:43}&revision=0$(curl -s "$base$participant" | grep -o 'name="s-[^"]*"' | sort -u | sed 's/name="\(.*\)"/\&\1=3/' | tr -d '\n')"
  line="$(load saved "$participant" POST "$body"); $(load refused "$participant" POST "$body"); $(load ceiling "/.bench/ceiling?bytes=200" GET "")"
  page=$(curl -s "$base$organiser" | tr -d ",")   # "1,000 people"
  grep -q "$answers people have answered" <<<"$page" || { echo "round $r: not every answer was saved" >&2; exit 1; }
  # round 0 warms the JIT and is not reported
  [ "$r" -gt 0 ] && printf '%s\t%s\t%s\n' "$r" "$line" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
