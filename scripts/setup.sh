#!/usr/bin/env bash
# Installs what the project needs and is missing; skips whatever is already there at the right
# version. `setup.sh` is enough to build and run; `setup.sh --test` adds the browser and drivers.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

if ! command -v cargo >/dev/null; then
  echo "Rust is not installed: install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "Adding $component"
    rustup component add "$component"
  fi
done

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "Installing Trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ]]; then
  say "Installing wasm-bindgen-cli $wbg_version (a few minutes, once)"
  # Not --locked: one of its locked dependencies is missing from the registry index.
  cargo install --force "wasm-bindgen-cli@$wbg_version"
fi

# Cuts the wasm into one download per screen (scripts/split-wasm.mjs); Trunk cannot do it.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (a few minutes, once)"
  cargo install --locked --force "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
fi

if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ]]; then
  if ! command -v npm >/dev/null; then
    say "Installing Node.js and npm"
    as_root apt-get update -qq
    as_root apt-get install -y -qq nodejs npm
  fi
  say "Installing npm packages (wasm-opt, Playwright, Prism, Redocly)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if $want_test && { [[ ! -x /usr/bin/chromium ]] || [[ ! -x /usr/bin/chromedriver ]]; }; then
  say "Installing Chromium and ChromeDriver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# nginx serves the /support/ build in the end-to-end tests, started by them on loopback only:
# the package must not start its own server.
if $want_test && [[ ! -x /usr/sbin/nginx || ! -e /usr/share/nginx/modules-available/mod-http-brotli-filter.conf ]]; then
  say "Installing nginx (with brotli)"
  as_root apt-get update -qq
  no_start=false
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
    no_start=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light libnginx-mod-http-brotli-filter
  $no_start && as_root rm -f /usr/sbin/policy-rc.d
fi

cargo fetch --quiet
