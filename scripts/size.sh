#!/usr/bin/env bash
# Prints the gzipped size of what a partner's first visit downloads (HTML + JS + wasm + CSS),
# against the product's target, and fails when it grows past the ceiling that guards against
# regressions (SIZE_CEILING_KB, raised only on purpose).
set -euo pipefail
cd "$(dirname "$0")/.."
target_kb=150
ceiling_kb=${SIZE_CEILING_KB:-500}
total=0
printf '%-52s %10s %10s\n' "file" "bytes" "gzip -9"
for file in dist/index.html dist/*.js dist/*.wasm dist/*.css; do
  [[ -f "$file" ]] || continue
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total=$((total + gz))
  printf '%-52s %10d %10d\n' "$file" "$raw" "$gz"
done
wasm_gz=$(cat dist/*.wasm | gzip -9 -c | wc -c)
echo "release wasm, gzipped: $((wasm_gz / 1024)) KB ($wasm_gz bytes)"
echo "first visit, gzipped: $((total / 1024)) KB ($total bytes); target ${target_kb} KB, ceiling ${ceiling_kb} KB"
if (( total > target_kb * 1024 )); then
  echo "The first visit is $(( (total - target_kb * 1024) / 1024 )) KB over its ${target_kb} KB target."
fi
if (( total > ceiling_kb * 1024 )); then
  echo "The first visit grew past the ${ceiling_kb} KB ceiling." >&2
  exit 1
fi
