#!/usr/bin/env python3
"""Makes the broken and hostile files the reader must refuse with a precise error.

Run from this folder: python3 make_hostile.py   (needs xlwt for the real .xls: pip install xlwt)
Each file is small and committed; the Swift tests do not need Python.
"""
import io, struct, zipfile, zlib

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '</Relationships>')


def sheet(cells_xml, prolog="", padding=0):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog +
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>' + cells_xml + '</sheetData>' + ("<!--" + " " * padding + "-->" if padding else "") +
            '</worksheet>')


GOOD_CELLS = '<row r="1"><c r="A1" t="inlineStr"><is><t>部门名称</t></is></c><c r="B1"><v>1505.02</v></c></row>'


def package(name, sheet_xml, extra=None, drop=()):
    parts = {"[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": WORKBOOK,
             "xl/_rels/workbook.xml.rels": WB_RELS, "xl/worksheets/sheet1.xml": sheet_xml}
    parts.update(extra or {})
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            if part not in drop:
                z.writestr(part, text)


# A minimal well-formed package: the control that proves the others fail for their own reason.
package("minimal-good.xlsx", sheet(GOOD_CELLS))

# A DTD with an internal entity in the worksheet prolog (refused before parsing).
package("doctype-entity.xlsx", sheet(GOOD_CELLS, '<!DOCTYPE worksheet [<!ENTITY company "ACME">]>\n'))

# A quadratic-blowup entity in the shared strings: libxml2 does not stop it, the prolog check must.
big = "x" * 20000
sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<!DOCTYPE sst [<!ENTITY big "' + big + '">]>'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
       + "&big;" * 2000 + '</t></si></sst>')
rels_sst = WB_RELS.replace('</Relationships>',
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
package("quadratic-entity.xlsx", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
        extra={"xl/sharedStrings.xml": sst, "xl/_rels/workbook.xml.rels": rels_sst})

# A worksheet that inflates to 3 MB (a long comment): refused under a 1 MB cap; compresses about 1000:1.
package("inflates-3mb.xlsx", sheet(GOOD_CELLS, padding=3 << 20))

# Cell references outside Excel's grid.
package("column-past-xfd.xlsx", sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))
package("row-past-limit.xlsx", sheet('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'))
package("bad-reference.xlsx", sheet('<row r="1"><c r="1A"><v>1</v></c></row>'))

# Parts missing.
package("no-workbook-part.xlsx", sheet(GOOD_CELLS), drop=("xl/workbook.xml",))
package("no-sheet-part.xlsx", sheet(GOOD_CELLS), drop=("xl/worksheets/sheet1.xml",))

# Not well-formed XML.
package("malformed-sheet.xlsx", sheet(GOOD_CELLS)[:-40])

# Not a zip at all: a web page saved with an .xlsx name (online systems do this).
with open("html-named-xlsx.xlsx", "w", encoding="utf-8") as f:
    f.write("<html><body><table><tr><td>部门名称</td></tr></table></body></html>\n")

# A real Excel 97-2003 workbook.
try:
    import xlwt
    book = xlwt.Workbook()
    ws = book.add_sheet("Sheet1")
    ws.write(0, 0, "部门名称")
    ws.write(0, 1, 1505.02)
    book.save("legacy-97-2003.xls")
except ImportError:
    print("xlwt missing: legacy-97-2003.xls not made")

# A truncated download: the first half of a good package.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for part, text in {"[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": WORKBOOK,
                       "xl/_rels/workbook.xml.rels": WB_RELS,
                       "xl/worksheets/sheet1.xml": sheet(GOOD_CELLS * 1)}.items():
        z.writestr(part, text)
data = buf.getvalue()
with open("truncated.xlsx", "wb") as f:
    f.write(data[: len(data) // 2])

# An entry whose headers declare 1,000 bytes but which inflates to 2 MB: libzip does not enforce the
# declared size, so the reader must count.
package("lying-size.xlsx", sheet(GOOD_CELLS, padding=2 << 20))
raw = bytearray(open("lying-size.xlsx", "rb").read())
name = b"xl/worksheets/sheet1.xml"


def patch_size(signature, name_length_at, name_at, size_at):
    """Sets the uncompressed size of every header of `name` with this signature to 1,000."""
    pos = raw.find(signature)
    while pos >= 0:
        nlen = struct.unpack_from("<H", raw, pos + name_length_at)[0]
        if bytes(raw[pos + name_at: pos + name_at + nlen]) == name:
            struct.pack_into("<I", raw, pos + size_at, 1000)
        pos = raw.find(signature, pos + 4)


patch_size(b"PK\x03\x04", 26, 30, 22)   # local file header
patch_size(b"PK\x01\x02", 28, 46, 24)   # central directory entry
open("lying-size.xlsx", "wb").write(bytes(raw))
print("made the hostile files")
