#!/usr/bin/env bash
# Starts the contract server (upstream, 127.0.0.1:4011) and Prism's validating proxy in front of
# it (127.0.0.1:4010), waits until both answer, and prints their PIDs. Every request through
# 4010 is checked against api/openapi.yaml: one that breaks the document gets 422 from Prism.
# Idempotent: if both are already up, it only says so. Stop with stop.sh.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUN_DIR="${CONTRACT_RUN_DIR:-${TMPDIR:-/tmp}/psd-contract-server}"
UPSTREAM_PORT="${CONTRACT_UPSTREAM_PORT:-4011}"
PRISM_PORT="${CONTRACT_PRISM_PORT:-4010}"
PRISM="$ROOT/node_modules/.bin/prism"
mkdir -p "$RUN_DIR"

probe_headers=(-H "MS-RequestId: 00000000-0000-4000-8000-000000000001"
               -H "MS-CorrelationId: 00000000-0000-4000-8000-000000000002"
               -H "X-Locale: en-US" -H "Accept: application/json")
upstream_up() { curl -fsS -o /dev/null "http://127.0.0.1:$UPSTREAM_PORT/__control/count" 2>/dev/null; }
prism_up() { curl -fsS -o /dev/null "${probe_headers[@]}" "http://127.0.0.1:$PRISM_PORT/v1/servicerequests/supporttopics" 2>/dev/null; }

if upstream_up && prism_up; then
  echo "already running: upstream http://127.0.0.1:$UPSTREAM_PORT, prism http://127.0.0.1:$PRISM_PORT/v1"
  exit 0
fi
[ -x "$PRISM" ] || { echo "prism not found at $PRISM: run npm ci in $ROOT" >&2; exit 1; }

if ! upstream_up; then
  CONTRACT_UPSTREAM_PORT="$UPSTREAM_PORT" setsid node "$HERE/server.mjs" >"$RUN_DIR/upstream.log" 2>&1 &
  echo $! >"$RUN_DIR/upstream.pid"
fi
if ! prism_up; then
  setsid "$PRISM" proxy "$ROOT/api/openapi.yaml" "http://127.0.0.1:$UPSTREAM_PORT" \
    --errors -p "$PRISM_PORT" -h 127.0.0.1 >"$RUN_DIR/prism.log" 2>&1 &
  echo $! >"$RUN_DIR/prism.pid"
fi

for _ in $(seq 1 150); do
  if upstream_up && prism_up; then
    echo "upstream: http://127.0.0.1:$UPSTREAM_PORT (pid $(cat "$RUN_DIR/upstream.pid" 2>/dev/null || echo '?'), log $RUN_DIR/upstream.log)"
    echo "prism:    http://127.0.0.1:$PRISM_PORT/v1 (pid $(cat "$RUN_DIR/prism.pid" 2>/dev/null || echo '?'), log $RUN_DIR/prism.log)"
    exit 0
  fi
  sleep 0.2
done
echo "the contract server did not come up in 30 s; logs in $RUN_DIR" >&2
tail -n 20 "$RUN_DIR/upstream.log" "$RUN_DIR/prism.log" >&2 || true
"$HERE/stop.sh" || true
exit 1
