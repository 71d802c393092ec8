"""Makes rich-text.openpyxl.xlsx: cells whose text is made of runs with their own fonts (openpyxl 3.1
CellRichText), for the reader's and the copier's rich-text tests.

Run: /work/venv/bin/python Tests/Fixtures/rich-text/make_rich_text.py
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.styles.colors import Color

wb = Workbook()
ws = wb.active
ws.title = "自评表"
thin = Side(style="thin")

# A1: a title in two fonts, the year in 黑体, the rest in 宋体 bold.
ws["A1"] = CellRichText(
    TextBlock(InlineFont(rFont="黑体", sz=16, b=True, charset=134, family=3), "2022"),
    TextBlock(InlineFont(rFont="宋体", sz=16, b=True, charset=134, family=3), "年度部门整体支出绩效自评表"),
)
ws["A1"].alignment = Alignment(horizontal="center")

# B3: a heading with a Latin suffix, the cell's own font on the first run (no properties).
ws["B3"] = CellRichText("全年预算数", TextBlock(InlineFont(rFont="Times New Roman", sz=11), "(A)"))
ws["B3"].font = Font(name="宋体", size=11)
ws["B3"].border = Border(left=thin, right=thin, top=thin, bottom=thin)

# C4: every run property openpyxl writes.
ws["C4"] = CellRichText(
    TextBlock(InlineFont(rFont="Arial", sz=10, i=True, u="double", color="FF0000"), "斜体双下划线"),
    TextBlock(InlineFont(rFont="Arial", sz=10, strike=True, color=Color(theme=4, tint=0.4)), "删除线"),
    TextBlock(InlineFont(rFont="Arial", sz=8, vertAlign="superscript", scheme="minor"), "注1"),
)

# D5: plain text and a formula with a text result, which are not rich.
ws["D5"] = "普通文字"
ws["D6"] = '=IF(1>0,"达标","未达标")'
ws.column_dimensions["A"].width = 40
ws.column_dimensions["C"].width = 30

wb.save(Path(__file__).with_name("rich-text.openpyxl.xlsx"))
