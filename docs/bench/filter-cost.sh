#!/usr/bin/env bash
# Delivery filter cost (issue 16, item 5): latency of normal traffic (two clients, each from its own
# loopback address at 50 req/s, paced by curl --rate) alone, then while one more client, from a third
# address, sends worst-case 'like' filters as fast as the rate limit lets it (4 at a time; what is
# over the limit gets 429). Answer cache off, rate limit at its default (6000/min, burst 600).
# Usage: docs/bench/filter-cost.sh ITEMS [HOME]   (after mvn -q package -DskipTests)
# Environment: JAR (default webapp/target/inn-co.jar), PORT (18093), DURATION (seconds per run, 30).
set -euo pipefail
cd "$(dirname "$0")/../.."
items=${1:-1000}
home=${2:-}
keep=1
if [ -z "$home" ]; then home=$(mktemp -d); keep=0; fi
jar=${JAR:-webapp/target/inn-co.jar}
port=${PORT:-18093}
duration=${DURATION:-30}
base="http://127.0.0.1:$port"
export INNCO_HOME=$home INNCO_IMPORT_ON_START=false INNCO_ADMIN_PASSWORD=bench-admin-pw
pid=
cleanup() { [ -z "$pid" ] || { kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; }; [ $keep = 1 ] || rm -rf "$home"; }
trap cleanup EXIT
if [ ! -d "$home/repository" ]; then
  echo "# generating $items items into $home"
  java -Xmx2g -jar "$jar" generate --items "$items" | tail -1
fi
INNCO_PORT=$port INNCO_DELIVERY_CACHE_MB=0 java -Xmx512m -jar "$jar" >"$home/server.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done

normal_path="/.rest/delivery/caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de"
old_worst="title%5Blike%5D=$(printf '%%25%s' a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f a f)"
# the costliest filter still allowed: a leading wildcard, four of them, 100 characters
new_worst="title%5Blike%5D=%25$(printf 'e%.0s' $(seq 31))%25$(printf 'o%.0s' $(seq 32))%25$(printf 'a%.0s' $(seq 32))%25"

urls() { # count path -> a curl config with count requests of path
  for _ in $(seq "$1"); do printf 'url = "%s%s"\noutput = "/dev/null"\n' "$base" "$2"; done
}

normal() { # address -> "status seconds" per request
  urls $((duration * 50)) "$normal_path" >"$home/normal-$1.cfg"
  curl -s --interface "$1" --rate 50/s -K "$home/normal-$1.cfg" -w '%{http_code} %{time_total}\n'
}

attack() { # query -> statuses of what the attacker got, counted
  urls 400 "/.rest/delivery/caseStudies?lang=en&$1" >"$home/attack.cfg"
  local until=$(( $(date +%s) + duration + 1 ))
  # batches of 400 (one curl holds a file per transfer), 4 at a time, until normal traffic is done
  while [ "$(date +%s)" -lt $until ]; do
    curl -s --no-progress-meter -Z --parallel-max 4 --interface 127.0.0.2 -K "$home/attack.cfg" -w '%{http_code}\n' || true
  done | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}'
}

report() { # name file
  sort -k2 -g "$2" | awk -v name="$1" '{n++; t[n]=$2*1000; if ($1 != 200) bad++}
    END {printf "%-34s %6d requests  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  non-200 %d\n",
      name, n, t[int(n*0.5)+1], t[int(n*0.99)], t[n], bad}'
}

run() { # name attack-query-or-empty
  local a=""
  if [ -n "$2" ]; then attack "$2" >"$home/attack.out" & a=$!; sleep 1; fi
  normal 127.0.0.3 >"$home/n3.txt" & local n3=$!
  normal 127.0.0.4 >"$home/n4.txt"
  wait $n3
  cat "$home/n3.txt" "$home/n4.txt" >"$home/normal.txt"
  report "$1" "$home/normal.txt"
  if [ -n "$a" ]; then wait $a 2>/dev/null || true; echo "    attacker got: $(cat "$home/attack.out")"; fi
  echo "    one worst-case request alone: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --interface 127.0.0.5 "$base/.rest/delivery/caseStudies?lang=en&${2:-$new_worst}")"
}

echo "## $items items, answer cache off, $(basename "$jar")"
urls 200 "$normal_path" >"$home/warm.cfg"; curl -s --interface 127.0.0.6 -K "$home/warm.cfg" >/dev/null   # warm-up
run "normal traffic alone" ""
run "with 60-wildcard filters" "$old_worst"
run "with the costliest allowed filter" "$new_worst"
