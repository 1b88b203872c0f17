# The README's two commands are `make run` and `make test`; the other targets run one part.
SHELL := /bin/bash
ENV := source scripts/env.sh &&

.PHONY: run test setup build test-native test-browser test-e2e lint size size-floor
run:            ## install what is missing and serve the app (mock backend) on 127.0.0.1:8080
	@scripts/run.sh
test:           ## install what is missing and run every check and test
	@scripts/test.sh
setup:
	@scripts/setup.sh --test
build:
	@$(ENV) trunk build --release && scripts/size.sh
lint:
	@$(ENV) cargo fmt --check && cargo clippy --target wasm32-unknown-unknown --all-targets --features split -- -D warnings \
	  && cargo clippy --all-targets -- -D warnings && redocly lint api/openapi.yaml
test-native:
	@cargo test
test-browser:
	@$(ENV) tests/contract-server/start.sh && trap 'tests/contract-server/stop.sh' EXIT && \
	  CONTRACT_REQUIRED=1 cargo test --target wasm32-unknown-unknown $$(for f in tests/*.rs; do echo --test $$(basename $$f .rs); done)
test-e2e:
	@$(ENV) trunk build --release && tests/contract-server/start.sh && trap 'tests/contract-server/stop.sh' EXIT && \
	  cd tests/e2e && playwright test
size:
	@scripts/size.sh
size-floor:     ## the first-visit size of the smallest app like the picker (benches/size-floor)
	@scripts/size-floor.sh
