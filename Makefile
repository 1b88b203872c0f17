# The README's two commands are `make run` and `make test`; the other targets run one part.
SHELL := /bin/bash
ENV := source scripts/env.sh &&
# Where the app is served from (`/`, or a sub-path such as `/support/`), the API's origin for the
# Content-Security-Policy's connect-src (none: same origin only), and the host whose extra files
# to write (github-pages, or empty). See docs/deploy.md.
PUBLIC_URL ?= /
API_ORIGIN ?=
HOST ?=

.PHONY: run dev test setup build test-native test-browser test-e2e lint size size-floor bench
run:            ## install what is missing, build for release and serve it (mock backend) on 127.0.0.1:8080
	@scripts/run.sh
dev:            ## a development build served with reload on 127.0.0.1:8080
	@scripts/setup.sh && $(ENV) trunk serve --offline --address 127.0.0.1 --port 8080
test:           ## install what is missing and run every check and test
	@scripts/test.sh
setup:
	@scripts/setup.sh --test
build:          ## the release build in dist/, for PUBLIC_URL, API_ORIGIN and HOST, and its size
	@$(ENV) API_ORIGIN="$(API_ORIGIN)" PSD_HOST="$(HOST)" trunk build --release --public-url "$(PUBLIC_URL)" \
	  && scripts/size.sh
lint:
	@$(ENV) cargo fmt --check && cargo clippy --target wasm32-unknown-unknown --all-targets --features split -- -D warnings \
	  && cargo clippy --all-targets -- -D warnings && redocly lint api/openapi.yaml
test-native:
	@cargo test
test-browser:
	@$(ENV) tests/contract-server/start.sh && trap 'tests/contract-server/stop.sh' EXIT && \
	  CONTRACT_REQUIRED=1 cargo test --target wasm32-unknown-unknown $$(for f in tests/*.rs; do echo --test $$(basename $$f .rs); done)
test-e2e:       ## release builds at / and at /support/, then Playwright + axe (nginx serves /support/)
	@$(ENV) scripts/build-for-tests.sh && tests/contract-server/start.sh && trap 'tests/contract-server/stop.sh' EXIT && \
	  cd tests/e2e && playwright test
size:
	@scripts/size.sh
size-floor:     ## the first-visit size of the smallest app like the picker (benches/size-floor)
	@scripts/size-floor.sh
bench:          ## speed and size beside references, in headless Chromium (benches/bench.mjs); not a test
	@scripts/bench.sh
