#!/usr/bin/env bash
# Installs what is missing, builds the app for release, and serves it as partners get it (the
# production headers, the offline copy) with the mock backend on http://127.0.0.1:8080.
# `make dev` serves a development build with reload instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
echo "Serving Partner Support Desk on http://127.0.0.1:8080 (mock backend; Ctrl+C stops)"
exec node scripts/serve.mjs dist 8080
