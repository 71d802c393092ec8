# jixiao: two commands do everything, set-up included.
#   make demo   builds jixiao and runs it on Examples/
#   make test   runs every test (unit, end-to-end, conformance)
# Both install the system libraries first when they are missing (Scripts/setup.sh).

SWIFT ?= swift
RELEASE_BIN = .build/release/jixiao

.PHONY: setup build demo test bench clean

setup:
	@Scripts/setup.sh

# Swift's own libraries are linked in: the binary needs only the system libraries (libzip, libxlsxwriter,
# libxml2) and starts in half the time, which a run over a few files notices.
build: setup
	$(SWIFT) build -c release --static-swift-stdlib --product jixiao

demo: build
	@echo "$$ jixiao validate Examples/"
	@$(RELEASE_BIN) validate Examples/ || true
	@echo
	@echo "$$ jixiao fix Examples/ --out out/ --force"
	@$(RELEASE_BIN) fix Examples/ --out out/ --force

test: setup
	$(SWIFT) test

bench: setup
	@Scripts/bench.sh

clean:
	rm -rf .build
