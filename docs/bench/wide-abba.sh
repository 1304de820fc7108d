#!/usr/bin/env bash
# The wide working set of issue 18 alone: single items drawn at random from URLS distinct item URLs
# (docs/bench/wide.lua) beside the ceiling, to compare builds on the same data. Each JAR is served in
# the order given (name them in ABBA order yourself: old new new old), caches off then on, and each
# figure is taken ROUNDS times (each an ABBA of the request and the ceiling, abba.sh). The ceiling goes
# through the same Lua script; the plain ceiling (no script, as scenarios.sh measured it before) is
# printed after each figure, so that older ratios can be compared. The load average goes with each line.
# Usage: docs/bench/wide-abba.sh HOME JAR...   (needs wrk, curl, jq; HOME holds items, see scenarios.sh)
# Environment: DURATION (default 10), CONNECTIONS (16), THREADS (2), URLS (35000), MODES ("off on"),
#   ROUNDS (2), PORT.
set -euo pipefail
cd "$(dirname "$0")/../.."
home=${1:?usage: wide-abba.sh HOME JAR...}; shift
[ $# -gt 0 ] || set -- webapp/target/inn-co.jar
base="http://127.0.0.1:${PORT:-18096}"
duration=${DURATION:-10}
threads=${THREADS:-2}
conns=${CONNECTIONS:-16}
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
. docs/bench/abba.sh
trap bench_cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }

for jar in "$@"; do
  for mode in ${MODES:-off on}; do
    extra=""; [ "$mode" = off ] && extra="INNCO_DELIVERY_CACHE_MB=0 INNCO_PORTAL_CACHE_MB=0"
    serve "$jar"
    file=$(wide_paths "${URLS:-35000}")
    sample=$(head -1 "$file")
    bytes=$(curl -sf "$base$sample" | wc -c)
    echo "## $jar, caches $mode, $conns connections, ${duration} s a run"
    abba_header
    for ((round = 1; round <= ${ROUNDS:-2}; round++)); do
      echo "$(abba wide "$sample" "$bytes" "$file")   plain ceiling $(run "/.bench/ceiling?bytes=$bytes" | cut -d' ' -f1) r/s; load $(load)"
    done
    stop
  done
done
