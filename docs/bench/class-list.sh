#!/usr/bin/env bash
# Records the classes of the jar that a start of the server loads, in their order, into the list
# the class preload reads (eu.innco.web.startup.ClassPreload, issue 18): run after a change that
# alters what a start loads, then build the jar again. The preload is off during the recording.
#   docs/bench/class-list.sh HOME [JAR]
# HOME holds a repository (docs/bench/startup.sh 1 10000 HOME makes one; a copy is used, it is not changed).
set -euo pipefail
cd "$(dirname "$0")/../.."
home=$1; jar=${2:-webapp/target/inn-co.jar}; port=${PORT:-18098}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -a "$home" "$work/home"
export INNCO_HOME=$work/home INNCO_PORT=$port INNCO_ADMIN_PASSWORD=class-list-pw INNCO_IMPORT_ON_START=false \
  INNCO_WARMUP_SECONDS=0 INNCO_CLASS_PRELOAD=false
java -Xlog:class+load=info:file="$work/classes.log" -jar "$jar" >"$work/server.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/.rest/health"; do sleep 0.1; done
kill "$pid"; wait "$pid" 2>/dev/null || true
# only what the jar itself defines (the JDK's classes come from its own archive), up to the first 200
awk '/source: (file|jar):/ {print $2}' "$work/classes.log" | awk '!seen[$0]++' \
  > webapp/src/main/resources/eu/innco/web/startup/classes.txt
wc -l webapp/src/main/resources/eu/innco/web/startup/classes.txt
