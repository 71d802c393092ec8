#!/usr/bin/env python3
"""Makes the cell-format fixtures of this folder (run from the package root with /work/venv/bin/python):

- formats.xlsxwriter.xlsx: fonts, fills, borders (every side, diagonals), alignment (wrap, rotation, indent,
  shrink), protection and a merged range with borders, all in RGB colours (XlsxWriter writes no theme colours);
- formats.openpyxl.xlsx: theme colours with tints, indexed colours, a custom indexed palette is not possible
  in openpyxl, so palette entries 0-63 are the default ones; a gradient fill; auto colours;
- formats.libreoffice.xlsx: formats.xlsxwriter.xlsx opened and saved again by LibreOffice
  (soffice --headless --convert-to xlsx), for what another producer writes for the same formats.
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Color, Font, GradientFill, PatternFill, Protection, Side

HERE = Path(__file__).resolve().parent


def xlsxwriter_fixture(path):
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("格式")
    f = workbook.add_format
    sheet.write("A1", "粗斜下划删除", f({"bold": True, "italic": True, "underline": 1, "font_strikeout": True,
                                      "font_name": "宋体", "font_size": 14, "font_color": "#FF0000"}))
    sheet.write("A2", "双下划线", f({"underline": 2, "font_name": "Arial", "font_size": 10.5}))
    sheet.write("A3", "会计双下划线", f({"underline": 34}))
    sheet.write("A4", "实心填充", f({"pattern": 1, "bg_color": "#FFFF00"}))
    sheet.write("A5", "图案填充", f({"pattern": 17, "fg_color": "#0000FF", "bg_color": "#00FF00"}))
    sheet.write("A6", "四边", f({"left": 1, "left_color": "#FF0000", "right": 2, "right_color": "#00B050",
                               "top": 3, "top_color": "#0070C0", "bottom": 6, "bottom_color": "#7030A0"}))
    sheet.write("A7", "对角线", f({"diag_type": 3, "diag_border": 4, "diag_color": "#808080"}))
    sheet.write("A8", "换行居中", f({"text_wrap": True, "align": "center", "valign": "vcenter"}))
    sheet.write("A9", "旋转90", f({"rotation": 90}))
    sheet.write("A10", "旋转-45", f({"rotation": -45}))
    sheet.write("A11", "竖排", f({"rotation": 270}))
    sheet.write("A12", "缩进2", f({"indent": 2, "align": "left"}))
    sheet.write("A13", "缩小", f({"shrink": True, "align": "right", "valign": "top"}))
    sheet.write("A14", "不锁定隐藏", f({"locked": False, "hidden": True}))
    sheet.merge_range("B16:D17", "合并带边框", f({"border": 1, "border_color": "#000000", "align": "center",
                                                 "valign": "vcenter"}))
    sheet.write("A18", "两端对齐", f({"align": "justify", "valign": "vjustify"}))
    sheet.write("A21", "分散对齐", f({"align": "distributed", "valign": "vdistributed"}))
    sheet.write("A19", "填充对齐", f({"align": "fill"}))
    sheet.write("A20", 0.25, f({"num_format": "0.0%", "border": 5, "top": 7, "font_color": "#00FF00"}))
    workbook.close()


def openpyxl_fixture(path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "主题"
    sheet["A1"] = "主题4 浅40%"
    sheet["A1"].fill = PatternFill("solid", fgColor=Color(theme=4, tint=0.3999755851924192))
    sheet["A2"] = "主题1 深"
    sheet["A2"].font = Font(name="宋体", size=11, color=Color(theme=1, tint=0.499984740745262))
    sheet["A3"] = "主题0 暗5%"
    sheet["A3"].fill = PatternFill("solid", fgColor=Color(theme=0, tint=-0.0499893185216834))
    sheet["A4"] = "索引10"
    sheet["A4"].font = Font(color=Color(indexed=10))
    sheet["A4"].fill = PatternFill("solid", fgColor=Color(indexed=22), bgColor=Color(indexed=64))
    sheet["A5"] = "渐变"
    sheet["A5"].fill = GradientFill(type="linear", degree=90, stop=[Color(rgb="FFFFFFFF"), Color(theme=4)])
    sheet["A6"] = "自动"
    sheet["A6"].border = Border(bottom=Side(style="thick", color=Color(auto=True)),
                                diagonal=Side(style="hair", color=Color(theme=5, tint=-0.249977111117893)),
                                diagonalDown=True)
    sheet["A7"] = "主题3 深25%"
    sheet["A7"].font = Font(bold=True, color=Color(theme=3, tint=-0.249977111117893), vertAlign="superscript")
    sheet["A7"].alignment = Alignment(horizontal="centerContinuous", vertical="distributed", textRotation=180)
    sheet["A7"].protection = Protection(locked=True, hidden=True)
    workbook.save(path)


def libreoffice_copy(source, target):
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-styles", "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", folder, str(source)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(Path(folder) / source.name, target)


if __name__ == "__main__":
    xlsxwriter_fixture(HERE / "formats.xlsxwriter.xlsx")
    openpyxl_fixture(HERE / "formats.openpyxl.xlsx")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "formats.xlsx"
        shutil.copy(HERE / "formats.xlsxwriter.xlsx", source)
        libreoffice_copy(source, HERE / "formats.libreoffice.xlsx")
