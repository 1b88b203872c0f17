#!/usr/bin/env bash
# Installs what is missing and serves the app with the mock backend on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
echo "Serving Partner Support Desk on http://127.0.0.1:8080 (mock backend; Ctrl+C stops)"
exec trunk serve --offline --address 127.0.0.1 --port 8080
