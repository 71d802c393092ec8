#!/usr/bin/env bash
# Reader benchmark: a generated 2-million-cell sheet and a folder of real forms, each measured in its own
# process (cells/s, files/s, peak memory), beside python-calamine reading the same files.
# python-calamine is installed into a private venv here and nowhere else: jixiao itself never needs Python.
#   make bench                  (or: Scripts/bench.sh [CELLS] [FILES])
set -euo pipefail
cd "$(dirname "$0")/.."

cells=${1:-2000000}
files=${2:-1000}
work=${BENCH_DIR:-$(mktemp -d /tmp/jixiao-bench.XXXXXX)}
venv=${BENCH_VENV:-.build-bench-venv}

swift build -c release --product jixiao-bench >/dev/null
bench=.build/release/jixiao-bench

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
echo

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >/dev/null
  "$venv/bin/pip" install -q python-calamine >/dev/null 2>&1 || { echo "python-calamine not installable: comparison skipped"; exit 0; }
fi
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
