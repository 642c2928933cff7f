#!/usr/bin/env bash
# Server start-up: time from launching `./pulse serve` (jar and class-data archive already built, the
# store already loaded) to the first answer of GET /api/series, polled with curl every 10 ms.
#   bench/startup.sh [starts=5]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
starts="${1:-5}"
port=18182
home="$(mktemp -d /tmp/pulse-startup-bench.XXXXXX)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$home"' EXIT
export PULSE_HOME="$home"
"$root/pulse" serve --port 0 --stop-after-start >/dev/null 2>&1 # builds what is missing, loads the store

times=()
for i in $(seq 1 "$starts"); do
  begin="$(date +%s.%N)"
  "$root/pulse" serve --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/api/series" >/dev/null 2>&1; do sleep 0.01; done
  end="$(date +%s.%N)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  t="$(awk -v a="$begin" -v b="$end" 'BEGIN {printf "%.3f", b - a}')"
  times+=("$t")
  echo "start $i: $t s"
done
printf '%s\n' "${times[@]}" | sort -g | awk '{v[NR] = $1} END {printf "median of %d starts: %s s\n", NR, v[int((NR + 1) / 2)]}'
