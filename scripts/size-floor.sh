#!/usr/bin/env bash
# The yardstick for the first visit: builds benches/size-floor (a customer list over HTTP with a
# filter, on two pages, and nothing of the product) as the product is built
# (scripts/build-reference.sh), with leptos_router and without, and prints the gzipped size of its
# wasm and JS glue.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for variant in router plain; do
  flags=()
  [[ $variant == plain ]] && flags=(--no-default-features)
  scripts/build-reference.sh size-floor "$out/$variant" "${flags[@]}"
  wasm=$(gzip -9c "$out/$variant/size-floor_bg.wasm" | wc -c)
  js=$(gzip -9c "$out/$variant/size-floor.js" | wc -c)
  label="with leptos_router"
  [[ $variant == plain ]] && label="without leptos_router"
  awk -v l="$label" -v w="$wasm" -v j="$js" 'BEGIN {
    printf "size floor %-22s wasm %6.1f KB + JS %4.1f KB = %6.1f KB gzipped\n", l, w/1024, j/1024, (w+j)/1024 }'
done
