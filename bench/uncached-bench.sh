#!/usr/bin/env bash
# Uncached answers: wrk against `pulse serve` on the bundled data with a Lua script that asks, on every
# request, for another series, month and as-of date (so the response cache almost never holds the answer),
# beside the same endpoint asked one repeated URL (answered from the response cache), in the same run.
#   bench/uncached-bench.sh [connections=64] [seconds=10] [rounds=3]
# Needs Debian's wrk (installed when missing, as root), curl and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
connections="${1:-64}"
seconds="${2:-10}"
rounds="${3:-3}"
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "uncached-bench: missing wrk (Debian: apt-get install wrk)" >&2
    exit 1
  fi
fi
work="$(mktemp -d /tmp/pulse-uncached-bench.XXXXXX)"
trap 'kill "${pulse_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
port=18182
. "$root/bench/serve.sh"
start_pulse "$port" "$work"

# Every (monthly series, month) the store holds, with the first day its value was public: an as-of
# date drawn between that day and the end of 2035 always has an answer.
python3 - "$port" >"$work/targets.lua" <<'PY'
import json, sys, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}/api/series"
def get(url):
    with urllib.request.urlopen(url) as r:
        return json.load(r)
print("targets = {")
for s in get(base):
    if s["frequency"] != "month":
        continue
    values = get(f"{base}/{s['id']}/observations")["observations"]
    for o in values:
        if o.get("status") == "derived":
            continue
        history = get(f"{base}/{s['id']}/history?period={o['period']}")["vintages"]
        days = [h["public_by"] for h in history if h.get("public_by")]
        if days:
            y, m, d = min(days).split("-")
            print(f'{{"{s["id"]}","{o["period"]}",{int(y)},{int(m)},{int(d)}}},')
print("}")
PY
cat >>"$work/targets.lua" <<'LUA'
math.randomseed(os.time())
local function day(y, m, d) return os.time({year = y, month = m, day = d, hour = 12}) / 86400 end
local last = day(2035, 12, 31)
local function varied(path)
  local t = targets[math.random(#targets)]
  local first = day(t[3], t[4], t[5])
  local at = os.date("!%Y-%m-%d", math.floor(first + math.random() * (last - first)) * 86400 + 43200)
  return wrk.format("GET", string.format(path, t[1], t[2], at))
end
LUA
{ cat "$work/targets.lua"; echo 'request = function() return varied("/api/series/%s/figures?period=%s&as_of=%s") end'; } \
  >"$work/figures.lua"
{ cat "$work/targets.lua"; echo 'request = function() return varied("/api/series/%s/observations?observation_start=%s&as_of=%s") end'; } \
  >"$work/observations.lua"
echo "$(grep -c '^{' "$work/targets.lua") (series, month) targets"

measure() { # connections script-or-empty url
  local out
  if [ -n "$2" ]; then
    out="$(wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"${seconds}s" --latency -s "$2" "$3")"
  else
    out="$(wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"${seconds}s" --latency "$3")"
  fi
  awk 'function ms(v,  unit) { unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                              return unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v }
       /Requests\/sec/ {rps = $2} $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)}
       /Non-2xx/ {bad = $5}
       END {printf "%s %.3f %.2f %s\n", rps, p50, p99, bad + 0}' <<<"$out"
}
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

base="http://127.0.0.1:$port"
echo "wrk, loopback, $(nproc) cores, ${seconds}s runs, $rounds interleaved rounds (median)"
for _ in 1 2 3; do # JIT warm-up
  wrk -t2 -c"$connections" -d5s -s "$work/figures.lua" "$base" >/dev/null
  wrk -t2 -c"$connections" -d5s -s "$work/observations.lua" "$base" >/dev/null
done
names=(figures-cached figures-varied figures-varied-1conn observations-varied observations-varied-1conn)
declare -A rps p50 p99
for round in $(seq 1 "$rounds"); do
  for name in "${names[@]}"; do
    case "$name" in
      figures-cached) args=("$connections" "" "$base/api/series/pk.ict.exports/figures") ;;
      figures-varied) args=("$connections" "$work/figures.lua" "$base") ;;
      figures-varied-1conn) args=(1 "$work/figures.lua" "$base") ;;
      observations-varied) args=("$connections" "$work/observations.lua" "$base") ;;
      observations-varied-1conn) args=(1 "$work/observations.lua" "$base") ;;
    esac
    read -r r m p bad <<<"$(measure "${args[@]}")"
    rps[$name]+="$r "
    p50[$name]+="$m "
    p99[$name]+="$p "
    printf 'round %d  %-26s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' "$round" "$name" "$r" "$m" "$p" "$bad"
  done
done
echo "median of $rounds rounds:"
for name in "${names[@]}"; do
  printf '%-26s %9s req/s  p50 %7s ms  p99 %7s ms\n' "$name" \
    "$(tr ' ' '\n' <<<"${rps[$name]}" | grep . | median)" \
    "$(tr ' ' '\n' <<<"${p50[$name]}" | grep . | median)" \
    "$(tr ' ' '\n' <<<"${p99[$name]}" | grep . | median)"
done
