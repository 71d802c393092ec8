"""Makes the hidden-row recognition fixtures from ../forms/huangpu-2021.openpyxl.xlsx with openpyxl 3.1.5.

    /work/venv/bin/python make_hidden_rows.py     # from this folder

- stale-budget-row.xlsx: a hidden row 5 inserted above the funds rows, holding a stale copy of the template's
  labels with wrong figures (整体支出年度预算数 999.99, 整体支出年初预算数 888.88), as a unit leaves an old row it
  hid rather than deleted. The visible row 6 holds the real figures (1505.02, 1859.01).
- only-copy-hidden.xlsx: the form unchanged except that its one budget row (row 5) is hidden: its figures are
  still the form's.
"""
import os

import openpyxl
from openpyxl.worksheet.cell_range import CellRange

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "forms", "huangpu-2021.openpyxl.xlsx")


def stale_budget_row(path):
    book = openpyxl.load_workbook(SOURCE)
    sheet = book.active
    # openpyxl's insert_rows moves cells but not merged ranges or row heights: those are moved here.
    merges = [CellRange(str(r)) for r in sheet.merged_cells.ranges]
    for merge in merges:
        sheet.unmerge_cells(str(merge))
    heights = {row: dim.height for row, dim in sheet.row_dimensions.items()}
    sheet.insert_rows(5)
    for merge in merges:
        if merge.min_row >= 5:
            merge.shift(row_shift=1)
        sheet.merge_cells(str(merge))
    for row, height in heights.items():
        sheet.row_dimensions[row + 1 if row >= 5 else row].height = height
    sheet["B5"] = "整体支出年度预算数"
    sheet["C5"] = 999.99
    sheet["D5"] = "整体支出年初预算数"
    sheet["E5"] = 888.88
    sheet.row_dimensions[5].hidden = True
    sheet.row_dimensions[5].height = None
    book.save(path)


def only_copy_hidden(path):
    book = openpyxl.load_workbook(SOURCE)
    book.active.row_dimensions[5].hidden = True
    book.save(path)


if __name__ == "__main__":
    stale_budget_row(os.path.join(HERE, "stale-budget-row.xlsx"))
    only_copy_hidden(os.path.join(HERE, "only-copy-hidden.xlsx"))
