#!/usr/bin/env bash
# The reports benchmark (issue 18): a folder of N 绩效自评报告 (the seed report as python-docx's .docx,
# Tests/Fixtures/reports, each under its own unit's name), checked by `jixiao validate DIR --json`, best of 3:
# reports per second (the issue's bar: at least 500). Then N/10 as LibreOffice's PDF, and the N .docx beside a table
# each (the panyu-2021 form under the report's unit's name), so that every report is paired by file name and held
# against its table.
#   Scripts/bench-reports.sh [N]          (default N = 1000; also `Scripts/bench.sh reports [N]`)
# PDF reports need pdftotext (poppler-utils); without it they are reported unreadable, which the figure says.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-1000}
work=${BENCH_DIR:-$(mktemp -d /tmp/jixiao-bench.XXXXXX)}
scratch=${BENCH_SCRATCH:-.build}
jixiao="$scratch/release/jixiao"
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product jixiao >/dev/null
command -v pdftotext >/dev/null || echo "pdftotext is not installed (apt-get install poppler-utils): PDF reports will be unreadable"

# Three folders, made once: N reports as .docx; N/10 as PDF (pdftotext, a process per file, takes most of
# their time); and N .docx each beside its table.
docx="$work/docx-$n" pdf="$work/pdf-$n" paired="$work/paired-$n"
if [ ! -d "$paired" ]; then
  rm -rf "$docx.tmp" "$pdf.tmp" "$paired.tmp"
  mkdir -p "$docx.tmp" "$pdf.tmp" "$paired.tmp"
  for i in $(seq -w 1 "$n"); do
    cp Tests/Fixtures/reports/panyu-2021-report.docx "$docx.tmp/单位$i-自评报告.docx"
    cp Tests/Fixtures/reports/panyu-2021-report.docx "$paired.tmp/单位$i-自评报告.docx"
    cp Tests/Fixtures/forms/panyu-2021.xlsx "$paired.tmp/单位$i-自评表.xlsx"
    if [ $((10#$i % 10)) = 0 ]; then cp Tests/Fixtures/reports/panyu-2021-report.pdf "$pdf.tmp/单位$i-自评报告.pdf"; fi
  done
  mv "$docx.tmp" "$docx"; mv "$pdf.tmp" "$pdf"; mv "$paired.tmp" "$paired"
fi
echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$jixiao" "$docx" "$pdf" "$paired" "$n" <<'PY'
import json, subprocess, sys, time

jixiao, docx, pdf, paired, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])

def run(folder):
    out = folder + ".json"
    start = time.perf_counter()
    code = subprocess.run([jixiao, "validate", folder, "--json", out, "--quiet"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    seconds = time.perf_counter() - start
    if code not in (0, 1, 2):
        sys.exit(f"jixiao exited with {code} on {folder}")
    return seconds, json.load(open(out))

for label, folder, count, files in (("reports (.docx)", docx, n, n), ("reports (.pdf, pdftotext)", pdf, n // 10, n // 10),
                                   ("reports beside their tables", paired, n, 2 * n)):
    best, document = min((run(folder) for _ in range(3)), key=lambda r: r[0])
    entries = [f for f in document["files"] if f["kind"] == "report"]
    ok = sum(1 for f in entries if f["status"] == "ok")
    paired_count = sum(1 for f in entries if f["pairedWith"])
    if len(entries) != count:
        sys.exit(f"{label}: {len(entries)} reports in the JSON, not {count}")
    print(f"{label:28s} {best:6.2f} s  {count / best:7.0f} reports/s  {files / best:7.0f} files/s"
          f"  ({ok} ok, {paired_count} paired, {len(entries) - ok} not ok)")
PY
