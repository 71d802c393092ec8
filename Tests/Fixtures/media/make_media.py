"""Makes the picture and conditional-format fixtures (Tests/XLSXReaderTests/MediaFixtureTests.swift).

    /work/venv/bin/python make_media.py     # from this folder; needs openpyxl, xlsxwriter, soffice (no Pillow)

- red.png (40 x 24, made here) and python.jpg (16 x 16, Python's test JPEG with its density set to 96 dpi):
  the pictures put in the workbooks.
- media.xlsxwriter.xlsx: sheet 自评表 with the PNG at B2 (offset 10, 5 px; two-cell anchor, editAs oneCell),
  the JPEG at E8 (move and size, x scale 2, alt text 校徽), a column chart (not a picture), and conditional
  formats: cell > 100 (red fill, dark red font), formula $C2<0 (bold italic), a three-colour scale, a data bar,
  duplicate values (yellow fill), text containing 未, top 3.
- media.openpyxl.xlsx: the PNG at B2 with a one-cell anchor, the JPEG with a two-cell anchor C5 (offsets) to
  F12, a bar chart, and the conditional formats cellIs greaterThan 100 (red fill), expression $C2<0 (bold, red
  font), a two-colour scale, a data bar and duplicate values (yellow fill, thin bottom border).
- media.libreoffice.xlsx: media.openpyxl.xlsx opened and saved again by LibreOffice.
- copied.<producer>.xlsx (not made here): each media fixture copied through XLSXCopy, kept by
  `RECORD_GOLDENS=1 swift test --filter MediaCopyingTests`; check_copy.py compares them with their sources.
- damaged-drawing.xlsx, missing-media.xlsx: media.xlsxwriter.xlsx with its drawing part cut in half, and with
  the PNG's part removed.
"""
import io
import os
import shutil
import struct
import subprocess
import tempfile
import zlib

import openpyxl
import xlsxwriter
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, DataBarRule, FormulaRule, Rule
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle

HERE = os.path.dirname(os.path.abspath(__file__))
JPEG_SOURCE = "/root/.pyenv/versions/3.13.0/lib/python3.13/test/test_email/data/python.jpg"


def make_png(width=40, height=24):
    """A red picture with a blue band, as an 8-bit RGB PNG (no pHYs chunk: 96 dpi)."""
    rows = b""
    for y in range(height):
        pixel = b"\x20\x40\xc0" if 8 <= y < 16 else b"\xe0\x20\x20"
        rows += b"\x00" + pixel * width

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def make_jpeg():
    data = bytearray(open(JPEG_SOURCE, "rb").read())
    assert data[6:11] == b"JFIF\x00"
    data[13] = 1                                  # density in dots per inch
    data[14:18] = struct.pack(">HH", 96, 96)
    return bytes(data)


class RawImage(Image):
    """openpyxl's Image without Pillow: the bytes, format and size given."""

    def __init__(self, data, format, width, height):
        self.ref = data
        self.format = format
        self.width, self.height = width, height

    def _data(self):
        return self.ref


def fill_values(write):
    write("A1", "项目")
    for row in range(2, 11):
        write(f"A{row}", f"指标{row - 1}" if row != 6 else "未完成")
        write(f"B{row}", row * 20)
        write(f"C{row}", (row - 5) * 3)
        write(f"D{row}", row * 1.5)
        write(f"E{row}", row * 10)
        write(f"F{row}", "甲" if row % 3 else "乙")


def make_xlsxwriter(path, png, jpeg):
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("自评表")
    fill_values(sheet.write)
    sheet.insert_image("B2", "red.png", {"image_data": io.BytesIO(png), "x_offset": 10, "y_offset": 5})
    sheet.insert_image("E8", "python.jpg", {"image_data": io.BytesIO(jpeg), "x_scale": 2, "y_scale": 2,
                                            "object_position": 1, "description": "校徽"})
    chart = book.add_chart({"type": "column"})
    chart.add_series({"values": "=自评表!$B$2:$B$10"})
    sheet.insert_chart("H2", chart)
    red = book.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
    strong = book.add_format({"bold": True, "italic": True})
    yellow = book.add_format({"bg_color": "#FFFF00"})
    sheet.conditional_format("B2:B10", {"type": "cell", "criteria": ">", "value": 100, "format": red})
    sheet.conditional_format("C2:C10", {"type": "formula", "criteria": "=$C2<0", "format": strong,
                                        "stop_if_true": True})
    sheet.conditional_format("D2:D10", {"type": "3_color_scale"})
    sheet.conditional_format("E2:E10", {"type": "data_bar", "bar_color": "#638EC6"})
    sheet.conditional_format("F2:F10", {"type": "duplicate", "format": yellow})
    sheet.conditional_format("A2:A10", {"type": "text", "criteria": "containing", "value": "未", "format": red})
    sheet.conditional_format("B2:B10", {"type": "top", "value": 3, "format": strong})
    book.close()


def make_openpyxl(path, png, jpeg):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "自评表"
    fill_values(lambda ref, value: sheet.__setitem__(ref, value))
    first = RawImage(png, "png", 40, 24)
    sheet.add_image(first, "B2")                  # openpyxl anchors at one cell
    second = RawImage(jpeg, "jpeg", 16, 16)
    anchor = TwoCellAnchor()
    anchor._from = AnchorMarker(col=2, colOff=19050, row=4, rowOff=9525)
    anchor.to = AnchorMarker(col=5, colOff=0, row=11, rowOff=0)
    second.anchor = anchor
    sheet.add_image(second)
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=10), titles_from_data=True)
    sheet.add_chart(chart, "H2")
    red = PatternFill(start_color="FFFF0000", end_color="FFFF0000", fill_type="solid")
    sheet.conditional_formatting.add("B2:B10", CellIsRule(operator="greaterThan", formula=["100"], fill=red))
    sheet.conditional_formatting.add("C2:C10", FormulaRule(formula=["$C2<0"], font=Font(bold=True, color="FFC00000"),
                                                           stopIfTrue=True))
    sheet.conditional_formatting.add("D2:D10", ColorScaleRule(start_type="min", start_color="FFF8696B",
                                                              end_type="max", end_color="FF63BE7B"))
    sheet.conditional_formatting.add("E2:E10", DataBarRule(start_type="min", end_type="max", color="FF638EC6"))
    duplicate = Rule(type="duplicateValues", dxf=DifferentialStyle(
        fill=PatternFill(bgColor="FFFFFF00"), border=Border(bottom=Side(style="thin", color="FF000000"))))
    sheet.conditional_formatting.add("F2:F10", duplicate)
    book.save(path)


def resave_with_libreoffice(source, destination):
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-media", "--headless", "--convert-to", "xlsx",
                        "--outdir", folder, source], check=True, capture_output=True)
        shutil.move(os.path.join(folder, os.path.basename(source)), destination)


def main():
    png, jpeg = make_png(), make_jpeg()
    with open(os.path.join(HERE, "red.png"), "wb") as file:
        file.write(png)
    with open(os.path.join(HERE, "python.jpg"), "wb") as file:
        file.write(jpeg)
    make_xlsxwriter(os.path.join(HERE, "media.xlsxwriter.xlsx"), png, jpeg)
    make_openpyxl(os.path.join(HERE, "media.openpyxl.xlsx"), png, jpeg)
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, "media.libreoffice.xlsx")
        shutil.copy(os.path.join(HERE, "media.openpyxl.xlsx"), copy)
        resave_with_libreoffice(copy, os.path.join(HERE, "media.libreoffice.xlsx"))


def rewrite(source, destination, change):
    """A copy of the package `source` with `change(name, bytes)` applied to each part (None drops it)."""
    import zipfile
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = change(item.filename, old.read(item.filename))
            if data is not None:
                new.writestr(item, data)


def make_damaged():
    """damaged-drawing.xlsx: the drawing part cut in the middle; missing-media.xlsx: the PNG's part removed."""
    source = os.path.join(HERE, "media.xlsxwriter.xlsx")
    rewrite(source, os.path.join(HERE, "damaged-drawing.xlsx"),
            lambda name, data: data[: len(data) // 2] if name == "xl/drawings/drawing1.xml" else data)
    rewrite(source, os.path.join(HERE, "missing-media.xlsx"),
            lambda name, data: None if name == "xl/media/image1.png" else data)


if __name__ == "__main__":
    main()
    make_damaged()
