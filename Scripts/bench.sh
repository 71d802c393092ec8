#!/usr/bin/env bash
# Reader benchmark: a generated 2-million-cell sheet and a folder of real forms, each measured in its own
# process (cells/s, files/s, peak memory), beside python-calamine reading the same files. Then the bulk
# benchmark: `jixiao validate DIR --summary --json` on folders of N returned forms (written by our writer,
# some with errors, a few broken), beside python-calamine reading every cell of the same files.
# python-calamine is installed into a private venv here and nowhere else: jixiao itself never needs Python.
#   make bench                          (or: Scripts/bench.sh [CELLS] [FILES])
#   Scripts/bench.sh bulk [N...]        only the bulk benchmark (default N = 100 1000 10000)
#   Scripts/bench.sh profile [N]        instructions per form, by stage, under callgrind (N forms, default 200),
#                                       summed over the parent and its worker processes: repeatable to a fraction
#                                       of a percent where wall time on a shared machine varies by ±15%
#   Scripts/bench.sh floor [N]          XMLParser's own cost on N forms' parts (default 1000), one core, with a
#                                       delegate doing nothing: the floor under any reader built on XMLParser
#   Scripts/bench.sh web [N [FOLDER]]  the web page: a .zip of N generated forms (default 1000; or of the files in
#                                       FOLDER, e.g. a round of Benchmarks/make_round.py) uploaded to `jixiao serve`
#                                       and checked, from the upload's start to the round's page, beside
#                                       `jixiao validate` on the same files (the issue's bar: within 1.5×). The
#                                       generated corpus has ten fake .xls files that LibreOffice is asked to
#                                       convert (where it is installed), about a second each in both
#   Scripts/bench.sh cells [ROWS]       `jixiao cells --format csv|json|text` on a ROWS × 10 sheet written by
#                                       XlsxWriter (constant_memory; default 200,000 rows = 2M cells) beside
#                                       python-calamine reading it and writing CSV: seconds and peak memory of each
#                                       process, in turns, best of 3
#   Scripts/bench.sh round [N]          N forms against an N-unit reference list (Scripts/bench-round.sh; default
#                                       1000): validate --json without and with --reference, and their ratio
#                                       (`Scripts/bench-round.sh profile [N]` for instructions under callgrind)
#   Scripts/bench.sh reports [N]        N 绩效自评报告 (Scripts/bench-reports.sh; default 1000): reports per second
#                                       alone (the issue's bar: at least 500), and beside a table each
set -euo pipefail
cd "$(dirname "$0")/.."

work=${BENCH_DIR:-$(mktemp -d /tmp/jixiao-bench.XXXXXX)}
venv=${BENCH_VENV:-.build-bench-venv}
scratch=${BENCH_SCRATCH:-.build}
# The build `make build` makes: Swift's own libraries linked in (a self-contained binary that starts in half
# the time), the system libraries (libzip, libxlsxwriter, libxml2) shared.
release="-c release --static-swift-stdlib"

# python-calamine in a private venv; returns non-zero when it cannot be installed.
ensure_calamine() {
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" >/dev/null || return 1
  fi
  "$venv/bin/python" -c 'import python_calamine' 2>/dev/null \
    || "$venv/bin/pip" install -q python-calamine >/dev/null 2>&1
}

# The bulk benchmark: for each N, a corpus of N forms, then jixiao (whole process: wall time and peak memory)
# and python-calamine (reading every cell of every sheet) on the same files, in turns, best of 5 each.
bulk() {
  local sizes=("$@")
  [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
  swift build $release --scratch-path "$scratch" --product jixiao >/dev/null
  swift build $release --scratch-path "$scratch" --product jixiao-bench >/dev/null
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
  mkdir -p "$work"
  echo "corpora in $work"
  for n in "${sizes[@]}"; do
    [ -d "$work/corpus-$n" ] || "$scratch/release/jixiao-bench" generate-forms "$work/corpus-$n" "$n" Examples
  done
  if ! ensure_calamine; then echo "python-calamine not installable: comparison skipped"; return 0; fi
  echo "python-calamine $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("python-calamine"))'), $(nproc) cores for jixiao, 1 for calamine"
  "$venv/bin/python" - "$work" "$scratch/release/jixiao" "${sizes[@]}" <<'PY'
import os, resource, subprocess, sys, time
from python_calamine import CalamineWorkbook

work, jixiao, sizes = sys.argv[1], sys.argv[2], [int(n) for n in sys.argv[3:]]

def files(folder):
    return sorted(os.path.join(d, f) for d, _, names in os.walk(folder) for f in names if f.endswith((".xlsx", ".xls")))

def run_jixiao(folder, n):
    """One whole `jixiao validate` process: wall seconds and peak memory (MiB) of that child alone."""
    out = os.path.join(work, f"out-{n}")
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    child = subprocess.Popen([jixiao, "validate", folder, "--summary", os.path.join(out, "summary.xlsx"),
                              "--json", os.path.join(out, "report.json"), "--quiet", "--force"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)   # this child's own peak memory
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1, 2):
        sys.exit(f"jixiao exited with {code} on {folder}")
    with open(os.path.join(out, "report.json"), "rb") as report:   # the summary at its end only
        report.seek(max(0, os.path.getsize(report.name) - 400))
        if f'"files": {n},'.encode() not in report.read():
            sys.exit(f"jixiao did not account for all {n} files of {folder}")
    return seconds, usage.ru_maxrss / 1024

def run_calamine(paths):
    start = time.perf_counter()
    cells = 0
    for path in paths:
        try:
            book = CalamineWorkbook.from_path(path)
            for name in book.sheet_names:
                cells += sum(1 for row in book.get_sheet_by_name(name).to_python() for value in row if value != "")
        except Exception:
            pass   # the broken files: calamine refuses them too
    return time.perf_counter() - start

print(f"{'N':>6} | {'jixiao validate --summary --json':>34} | {'python-calamine, every cell':>30} | ratio")
for n in sizes:
    folder = os.path.join(work, f"corpus-{n}")
    paths = files(folder)
    # Taken in turns, best of five each: on a shared machine the speed drifts by tens of percent within a
    # minute, and turns keep both readings in the same weather.
    runs, cals = [], []
    for _ in range(5):
        runs.append(run_jixiao(folder, n))
        cals.append(run_calamine(paths))
    jx = min(runs)
    jixiao_peak = max(peak for _, peak in runs)
    cal = min(cals)
    cal_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n:>6} | {n / jx[0]:>9.0f} files/s ({jx[0]:6.2f} s), {jixiao_peak:5.1f} MiB | "
          f"{n / cal:>9.0f} files/s ({cal:5.2f} s), {cal_peak:4.0f} MiB | {cal / jx[0]:.2f}")
PY
  local middle=${sizes[$(( ${#sizes[@]} / 2 ))]}
  floor "$middle"
}

# The floor: the worksheets and shared strings of N forms inflated into memory, then parsed by XMLParser with a
# delegate that does nothing (XMLParser still builds every element's name, attribute dictionary and text).
# Whatever a reader built on XMLParser does comes on top of this, so set it beside calamine's whole read per form.
floor() {
  local n=${1:-1000}
  swift build $release --scratch-path "$scratch" --product jixiao-bench >/dev/null
  mkdir -p "$work"
  [ -d "$work/corpus-$n" ] || "$scratch/release/jixiao-bench" generate-forms "$work/corpus-$n" "$n" Examples
  "$scratch/release/jixiao-bench" xml-floor "$work/corpus-$n"
}

# `jixiao cells` on a big sheet from another producer: XlsxWriter in constant_memory mode (inline strings, rows
# streamed), ROWS × 10 mixed cells (Benchmarks/make_cells_sheet.py). Each format is one whole process, measured
# for wall seconds and peak RSS (wait4 on that child), in turns with python-calamine reading the same sheet and
# writing it as CSV; best of 3 each. The goal: at least half calamine's speed, at most 64 MiB.
cells() {
  local rows=${1:-200000}
  swift build $release --scratch-path "$scratch" --product jixiao >/dev/null
  ensure_calamine || { echo "python-calamine not installable: cells benchmark skipped"; return 0; }
  "$venv/bin/python" -c 'import xlsxwriter' 2>/dev/null || "$venv/bin/pip" install -q xlsxwriter >/dev/null 2>&1 \
    || { echo "XlsxWriter not installable: cells benchmark skipped"; return 0; }
  mkdir -p "$work"
  local sheet="$work/cells-$rows.xlsx"
  [ -f "$sheet" ] || "$venv/bin/python" Benchmarks/make_cells_sheet.py "$sheet" "$rows"
  echo "machine: $(nproc) cores, $(uname -sr); sheet: $rows rows × 10 = $((rows * 10)) cells, $(du -h "$sheet" | cut -f1) zipped"
  "$venv/bin/python" - "$sheet" "$scratch/release/jixiao" "$work" <<'PY'
import csv, os, subprocess, sys, time

sheet, jixiao, work = sys.argv[1], sys.argv[2], sys.argv[3]
CALAMINE = """
import csv, sys
from python_calamine import CalamineWorkbook
book = CalamineWorkbook.from_path(sys.argv[1])
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    for name in book.sheet_names:
        writer.writerows(book.get_sheet_by_name(name).to_python())
"""

def measure(command, stdout):
    """One process: wall seconds and its own peak RSS in MiB."""
    with open(stdout, "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{command[0]} failed on {sheet}")
    return seconds, usage.ru_maxrss / 1024

formats = ["csv", "json", "text"]
runs = {name: [] for name in formats + ["calamine"]}
for _ in range(3):
    for name in formats:
        runs[name].append(measure([jixiao, "cells", sheet, "--format", name], os.path.join(work, f"cells.{name}")))
    calamine_csv = os.path.join(work, "calamine.csv")
    runs["calamine"].append(measure([sys.executable, "-c", CALAMINE, sheet, calamine_csv], os.devnull))
with open(os.path.join(work, "cells.csv"), encoding="utf-8") as handle:
    cells = sum(1 for _ in csv.reader(handle)) - 1
calamine = min(seconds for seconds, _ in runs["calamine"])
calamine_peak = max(peak for _, peak in runs["calamine"])
print(f"{'':28} | {'best of 3':>9} | {'cells/s':>9} | {'peak RSS':>9} | speed vs calamine")
print(f"{'python-calamine, CSV':28} | {calamine:7.2f} s | {cells / calamine:9.0f} | {calamine_peak:5.0f} MiB |")
for name in formats:
    seconds = min(s for s, _ in runs[name])
    peak = max(p for _, p in runs[name])
    print(f"{'jixiao cells --format ' + name:28} | {seconds:7.2f} s | {cells / seconds:9.0f} | {peak:5.1f} MiB | "
          f"{calamine / seconds:.2f}x")
PY
}

# Instructions per form by stage (callgrind counts instructions, so two runs agree where timings do not).
profile() {
  local n=${1:-200}
  command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)"; return 1; }
  swift build $release --scratch-path "$scratch" --product jixiao >/dev/null
  swift build $release --scratch-path "$scratch" --product jixiao-bench >/dev/null
  mkdir -p "$work"
  [ -d "$work/corpus-$n" ] || "$scratch/release/jixiao-bench" generate-forms "$work/corpus-$n" "$n" Examples
  # Files are read in worker processes (WorkerPool): callgrind follows them and writes one profile per process,
  # and each stage is summed over the parent and its workers.
  rm -f "$work"/callgrind.out.*
  local profiled
  profiled=$(Scripts/profiled-jixiao.sh "$scratch/release/jixiao" "$work")
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/callgrind.out.%p" \
    "$profiled" validate "$work/corpus-$n" \
    --summary "$work/profile-summary.xlsx" --json "$work/profile-report.json" --quiet --force >/dev/null 2>&1 || true
  # A stage is one function, or the sum of several (patterns joined by " + "), each counted at its first line
  # in each process.
  for out in "$work"/callgrind.out.*; do
    echo "== process"
    callgrind_annotate --inclusive=yes "$out" 2>/dev/null
  done | awk -v n="$n" '
    function add(name, pattern,    parts, k) {
      names[++count] = name
      pieces[count] = split(pattern, parts, " \\+ ")
      for (k = 1; k <= pieces[count]; k++) patterns[count, k] = parts[k]
    }
    BEGIN {
      add("whole run (parent and workers)", "PROGRAM TOTALS")
      # Opening the package (its sheet names, which tell jixiao'"'"'s own outputs), then every sheet.
      add("read the workbook (zip, XMLParser, cells)", "XLSXReader14WorkbookReaderC10contentsOf + XLSXReader8WorkbookV7reading")
      add("  of which worksheets through XMLParser", "XMLPartParserO5parse_2in8delegate17filtersEmptyCells.*WorksheetC0C")
      add("  of which shared strings", "WorkbookReaderC13sharedStrings")
      add("tell jixiao'"'"'s own outputs", "OutputRecognizerV6output2of")
      add("recognise the form", "RecognizerV(9recognize|12recognizeAll)")
      add("check the rules", "ValidatorV5check")
      add("render the outputs (workers)", "ReportRenderingV6render")
      add("  of which summary cells", "SummaryEntryRendererC5entry")
      add("  of which JSON entry", "ReportJSONO11appendEntry")
      add("summary workbook rows (parent)", "SummaryWorkbookC3add")
      add("JSON report (parent)", "JSONReportSinkC3add")
    }
    /^== process/ { processes++; delete seen; worker = 0; next }
    /^Profiled target:/ { worker = ($0 ~ / _worker /); if (worker) workers++ }
    /PROGRAM TOTALS/ { value = $1; gsub(",", "", value); if (worker) workerTotal += value; else parentTotal += value }
    {
      for (i = 1; i <= count; i++) for (k = 1; k <= pieces[i]; k++) if (!((i, k) in seen) && $0 ~ patterns[i, k]) {
        value = $1; gsub(",", "", value); seen[i, k] = value; total[i] += value
      }
    }
    END {
      printf "instructions per form (callgrind, %d forms, summary + JSON, %d processes):\n", n, processes
      for (i = 1; i <= count; i++) printf "  %-44s %6.2f M\n", names[i], total[i] / n / 1e6
      printf "  %-44s %6.2f M\n", "the parent process (outputs, dispatch)", parentTotal / n / 1e6
      printf "  %-44s %6.2f M\n", "the " workers " worker processes", workerTotal / n / 1e6
    }'
}

# The web page: N generated forms packed into one .zip, uploaded to a running `jixiao serve` with curl (as a
# browser posts a form), timed from the upload's start until the round's page is served after its check, beside
# `jixiao validate` writing the same outputs (JSON, CSV, summary) on the same files; in turns, best of 3.
# JIXIAO=path measures another build (a debug one, with its jixiao-bench beside it) without building.
web() {
  local n=${1:-1000} folder=${2:-}
  local jixiao=${JIXIAO:-} bench
  if [ -z "$jixiao" ]; then
    swift build $release --scratch-path "$scratch" --product jixiao >/dev/null
    swift build $release --scratch-path "$scratch" --product jixiao-bench >/dev/null
    jixiao="$scratch/release/jixiao"
  fi
  bench="$(dirname "$jixiao")/jixiao-bench"
  mkdir -p "$work"
  local corpus="$work/corpus-$n"
  if [ -n "$folder" ]; then
    corpus=$(cd "$folder" && pwd)
  else
    [ -d "$corpus" ] || "$bench" generate-forms "$corpus" "$n" Examples
  fi
  echo "machine: $(nproc) cores, $(uname -sr); files in $corpus"
  python3 - "$work" "$jixiao" "$corpus" <<'PY'
import glob, hashlib, json, os, re, shutil, subprocess, sys, tempfile, time, urllib.parse, urllib.request, zipfile

work, jixiao, corpus = sys.argv[1], sys.argv[2], sys.argv[3]
archive = os.path.join(work, "corpus-" + hashlib.sha1(corpus.encode()).hexdigest()[:12] + ".zip")
n = sum(1 for path in glob.glob(os.path.join(corpus, "**", "*"), recursive=True) if os.path.isfile(path))
if not os.path.exists(archive):
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(glob.glob(os.path.join(corpus, "**", "*"), recursive=True)):
            if os.path.isfile(path):
                z.write(path, os.path.relpath(path, corpus))

def cli():
    out = tempfile.mkdtemp(dir=work)
    start = time.perf_counter()
    subprocess.run([jixiao, "validate", corpus, "--json", f"{out}/report.json", "--csv", f"{out}/report.csv",
                    "--summary", f"{out}/汇总.xlsx", "--quiet", "--force"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    shutil.rmtree(out)
    return seconds

def page():
    data = tempfile.mkdtemp(dir=work)
    server = subprocess.Popen([jixiao, "serve", "--port", "0", "--data", data], stdout=subprocess.PIPE, text=True)
    try:
        port = re.search(r"127\.0\.0\.1:(\d+)/", server.stdout.readline()).group(1)
        base = f"http://127.0.0.1:{port}"
        jar = os.path.join(data, "cookies")
        subprocess.run(["curl", "-s", "-o", "/dev/null", "-c", jar, base + "/"], check=True)
        token = [line.split()[-1] for line in open(jar) if "jixiao_session" in line][0]
        start = time.perf_counter()
        location = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{redirect_url}", "-b", jar, "-H", "Expect:",
                                   "-F", f"files=@{archive}", f"{base}/rounds?csrf={token}"],
                                  capture_output=True, text=True, check=True).stdout
        uploaded = time.perf_counter() - start
        # As the page asks (app.js): held by the server until the state differs from the one seen (a new phase
        # at once, progress within a quarter of a second), asked again as soon as answered.
        seen = ""
        while True:
            query = "?since=" + urllib.parse.quote(seen) if seen else ""
            state = json.load(urllib.request.urlopen(location + "/status" + query))
            if state["phase"] in ("done", "failed"):
                break
            seen = f"{state['phase']}:{state.get('done', 0)}"
        html = urllib.request.urlopen(location).read().decode()
        seconds = time.perf_counter() - start
        # One row per form in the page's 汇总 table (the generated files hold one form each).
        table = html.split('<table id="files"', 1)[-1].split("</table>", 1)[0]
        if table.count("<tr data-status=") != n:
            sys.exit(f"the round's page does not account for all {n} files")
        return seconds, uploaded
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(data)

clis, pages = [], []
for _ in range(3):
    clis.append(cli())
    pages.append(page())
best_cli, (best_page, upload) = min(clis), min(pages)
print(f"jixiao validate: {best_cli:.2f} s | the page (upload {upload:.2f} s, check, page): {best_page:.2f} s | ratio {best_page / best_cli:.2f}")
PY
}

if [ "${1:-}" = web ]; then
  shift
  web "$@"
  exit 0
fi

if [ "${1:-}" = profile ]; then
  shift
  profile "$@"
  exit 0
fi

if [ "${1:-}" = cells ]; then
  shift
  cells "$@"
  exit 0
fi

if [ "${1:-}" = floor ]; then
  shift
  floor "$@"
  exit 0
fi

if [ "${1:-}" = reports ]; then
  shift
  exec Scripts/bench-reports.sh "$@"
fi

if [ "${1:-}" = round ]; then
  shift
  exec Scripts/bench-round.sh "$@"
fi

if [ "${1:-}" = bulk ]; then
  shift
  bulk "$@"
  exit 0
fi

cells=${1:-2000000}
files=${2:-1000}

swift build $release --scratch-path "$scratch" --product jixiao-bench >/dev/null
bench=$scratch/release/jixiao-bench

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
mkdir -p "$work"
echo "inputs in $work"
[ -f "$work/sheet.xlsx" ] || "$bench" generate-sheet "$work/sheet.xlsx" "$cells"
[ -d "$work/forms" ] || "$bench" generate-folder "$work/forms" Examples/huangpu-2021.xlsx "$files"
echo "sheet: $cells cells, $(du -h "$work/sheet.xlsx" | cut -f1) zipped"
echo

echo "== jixiao reader (release build)"
"$bench" read-sheet "$work/sheet.xlsx"
"$bench" read-sheet "$work/sheet.xlsx" --keep
"$bench" read-folder "$work/forms"
"$bench" write "$work/written" 1000
"$bench" fill "$work/filled" Examples/huangpu-2021.xlsx 1000
echo

if ! ensure_calamine; then echo "python-calamine not installable: comparison skipped"; exit 0; fi
echo "== python-calamine $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("python-calamine"))')"
"$venv/bin/python" - "$work/sheet.xlsx" "$work/forms" <<'PY'
import os, resource, sys, time
from python_calamine import CalamineWorkbook

sheet, folder = sys.argv[1], sys.argv[2]
t = time.perf_counter()
rows = CalamineWorkbook.from_path(sheet).get_sheet_by_index(0).to_python()
n = sum(1 for row in rows for v in row if v != "")
dt = time.perf_counter() - t
print(f"read-sheet: {n} cells in {dt:.3f} s = {n/dt:.0f} cells/s, peak memory "
      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.1f} MiB")
names = sorted(f for f in os.listdir(folder) if f.endswith(".xlsx"))
t = time.perf_counter()
cells = 0
for name in names:
    wb = CalamineWorkbook.from_path(os.path.join(folder, name))
    for sheet_name in wb.sheet_names:
        cells += sum(1 for row in wb.get_sheet_by_name(sheet_name).to_python() for v in row if v != "")
dt = time.perf_counter() - t
print(f"read-folder: {len(names)} files ({cells} cells) in {dt:.3f} s = {len(names)/dt:.0f} files/s")
PY

echo
echo "== jixiao cells on a 2M-cell XlsxWriter sheet"
cells

echo
echo "== bulk validation with the summary"
bulk

echo
echo "== a round against its reference list"
BENCH_DIR="$work" Scripts/bench-round.sh
