#!/usr/bin/env bash
# Writes what the command line and the API answer on the bundled data into DIR, one file per
# question: figures, check, brief, forecast, outlook, ranking, peers, adjust (JSON and text), and
# the same questions asked over HTTP. Two snapshots taken from two builds and compared with
# `diff -r` show whether a change altered any output byte.
#   scripts/output-snapshot.sh DIR [JAR]   (JAR default: cli/target/pulse.jar, built if missing)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: output-snapshot.sh DIR [JAR]}"
jar="${2:-$root/cli/target/pulse.jar}"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests -Dspotless.check.skip=true -pl cli -am package)
mkdir -p "$out"
out="$(cd "$out" && pwd)"
home="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$home"' EXIT
export PULSE_HOME="$home"
pulse() { java -jar "$jar" "$@"; }

run() { # NAME ARGS...: standard output and the exit code of one command
  local name="$1"; shift
  local rc=0
  (cd "$out" && pulse "$@") >"$out/$name" 2>"$out/$name.stderr" || rc=$?
  echo "exit $rc" >>"$out/$name.stderr"
}

run figures.json figures pk.ict.exports --period 2025-12 --format json
run figures.txt figures pk.ict.exports --period 2025-12
run figures-latest.json figures pk.ict.exports --format json
run figures-fytd.json figures pk.ict.exports.fytd --format json
for set in check-eval check-eval-holdout; do
  for article in "$root"/cli/src/test/resources/$set/*.txt; do
    name="$(basename "$article" .txt)"
    run "check-$set-$name.json" check "$article" --format json
    run "check-$set-$name.txt" check "$article"
  done
done
run check-01.html check "$root/cli/src/test/resources/check-eval/01-december-release.txt" --format html
run brief.md brief --period 2025-12 -o brief-2025-12.md
run brief.html brief --period 2025-12 --format html -o brief-2025-12.html
run brief.pdf brief --period 2025-12 --format pdf -o brief-2025-12.pdf
run brief-latest.md brief -o brief-latest.md
for method in auto comb ets arima theta snaive naive; do
  run "forecast-$method.json" forecast pk.ict.exports --method "$method" --format json
done
run forecast.txt forecast pk.ict.exports
run forecast.csv forecast pk.ict.exports --format csv --horizon 6 --level 50,90
run outlook.json outlook pk.ict.exports --fiscal-year FY26 --target 4200 --format json
run outlook.txt outlook pk.ict.exports --fiscal-year FY26 --target 4200
run outlook-fy25.json outlook pk.ict.exports --fiscal-year FY25 --format json
run ranking.json ranking --format json
run ranking.txt ranking
run ranking-fy24.json ranking --fiscal-year FY24 --window 2 --format json
run peers.json peers --format json
run peers.txt peers
run peers-2022.json peers --year 2022 --countries PAK,IND,IRL --format json
run adjust.json adjust pk.ict.exports --format json
run adjust-eid.txt adjust pk.ict.exports --eid
run adjust-tramo.csv adjust pk.ict.exports --method tramoseats --format csv
run reconcile.txt reconcile pk.ict.exports
run series.txt series
run errors-unknown.txt figures no.such.series
run errors-period.txt figures pk.ict.exports --period 2031-01

log="$home/serve.log"
java -jar "$jar" serve --port 0 >"$log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  port="$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log" | head -n 1)"
  [ -n "$port" ] && break
  sleep 0.5
done
[ -n "${port:-}" ] || { cat "$log" >&2; echo "output-snapshot: the server did not start" >&2; exit 1; }
get() { curl -s -o "$out/api-$1" -w '%{http_code} %{content_type}\n' "http://127.0.0.1:$port$2" >"$out/api-$1.status"; }
get figures.json '/api/series/pk.ict.exports/figures?period=2025-12'
get observations.json '/api/series/pk.ict.exports/observations?transform=pc1'
get series.json '/api/series'
get forecast.json '/api/series/pk.ict.exports/forecast'
get outlook.json '/api/series/pk.ict.exports/outlook?fiscal_year=FY26&target=4200'
get adjusted.json '/api/series/pk.ict.exports/adjusted'
get ranking.json '/api/ranking'
get peers.json '/api/peers'
get brief.json '/api/brief?period=2025-12'
get brief.html '/brief?period=2025-12'
get dashboard.html '/'
get unknown.json '/api/series/no.such/figures'
curl -s -o "$out/api-check.json" -w '%{http_code}\n' -H 'Content-Type: text/plain' \
  --data-binary "@$root/cli/src/test/resources/check-eval/01-december-release.txt" \
  "http://127.0.0.1:$port/api/check?date=2026-01-20" >"$out/api-check.json.status"
sed -i "s|$home|\$PULSE_HOME|g" "$out"/*.stderr
echo "output-snapshot: $(ls "$out" | wc -l) files in $out"
