#!/usr/bin/env bash
# Publishing under an uncached read load (issue 18): while wrk reads the list of 20 (country filter,
# date sort) with the answer and page caches off, an editor changes one case study's title and
# publishes it, again and again; each publication's time is measured (the edit is not).
#   docs/bench/publish-load.sh HOME [JAR] [publications]
# HOME holds a generated repository and its index (docs/bench/startup.sh 1 10000 HOME makes one); the
# server writes into it. Environment: PORT (default 18096), XMX (512m), CONNECTIONS (16), PAUSE
# (seconds between publications, default 0.5), JAVA_OPTS (extra JVM options, e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/../.."
home=$1; jar=${2:-webapp/target/inn-co.jar}; n=${3:-40}
port=${PORT:-18096}; base="http://127.0.0.1:$port"; api="$base/.rest/authoring/v1"
export INNCO_HOME=$home INNCO_PORT=$port INNCO_ADMIN_PASSWORD=bench-admin-pw INNCO_IMPORT_ON_START=false \
  INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_DELIVERY_CACHE_MB=0 INNCO_PORTAL_CACHE_MB=0 INNCO_WARMUP_SECONDS=0
# shellcheck disable=SC2086
java -Xmx${XMX:-512m} ${JAVA_OPTS:-} -jar "$jar" >"$home/publish-load.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.1; done
token=$(curl -sf -u admin:bench-admin-pw -X POST "$api/tokens" -H 'Content-Type: application/json' \
  -d '{"label":"publish-load"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"
id=$(curl -sf -H "$auth" "$api/items/caseStudy?limit=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
list="$base/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
wrk -t2 -c"${CONNECTIONS:-16}" -d15s "$list" >/dev/null   # the JIT's first pass over the read path
wrk -t2 -c"${CONNECTIONS:-16}" -d600s "$list" >"$home/publish-load.wrk" 2>&1 &
reads=$!
sleep 2
times=()
for i in $(seq 1 "$n"); do
  curl -sf -o /dev/null -H "$auth" -X PATCH "$api/items/caseStudy/$id" -H 'If-Match: *' -H 'Content-Type: application/merge-patch+json' \
    -d "{\"properties\":{\"title\":{\"en\":\"Publish under load $i $RANDOM\"}}}"
  times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "$auth" -X POST "$api/items/caseStudy/$id/publish" \
    -H 'Content-Type: application/json' -d '{"locales":["en"]}')")
  sleep "${PAUSE:-0.5}"
done
kill -INT $reads; wait $reads 2>/dev/null || true
printf '%s\n' "${times[@]}" | sort -n | awk -v jar="$jar" -v reads="$(awk '/Requests\/sec/ {print $2}' "$home/publish-load.wrk")" \
  '{t[NR]=$1*1000} END {printf "%s: %d publications, median %.0f ms, p90 %.0f ms, max %.0f ms; reads meanwhile %s req/s [load %s]\n",
   jar, NR, t[int((NR+1)/2)], t[int(NR*0.9+0.5)], t[NR], reads, "'"$(cut -d' ' -f1 /proc/loadavg)"'"}'
