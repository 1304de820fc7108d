#!/usr/bin/env bash
# Two scenarios of issue 18 with the answer and page caches off, for two builds in ABBA order
# (A B B A), each build on its own home (builds with different index formats would otherwise
# rebuild the index at every switch): the portal page of one case study, and single items drawn
# from URLS distinct item URLs (docs/bench/wide.lua), each beside its ceiling; the wide set also
# beside a ceiling asked through the same Lua script ("wide-lua": wrk's script costs the client
# a share of the ceiling's rate, which the plain ceiling does not pay).
# Usage: docs/bench/page-wide.sh HOME_A JAR_A HOME_B JAR_B   (homes with the same generated items)
# Environment: DURATION (default 10), CONNECTIONS (16), THREADS (2), URLS (35000), PORT.
set -euo pipefail
cd "$(dirname "$0")/../.."
homes=("${1:?usage: page-wide.sh HOME_A JAR_A HOME_B JAR_B}" "${3:?}"); jars=("$(realpath "${2:?}")" "$(realpath "${4:?}")")
base="http://127.0.0.1:${PORT:-18095}"
duration=${DURATION:-10}; threads=${THREADS:-2}; conns=${CONNECTIONS:-16}; urls=${URLS:-35000}
extra="INNCO_DELIVERY_CACHE_MB=0 INNCO_PORTAL_CACHE_MB=0"
export INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
. docs/bench/abba.sh
trap bench_cleanup EXIT
size() { curl -sf "$base$1" | wc -c; }
# each server starts in its home, not in the checkout: a jar started in a checkout reads the
# checkout's light-modules (templates included), and the build before must use its own
serve_in_home() { pushd "$home" >/dev/null; serve "$1"; popd >/dev/null; }

for i in 0 1 1 0; do
  home=${homes[$i]}; export INNCO_HOME=$home
  serve_in_home "${jars[$i]}"
  echo "## ${jars[$i]} on $home, caches off, $conns connections, ${duration} s a run; load $(cut -d' ' -f1-3 /proc/loadavg)"
  name=$(curl -sf "$base/.rest/delivery/caseStudies?limit=1&lang=fr" | jq -r '.results[0]."@name"')
  file=$(wide_paths "$urls"); sample=$(head -1 "$file")
  bytes=$(size "$sample"); ceilings=$home/ceiling-urls-$urls-$bytes.txt
  [ -s "$ceilings" ] || for ((n = 1; n <= urls; n++)); do echo "/.bench/ceiling?bytes=$bytes&n=$n"; done >"$ceilings"
  abba_header
  abba page "/fr/case-studies/$name" "$(size "/fr/case-studies/$name")"
  abba wide "$sample" "$bytes" "$file"
  read -r a1 _ _ _ <<<"$(run "$sample" "$file")"
  read -r c1 _ _ _ <<<"$(run "$(head -1 "$ceilings")" "$ceilings")"
  read -r c2 _ _ _ <<<"$(run "$(head -1 "$ceilings")" "$ceilings")"
  read -r a2 _ _ _ <<<"$(run "$sample" "$file")"
  awk -v a1="$a1" -v a2="$a2" -v c1="$c1" -v c2="$c2" 'BEGIN {printf "wide-lua  req/s %.0f, ceiling through the script %.0f: %.1f%%\n", (a1+a2)/2, (c1+c2)/2, 100*(a1+a2)/(c1+c2)}'
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop
done
