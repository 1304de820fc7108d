#!/usr/bin/env bash
# Throughput of creating N organisations through the authoring API on the segment store,
# 8 connections (or CONNECTIONS), with the project's load generator (java -jar inn-co.jar loadgen).
# Usage: docs/bench/create-items.sh [N]   (after mvn -q package -DskipTests)
# CONNECTIONS=1 measures a lone writer; JAR=copy.jar runs another build (the jar from before a
# change) on the same machine, for a before/after comparison.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
port=${PORT:-18091}
jar=${JAR:-webapp/target/inn-co.jar}
connections=${CONNECTIONS:-8}
home=$(mktemp -d)
INNCO_HOME=$home INNCO_PORT=$port INNCO_ADMIN_PASSWORD=bench-admin-pw INNCO_IMPORT_ON_START=false \
  java -Xmx512m -jar "$jar" >"$home/out.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$home"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/.rest/health"; do sleep 0.1; done
# an API token, so that requests do not pay bcrypt
token=$(curl -sf -u admin:bench-admin-pw -X POST "http://127.0.0.1:$port/.rest/authoring/v1/tokens" \
  -H 'Content-Type: application/json' -d '{"label":"bench"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
java -jar "$jar" loadgen --url "http://127.0.0.1:$port" --connections "$connections" --requests "$n" \
  --path /.rest/authoring/v1/items/organisation --method POST \
  --header 'Content-Type: application/json' --header "Authorization: Bearer $token" \
  --body '{"properties":{"name":"Bench organisation {n}","country":"FR","location":{"lat":45.7,"lon":4.8},"description":{"en":"<p>Benchmark item {n}</p>","fr":"<p>Élément {n}</p>"}}}'
curl -sf -u admin:bench-admin-pw "http://127.0.0.1:$port/.rest/authoring/v1/items/organisation?limit=1" | sed -E 's/.*"total":([0-9]+).*/items stored: \1/'
