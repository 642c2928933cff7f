#!/usr/bin/env bash
# HTTP benchmark: wrk against `pulse serve` and against nginx serving the identical JSON as static
# files, in the same run, on loopback. Needs Debian's wrk and nginx (installed when missing, as root).
#   bench/http-bench.sh [connections=64] [seconds=10] [rounds=3]
# Each endpoint is measured in every round, pulse and nginx interleaved; the medians are reported.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
connections="${1:-64}"
seconds="${2:-10}"
rounds="${3:-3}"
for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null 2>&1 && ! [ -x "/usr/sbin/$tool" ]; then
    if [ "$(id -u)" = 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
    else
      echo "http-bench: missing $tool (Debian: apt-get install wrk nginx-light)" >&2
      exit 1
    fi
  fi
done
work="$(mktemp -d /tmp/pulse-http-bench.XXXXXX)"
trap 'kill "${pulse_pid:-0}" 2>/dev/null || true; /usr/sbin/nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

pulse_port=18180
nginx_port=18181
. "$root/bench/serve.sh"
start_pulse "$pulse_port" "$work"

observations="/api/series/pk.ict.exports/observations?transform=pc1"
figures="/api/series/pk.ict.exports/figures"
mkdir -p "$work/static"
curl -sf "http://127.0.0.1:$pulse_port$observations" >"$work/static/observations.json"
curl -sf "http://127.0.0.1:$pulse_port$figures" >"$work/static/figures.json"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
  }
}
CONF
/usr/sbin/nginx -c "$work/nginx.conf"

# One wrk run; prints "req/s p99-in-ms".
measure() { # url
  local out
  out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$1")"
  awk '/Requests\/sec/ {rps = $2}
       $1 == "99%" {v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                    p99 = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v}
       END {printf "%s %.2f\n", rps, p99}' <<<"$out"
}
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

echo "wrk -t2 -c$connections -d${seconds}s, loopback, $(nproc) cores, $rounds interleaved rounds (median)"
# JIT warm-up: the server compiles its hot paths while wrk and nginx compete for the same cores.
for _ in 1 2 3; do
  wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$pulse_port$observations" >/dev/null
  wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$pulse_port$figures" >/dev/null
done
declare -A rps p99
names=(pulse-observations nginx-observations pulse-figures nginx-figures)
urls=("http://127.0.0.1:$pulse_port$observations" "http://127.0.0.1:$nginx_port/observations.json"
  "http://127.0.0.1:$pulse_port$figures" "http://127.0.0.1:$nginx_port/figures.json")
for round in $(seq 1 "$rounds"); do
  for i in "${!names[@]}"; do
    read -r r p <<<"$(measure "${urls[$i]}")"
    rps[${names[$i]}]+="$r "
    p99[${names[$i]}]+="$p "
    printf 'round %d  %-20s %10s req/s   p99 %7s ms\n' "$round" "${names[$i]}" "$r" "$p"
  done
done
echo "median of $rounds rounds:"
for endpoint in observations figures; do
  pr="$(tr ' ' '\n' <<<"${rps[pulse-$endpoint]}" | grep . | median)"
  nr="$(tr ' ' '\n' <<<"${rps[nginx-$endpoint]}" | grep . | median)"
  pp="$(tr ' ' '\n' <<<"${p99[pulse-$endpoint]}" | grep . | median)"
  np="$(tr ' ' '\n' <<<"${p99[nginx-$endpoint]}" | grep . | median)"
  printf '%-13s pulse %10s req/s p99 %6s ms | nginx %10s req/s p99 %6s ms | pulse/nginx %5.1f %%\n' \
    "$endpoint" "$pr" "$pp" "$nr" "$np" "$(awk -v a="$pr" -v b="$nr" 'BEGIN {print 100 * a / b}')"
done
