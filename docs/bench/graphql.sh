#!/usr/bin/env bash
# GraphQL benchmark (issue 21): the same questions through /.rest/graphql and /.rest/delivery, each
# beside its ceiling (the same Jetty answering a fixed byte array of the GraphQL answer's size,
# INNCO_BENCH_CEILING), in ABBA order (GraphQL, ceiling, ceiling, GraphQL) so that a machine
# getting busier or quieter during the run weighs on both alike; `uptime` before and after.
# GraphQL is measured by GET (the query in the query string, or a persisted query's hash), which
# wrk sends without a script; a POST costs the same plus reading its body.
# Usage: docs/bench/graphql.sh ITEMS [HOME]   (after mvn -o -q -pl webapp -am package -DskipTests)
# Environment: DURATION (seconds per run, default 10), CONNECTIONS (default 16), THREADS (default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
items=${1:-2000}
home=${2:-}
keep=1
if [ -z "$home" ]; then home=$(mktemp -d); keep=0; fi
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18093}
duration=${DURATION:-10}
conns=${CONNECTIONS:-16}
threads=${THREADS:-2}
base="http://127.0.0.1:$port"
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
pid=
cleanup() { [ -z "$pid" ] || { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; [ $keep = 1 ] || rm -rf "$home"; }
trap cleanup EXIT
if [ ! -d "$home/repository" ]; then
  echo "# generating $items items into $home"
  java -Xmx2g -jar "$jar" generate --items "$items" | tail -1
fi

run() { # path -> "rps p50 p99 non2xx"
  wrk -t"$threads" -c"$conns" -d"${duration}s" --latency "$base$1" 2>&1 | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {bad=$NF}
    END {printf "%s %s %s %s\n", rps, p50, p99, (bad==""?0:bad)}'
}
enc() { jq -rn --arg v "$1" '$v|@uri'; }

INNCO_PORT=$port INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true java -Xmx512m -jar "$jar" >"$home/server.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
study=$(curl -sf "$base/.rest/delivery/caseStudies?limit=1" | sed -E 's/.*"results":\[\{"@name":"([^"]+)".*/\1/')
fields='_name _id _locale title summary country publicationDate organisations { name country city }'
single="{ caseStudy(path: \"$study\", lang: \"fr\") { $fields } }"
list="{ caseStudies(lang: \"de\", filter: [{property: country, value: \"FR\"}], orderBy: [{property: publicationDate, direction: DESC}], limit: 20) { total results { $fields } } }"
hash=$(printf '%s' "$list" | sha256sum | cut -d' ' -f1)
ext="{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"$hash\"}}"
curl -sf -o /dev/null -H 'Content-Type: application/json' \
  -d "$(jq -n --arg q "$list" --argjson e "$ext" '{query: $q, extensions: $e}')" "$base/.rest/graphql"   # registers the hash
declare -a names=(single list persisted rest-single rest-list)
declare -A paths=(
  [single]="/.rest/graphql?query=$(enc "$single")"
  [list]="/.rest/graphql?query=$(enc "$list")"
  [persisted]="/.rest/graphql?extensions=$(enc "$ext")"
  [rest-single]="/.rest/delivery/caseStudies/$study?lang=fr"
  [rest-list]="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
)
echo "# $(uptime)"
printf "%-12s %8s %10s %9s %9s | %10s %9s %9s | %6s\n" scenario bytes "req/s" p50 p99 "ceil req/s" "ceil p50" "ceil p99" ratio
for name in "${names[@]}"; do
  p=${paths[$name]}
  bytes=$(curl -sf "$base$p" | wc -c)
  c="/.bench/ceiling?bytes=$bytes"
  run "$p" >/dev/null; run "$c" >/dev/null   # warm-up of both
  read -r a1 a1p50 a1p99 bad1 <<<"$(run "$p")"
  read -r b1 b1p50 b1p99 _ <<<"$(run "$c")"
  read -r b2 b2p50 b2p99 _ <<<"$(run "$c")"
  read -r a2 a2p50 a2p99 bad2 <<<"$(run "$p")"
  avg() { awk -v x="$1" -v y="$2" 'BEGIN {printf "%.0f", (x+y)/2}'; }
  rps=$(avg "$a1" "$a2"); crps=$(avg "$b1" "$b2")
  ratio=$(awk -v a="$rps" -v b="$crps" 'BEGIN {printf "%.0f%%", 100*a/b}')
  printf "%-12s %8s %10s %9s %9s | %10s %9s %9s | %6s%s\n" "$name" "$bytes" "$rps" "$a1p50/$a2p50" "$a1p99/$a2p99" "$crps" \
    "$b1p50/$b2p50" "$b1p99/$b2p99" "$ratio" "$([ "$bad1$bad2" = 00 ] || echo "  non-2xx: $bad1 $bad2")"
done
echo "# $(uptime)"
