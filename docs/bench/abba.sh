# Pieces shared by the benchmark scripts that measure a request beside its ceiling (the same Jetty
# answering a fixed byte array of the same size, INNCO_BENCH_CEILING) in ABBA order: sourced, not run.
# The sourcing script sets base (http://127.0.0.1:PORT), home (an INNCO_HOME), duration, threads and
# conns, and may set extra (more environment for the server, "NAME=value ..."). Needs wrk, curl and jq.
# Functions: run, serve JAR, stop, wide_paths URLS, abba NAME PATH BYTES [LUA_FILE], abba_header.

pid=
bench_cleanup() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }; }

run() { # path [paths file for docs/bench/wide.lua] -> "rps p50 p99 non2xx"
  local path=$1; shift
  local -a lua=(); [ $# -gt 0 ] && lua=(-s docs/bench/wide.lua)
  wrk -t"$threads" -c"$conns" -d"${duration}s" --latency "${lua[@]}" "$base$path" ${1:+--} "$@" 2>&1 | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {bad=$NF}
    END {printf "%s %s %s %s\n", rps, p50, p99, (bad==""?0:bad)}'
}

serve() { # jar: the server on home with the ceiling, rate limit off and $extra
  # shellcheck disable=SC2086 # extra is a list of NAME=value words
  env INNCO_PORT="${base##*:}" INNCO_RATE_LIMIT_PER_MINUTE=0 INNCO_BENCH_CEILING=true ${extra:-} \
    java -Xmx512m -jar "$1" >>"$home/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/.rest/health"; do sleep 0.2; done
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

wide_paths() { # urls -> a file of that many distinct single-item paths (case studies x 7 languages), listed once per home
  local urls=$1 file=$home/wide-urls-$1.txt
  if [ ! -s "$file" ]; then
    for ((offset = 0; ; offset += 100)); do
      local names; names=$(curl -sf "$base/.rest/delivery/caseStudies?limit=100&offset=$offset&lang=en" | jq -r '.results[]."@name"' || true)
      [ -n "$names" ] || break
      for n in $names; do for l in en fr nl de it pl el; do echo "/.rest/delivery/caseStudies/$n?lang=$l"; done; done
      [ "$(( (offset + 100) * 7 ))" -lt "$urls" ] || break
    done >"$file.all"
    head -n "$urls" "$file.all" >"$file"; rm -f "$file.all"
  fi
  realpath "$file"
}

abba_header() { printf "%-8s %8s %9s %9s %9s | %9s %9s | %6s\n" what bytes "req/s" p50 p99 "ceil r/s" "ceil p99" ratio; }

abba() { # name path bytes [paths file] -> one line: the request's and the ceiling's means of two runs each, and their ratio
  local name=$1 path=$2 bytes=$3; shift 3
  # with a paths file the ceiling goes through the same Lua script (over a file of its one path): the script's work
  # per request is wrk's, on the same cores as the server, and cost the plain ceiling 10-20% when it was left out
  local -a ceil=(); [ $# -gt 0 ] && { ceil=("$home/ceiling-$bytes.txt"); echo "/.bench/ceiling?bytes=$bytes" >"${ceil[0]}"; }
  run "$path" "$@" >/dev/null; run "/.bench/ceiling?bytes=$bytes" "${ceil[@]}" >/dev/null   # warm-up of both (and of a cache)
  read -r a1 p50 p99 bad1 <<<"$(run "$path" "$@")"
  read -r c1 _ cp99 _ <<<"$(run "/.bench/ceiling?bytes=$bytes" "${ceil[@]}")"
  read -r c2 _ _ _ <<<"$(run "/.bench/ceiling?bytes=$bytes" "${ceil[@]}")"
  read -r a2 _ _ bad2 <<<"$(run "$path" "$@")"
  awk -v n="$name" -v b="$bytes" -v a1="$a1" -v a2="$a2" -v c1="$c1" -v c2="$c2" -v p50="$p50" -v p99="$p99" -v cp99="$cp99" \
    -v bad="$((bad1 + bad2))" 'BEGIN {a = (a1 + a2) / 2; c = (c1 + c2) / 2;
      printf "%-8s %8s %9.0f %9s %9s | %9.0f %9s | %5.1f%%%s\n", n, b, a, p50, p99, c, cp99, 100 * a / c, (bad > 0 ? "  non-2xx: " bad : "")}'
}
