#!/usr/bin/env bash
# Builds one of the reference apps in benches/ (size-floor, hello-world) as the product is built:
# release profile, erase_components, wasm-bindgen, then scripts/optimize.mjs as the post-build
# step does. Writes OUT/index.html, OUT/boot.js, OUT/CRATE.js and OUT/CRATE_bg.wasm, a page that
# scripts/serve.mjs can serve.
#   scripts/build-reference.sh CRATE OUT [cargo build flags...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
crate=$1 out=$2
shift 2
RUSTFLAGS="--cfg erase_components" cargo build --quiet --release --locked \
  --target wasm32-unknown-unknown --manifest-path "benches/$crate/Cargo.toml" \
  --target-dir "target/$crate" "$@"
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "target/$crate/wasm32-unknown-unknown/release/$crate.wasm"
node scripts/optimize.mjs "$out/${crate}_bg.wasm" "$out/$crate.js"
printf 'import init from "./%s.js";\nawait init();\n' "$crate" > "$out/boot.js"
cat > "$out/index.html" <<HTML
<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="$crate, a reference app of the Partner Support Desk benchmark.">
    <title>$crate</title>
    <script type="module" src="./boot.js"></script>
  </head>
  <body></body>
</html>
HTML
