#!/usr/bin/env bash
# Start-up to the first 200 at N items, two jars in ABBA order (issue 18), with each start's phases.
#   docs/bench/startup-abba.sh HOME BEFORE.jar AFTER.jar [rounds]
# HOME holds a generated repository and an up-to-date index (docs/bench/startup.sh 1 10000 HOME makes one);
# each jar starts on its own copy of it (HOME-before, HOME-after, made once), so that neither finds the
# other's defaults stamped and unpacks them again.
# Each start: time from `java -jar` to the first 200 on /.rest/health and the CPU time spent by then, then the "Start-up:" log line
# (only the newer jar writes it). The warm-up is off so that it does not lengthen the stop.
# A jar with a class-data archive beside it (inn-co.jsa beside inn-co.jar, as `mvn package` makes it) starts with it,
# as the README's run command starts it; ARCHIVES=off starts both without.
# Both also get the README's compiler thresholds (archive.sh, jit_options; JIT=default: the JVM's own).
# The wait for the first 200 probes the port from bash (no process per probe), then asks /.rest/health with curl:
# a curl every 20 ms took some 12 ms of CPU each, a fifth of the two cores the start itself needs.
# Environment: PORT (default 18095), XMX (default 512m), JAVA_OPTS (extra JVM options for both), ARCHIVES.
set -euo pipefail
. "$(dirname "$0")/archive.sh"
home=$1; before=$2; after=$3; rounds=${4:-2}
for side in before after; do [ -d "$home-$side" ] || cp -a "$home" "$home-$side"; done
port=${PORT:-18095}
export INNCO_PORT=$port INNCO_ADMIN_PASSWORD=bench-admin-pw INNCO_IMPORT_ON_START=false \
  INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_WARMUP_SECONDS=0
once() { # label jar side
  local s pid took; s=$(date +%s%N)
  export INNCO_HOME=$home-$3
  local archive; archive=$(archive_option "$2")
  # shellcheck disable=SC2086
  java -Xmx${XMX:-512m} ${JAVA_OPTS:-} $archive $(jit_options) -jar "$2" >"$INNCO_HOME/abba.log" 2>&1 &
  pid=$!
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do sleep 0.01; done
  until curl -sf -o /dev/null "http://127.0.0.1:$port/.rest/health"; do sleep 0.01; done
  took=$(( ($(date +%s%N) - s) / 1000000 ))
  # the process's CPU time (user + system) up to the first 200: less at the mercy of the machine's load than the wall clock
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$1${archive:+ (with its archive)}: $took ms (CPU $cpu ms); $(grep -o 'Start-up: .*' "$INNCO_HOME/abba.log" || echo 'no phases logged') [load $(cut -d' ' -f1 /proc/loadavg)]"
}
for r in $(seq 1 "$rounds"); do
  once "A before" "$before" before; once "B after" "$after" after; once "B after" "$after" after; once "A before" "$before" before
done
