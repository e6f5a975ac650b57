#!/usr/bin/env bash
# USSD registration dialogue under load: Jobline against the ussd-menu-builder peer, same wrk
# script, same run. Prints dialogues/s and p50/p99 per request for each, and the ratio.
# Usage: bench/ussd/run.sh   (env: DURATION=20s CONNS=200 BIG_CONNS=1000 THREADS=2 WARMUP=10s
#                              OPEN_PHONES=1000 OPEN_RATE=1000 OPEN_SECONDS=30 OPEN_WARMUP=20)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PEERS=${PEERS:-$(cd "$ROOT/.." && pwd)/shared/peers}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNS=${CONNS:-200}
BIG_CONNS=${BIG_CONNS:-1000}
OPEN_PHONES=${OPEN_PHONES:-1000}
OPEN_RATE=${OPEN_RATE:-1000}
OPEN_SECONDS=${OPEN_SECONDS:-30}
OPEN_WARMUP=${OPEN_WARMUP:-20}
THREADS=${THREADS:-2}
JOBLINE_PORT=18080
PEER_PORT=9090
SECRET=bench-secret-$$
LUA="$HERE/dialogue.lua"  # the peers' script, with a run id in each sessionId (see its header)
# Jobline's own numbers for the same dialogue: register, Grand Lome, Batiment, Macon, no other trade, confirm.
STEPS=(1 1*1 1*1*1 1*1*1*1 1*1*1*1*2 1*1*1*1*2*1)

command -v wrk >/dev/null || { echo "wrk is not installed (Debian package wrk)" >&2; exit 1; }
JAR="$ROOT/target/jobline.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
  echo "building the jar..."
  (cd "$ROOT" && mvn -B -q -DskipTests package)
fi

TMP=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

echo "starting Jobline on :$JOBLINE_PORT (store $TMP/bench.db)"
(cd "$ROOT" && JOBLINE_HTTP_PORT=$JOBLINE_PORT JOBLINE_HTTP_HOST=127.0.0.1 JOBLINE_STORE_PATH="$TMP/bench.db" \
  JOBLINE_AGGREGATOR_CALLBACK_SECRET=$SECRET LOG_LEVEL=WARN exec java -jar "$JAR" run >"$TMP/jobline.log" 2>&1) &
JOBLINE_PID=$!
PIDS+=($JOBLINE_PID)

echo "starting the peer on :$PEER_PORT"
(cd "$PEERS/ussd-menu-builder" && { [ -d node_modules ] || npm ci --silent || npm install --silent; } \
  && PORT=$PEER_PORT WORKERS=2 exec node server.js >"$TMP/peer.log" 2>&1) &
PEER_PID=$!
PIDS+=($PEER_PID)

wait_for() {
  for _ in $(seq 1 120); do
    if curl -s -o /dev/null -X POST "$1" -d 'sessionId=probe&phoneNumber=%2B22890000000&text='; then return 0; fi
    sleep 0.5
  done
  echo "$2 did not start; log:" >&2; cat "$3" >&2; exit 1
}
JOBLINE_URL="http://127.0.0.1:$JOBLINE_PORT/aggregator/africastalking/ussd"
PEER_URL="http://127.0.0.1:$PEER_PORT/ussd"
wait_for "$JOBLINE_URL?secret=$SECRET" Jobline "$TMP/jobline.log"
wait_for "$PEER_URL" peer "$TMP/peer.log"

# CPU seconds used so far by a process and its children (node cluster workers): a figure that
# the other load on a shared machine disturbs less than wall-clock throughput.
cpu_of() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}
measure() { # name pid conns output
  local before after
  before=$(cpu_of "$2")
  "$1" "$3" "$DURATION" >"$4"
  after=$(cpu_of "$2")
  echo "cpu_ticks $((after - before))" >>"$4"
}
RUNS=0
jobline() { RUNS=$((RUNS + 1)); RUN_ID="j$RUNS" USSD_SECRET=$SECRET wrk -t"$THREADS" -c"$1" -d"$2" --latency -s "$LUA" "$JOBLINE_URL" -- "${STEPS[@]}"; }
peer() { RUNS=$((RUNS + 1)); RUN_ID="p$RUNS" wrk -t"$THREADS" -c"$1" -d"$2" --latency -s "$LUA" "$PEER_URL"; }
figure() { grep "$2" "$1" | head -1; }
dps() { awk '/^dialogues\/s/ {print $2}' "$1"; }
# CPU milliseconds per completed dialogue (ticks are 1/100 s).
cpu_per_dialogue() { awk '/^cpu_ticks/ {t = $2} /^completed dialogues/ {d = $4} END { if (d > 0) printf "%.2f", t * 10 / d }' "$1"; }

echo "warming up both ($WARMUP each)..."
jobline "$CONNS" "$WARMUP" >/dev/null
peer "$CONNS" "$WARMUP" >/dev/null

echo "measuring: $CONNS connections, $DURATION each"
measure peer "$PEER_PID" "$CONNS" "$TMP/peer.txt"
measure jobline "$JOBLINE_PID" "$CONNS" "$TMP/jobline.txt"
echo "measuring: $BIG_CONNS connections, $DURATION each"
measure peer "$PEER_PID" "$BIG_CONNS" "$TMP/peer-big.txt"
measure jobline "$JOBLINE_PID" "$BIG_CONNS" "$TMP/jobline-big.txt"

for run in "$CONNS:jobline.txt:peer.txt" "$BIG_CONNS:jobline-big.txt:peer-big.txt"; do
  IFS=: read -r conns j p <<<"$run"
  echo
  echo "== $conns connections, $THREADS wrk threads, $DURATION =="
  for who in "Jobline:$j" "peer:$p"; do
    IFS=: read -r name file <<<"$who"
    printf '%-8s %s | %s | %s | %s\n' "$name" "$(figure "$TMP/$file" dialogues/s)" "$(figure "$TMP/$file" 'completed dialogues')" \
      "$(figure "$TMP/$file" latency)" "$(figure "$TMP/$file" 'bad replies')"
  done
  awk -v a="$(dps "$TMP/$j")" -v b="$(dps "$TMP/$p")" 'BEGIN { if (b > 0) printf "ratio Jobline/peer dialogues/s: %.2f\n", a / b }'
  cj=$(cpu_per_dialogue "$TMP/$j"); cp=$(cpu_per_dialogue "$TMP/$p")
  awk -v a="$cj" -v b="$cp" 'BEGIN { printf "server CPU ms per dialogue: Jobline %s, peer %s", a, b; if (a > 0) printf " (peer/Jobline %.2f)", b / a; print "" }'
done

# Open loop: 1,000 phones in concurrent sessions at a fixed request rate (callers do not answer
# the instant a screen appears), after a warm-up; the latency a caller sees at that load.
echo
echo "== open loop: $OPEN_PHONES phones, $OPEN_RATE requests/s, $OPEN_SECONDS s after a ${OPEN_WARMUP} s warm-up =="
java -jar "$JAR" simulate load --target "http://127.0.0.1:$JOBLINE_PORT" --phones "$OPEN_PHONES" --rate "$OPEN_RATE" \
  --duration "$OPEN_SECONDS" --warmup "$OPEN_WARMUP" --secret "$SECRET" --sms-share 0 2>/dev/null | grep -E "^load:|^  ussd"
grep -E "ERROR|Exception" "$TMP/jobline.log" | head -5 || true
