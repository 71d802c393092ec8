#!/usr/bin/env python3
"""Writes, for each XLSX fixture, what openpyxl reports of every non-empty cell's format: font, fill, border,
alignment and protection, colours as the file states them (openpyxl does not resolve theme colours).

    /work/venv/bin/python Tests/Fixtures/formats/make_formats.py   # from the package root

One JSON per workbook in this folder, named after its path under Tests/Fixtures with "/" as "--":
{"file": "forms/huangpu-2021.xlsx", "formats": [<format>, ...], "cells": {"Sheet1": {"A1": 0, ...}}}
where each cell names the index of its format in "formats" (distinct formats are written once). The shape of
a format is the `style` object of `jixiao cells --format json --formats` without "index" and the colours'
"argb" (see README.md for the rules).
"""
import json
import sys
import warnings
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent
FOLDERS = ["conformance/calamine", "conformance/sheetjs", "forms", "variants", "layouts", "workbooks", "formats"]


def color(c):
    """A colour as the file states it; openpyxl's default Color() (rgb 00000000, what it gives for a missing
    fgColor/bgColor) is reported as none."""
    if c is None:
        return None
    tint = float(c.tint or 0)
    if c.type == "indexed":
        return {"indexed": int(c.indexed), "tint": tint}
    if c.type == "theme":
        return {"theme": int(c.theme), "tint": tint}
    if c.type == "auto":
        return {"auto": True, "tint": tint}  # openpyxl keeps the attribute text ("1")
    rgb = str(c.rgb).upper()
    if len(rgb) == 6:
        rgb = "FF" + rgb
    if rgb == "00000000" and tint == 0:
        return None
    return {"rgb": rgb, "tint": tint}


def side(s):
    if s is None:
        return {"style": "none", "color": None}
    return {"style": s.style or "none", "color": color(s.color)}


def fmt(cell):
    f = cell.font
    font = {"name": f.name, "size": float(f.sz) if f.sz is not None else None, "bold": bool(f.b),
            "italic": bool(f.i), "underline": f.u or "none", "strike": bool(f.strike), "color": color(f.color)}
    fill = cell.fill
    if fill.tagname == "gradientFill":
        fill_json = {"gradient": fill.type or "linear", "degree": float(fill.degree or 0),
                     "stops": [{"position": float(s.position), "color": color(s.color)} for s in fill.stop]}
    else:
        fill_json = {"pattern": fill.patternType or "none", "fg": color(fill.fgColor), "bg": color(fill.bgColor)}
    b = cell.border
    border = {name: side(getattr(b, name)) for name in ["left", "right", "top", "bottom", "diagonal"]}
    border["diagonalUp"] = bool(b.diagonalUp)
    border["diagonalDown"] = bool(b.diagonalDown)
    a = cell.alignment
    alignment = {"horizontal": a.horizontal or "general", "vertical": a.vertical or "bottom",
                 "wrapText": bool(a.wrap_text), "shrinkToFit": bool(a.shrink_to_fit), "indent": int(a.indent or 0),
                 "textRotation": int(a.text_rotation or 0)}
    p = cell.protection
    protection = {"locked": bool(p.locked), "hidden": bool(p.hidden)}
    return {"font": font, "fill": fill_json, "border": border, "alignment": alignment, "protection": protection}


def main():
    written, refused = 0, []
    for folder in FOLDERS:
        for path in sorted((FIXTURES / folder).glob("*.xlsx")):
            relative = path.relative_to(FIXTURES).as_posix()
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    workbook = openpyxl.load_workbook(path)
            except Exception as error:  # openpyxl cannot open it: nothing to compare with
                refused.append(f"{relative}: {type(error).__name__}")
                continue
            formats, index, cells = [], {}, {}
            print(relative, file=sys.stderr, flush=True)
            for sheet in workbook.worksheets:
                refs = {}
                # openpyxl gives a merged range's top-left cell the borders of the range's edges
                # (MergedCellRange.format): not the cell's own, so its border is not compared.
                anchors = {(r.min_row, r.min_col) for r in sheet.merged_cells.ranges if r.size["rows"] * r.size["columns"] > 1}
                # The cells the file stores (iter_rows would make every cell of the used range, millions in some).
                for (_, _), cell in sorted(sheet._cells.items()):
                        if cell.value is None:
                            continue
                        described = fmt(cell)
                        if (cell.row, cell.column) in anchors:
                            described["border"] = None
                        text = json.dumps(described, sort_keys=True, ensure_ascii=False)
                        if text not in index:
                            index[text] = len(formats)
                            formats.append(json.loads(text))
                        refs[cell.coordinate] = index[text]
                cells[sheet.title] = refs
            out = HERE / (relative.replace("/", "--")[:-5] + ".formats.json")
            out.write_text(json.dumps({"file": relative, "formats": formats, "cells": cells}, ensure_ascii=False,
                                      sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
            written += 1
    (HERE / "openpyxl-refused.txt").write_text("".join(line + "\n" for line in refused), encoding="utf-8")
    print(f"{written} written, {len(refused)} refused", file=sys.stderr)


if __name__ == "__main__":
    main()
