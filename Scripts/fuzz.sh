#!/usr/bin/env bash
# Fuzzes the reader and the recogniser with libFuzzer and AddressSanitizer (`make fuzz`).
#   FUZZ_SECONDS   how long to fuzz (default 300)
#   FUZZ_JOBS      parallel fuzzing processes (default: the number of cores)
#   FUZZ_DIR       where the corpus and findings are kept between runs (default .build-fuzz/run)
# The target (Fuzz/jixiao-fuzz) takes bytes through everything `jixiao validate` does: the zip, every part's
# XML, every sheet's cells (streamed and whole), recognition, the rules, the JSON report and a correction. Its
# custom mutation usually changes one XML part inside the zip and zips the package again, so that mutations get
# past the zip's checksums to the XML. Seeds: the conformance files, the fixtures, the variants and Examples/.
# A crash, a trap, a hang over 10 s or a memory blow-up over 1 GB is a finding: libFuzzer stops and keeps the
# input as crash-*, timeout-* or oom-* in $FUZZ_DIR/findings; keep it in Tests/Fixtures/hostile/fuzz/ once fixed
# (FuzzRegressionTests runs every file there through the built jixiao).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-300}
jobs=${FUZZ_JOBS:-$(nproc)}
dir=${FUZZ_DIR:-.build-fuzz/run}
scratch=.build-fuzz

Scripts/setup.sh
echo "building the fuzz target (libFuzzer + AddressSanitizer) ..." >&2
# The sanitizers go to swiftc as ONE list: given as two `-sanitize=` flags (which is what `--sanitize=fuzzer
# --sanitize=address` passes, in an order SwiftPM chooses), the fuzzer's coverage instrumentation can be dropped,
# and libFuzzer then runs blind (cov: 0). The check below refuses such a build.
swift build -c release --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" --product jixiao-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DJIXIAO_FUZZ >&2
binary="$scratch/release/jixiao-fuzz"
# (readelf's whole output is read first: `grep -q` stops early, and under pipefail readelf's SIGPIPE fails the test.)
sections=$(readelf -S "$binary")
if ! grep -q __sancov_cntrs <<<"$sections"; then
  echo "the fuzz target was built without coverage instrumentation (no __sancov_cntrs section): libFuzzer would run blind" >&2
  exit 1
fi

mkdir -p "$dir/corpus" "$dir/seeds" "$dir/findings"
# Seeds: every real workbook the tests hold, small enough to mutate (the largest conformance files are skipped).
find Tests/Fixtures Examples -name '*.xlsx' -size -256k -exec cp -n {} "$dir/seeds/" \; 2>/dev/null || true

echo "fuzzing for ${seconds}s on $jobs processes; corpus $dir/corpus, findings $dir/findings" >&2
status=0
# Leaks are not findings here: FoundationXML leaks a few bytes per parse error (CFString in its error path).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/Scripts/lsan-suppressions.txt}
# -fork runs the jobs and keeps going after a finding (each one saved), which -jobs does not.
"$binary" "$dir/corpus" "$dir/seeds" -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -dict=Fuzz/xlsx.dict -detect_leaks=0 -max_len=262144 -timeout=10 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
  -max_total_time="$seconds" -artifact_prefix="$dir/findings/" -print_final_stats=1 \
  2>&1 | tee "$dir/last-run.log" | grep -E '^#[0-9]+.*(cov|ft)|INFO: fuzzed|stat::|crash|timeout|oom|ERROR' >&2 || status=$?

findings=$(find "$dir/findings" -type f | wc -l)
echo "findings kept in $dir/findings: $findings" >&2
[ "$findings" -eq 0 ]
