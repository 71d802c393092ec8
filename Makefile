# jixiao: two commands do everything, set-up included.
#   make demo   builds jixiao and runs it on Examples/
#   make test   runs every test (unit, end-to-end, conformance)
# Both install the system libraries first when they are missing (Scripts/setup.sh); `make test` also installs
# what the tests need besides (LibreOffice for the .xls tests, pdftoppm and a CJK font for the page comparison,
# Chromium and chromedriver for the browser tests: Scripts/setup.sh --for-tests), `make demo` not.

SWIFT ?= swift
RELEASE_BIN = .build/release/jixiao

.PHONY: setup setup-tests build demo test bench fuzz test-asan test-tsan clean

setup:
	@Scripts/setup.sh

setup-tests:
	@Scripts/setup.sh --for-tests

# Swift's own libraries are linked in: the binary needs only the system libraries (libzip, libxlsxwriter,
# libxml2) and starts in half the time, which a run over a few files notices.
build: setup
	$(SWIFT) build -c release --static-swift-stdlib --product jixiao

demo: build
	@echo "$$ jixiao validate Examples/"
	@$(RELEASE_BIN) validate Examples/ || true
	@echo
	@echo "$$ jixiao validate Examples/ --reference Examples/名单.csv"
	@$(RELEASE_BIN) validate Examples/ --reference Examples/名单.csv || true
	@echo
	@echo "$$ jixiao fix Examples/ --out out/ --force"
	@$(RELEASE_BIN) fix Examples/ --out out/ --force

test: setup-tests
	$(SWIFT) test

bench: setup
	@Scripts/bench.sh

# libFuzzer + AddressSanitizer over the reader and the recogniser for FUZZ_SECONDS (default 300).
fuzz: setup
	@Scripts/fuzz.sh

# The whole suite under AddressSanitizer, and under ThreadSanitizer (the bulk runner is threaded); each in its
# own build folder, so the ordinary build is kept.
test-asan: setup-tests
	LSAN_OPTIONS=suppressions=$(CURDIR)/Scripts/lsan-suppressions.txt \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan

test-tsan: setup-tests
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan
