#!/usr/bin/env bash
# HTTP benchmark: wrk against `pulse serve` and against nginx serving the identical JSON as static
# files, in the same run, on loopback. Needs Debian's wrk and nginx (installed when missing, as root).
#   bench/http-bench.sh [connections=64] [seconds=15]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
connections="${1:-64}"
seconds="${2:-15}"
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
PULSE_HOME="$work/home" "$root/pulse" serve --port "$pulse_port" >"$work/serve.log" 2>&1 &
pulse_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$pulse_port/api/series" >/dev/null 2>&1 && break
  sleep 1
done

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

run() { # name url
  local out rps p99
  out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$2")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  printf '%-44s %12s req/s   p99 %s\n' "$1" "$rps" "$p99"
}
echo "wrk -t2 -c$connections -d${seconds}s, loopback, $(nproc) cores"
curl -sf "http://127.0.0.1:$pulse_port$observations" >/dev/null   # warm-up request
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$pulse_port$observations" >/dev/null   # JIT warm-up
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$pulse_port$figures" >/dev/null
run "pulse  $observations" "http://127.0.0.1:$pulse_port$observations"
run "nginx  observations.json (same bytes)" "http://127.0.0.1:$nginx_port/observations.json"
run "pulse  $figures" "http://127.0.0.1:$pulse_port$figures"
run "nginx  figures.json (same bytes)" "http://127.0.0.1:$nginx_port/figures.json"
