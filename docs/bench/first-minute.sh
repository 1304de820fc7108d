#!/usr/bin/env bash
# The first minute after a start against warm throughput (issue 18), two jars in ABBA order: the
# list of 20 (country filter, date sort) from the first 200 on, wrk with 16 connections in windows
# of 10 s, then 10 s more as "warm"; prints each window and the first minute's mean / warm.
#   docs/bench/first-minute.sh HOME BEFORE.jar AFTER.jar
# Each jar runs on its own copy of HOME (HOME-before, HOME-after, as startup-abba.sh makes them).
# A jar starts with the class-data archive beside it when there is one (archive.sh; ARCHIVES=off: without).
# Both jars get the README's compiler thresholds (archive.sh; JIT=default: the JVM's own).
# Environment: PORT (18098), XMX (512m), JAVA_OPTS, INNCO_WARMUP_SECONDS (the product's default when unset), ARCHIVES.
set -euo pipefail
. "$(dirname "$0")/archive.sh"
home=$1; before=$2; after=$3
port=${PORT:-18098}; base="http://127.0.0.1:$port"
list="$base/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
export INNCO_PORT=$port INNCO_ADMIN_PASSWORD=bench-admin-pw INNCO_IMPORT_ON_START=false INNCO_RATE_LIMIT_PER_MINUTE=0
for side in before after; do [ -d "$home-$side" ] || cp -a "$home" "$home-$side"; done
rps() { wrk -t2 -c16 -d10s "$list" 2>&1 | awk '/Requests\/sec/ {printf "%d", $2}'; }
once() { # label jar side
  export INNCO_HOME=$home-$3
  # shellcheck disable=SC2086
  java -Xmx${XMX:-512m} ${JAVA_OPTS:-} $(archive_option "$2") $(jit_options) -jar "$2" >"$INNCO_HOME/minute.log" 2>&1 &
  local pid=$! out="" sum=0 r warm
  until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.02; done
  for _ in 1 2 3 4 5 6; do r=$(rps); out="$out $r"; sum=$((sum + r)); done
  warm=$(rps)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$1: req/s per 10 s:$out; warm $warm; first minute $(( sum * 100 / 6 / warm ))% of warm [load $(cut -d' ' -f1 /proc/loadavg)]"
}
once "A before" "$before" before; once "B after" "$after" after; once "B after" "$after" after; once "A before" "$before" before
