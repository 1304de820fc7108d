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
pid=
cleanup() { [ -z "$pid" ] || { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; }
trap cleanup EXIT
if [ ! -d "$home/repository" ]; then
  echo "# generating ${ITEMS:-10000} items into $home"
  java -Xmx2g -jar "${jars[0]}" generate --items "${ITEMS:-10000}" | tail -1
fi

run() { # path [lua args...] -> "rps p50 p99 non2xx"
  local path=$1; shift
  local -a lua=(); [ $# -gt 0 ] && lua=(-s docs/bench/wide.lua)
  wrk -t"$threads" -c"$conns" -d"${duration}s" --latency "${lua[@]}" "$base$path" ${1:+--} "$@" 2>&1 | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {bad=$NF}
    END {printf "%s %s %s %s\n", rps, p50, p99, (bad==""?0:bad)}'
}

metric() { curl -sf -H "Authorization: Bearer $token" "$base/.rest/metrics" | awk -v m="$1" '$1==m {print $2}'; }

serve() { # jar
  INNCO_PORT=$port INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true INNCO_DELIVERY_CACHE_MB=$cache \
    INNCO_METRICS_TOKEN=$token java -Xmx512m -jar "$1" >"$home/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
}

stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }

paths() { # the wide working set's paths, listed once per HOME
  local file=$home/wide-urls.txt
  if [ ! -s "$file" ]; then
    for ((offset = 0; ; offset += 100)); do
      local names; names=$(curl -sf "$base/.rest/delivery/caseStudies?limit=100&offset=$offset&lang=en" | jq -r '.results[]."@name"' || true)
      [ -n "$names" ] || break
      for n in $names; do for l in en fr nl de it pl el; do echo "/.rest/delivery/caseStudies/$n?lang=$l"; done; done
      [ "$(( (offset + 100) * 7 ))" -lt "$urls" ] || break
    done >"$file.all"
    head -n "$urls" "$file.all" >"$file"; rm -f "$file.all"
  fi
  echo "$file"
}

abba() { # name path bytes [lua args...] -> one line
  local name=$1 path=$2 bytes=$3; shift 3
  run "$path" "$@" >/dev/null; run "/.bench/ceiling?bytes=$bytes" >/dev/null   # warm-up of both (and the cache)
  read -r a1 p50 p99 bad1 <<<"$(run "$path" "$@")"
  read -r c1 cp50 cp99 _ <<<"$(run "/.bench/ceiling?bytes=$bytes")"
  read -r c2 _ _ _ <<<"$(run "/.bench/ceiling?bytes=$bytes")"
  read -r a2 _ _ bad2 <<<"$(run "$path" "$@")"
  awk -v n="$name" -v b="$bytes" -v a1="$a1" -v a2="$a2" -v c1="$c1" -v c2="$c2" -v p50="$p50" -v p99="$p99" -v cp99="$cp99" \
    -v bad="$((bad1 + bad2))" 'BEGIN {a = (a1 + a2) / 2; c = (c1 + c2) / 2;
      printf "%-6s %8s %9.0f %9s %9s | %9.0f %9s | %5.0f%%%s\n", n, b, a, p50, p99, c, cp99, 100 * a / c, (bad > 0 ? "  non-2xx: " bad : "")}'
}

for jar in "${jars[@]}"; do
  serve "$jar"
  file=$(realpath "$(paths)")
  sample=$(head -1 "$file")
  one=$(curl -sf "$base$sample" | wc -c)
  list="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
  echo "## $jar: $(wc -l <"$file") item URLs (about $one bytes each), cache ${cache} MB, $conns connections, load $(cut -d' ' -f1-3 /proc/loadavg)"
  printf "%-6s %8s %9s %9s %9s | %9s %9s | %6s\n" what bytes "req/s" p50 p99 "ceil r/s" "ceil p99" ratio
  h0=$(metric innco_answer_cache_hits_total); m0=$(metric innco_answer_cache_misses_total)
  abba wide "$sample" "$one" "$file"
  h1=$(metric innco_answer_cache_hits_total); m1=$(metric innco_answer_cache_misses_total)
  abba list "$list" "$(curl -sf "$base$list" | wc -c)"
  awk -v h="$h0" -v m="$m0" -v H="$h1" -v M="$m1" -v b="$(metric innco_answer_cache_bytes)" -v l="$(cut -d' ' -f1-3 /proc/loadavg)" \
    'BEGIN {printf "# wide: %.0f%% of the answers from the cache; cache holds %.1f MB; load after: %s\n", 100 * (H - h) / ((H - h) + (M - m)), b / 1048576, l}'
  stop
done
