"""Makes the hostile uploads of the browser tests (Tests/BrowserTests), from the openpyxl form fixture.

    /work/venv/bin/python Tests/Fixtures/browser/make_browser_fixtures.py

- script-cells.xlsx: huangpu-2021.openpyxl.xlsx (openpyxl 3.1) with markup where text goes: the department
  (C4) holds a <script>, the goal text (B10) an <img onerror>, and the sheet is named <svg onload=…>. Every one
  sets window.__pwned if it ever runs; the page must show them as text.
- traversal.zip: a form stored under entries that climb out of any folder they are unpacked into
  (../escape-1.xlsx, ../../../../../../../../tmp/jixiao-escape-2.xlsx, an absolute /tmp/jixiao-escape-3.xlsx)
  and one plain entry (inside.xlsx). The server keeps the basenames only, inside the round.
"""
import pathlib
import zipfile

import openpyxl

here = pathlib.Path(__file__).resolve().parent
form = here.parent / "forms" / "huangpu-2021.openpyxl.xlsx"

book = openpyxl.load_workbook(form)
sheet = book.worksheets[0]
sheet["C4"] = "<script>window.__pwned=1</script>广州市黄埔区总工会"
sheet["B10"] = '<img src=x onerror="window.__pwned=2">'
sheet.title = "<svg onload=__pwned=3>"
book.save(here / "script-cells.xlsx")

data = form.read_bytes()
with zipfile.ZipFile(here / "traversal.zip", "w", zipfile.ZIP_DEFLATED) as archive:
    for name in ["../escape-1.xlsx", "../../../../../../../../tmp/jixiao-escape-2.xlsx", "/tmp/jixiao-escape-3.xlsx",
                 "inside.xlsx"]:
        info = zipfile.ZipInfo(name, date_time=(2021, 12, 31, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)
