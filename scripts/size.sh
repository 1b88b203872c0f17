#!/usr/bin/env bash
# Prints what a partner's first visit downloads, gzipped, against the product's target; fails
# past the regression ceiling. The counting is in size.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/size.mjs dist
