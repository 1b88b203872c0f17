#!/usr/bin/env bash
# Prints the gzipped size of what a partner's first visit downloads, and fails over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=150
total=0
printf '%-48s %10s %10s\n' "file" "bytes" "gzip -9"
for file in dist/index.html dist/*.js dist/*.wasm dist/*.css; do
  [[ -f "$file" ]] || continue
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total=$((total + gz))
  printf '%-48s %10d %10d\n' "$file" "$raw" "$gz"
done
wasm_gz=$(gzip -9 -c dist/*.wasm | wc -c)
echo "release wasm, gzipped: $((wasm_gz / 1024)) KB ($wasm_gz bytes)"
echo "first visit (HTML + JS + wasm + CSS), gzipped: $((total / 1024)) KB ($total bytes); budget ${budget_kb} KB"
if (( total > budget_kb * 1024 )); then
  echo "The first visit is over its ${budget_kb} KB budget." >&2
  exit 1
fi
