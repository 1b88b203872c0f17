#!/usr/bin/env bash
# Installs what is missing, then runs every check and test, stopping at the first failure:
# formatting, clippy (wasm and native), the OpenAPI lint, native tests, component and adapter
# tests in headless Chromium, the release builds (at the root, with its size, and under
# /support/), and the end-to-end suite (Playwright starts the static server and nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh

logs=$(mktemp -d)
step() { printf '\n\033[1m==> %s\033[0m\n' "$1"; }

step "Formatting (cargo fmt --check)"
cargo fmt --check

step "Clippy for the wasm target"
cargo clippy --quiet --target wasm32-unknown-unknown --all-targets --features split -- -D warnings
step "Clippy for the native target"
cargo clippy --quiet --all-targets -- -D warnings

step "OpenAPI lint (api/openapi.yaml)"
redocly lint api/openapi.yaml --format=summary

step "Native tests (cargo test)"
cargo test 2>&1 | tee "$logs/native.log"

step "Browser tests (wasm-bindgen-test in headless Chromium)"
tests/contract-server/start.sh
trap 'tests/contract-server/stop.sh >/dev/null 2>&1 || true' EXIT
browser_tests=()
for file in tests/*.rs; do browser_tests+=(--test "$(basename "$file" .rs)"); done
CONTRACT_REQUIRED=1 cargo test --target wasm32-unknown-unknown "${browser_tests[@]}" 2>&1 | tee "$logs/browser.log"

step "Release builds (at / and at /support/)"
scripts/build-for-tests.sh

step "End-to-end tests (Playwright, axe)"
(cd tests/e2e && playwright test) 2>&1 | tee "$logs/e2e.log"

# Each runner printed its own summary above; add them up.
count() { grep -Eo "$2" "$1" | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'; }
native=$(count "$logs/native.log" '[0-9]+ passed;')
browser=$(count "$logs/browser.log" '[0-9]+ passed;')
e2e=$(count "$logs/e2e.log" '[0-9]+ passed')
step "Summary"
echo "native: $native passed; browser: $browser passed; end-to-end: $e2e passed"
echo "Screenshots of every screen: $(pwd)/screenshots"
echo "$((native + browser + e2e)) passed, 0 failed"
