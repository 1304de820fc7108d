#!/usr/bin/env bash
# Answer cache benchmark (issue 18): two requests the answer cache decides, each beside its ceiling
# (the same Jetty answering a fixed byte array of the same size, INNCO_BENCH_CEILING), in ABBA order
# (answer, ceiling, ceiling, answer; each figure is the mean of its two runs):
#   wide   single items drawn at random from URLS distinct item URLs (case studies x 7 languages),
#          a working set larger than the cache (INNCO_DELIVERY_CACHE_MB, default 64)
#   list   a cached list of 20 case studies (204 kB at 10,000 items) at CONNECTIONS connections
# Several jars (for example the build before a change and after it) run one after the other on the
# same data; name them in ABBA order yourself to compare them fairly: cache.sh HOME old.jar new.jar new.jar old.jar
# Usage: docs/bench/cache.sh HOME [JAR...]   (after mvn -q package -DskipTests; needs wrk, curl and jq)
#   HOME   an INNCO_HOME; ITEMS items are generated into it when it holds none (default 10000)
#   JAR    the jars to run (default webapp/target/inn-co.jar)
# Environment: DURATION (seconds per run, default 15), CONNECTIONS (default 16), THREADS (default 2),
#   URLS (default 35000), CACHE_MB (default 64), ITEMS (default 10000).
set -euo pipefail
cd "$(dirname "$0")/../.."
home=${1:?usage: cache.sh HOME [JAR...]}; shift
jars=("$@"); [ ${#jars[@]} -gt 0 ] || jars=(webapp/target/inn-co.jar)
port=${PORT:-18094}
duration=${DURATION:-15}
conns=${CONNECTIONS:-16}
threads=${THREADS:-2}
urls=${URLS:-35000}
cache=${CACHE_MB:-64}
base="http://127.0.0.1:$port"
token=bench-metrics-token
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
extra="INNCO_DELIVERY_CACHE_MB=$cache INNCO_METRICS_TOKEN=$token"
. docs/bench/abba.sh
trap bench_cleanup EXIT
if [ ! -d "$home/repository" ]; then
  echo "# generating ${ITEMS:-10000} items into $home"
  java -Xmx2g -jar "${jars[0]}" generate --items "${ITEMS:-10000}" | tail -1
fi

metric() { curl -sf -H "Authorization: Bearer $token" "$base/.rest/metrics" | awk -v m="$1" '$1==m {print $2}'; }

for jar in "${jars[@]}"; do
  serve "$jar"
  file=$(wide_paths "$urls")
  sample=$(head -1 "$file")
  one=$(curl -sf "$base$sample" | wc -c)
  list="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
  echo "## $jar: $(wc -l <"$file") item URLs (about $one bytes each), cache ${cache} MB, $conns connections, load $(cut -d' ' -f1-3 /proc/loadavg)"
  abba_header
  h0=$(metric innco_answer_cache_hits_total); m0=$(metric innco_answer_cache_misses_total)
  abba wide "$sample" "$one" "$file"
  h1=$(metric innco_answer_cache_hits_total); m1=$(metric innco_answer_cache_misses_total)
  abba list "$list" "$(curl -sf "$base$list" | wc -c)"
  awk -v h="$h0" -v m="$m0" -v H="$h1" -v M="$m1" -v b="$(metric innco_answer_cache_bytes)" -v l="$(cut -d' ' -f1-3 /proc/loadavg)" \
    'BEGIN {printf "# wide: %.0f%% of the answers from the cache; cache holds %.1f MB; load after: %s\n", 100 * (H - h) / ((H - h) + (M - m)), b / 1048576, l}'
  stop
done
