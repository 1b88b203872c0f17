#!/usr/bin/env bash
# The release builds the end-to-end tests use: dist/ at the root (with its size), and
# target/dist-support/ for the public URL /support/, which nginx serves in the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
scripts/size.sh
trunk build --release --public-url /support/ --dist target/dist-support
