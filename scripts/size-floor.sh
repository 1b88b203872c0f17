#!/usr/bin/env bash
# The yardstick for the first visit: builds benches/size-floor (a customer list over HTTP with a
# filter, on two pages, and nothing of the product) as the product is built (release profile,
# erase_components, wasm-bindgen, then scripts/optimize.mjs as the post-build step does), with
# leptos_router and without, and prints the gzipped size of its wasm and JS glue.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

crate=benches/size-floor
target=target/size-floor
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for variant in router plain; do
  flags=()
  [[ $variant == plain ]] && flags=(--no-default-features)
  RUSTFLAGS="--cfg erase_components" cargo build --quiet --release --locked \
    --target wasm32-unknown-unknown --manifest-path "$crate/Cargo.toml" --target-dir "$target" \
    "${flags[@]}"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$variant" \
    "$target/wasm32-unknown-unknown/release/size-floor.wasm"
  node scripts/optimize.mjs "$out/$variant/size-floor_bg.wasm" "$out/$variant/size-floor.js"
  wasm=$(gzip -9c "$out/$variant/size-floor_bg.wasm" | wc -c)
  js=$(gzip -9c "$out/$variant/size-floor.js" | wc -c)
  label="with leptos_router"
  [[ $variant == plain ]] && label="without leptos_router"
  awk -v l="$label" -v w="$wasm" -v j="$js" 'BEGIN {
    printf "size floor %-22s wasm %6.1f KB + JS %4.1f KB = %6.1f KB gzipped\n", l, w/1024, j/1024, (w+j)/1024 }'
done
