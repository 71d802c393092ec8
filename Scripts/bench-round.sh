#!/usr/bin/env bash
# The round benchmark (issue 16): N returned forms and an N-unit reference list in 元 (Benchmarks/make_round.py:
# names written as officers write them, a few figures changed, a few units off the list and a few that sent
# nothing), then `jixiao validate FORMS --json` without and with `--reference LIST`, in turns, best of 5 each:
# both wall times and their ratio. The target: the list run within 10% of the plain run.
#   Scripts/bench-round.sh [N]            (default N = 1000; also `Scripts/bench.sh round [N]`)
#   Scripts/bench-round.sh profile [N]    instructions of both runs under callgrind (parent and workers summed;
#                                         default N = 200), and the round's own functions in the list run: where
#                                         the extra goes, repeatable where wall time on a shared machine is not
# The list is an .xlsx where Python can import openpyxl (BENCH_PYTHON, default python3), else a CSV.
set -euo pipefail
cd "$(dirname "$0")/.."

work=${BENCH_DIR:-$(mktemp -d /tmp/jixiao-bench.XXXXXX)}
scratch=${BENCH_SCRATCH:-.build}
python=${BENCH_PYTHON:-python3}
release="-c release --static-swift-stdlib"
jixiao="$scratch/release/jixiao"

# The round of N forms in $work/round-N (made once), its list path on standard output.
make_round() {
  local n=$1 folder="$work/round-$n"
  if [ ! -f "$folder/expected.json" ]; then
    "$python" Benchmarks/make_round.py "$folder" "$n" "$jixiao" Examples/huangpu-2021.xlsx >/dev/null
  fi
  "$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["list"])' "$folder/expected.json"
}

timing() {
  local n=${1:-1000}
  swift build $release --scratch-path "$scratch" --product jixiao >/dev/null
  echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
  mkdir -p "$work"
  local list
  list=$(make_round "$n")
  echo "round in $work/round-$n: $n forms, list $(basename "$list")"
  "$python" - "$jixiao" "$work/round-$n" "$list" <<'PY'
import json, os, subprocess, sys, time

jixiao, folder, reference = sys.argv[1], sys.argv[2], sys.argv[3]
forms = os.path.join(folder, "forms")
expected = json.load(open(os.path.join(folder, "expected.json")))

def run(with_list):
    """One whole `jixiao validate` process: wall seconds."""
    report = os.path.join(folder, "with-list.json" if with_list else "plain.json")
    command = [jixiao, "validate", forms, "--json", report, "--quiet"] + (["--reference", reference] if with_list else [])
    start = time.perf_counter()
    code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    seconds = time.perf_counter() - start
    if code not in (0, 1):
        sys.exit(f"jixiao exited with {code}: {' '.join(command)}")
    return seconds, report

# In turns, best of five each: on a shared machine the speed drifts by tens of percent within a minute.
plain, listed = [], []
for _ in range(5):
    plain.append(run(False)[0])
    seconds, report = run(True)
    listed.append(seconds)

# The list run must have done the work: every unit accounted for as make_round.py made them.
document = json.load(open(report))
summary = document["summary"]["round"]
got = {key: summary[key] for key in ("expected", "submitted", "missing", "duplicates", "unknown")}
want = {key: expected[key] for key in got}
mismatches = sum(1 for f in document["files"] for x in f["findings"] if x["rule"] == "reference-mismatch")
if got != want or mismatches != expected["mismatches"]:
    sys.exit(f"the round is not as made: {got}, {mismatches} mismatches; expected {want}, {expected['mismatches']}")
fuzzy = sum(1 for u in summary["units"] if u["match"] == "fuzzy")
print(f"accounted: {got}, {mismatches} figures differ, {fuzzy} close matches")
best_plain, best_list = min(plain), min(listed)
print(f"validate --json                  best {best_plain:6.2f} s  ({', '.join(f'{s:.2f}' for s in plain)})")
print(f"validate --json --reference LIST best {best_list:6.2f} s  ({', '.join(f'{s:.2f}' for s in listed)})")
verdict = "within" if best_list <= best_plain * 1.10 else "NOT within"
print(f"ratio {best_list / best_plain:.3f} ({verdict} the 10% target)")
PY
}

# Both runs under callgrind (workers followed): instructions summed over the parent and its workers, and the
# round's own functions (inclusive) in the list run.
profile() {
  local n=${1:-200}
  command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)"; return 1; }
  swift build $release --scratch-path "$scratch" --product jixiao >/dev/null
  mkdir -p "$work"
  local list
  list=$(make_round "$n")
  local profiled
  profiled=$(Scripts/profiled-jixiao.sh "$jixiao" "$work")
  for run in plain list; do
    rm -rf "$work/callgrind-$run"
    mkdir -p "$work/callgrind-$run"
    local extra=()
    [ "$run" = list ] && extra=(--reference "$list")
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/callgrind-$run/callgrind.out.%p" \
      "$profiled" validate "$work/round-$n/forms" --json "$work/callgrind-$run/report.json" --quiet "${extra[@]}" \
      >/dev/null 2>&1 || true
  done
  total() {
    for out in "$1"/callgrind.out.*; do callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'; done \
      | awk '{ sum += $1 } END { printf "%.0f", sum }'
  }
  local plain list_total
  plain=$(total "$work/callgrind-plain")
  list_total=$(total "$work/callgrind-list")
  awk -v n="$n" -v p="$plain" -v l="$list_total" 'BEGIN {
    printf "instructions per form (callgrind, %d forms, --json, parent and workers):\n", n
    printf "  without the list  %8.2f M\n  with the list     %8.2f M\n  ratio             %8.3f\n", p / n / 1e6, l / n / 1e6, l / p }'
  # A stage is one function, counted at its first (highest inclusive) line in each process, summed over them.
  for out in "$work/callgrind-list"/callgrind.out.*; do
    echo "== process"
    callgrind_annotate --inclusive=yes "$out" 2>/dev/null
  done | awk -v n="$n" '
    function add(name, pattern) { names[++count] = name; patterns[count] = pattern }
    BEGIN {
      add("the list read and matched up, in every process", "RoundRenderingV9reference8prepared")
      add("  of which reading the list", "ReferenceListV10contentsOf")
      add("  of which the matcher (a UnitName per unit)", "UnitMatcherV4list10vocabulary")
      add("  of which UnitName.normalise", "UnitNameV9normalise")
      add("reconciling each form (workers)", "RoundAccountingV9reconcile")
      add("  of which matching its name", "UnitMatcherV5match4name")
      add("  of which close names (fuzzy)", "UnitMatcherV10fuzzyMatch")
      add("signal material per form (workers)", "RoundSignalMaterialV6report")
      add("accounting for the round (parent)", "RoundAccountingV7account_8modified")
      add("  of which closest names of unknown units", "UnitMatcherV12closestNames")
      add("signals for sampling (parent)", "RoundSignalsO4find")
      add("summary.round in the JSON (parent)", "RoundJSONO5write")
    }
    /^== process/ { delete seen; next }
    {
      for (i = 1; i <= count; i++) if (!(i in seen) && $0 ~ patterns[i]) {
        value = $1; gsub(",", "", value); seen[i] = value; total[i] += value
      }
    }
    END {
      print "where the list run spends it (inclusive instructions per form, summed over processes):"
      for (i = 1; i <= count; i++) {
        if (i in total) printf "  %-50s %6.2f M\n", names[i], total[i] / n / 1e6
        else printf "  %-50s  (inlined: counted in its caller)\n", names[i]
      }
    }'
}

if [ "${1:-}" = profile ]; then
  shift
  profile "$@"
  exit 0
fi
timing "$@"
