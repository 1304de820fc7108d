#!/usr/bin/env bash
# GraphQL benchmark (issue 21): the same questions through /.rest/graphql and /.rest/delivery, each
# beside its ceiling (the same Jetty answering a fixed byte array of the answer's size,
# INNCO_BENCH_CEILING), in ABBA order (GraphQL, ceiling, ceiling, GraphQL) so that a machine
# getting busier or quieter during the run weighs on both alike; the load before and after.
# GraphQL is measured by GET (the query in the query string, or a persisted query's hash), which
# wrk sends without a script; a POST costs the same plus reading its body.
# Usage: docs/bench/graphql.sh ITEMS [HOME]   (after mvn -o -q -pl webapp -am package -DskipTests)
#   without HOME, ITEMS items are generated into a temporary home, removed at the end
# Environment: DURATION (seconds per run, default 10), CONNECTIONS (default 16), THREADS (default 2),
#   JAR, PORT.
set -euo pipefail
cd "$(dirname "$0")/../.."
items=${1:-2000}
home=${2:-}
keep=1
if [ -z "$home" ]; then home=$(mktemp -d); keep=0; fi
jar=${JAR:-webapp/target/inn-co.jar}
base="http://127.0.0.1:${PORT:-18093}"
duration=${DURATION:-10}
conns=${CONNECTIONS:-16}
threads=${THREADS:-2}
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
. docs/bench/abba.sh
trap 'bench_cleanup; [ $keep = 1 ] || rm -rf "$home"' EXIT
if [ ! -d "$home/repository" ]; then
  echo "# generating $items items into $home"
  java -Xmx2g -jar "$jar" generate --items "$items" | tail -1
fi

enc() { jq -rn --arg v "$1" '$v|@uri'; }

serve "$jar"
study=$(curl -sf "$base/.rest/delivery/caseStudies?limit=1" | jq -r '.results[0]."@name"')
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
echo "## $jar, $conns connections, ${duration} s a run; load $(cut -d' ' -f1-3 /proc/loadavg)"
abba_header
for name in "${names[@]}"; do
  p=${paths[$name]}
  abba "$name" "$p" "$(curl -sf "$base$p" | wc -c)"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
stop
