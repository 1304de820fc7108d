#!/usr/bin/env bash
# INN-CO beside Strapi 5 (SQLite) on the same data with the same requests (issue 18), so that anyone
# can repeat the side-by-side comparison on their own machine: builds the Strapi project in
# docs/bench/strapi/ (its packages from the npm registry through npm's ordinary client, the native
# SQLite module built by node-gyp when no prebuilt one can be fetched), copies every case study and
# organisation of a running INN-CO into it (docs/bench/strapi/load.js), then measures each request on
# both, caches off on INN-CO, with wrk (two runs each, in ABBA order: INN-CO, Strapi, Strapi, INN-CO).
# What each side answers is not the same shape: Strapi has no full-text search (q is compared with a
# contains filter on the title), no GeoJSON (all organisations as JSON instead) and no portal pages.
# Needs node >= 20 with npm, python3, make and a C++ compiler (node-gyp), wrk, curl and jq.
# Tried on the development machine (2 cores, Node 20, npm 11): Strapi runs; the copy of 200 items took
# about 1.5 minutes (one translation at a time), so 10,000 items take hours there: docs/benchmarks.md.
# better-sqlite3 13 needs Node 22; 12.11.1 builds and runs on Node 20. npm 11 lists the install
# scripts it ran without approval; better-sqlite3's must run (it builds the native module).
# Usage: docs/bench/strapi.sh HOME [WORKDIR]   (after mvn -q package -DskipTests)
#   HOME     an INNCO_HOME with the data (e.g. made by `generate --items 10000`; see scenarios.sh)
#   WORKDIR  where Strapi is built and its database kept (default /tmp/innco-strapi; reused when it exists)
# Environment: DURATION (default 10), CONNECTIONS (default 16), THREADS (default 2), PORT (INN-CO,
#   default 18096), STRAPI_PORT (default 18099), JAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
home=${1:?usage: strapi.sh HOME [WORKDIR]}
work=${2:-/tmp/innco-strapi}
jar=${JAR:-webapp/target/inn-co.jar}
base="http://127.0.0.1:${PORT:-18096}"
sport=${STRAPI_PORT:-18099}
strapi="http://127.0.0.1:$sport"
duration=${DURATION:-10}
threads=${THREADS:-2}
conns=${CONNECTIONS:-16}
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
extra="INNCO_DELIVERY_CACHE_MB=0 INNCO_PORTAL_CACHE_MB=0"
. docs/bench/abba.sh
spid=
trap 'bench_cleanup; [ -z "$spid" ] || kill "$spid" 2>/dev/null || true' EXIT

mkdir -p "$work/public/uploads" "$work/.tmp"   # Strapi refuses to start without its upload folder
cp -r docs/bench/strapi/. "$work/"
secret() { head -c 24 /dev/urandom | base64 | tr -d '/+='; }
if [ ! -f "$work/.env" ]; then # random secrets for a throw-away instance, never committed
  { echo "APP_KEYS=$(secret),$(secret)"; for k in ADMIN_JWT_SECRET API_TOKEN_SALT TRANSFER_TOKEN_SALT JWT_SECRET; do echo "$k=$(secret)"; done
    echo "DATABASE_FILENAME=$work/.tmp/data.db"; echo "PORT=$sport"; echo "NODE_ENV=production"; } >"$work/.env"
fi
(cd "$work" && [ -d node_modules/@strapi/strapi ] || npm install --no-audit --no-fund)
(cd "$work" && node -e "require('better-sqlite3')(':memory:')") || { echo "better-sqlite3 does not load: see the header" >&2; exit 1; }

serve "$jar"
if [ ! -s "$work/.tmp/data.db" ] || [ "$(cat "$work/.tmp/loaded-from" 2>/dev/null)" != "$(realpath "$home")" ]; then   # loaded once per HOME
  echo "# copying INN-CO's case studies and organisations into Strapi"
  rm -f "$work/.tmp/data.db"; mkdir -p "$work/.tmp"
  (cd "$work" && set -a && . ./.env && set +a && node load.js "$base")
  realpath "$home" >"$work/.tmp/loaded-from"
fi
(cd "$work" && set -a && . ./.env && set +a && exec npx strapi start >"$work/strapi.log" 2>&1) &
spid=$!
until curl -sfg -o /dev/null "$strapi/api/case-studies?pagination[pageSize]=1"; do sleep 0.5; kill -0 "$spid" || { tail "$work/strapi.log"; exit 1; }; done
spid=$(ss -ltnp "sport = :$sport" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)   # node itself, below npx

name=$(curl -sf "$base/.rest/delivery/caseStudies?limit=1&lang=fr" | jq -r '.results[0]."@name"')
doc=$(curl -sfg "$strapi/api/case-studies?filters[name][\$eq]=$name&locale=fr" | jq -r '.data[0].documentId')
side() { # name innco-path strapi-path
  local a1 b1 b2 a2 x
  a1=$(run "$2" | cut -d' ' -f1-3); run "$2" >/dev/null
  base=$strapi; run "$3" >/dev/null; b1=$(run "$3" | cut -d' ' -f1-3); b2=$(run "$3" | cut -d' ' -f1)
  [ "$(curl -sg -o /dev/null -w '%{http_code}' "$strapi$3")" = 200 ] || echo "# $1: Strapi did not answer 200" >&2
  base=$inn; [ "$(curl -s -o /dev/null -w '%{http_code}' "$inn$2")" = 200 ] || echo "# $1: INN-CO did not answer 200" >&2
  a2=$(run "$2" | cut -d' ' -f1)
  read -r x _ <<<"$a1"
  awk -v n="$1" -v a="$a1" -v a1="$x" -v a2="$a2" -v b="$b1" -v b2="$b2" 'BEGIN {split(a, A, " "); split(b, B, " ");
    ia = (a1 + a2) / 2; sb = (B[1] + b2) / 2;
    printf "%-8s %10.0f %9s %9s | %10.1f %9s %9s | x%.0f\n", n, ia, A[2], A[3], sb, B[2], B[3], ia / sb}'
}
inn=$base
echo "## INN-CO (caches off) beside Strapi 5 (SQLite), $conns connections, ${duration} s a run; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-8s %10s %9s %9s | %10s %9s %9s | %s\n" what "innco r/s" p50 p99 "strapi r/s" p50 p99 times
side single "/.rest/delivery/caseStudies/$name?lang=fr" "/api/case-studies/$doc?locale=fr&populate=organisations"
side list "/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de" \
  "/api/case-studies?filters%5Bcountry%5D%5B%24eq%5D=FR&sort=publicationDate:desc&pagination%5BpageSize%5D=20&locale=de"
side like "/.rest/delivery/caseStudies?title%5Blike%5D=%25coop%25&limit=20&lang=fr" \
  "/api/case-studies?filters%5Btitle%5D%5B%24contains%5D=coop&pagination%5BpageSize%5D=20&locale=fr"
side q "/.rest/delivery/caseStudies?q=cooperative%20kitchen&lang=en" \
  "/api/case-studies?filters%5Btitle%5D%5B%24containsi%5D=cooperative&locale=en"
conns=4 side orgs "/.rest/delivery/organisations?format=geojson&lang=en" "/api/organisations?pagination%5BpageSize%5D=10000&locale=en"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
