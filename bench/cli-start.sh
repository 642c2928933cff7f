#!/usr/bin/env bash
# CLI start-up: wall time of `./pulse figures`, `show`, `series` and `check` from a cold JVM (the jar
# and its class-data archive already built, the store already loaded), beside `java -version`, the
# floor any Java command pays, measured in the same run. Median of N starts each.
#   bench/cli-start.sh [starts=10]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
starts="${1:-10}"
home="$(mktemp -d /tmp/pulse-cli-start.XXXXXX)"
article="$home/article.txt"
trap 'rm -rf "$home"' EXIT
export PULSE_HOME="$home"
"$root/pulse" series >/dev/null 2>&1 # builds what is missing, loads the bundled data once
echo "Pakistan's IT exports hit \$437 million in December 2025, up 23% from November." >"$article"

median() {
  sort -g | awk '{v[NR] = $1} END {printf "%s", v[int((NR + 1) / 2)]}'
}

measure() {
  local label="$1"
  shift
  local times=()
  for _ in $(seq 1 "$starts"); do
    local begin end
    begin="$(date +%s%N)"
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end="$(date +%s%N)"
    times+=("$(( (end - begin) / 1000000 ))")
  done
  printf '%-28s median %5s ms   runs: %s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

measure "java -version" java -version
measure "pulse figures pk.ict.exports" "$root/pulse" figures pk.ict.exports
measure "pulse show pk.ict.exports" "$root/pulse" show pk.ict.exports
measure "pulse series" "$root/pulse" series
measure "pulse check (one sentence)" "$root/pulse" check "$article" --date 2026-01-20
