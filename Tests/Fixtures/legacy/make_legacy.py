#!/usr/bin/env python3
"""Makes the old-format fixtures (.xls, .et) that jixiao reads through LibreOffice.

    /work/venv/bin/python Tests/Fixtures/legacy/make_legacy.py     (needs xlwt, openpyxl and LibreOffice's soffice)

- huangpu-2021.libreoffice.xls, panyu-2021.libreoffice.xls: the seed forms saved as Excel 97-2003 by
  LibreOffice (`soffice --headless --convert-to xls`).
- huangpu-2021.xlwt.xls: the Huangpu form's labels, figures, number formats and merged cells written by xlwt
  (a BIFF8 writer of its own, not LibreOffice's).
- huangpu-2021.wps.et: the xlwt workbook under WPS's name (.et files are BIFF8 in OLE2, like .xls).
- not-a-workbook.xls: an OLE2 header and nothing else (LibreOffice cannot load it).
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))


def libreoffice_xls(source, target):
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(source, os.path.join(work, "input.xlsx"))
        subprocess.run(["soffice", "--headless", "--norestore", "--nologo",
                        "-env:UserInstallation=file://" + os.path.join(work, "profile"),
                        "--convert-to", "xls", "--outdir", work, os.path.join(work, "input.xlsx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "input.xls"), os.path.join(HERE, target))


def xlwt_copy(source, target):
    """Every sheet's values, number formats, merges and column widths, cell by cell through xlwt."""
    book = openpyxl.load_workbook(source)
    out = xlwt.Workbook(encoding="utf-8")
    for sheet in book.worksheets:
        written = out.add_sheet(sheet.title)
        merged = {}
        for area in sheet.merged_cells.ranges:
            merged[(area.min_row, area.min_col)] = area
        inside = {(r, c) for area in sheet.merged_cells.ranges
                  for r in range(area.min_row, area.max_row + 1) for c in range(area.min_col, area.max_col + 1)
                  if (r, c) != (area.min_row, area.min_col)}
        styles = {}
        for row in sheet.iter_rows():
            for cell in row:
                if (cell.row, cell.column) in inside:
                    continue
                fmt = cell.number_format or "General"
                style = styles.setdefault(fmt, xlwt.easyxf(num_format_str=fmt))
                area = merged.get((cell.row, cell.column))
                if area is not None:
                    written.write_merge(area.min_row - 1, area.max_row - 1, area.min_col - 1, area.max_col - 1,
                                        cell.value, style)
                elif cell.value is not None:
                    written.write(cell.row - 1, cell.column - 1, cell.value, style)
        for letter, dimension in sheet.column_dimensions.items():
            if dimension.width:
                written.col(openpyxl.utils.column_index_from_string(letter) - 1).width = int(dimension.width * 256)
    out.save(os.path.join(HERE, target))


def main():
    huangpu = os.path.join(ROOT, "Examples", "huangpu-2021.xlsx")
    panyu = os.path.join(ROOT, "Tests", "Fixtures", "forms", "panyu-2021.xlsx")
    libreoffice_xls(huangpu, "huangpu-2021.libreoffice.xls")
    libreoffice_xls(panyu, "panyu-2021.libreoffice.xls")
    xlwt_copy(huangpu, "huangpu-2021.xlwt.xls")
    shutil.copy(os.path.join(HERE, "huangpu-2021.xlwt.xls"), os.path.join(HERE, "huangpu-2021.wps.et"))
    with open(os.path.join(HERE, "not-a-workbook.xls"), "wb") as handle:
        handle.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))


if __name__ == "__main__":
    main()
