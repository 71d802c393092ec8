"""Makes the web page's hostile fixtures (run with /work/venv/bin/python from this folder):

- script-unit.xlsx: the 黄埔 form with the department cell (C4) holding markup, so the unit's name, the finding
  messages quoting it and the sheet drawn on the file page all carry `<script>` and an `<img onerror>`.
- traversal.zip: entries that try to climb out of the folder they are unpacked into (`../../evil.xlsx`,
  `/abs/evil2.xlsx`, `sub\\..\\..\\evil3.xlsx`), a nested folder, a text file and a `__MACOSX/` entry.
- gbk-names.zip: entry names in GBK without the UTF-8 flag, as Chinese Windows' "send to compressed folder"
  writes them: `回收\黄埔区总工会.xlsx` (a form) and `说明.txt`.
- bomb.zip: one entry of 40 MB of zeros, which deflates over 1000 times (the reader's ratio cap) into 40 KB.
- many.zip: 100 entries `回收/单位000.xlsx` … (`第N份` repeated 50 times as their bytes, each with its own date),
  long enough to be unpacked in two halves side by side.
- many-bomb.zip: the same 100 entries with entry 80 (in the second half) replaced by 40 MB of zeros.
"""
import zipfile

import openpyxl

wb = openpyxl.load_workbook("../forms/huangpu-2021.xlsx")
ws = wb.active
ws["C4"] = "<script>alert(1)</script><img src=x onerror=alert(2)>工会"
wb.save("script-unit.xlsx")

form = open("../forms/huangpu-2021.xlsx", "rb").read()
other = open("../forms/panyu-2021.xlsx", "rb").read()
with zipfile.ZipFile("traversal.zip", "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("../../evil.xlsx", form)
    archive.writestr("/abs/evil2.xlsx", form)
    archive.writestr("sub\\..\\..\\evil3.xlsx", form)
    archive.writestr("回收/番禺区/panyu-2021.xlsx", other)
    archive.writestr("说明.txt", "不是表格")
    archive.writestr("__MACOSX/回收/._panyu-2021.xlsx", b"\x00\x05\x16\x07")

with zipfile.ZipFile("bomb.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    archive.writestr("表格.xlsx", bytes(40 << 20))

# zipfile flags any non-ASCII name as UTF-8, so the entries are written under ASCII names of the same length
# and their bytes replaced by the GBK ones afterwards (in the local headers and the central directory).
names = [("回收\\黄埔区总工会.xlsx", form), ("说明.txt", "不是表格".encode("gbk"))]
with zipfile.ZipFile("gbk-names.zip", "w", zipfile.ZIP_DEFLATED) as archive:
    for index, (name, data) in enumerate(names):
        raw = name.encode("gbk")
        archive.writestr(zipfile.ZipInfo(f"{index}" * len(raw), date_time=(2021, 3, 1, 9, 30, 0)), data)
packed = open("gbk-names.zip", "rb").read()
for index, (name, data) in enumerate(names):
    raw = name.encode("gbk")
    packed = packed.replace(f"{index}".encode() * len(raw), raw)
open("gbk-names.zip", "wb").write(packed)

for name, bomb_at in [("many.zip", None), ("many-bomb.zip", 80)]:
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(100):
            info = zipfile.ZipInfo(f"回收/单位{index:03d}.xlsx", date_time=(2021, 3, 1 + index % 28, 9, index % 60, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, bytes(40 << 20) if index == bomb_at else f"第{index}份".encode() * 50)
