"""Checks through openpyxl that each copy made by the XLSXCopy tests shows what its source showed.

    RECORD_GOLDENS=1 swift test --filter MediaCopyingTests     # writes copied.<producer>.xlsx here
    /work/venv/bin/python check_copy.py                         # from this folder; prints each check, exits 1 on a mismatch

openpyxl reads the conditional formats (its rule model, differential formats resolved); it drops pictures
without Pillow, so they are read with openpyxl's drawing model (SpreadsheetDrawing) from the package's drawing
part: anchor cell and offset in whole pixels, drawn size in whole pixels, image bytes, alt text.
"""
import os
import posixpath
import sys
import zipfile

import openpyxl
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.packaging.relationship import get_rels_path, get_dependents
from openpyxl.xml.functions import fromstring

HERE = os.path.dirname(os.path.abspath(__file__))


def pixels(emu):
    return round(emu / 9525)


def pictures(path):
    """Each picture of the first sheet: (cell, offset, size, image bytes, alt text)."""
    found = []
    with zipfile.ZipFile(path) as package:
        sheet = "xl/worksheets/sheet1.xml"
        for rel in get_dependents(package, get_rels_path(sheet)):
            if not rel.Type.endswith("/drawing"):
                continue
            drawing_part = rel.target.lstrip("/")
            drawing = SpreadsheetDrawing.from_tree(fromstring(package.read(drawing_part)))
            images = {r.Id: r.target.lstrip("/") for r in get_dependents(package, get_rels_path(drawing_part))}
            for anchor in drawing.twoCellAnchor + drawing.oneCellAnchor:
                if anchor.pic is None:
                    continue
                start = anchor._from
                ext = anchor.pic.spPr.xfrm.ext if anchor.pic.spPr.xfrm is not None else getattr(anchor, "ext", None)
                size = (pixels(ext.width), pixels(ext.height)) if ext is not None else None
                data = package.read(images[anchor.pic.blipFill.blip.embed])
                found.append((f"{openpyxl.utils.get_column_letter(start.col + 1)}{start.row + 1}",
                               (pixels(start.colOff), pixels(start.rowOff)), size, data, anchor.pic.nvPicPr.cNvPr.descr))
    return sorted(found, key=lambda picture: picture[0])


def rules(path):
    """Each conditional-format rule of the first sheet as it applies, priority aside."""
    sheet = openpyxl.load_workbook(path).active
    found = set()
    for format in sheet.conditional_formatting:
        for rule in format.rules:
            dxf = rule.dxf
            fill = None
            if dxf is not None and dxf.fill is not None:
                fill = dxf.fill.bgColor.rgb if dxf.fill.bgColor is not None and dxf.fill.bgColor.rgb != "00000000" \
                    else dxf.fill.fgColor.rgb
            font = (dxf.font.color.rgb if dxf.font.color is not None else None, bool(dxf.font.b)) \
                if dxf is not None and dxf.font is not None else None
            scale = tuple(c.rgb for c in rule.colorScale.color) if rule.colorScale is not None else None
            bar = rule.dataBar.color.rgb if rule.dataBar is not None else None
            # LibreOffice restates the defaults text="" and rank="0": read as not stated.
            found.add((str(format.sqref), rule.type, rule.operator, tuple(rule.formula), rule.text or None, rule.rank or None,
                       bool(rule.stopIfTrue), fill, font, scale, bar))
    return found


def main():
    failed = False
    for producer in ["xlsxwriter", "openpyxl", "libreoffice"]:
        source, copy = f"media.{producer}.xlsx", f"copied.{producer}.xlsx"
        expected, actual = rules(os.path.join(HERE, source)), rules(os.path.join(HERE, copy))
        if producer == "xlsxwriter":
            # libxlsxwriter 1.1.4 writes any top rank as 10: the copy holds the LARGE formula instead.
            top = next(rule for rule in expected if rule[1] == "top10")
            expected.remove(top)
            expected.add((top[0], "expression", None, ("AND(ISNUMBER(B2),B2>=LARGE($B$2:$B$10,3))",), None, None)
                         + top[6:])
        same = expected == actual
        failed |= not same
        print(f"{producer}: conditional formats {'equal' if same else 'DIFFER'} ({len(actual)} rules)")
        if not same:
            print("  only in source:", expected - actual)
            print("  only in copy:  ", actual - expected)
        source_pictures, copy_pictures = pictures(os.path.join(HERE, source)), pictures(os.path.join(HERE, copy))
        if producer == "openpyxl":
            # openpyxl states no size for its two-cell picture: the copy is sized from its cells.
            source_pictures = [p if p[2] is not None else p[:2] + ((190, 139),) + p[3:] for p in source_pictures]
        same = source_pictures == copy_pictures
        failed |= not same
        print(f"{producer}: pictures {'equal' if same else 'DIFFER'} "
              f"({[(p[0], p[1], p[2], len(p[3]), p[4]) for p in copy_pictures]})")
        if not same:
            print("  source:", [(p[0], p[1], p[2], len(p[3]), p[4]) for p in source_pictures])
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
