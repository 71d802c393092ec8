#!/usr/bin/env python3
"""Makes a form whose reading traps FoundationXML (SIGILL) before the reader guards against it: the openpyxl
huangpu form with an invalid UTF-8 byte inside the first cell's element name (`<c\\xFF r="A1">`).

Run from this folder: python3 make_trapping.py   (the standard library only)
Kept apart from hostile/: tests that read every hostile file in their own process must not meet it. The
end-to-end test reads it through `jixiao validate`, where a worker process takes the blow.
"""
import zipfile

SOURCE = "../forms/huangpu-2021.openpyxl.xlsx"
TARGET = "element-name-invalid-utf8.xlsx"

with zipfile.ZipFile(SOURCE) as source, zipfile.ZipFile(TARGET, "w", zipfile.ZIP_DEFLATED) as target:
    damaged = False
    for item in source.infolist():
        data = source.read(item.filename)
        if not damaged and item.filename.startswith("xl/worksheets/sheet"):
            at = data.index(b"<c ")
            data = data[:at] + b"<c\xff" + data[at + 2:]
            damaged = True
        target.writestr(item, data)
    assert damaged
