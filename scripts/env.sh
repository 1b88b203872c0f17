# Sourced by the other scripts: tool versions and PATH.
TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
