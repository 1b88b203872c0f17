#!/usr/bin/env bash
# `make bench`: builds the release app and the benchmark's references into target/bench, then
# measures them side by side (benches/bench.mjs) and prints one table; the figures go to
# target/bench/bench.json. Not part of the test command: timings belong here, never in a test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh

if [[ ! -d benches/node_modules/lighthouse || benches/package-lock.json -nt benches/node_modules/.package-lock.json ]]; then
  echo "==> Installing Lighthouse for the benchmark"
  npm ci --prefix benches --no-audit --no-fund --loglevel=error
fi

out=target/bench
rm -rf "$out" && mkdir -p "$out/plain"
echo "==> Building the app for release"
trunk build --release --dist "$out/app"
echo "==> Building the references"
scripts/build-reference.sh hello-world "$out/hello-world"
scripts/build-reference.sh size-floor "$out/size-floor"
cargo run --quiet --release --example bench_customers -- 10000 0 > "$out/plain/customers.json"
cp benches/typing/index.html benches/typing/plain.js "$out/plain/"
echo "==> Measuring"
node benches/bench.mjs "$out"
