#!/usr/bin/env bash
# Every scenario of issue 18, each beside its ceiling (the same Jetty answering a fixed byte array of
# the same size) in ABBA order, with the caches off (every answer made from the index, every page
# rendered) and on (the defaults), and the ratios printed:
#   list    20 case studies, country filter, date sort (about 204 kB at 10,000 items)
#   q       full-text search
#   like    title[like]=%coop%, 20 results
#   geojson every organisation as GeoJSON (at GEO_CONNECTIONS connections)
#   page    the portal page of one case study
#   wide    single items drawn at random from URLS distinct item URLs (docs/bench/wide.lua)
# Name several jars to compare builds on the same data, in ABBA order yourself (old new new old);
# each jar keeps the index it built in HOME/index (a jar with another index format rebuilds it).
# Usage: docs/bench/scenarios.sh HOME [JAR...]   (after mvn -q package -DskipTests; needs wrk, curl, jq)
#   HOME  an INNCO_HOME; ITEMS items are generated into it when it holds none (default 10000)
# Environment: DURATION (seconds per run, default 10), CONNECTIONS (default 16), GEO_CONNECTIONS
#   (default 4), THREADS (default 2), URLS (default 35000), MODES (default "off on"), PORT, ITEMS.
set -euo pipefail
cd "$(dirname "$0")/../.."
home=${1:?usage: scenarios.sh HOME [JAR...]}; shift
jars=("$@"); [ ${#jars[@]} -gt 0 ] || jars=(webapp/target/inn-co.jar)
base="http://127.0.0.1:${PORT:-18095}"
duration=${DURATION:-10}
threads=${THREADS:-2}
conns=${CONNECTIONS:-16}
urls=${URLS:-35000}
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
. docs/bench/abba.sh
trap bench_cleanup EXIT
if [ ! -d "$home/repository" ]; then
  echo "# generating ${ITEMS:-10000} items into $home"
  java -Xmx2g -jar "${jars[0]}" generate --items "${ITEMS:-10000}" | tail -1
fi

size() { curl -sf "$base$1" | wc -c; }

scenarios() {
  local list="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
  local q="/.rest/delivery/caseStudies?q=cooperative%20kitchen&lang=en"
  local like="/.rest/delivery/caseStudies?title%5Blike%5D=%25coop%25&limit=20&lang=fr"
  local geo="/.rest/delivery/organisations?format=geojson&lang=en"
  local name; name=$(curl -sf "$base/.rest/delivery/caseStudies?limit=1&lang=fr" | jq -r '.results[0]."@name"')
  local page="/fr/case-studies/$name"
  local file; file=$(wide_paths "$urls")
  local sample; sample=$(head -1 "$file")
  abba_header
  abba list "$list" "$(size "$list")"
  abba q "$q" "$(size "$q")"
  abba like "$like" "$(size "$like")"
  conns=${GEO_CONNECTIONS:-4} abba geojson "$geo" "$(size "$geo")"
  abba page "$page" "$(size "$page")"
  abba wide "$sample" "$(size "$sample")" "$file"
}

for jar in "${jars[@]}"; do
  for mode in ${MODES:-off on}; do
    extra=""; [ "$mode" = off ] && extra="INNCO_DELIVERY_CACHE_MB=0 INNCO_PORTAL_CACHE_MB=0"
    serve "$jar"
    echo "## $jar, caches $mode, $conns connections (GeoJSON ${GEO_CONNECTIONS:-4}), ${duration} s a run; load $(cut -d' ' -f1-3 /proc/loadavg)"
    scenarios
    echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
    stop
  done
done
