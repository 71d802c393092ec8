#!/usr/bin/env python3
"""Independent check of the tables `jixiao fix`, `fill` and `template` write (not part of the unit tests).

  pip install openpyxl; apt-get install libreoffice-calc-nogui poppler-utils fonts-noto-cjk
  python3 Scripts/check-corrected.py [--pdf] FILE.xlsx...

For each file: openpyxl reads every sheet; the funds cells openpyxl sees (cached values, with data_only=True)
equal what `jixiao validate --format json` reads; derived cells hold formulas; every marked cell carries a
comment. With --pdf, LibreOffice converts the file to PDF (it must not need a repair) and pdftoppm renders
page 1 to FILE.png for a person to look at. Exits 1 on any mismatch.
"""
import json, os, subprocess, sys, tempfile
from decimal import Decimal

import openpyxl

JIXIAO = os.environ.get("JIXIAO", ".build/debug/jixiao")
LABELS = {"整体支出年度预算数": "annualBudget", "整体支出年初预算数": "initialBudget", "实际支出数": "actual",
          "年度调整额": "adjustment", "预算完成率": "completionRate", "预算调整率": "adjustmentRate"}
DERIVED = {"adjustment", "completionRate", "adjustmentRate"}


def check(path, pdf):
    problems = []
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path)
    report = json.loads(subprocess.run([JIXIAO, "validate", path, "--format", "json"], capture_output=True,
                                       text=True).stdout)
    form = report["files"][0]["form"] or {}
    sheet, sheet_f = values.worksheets[0], formulas.worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            key = LABELS.get(cell.value) if isinstance(cell.value, str) else None
            if not key:
                continue
            target = sheet.cell(row=cell.row, column=cell.column + 1)
            ours = form.get("funds", {}).get(key)
            theirs = target.value
            if (ours is None) != (theirs is None) or (ours is not None and Decimal(str(ours)) != Decimal(str(theirs))):
                problems.append(f"{key} at {target.coordinate}: openpyxl {theirs!r}, jixiao {ours!r}")
            formula = sheet_f.cell(row=target.row, column=target.column).value
            if key in DERIVED and theirs is not None and not (isinstance(formula, str) and formula.startswith("=")):
                problems.append(f"{key} at {target.coordinate} is not a formula: {formula!r}")
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                marked = cell.fill is not None and cell.fill.fill_type == "solid"
                if marked and cell.comment is None:
                    problems.append(f"{ws.title}!{cell.coordinate} is marked but has no comment")
    if pdf:
        with tempfile.TemporaryDirectory() as folder:
            result = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, path],
                                    capture_output=True, text=True, timeout=180)
            produced = os.path.join(folder, os.path.splitext(os.path.basename(path))[0] + ".pdf")
            if result.returncode != 0 or not os.path.exists(produced):
                problems.append("LibreOffice could not convert it: " + result.stderr.strip())
            else:
                png = os.path.splitext(path)[0]
                subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", produced, png])
                print(f"  page 1 rendered to {png}.png")
    return problems


def main():
    pdf = "--pdf" in sys.argv
    files = [a for a in sys.argv[1:] if a != "--pdf"]
    failed = 0
    for path in files:
        problems = check(path, pdf)
        print(("ok   " if not problems else "FAIL ") + path)
        for problem in problems:
            print("     " + problem)
        failed += bool(problems)
    print(f"{len(files) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
