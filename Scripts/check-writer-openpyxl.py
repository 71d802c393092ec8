#!/usr/bin/env python3
"""Checks the XLSXWriter sample workbook with an independent reader (openpyxl), and optionally LibreOffice.

The sample and what it should contain both come from the Swift test `SampleWorkbookTests`: run with
XLSXWRITER_SAMPLE_DIR set, it leaves `sample.xlsx` and `sample.expected.json` in that folder. This script
runs that test (unless --skip-build), reads the workbook with openpyxl and compares values, number formats,
formulas and cached results, merges, comments, defined names, validation, frozen panes, the autofilter,
hyperlinks, charts and the title. With --libreoffice it also converts the sample to PDF with
`soffice --headless`, which fails on a file LibreOffice cannot open.

    python3 Scripts/check-writer-openpyxl.py                 # build, write the sample, check it
    python3 Scripts/check-writer-openpyxl.py --libreoffice   # ... and convert it with LibreOffice

Not part of `swift test`. Needs openpyxl (`pip install openpyxl`). Exit status 0 when every check passes.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_sample(folder: Path) -> None:
    env = dict(os.environ, XLSXWRITER_SAMPLE_DIR=str(folder))
    command = ["swift", "test", "--scratch-path", ".build-writer",
               "--filter", "XLSXWriterTests.SampleWorkbookTests"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stdout.write(result.stdout[-4000:] + result.stderr[-4000:])
        sys.exit("the Swift sample test failed")


class Checks:
    def __init__(self):
        self.failures = []
        self.count = 0

    def expect(self, condition: bool, label: str, detail: str = "") -> None:
        self.count += 1
        if not condition:
            self.failures.append(f"{label}: {detail}")


def check_with_openpyxl(sample: Path, expected: dict) -> Checks:
    import openpyxl

    checks = Checks()
    formulas = openpyxl.load_workbook(sample)                   # formulas as text
    values = openpyxl.load_workbook(sample, data_only=True)     # cached results
    checks.expect(formulas.sheetnames == expected["sheets"], "sheet names", f"{formulas.sheetnames}")

    for cell in expected["cells"]:
        label = f"{cell['sheet']}!{cell['ref']}"
        with_formula = formulas[cell["sheet"]][cell["ref"]]
        cached = values[cell["sheet"]][cell["ref"]].value
        kind, want = cell["type"], cell["value"]
        if kind == "text":
            checks.expect(with_formula.value == want, label, f"{with_formula.value!r} != {want!r}")
        elif kind == "number":
            got = with_formula.value
            ok = isinstance(got, (int, float)) and not isinstance(got, bool) and Decimal(repr(got)) == Decimal(want)
            checks.expect(ok, label, f"{got!r} != {want}")
        elif kind == "boolean":
            checks.expect(with_formula.value is want, label, f"{with_formula.value!r} != {want!r}")
        elif kind == "formula":
            checks.expect(with_formula.value == cell["formula"], label + " formula", f"{with_formula.value!r}")
            if isinstance(want, str):
                checks.expect(cached == want, label + " cached", f"{cached!r} != {want!r}")
            else:
                checks.expect(isinstance(cached, float) and cached == want, label + " cached", f"{cached!r} != {want!r}")
        if "numberFormat" in cell:
            checks.expect(with_formula.number_format == cell["numberFormat"], label + " number format",
                          f"{with_formula.number_format!r}")

    for sheet, merges in expected["merges"].items():
        got = sorted(str(r) for r in formulas[sheet].merged_cells.ranges)
        checks.expect(got == sorted(merges), f"{sheet} merges", f"{got}")

    for comment in expected["comments"]:
        got = formulas[comment["sheet"]][comment["ref"]].comment
        label = f"comment {comment['sheet']}!{comment['ref']}"
        checks.expect(got is not None and got.text == comment["text"], label, f"{got and got.text!r}")
        checks.expect(got is not None and got.author == comment["author"], label + " author", f"{got and got.author!r}")

    for name, target in expected["definedNames"].items():
        got = formulas.defined_names.get(name)
        checks.expect(got is not None and got.attr_text == target, f"defined name {name}", f"{got and got.attr_text!r}")

    validation = expected["validation"]
    rules = formulas[validation["sheet"]].data_validations.dataValidation
    matching = [r for r in rules if str(r.sqref) == validation["range"]]
    checks.expect(len(matching) == 1 and matching[0].formula1 == validation["formula"], "data validation",
                  f"{[(str(r.sqref), r.formula1) for r in rules]}")

    panes = expected["freezePanes"]
    checks.expect(formulas[panes["sheet"]].freeze_panes == panes["topLeftCell"], "frozen panes",
                  f"{formulas[panes['sheet']].freeze_panes!r}")
    autofilter = expected["autofilter"]
    checks.expect(formulas[autofilter["sheet"]].auto_filter.ref == autofilter["ref"], "autofilter",
                  f"{formulas[autofilter['sheet']].auto_filter.ref!r}")

    for link in expected["hyperlinks"]:
        got = formulas[link["sheet"]][link["ref"]].hyperlink
        checks.expect(got is not None and got.location == link["location"], f"hyperlink {link['ref']}",
                      f"{got and got.location!r}")

    for chart in expected["charts"]:
        got = len(formulas[chart["sheet"]]._charts)
        checks.expect(got == chart["count"], f"charts on {chart['sheet']}", f"{got}")

    checks.expect(formulas.properties.title == expected["title"], "title", f"{formulas.properties.title!r}")
    return checks


def convert_with_libreoffice(sample: Path, folder: Path) -> bool:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice: not installed (apt-get install -y libreoffice-calc-nogui)")
        return False
    result = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(sample)],
                            capture_output=True, text=True, timeout=300)
    pdf = folder / (sample.stem + ".pdf")
    ok = result.returncode == 0 and pdf.exists() and pdf.stat().st_size > 0
    print(f"LibreOffice: {'converted to ' + str(pdf) if ok else 'FAILED'} ({result.stdout.strip() or result.stderr.strip()})")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample-dir", type=Path, help="where to write and check the sample (default: a temp folder)")
    parser.add_argument("--skip-build", action="store_true", help="check the sample already in --sample-dir")
    parser.add_argument("--libreoffice", action="store_true", help="also convert the sample to PDF with LibreOffice")
    arguments = parser.parse_args()

    folder = arguments.sample_dir or Path(tempfile.mkdtemp(prefix="xlsxwriter-sample-"))
    folder.mkdir(parents=True, exist_ok=True)
    if not arguments.skip_build:
        write_sample(folder)
    sample = folder / "sample.xlsx"
    expected = json.loads((folder / "sample.expected.json").read_text(encoding="utf-8"))

    checks = check_with_openpyxl(sample, expected)
    for failure in checks.failures:
        print("FAIL", failure)
    print(f"openpyxl: {checks.count - len(checks.failures)}/{checks.count} checks passed on {sample}")
    ok = not checks.failures
    if arguments.libreoffice:
        ok = convert_with_libreoffice(sample, folder) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
