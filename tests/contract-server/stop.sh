#!/usr/bin/env bash
# Stops what start.sh started (by the PIDs it recorded; each runs in its own process group).
set -uo pipefail
RUN_DIR="${CONTRACT_RUN_DIR:-${TMPDIR:-/tmp}/psd-contract-server}"
for name in prism upstream; do
  file="$RUN_DIR/$name.pid"
  [ -f "$file" ] || continue
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 25); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
    echo "stopped $name (pid $pid)"
  fi
  rm -f "$file"
done
