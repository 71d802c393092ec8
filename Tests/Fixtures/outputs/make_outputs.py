#!/usr/bin/env python3
"""Builds Tests/Fixtures/outputs: files jixiao wrote itself, as a run finds them beside the forms, and look-alikes
that are not jixiao's. The tests expect each `jixiao-*` / `*-report.xlsx` file to be skipped with its reason, and
each `not-ours-*` file to be read as a form.

    python3 make_outputs.py OLD_JIXIAO NEW_JIXIAO
        OLD_JIXIAO: a jixiao built before outputs were marked (commit 82960d3), for the unmarked outputs
        NEW_JIXIAO: a jixiao that marks its outputs (custom document property jixiao-output)
    needs openpyxl (pip install openpyxl) and LibreOffice (soffice) for the re-saved copies

Files written:
    old-summary.xlsx, old-summary-en.xlsx   --summary of OLD_JIXIAO over Examples (no mark: told by header rows)
    old-corrected.xlsx                      fix of OLD_JIXIAO on huangpu-2021.xlsx (no mark: told by 校验结果)
    summary.libreoffice.xlsx                --summary of NEW_JIXIAO, opened and saved again by LibreOffice Calc
    old-summary.libreoffice.xlsx            old-summary.xlsx saved again by LibreOffice Calc
    corrected.openpyxl.xlsx                 fix of NEW_JIXIAO, loaded and saved again by openpyxl
    json-report.xlsx, csv-report.xlsx       validate --format json / csv of NEW_JIXIAO, saved with a workbook's name
    not-ours-summary-sheets.openpyxl.xlsx   a form on a sheet named 汇总 beside a sheet 问题清单 of other columns
    not-ours-findings-sheet.openpyxl.xlsx   a form with a sheet named 校验结果 of other columns
"""
import os
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook, load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
# Relative to the package root, where jixiao runs: the paths inside the outputs are these.
EXAMPLES = "Examples"
HUANGPU = os.path.join(EXAMPLES, "huangpu-2021.xlsx")


def run(*args, stdout=None):
    subprocess.run(list(args), check=False, cwd=ROOT, stdout=stdout or subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def resave_with_libreoffice(source, target):
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice not found")
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "in.xlsx")
        shutil.copy(source, copy)
        out = os.path.join(work, "out")
        subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", out, copy], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, "in.xlsx"), target)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    old, new = (os.path.abspath(p) for p in sys.argv[1:])
    with tempfile.TemporaryDirectory() as work:
        # Outputs of the jixiao before the mark.
        run(old, "validate", EXAMPLES, "--summary", os.path.join(HERE, "old-summary.xlsx"))
        run(old, "validate", EXAMPLES, "--summary", os.path.join(HERE, "old-summary-en.xlsx"), "--lang", "en")
        run(old, "fix", HUANGPU, "--out", work, "--force")
        shutil.move(os.path.join(work, "huangpu-2021.corrected.xlsx"), os.path.join(HERE, "old-corrected.xlsx"))

        # Outputs of the jixiao with the mark, saved again by other programs.
        summary = os.path.join(work, "summary.xlsx")
        run(new, "validate", EXAMPLES, "--summary", summary)
        resave_with_libreoffice(summary, os.path.join(HERE, "summary.libreoffice.xlsx"))
        resave_with_libreoffice(os.path.join(HERE, "old-summary.xlsx"), os.path.join(HERE, "old-summary.libreoffice.xlsx"))
        run(new, "fix", HUANGPU, "--out", work, "--force")
        corrected = load_workbook(os.path.join(work, "huangpu-2021.corrected.xlsx"))
        corrected.save(os.path.join(HERE, "corrected.openpyxl.xlsx"))

        # Reports under a workbook's name.
        with open(os.path.join(HERE, "json-report.xlsx"), "wb") as out:
            run(new, "validate", EXAMPLES, "--format", "json", stdout=out)
        with open(os.path.join(HERE, "csv-report.xlsx"), "wb") as out:
            run(new, "validate", EXAMPLES, "--format", "csv", stdout=out)

    # Look-alikes: a submission whose sheets carry the summary's or the corrected table's names.
    form = load_workbook(os.path.join(ROOT, HUANGPU))
    form.active.title = "汇总"
    other = form.create_sheet("问题清单")
    other.append(["序号", "问题", "责任人"])
    other.append([1, "台账不全", "张三"])
    form.save(os.path.join(HERE, "not-ours-summary-sheets.openpyxl.xlsx"))

    form = load_workbook(os.path.join(ROOT, HUANGPU))
    notes = form.create_sheet("校验结果")
    notes.append(["项目", "结果", "备注"])
    notes.append(["自查", "通过", ""])
    form.save(os.path.join(HERE, "not-ours-findings-sheet.openpyxl.xlsx"))


if __name__ == "__main__":
    main()
