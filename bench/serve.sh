# Sourced by the HTTP benchmarks: start_pulse PORT DIR starts `./pulse serve` on the bundled data with
# its store under DIR/home, sets pulse_pid, and waits (up to two minutes) until it answers.
start_pulse() { # port dir
  PULSE_HOME="$2/home" "$root/pulse" serve --port "$1" >"$2/serve.log" 2>&1 &
  pulse_pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$1/api/series" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "pulse serve did not answer within two minutes; its log: $2/serve.log" >&2
  return 1
}
