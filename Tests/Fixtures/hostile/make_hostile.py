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


# ---- Hardening (issue 11) --------------------------------------------------------------------------------------
# Each file below was first run through the release-built `jixiao validate` in a subprocess: the ones marked
# "trapped" made FoundationXML trap (SIGILL, exit 132) or cost seconds and hundreds of MB before the reader
# checked for them.

def set_sizes(path, entry, size):
    """Sets the uncompressed size of `entry` in its local header and central directory entry to `size`."""
    raw = bytearray(open(path, "rb").read())
    name = entry.encode()
    for signature, name_length_at, name_at, size_at in ((b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)):
        pos = raw.find(signature)
        while pos >= 0:
            nlen = struct.unpack_from("<H", raw, pos + name_length_at)[0]
            if bytes(raw[pos + name_at: pos + name_at + nlen]) == name:
                struct.pack_into("<I", raw, pos + size_at, size)
            pos = raw.find(signature, pos + 4)
    open(path, "wb").write(bytes(raw))


def raw_package(name, parts):
    """A package from (entry name, bytes) pairs, in order, duplicates kept."""
    import warnings
    warnings.simplefilter("ignore")   # zipfile warns about duplicate names: they are the point
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            z.writestr(part, data if isinstance(data, bytes) else data.encode("utf-8"))


def parts_with(replaced=None):
    """The minimal package's parts (with shared strings and styles), some replaced ({entry name: text or bytes};
    None leaves the entry out)."""
    parts = {"[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": WORKBOOK,
             "xl/_rels/workbook.xml.rels": WB_RELS_FULL, "xl/worksheets/sheet1.xml": SHEET_S,
             "xl/sharedStrings.xml": SST, "xl/styles.xml": STYLES}
    parts.update(replaced or {})
    return [(part, data) for part, data in parts.items() if data is not None]


WB_RELS_FULL = WB_RELS.replace('</Relationships>',
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '</Relationships>')
SHEET_S = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1505.02</v></c></row>')
SST = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
       '<si><t>部门名称</t></si></sst>')
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>')


def damaged(text, old, new):
    """`text` as UTF-8 bytes with the first `old` replaced by the bytes `new`."""
    data = text.encode("utf-8")
    assert old in data, old
    return data.replace(old, new, 1)


# 1a. Invalid UTF-8 in names, processing instructions and comments: FoundationXML force-unwraps the name as a
# Swift string and traps (all trapped). The reader now refuses them before parsing (invalid-encoding).
raw_package("utf8-element-name.xlsx", parts_with({"xl/worksheets/sheet1.xml": damaged(SHEET_S, b"<row ", b"<ro\xffw ")}))
raw_package("utf8-attribute-name.xlsx", parts_with({"xl/workbook.xml": damaged(WORKBOOK, b' sheetId=', b' sheet\xfeId=')}))
raw_package("utf8-pi-target.xlsx", parts_with({"xl/sharedStrings.xml": damaged(SST, b"<si>", b"<?p\xc0\xafi data?><si>")}))
raw_package("utf8-comment.xlsx", parts_with({"xl/_rels/workbook.xml.rels": damaged(WB_RELS_FULL, b"</Relationships>",
                                                                                  b"<!-- \x80 --></Relationships>")}))
raw_package("utf8-namespace-prefix.xlsx", parts_with({"xl/styles.xml": damaged(STYLES, b'xmlns="', b'xmlns:p\xff="x" xmlns="')}))
raw_package("utf8-cut-sequence.xlsx", parts_with({"xl/worksheets/sheet1.xml": damaged(SHEET_S, b"<sheetData>",
                                                                                    b"<sheetData\xe4\xbd>")}))
# One invalid byte in text (or an attribute value) traps too, later: libxml2 reports it, reads the rest of the
# part as Latin-1 (FoundationXML asks it to recover), and so cuts the valid 部 of a later name `<t部>` to its
# first byte. Checking names alone would not do: the whole part is checked.
SST_NAMED = SST.replace("</sst>", "<si><t部>x</t部></si></sst>")
raw_package("utf8-text-then-name.xlsx", parts_with({"xl/sharedStrings.xml": damaged(
    SST_NAMED, "部门".encode(), "部".encode() + b"\xff" + "门".encode())}))
# An entity reference whose name holds an invalid byte, in an attribute value.
raw_package("utf8-entity-name.xlsx", parts_with({"xl/_rels/workbook.xml.rels": damaged(
    WB_RELS_FULL, b'Target="styles.xml"', b'Target="&\xff;styles.xml"')}))
# A declaration naming UTF-16 on UTF-8 bytes: libxml2 reads on as UTF-8, so the check must not trust it.
raw_package("utf8-declared-utf16.xlsx", parts_with({"xl/worksheets/sheet1.xml": damaged(
    SHEET_S.replace('encoding="UTF-8"', 'encoding="UTF-16"'), b"<row ", b"<ro\xffw ")}))
# Chinese text in GBK, as the declaration says: not allowed in a package (only UTF-8 and UTF-16 are), but
# libxml2 decodes it and GBK keeps ASCII's bytes for markup, so it reads.
raw_package("gbk-part.xlsx", parts_with({"xl/sharedStrings.xml": SST.replace('encoding="UTF-8"', 'encoding="GBK"')
                                        .encode("gbk")}))
# UTF-16 is allowed: a UTF-16 shared-strings part reads (control), but its DTD must still be refused: the
# prolog check looked at the bytes as ASCII and took `<` followed by 0x00 for the root element.
raw_package("utf16-part.xlsx", parts_with({"xl/sharedStrings.xml": b"\xff\xfe" +
                                          SST.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")}))
# A DTD spelt in UTF-7 (`+ADw-!DOCTYPE`), whose bytes the DTD check did not see as one, before a plain root
# element: libxml2 decoded and accepted it. Any declared encoding that does not keep ASCII's bytes is refused.
raw_package("utf7-doctype.xlsx", parts_with({"xl/sharedStrings.xml": b'<?xml version="1.0" encoding="UTF-7"?>' +
    sst[sst.index("<!DOCTYPE"):sst.index("<sst")].replace("<", "+ADw-").replace("!", "+ACE-").replace(">", "+AD4-")
    .replace('"', "+ACI-").replace("[", "+AFs-").replace("]", "+AF0-").encode() + sst[sst.index("<sst"):].encode()}))
raw_package("utf16-doctype.xlsx", parts_with({"xl/sharedStrings.xml": b"\xff\xfe" + sst.replace(
    'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")}))

# 1b. A workbook naming one sheet part 5,000 times over 5,000 nested elements (trapped: 5.7 s, 190 MB with a
# real form's sheet), 4,097 sheets, two sheets on one part, two names that differ only in case.
HEAD = WORKBOOK[:WORKBOOK.index("<sheets>") + len("<sheets>")]
TAIL = "</sheets></workbook>"
raw_package("nested-workbook.xlsx", parts_with({"xl/workbook.xml": HEAD + "".join(
    '<x><sheet name="S%d" sheetId="%d" r:id="rId1"/>' % (i, i + 1) for i in range(5000)) + "</x>" * 5000 + TAIL}))
raw_package("sheets-4097.xlsx", parts_with({"xl/workbook.xml": HEAD + "".join(
    '<sheet name="S%d" sheetId="%d" r:id="rId1"/>' % (i, i + 1) for i in range(4097)) + TAIL}))
raw_package("sheets-one-part.xlsx", parts_with({
    "xl/workbook.xml": HEAD + '<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId4"/>' + TAIL,
    "xl/_rels/workbook.xml.rels": WB_RELS_FULL.replace("</Relationships>",
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="/xl/worksheets/Sheet1.xml"/></Relationships>')}))
raw_package("sheet-names-differ-in-case.xlsx", parts_with({
    "xl/workbook.xml": HEAD + '<sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="SHEET1" sheetId="2" r:id="rId4"/>' + TAIL,
    "xl/_rels/workbook.xml.rels": WB_RELS_FULL.replace("</Relationships>",
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet2.xml"/></Relationships>')}) + [("xl/worksheets/sheet2.xml", SHEET_S)])
# Nesting: 64 levels read (the cap), 65 do not; the worksheet element is the first level.
for levels, name in ((64, "nesting-64.xlsx"), (65, "nesting-65.xlsx")):
    raw_package(name, parts_with({"xl/worksheets/sheet1.xml": SHEET_S.replace(
        "</sheetData>", "</sheetData>" + "<x>" * (levels - 1) + "</x>" * (levels - 1))}))

# 3. Zip level. An entry inflating short of the size its headers declare (lying-size.xlsx above inflates past
# it: both are damaged); two entries for one part, by the same name, by case and by backslash (the reader took
# the first and read on); parts present but empty or without a root element (XMLParser reports success).
raw_package("lying-size-short.xlsx", parts_with())
set_sizes("lying-size-short.xlsx", "xl/worksheets/sheet1.xml", 5000)
OTHER = SHEET_S.replace("1505.02", "9999")
raw_package("duplicate-entry.xlsx", parts_with() + [("xl/worksheets/sheet1.xml", OTHER)])
raw_package("duplicate-entry-case.xlsx", parts_with() + [("xl/worksheets/Sheet1.xml", OTHER)])
raw_package("duplicate-entry-backslash.xlsx", parts_with() + [("xl\\worksheets\\sheet1.xml", OTHER)])
raw_package("empty-workbook-part.xlsx", parts_with({"xl/workbook.xml": b""}))
raw_package("empty-sheet-part.xlsx", parts_with({"xl/worksheets/sheet1.xml": b""}))
raw_package("rootless-shared-strings.xlsx", parts_with({
    "xl/sharedStrings.xml": b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'}))
raw_package("unclosed-3-bytes-sheet.xlsx", parts_with({"xl/worksheets/sheet1.xml": b"<a>"}))


def deflate_raw(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def inflate_raw(data):
    try:
        inflater = zlib.decompressobj(-15)
        return inflater.decompress(data) + inflater.flush()
    except zlib.error:
        return None


# A damaged entry that still inflates, to as many bytes, but to garbage with invalid UTF-8 in markup; its CRC
# fails only at its end. XMLParser trapped on the garbage (trapped); now the byte check stops it, the entry is read to its
# end and reported as what it is: a corrupt entry. The first bit flip in the shared strings that puts an invalid
# byte in an element name, with all before it intact.
raw_package("corrupt-entry-garbage.xlsx", parts_with())
raw = bytearray(open("corrupt-entry-garbage.xlsx", "rb").read())
entry = b"xl/sharedStrings.xml"
header = raw.find(b"PK\x03\x04" + raw[4:4])
while struct.unpack_from("<H", raw, header + 26)[0] != len(entry) or raw[header + 30: header + 30 + len(entry)] != entry:
    header = raw.find(b"PK\x03\x04", header + 4)
start = header + 30 + len(entry) + struct.unpack_from("<H", raw, header + 28)[0]
size = struct.unpack_from("<I", raw, header + 18)[0]
original = SST.encode("utf-8")
found = False
for position in range(start, start + size):
    for bit in range(8):
        raw[position] ^= 1 << bit
        out = inflate_raw(bytes(raw[start:start + size]))
        if out is not None and len(out) == len(original) and out != original:
            try:
                out.decode("utf-8")
            except UnicodeDecodeError as error:
                opening = out.rfind(b"<", 0, error.start)
                name = out[opening + 1:error.start]
                if opening > out.rfind(b">", 0, error.start) and name.isalpha() and out[:opening] == original[:opening]:
                    found = True
                    break
        raw[position] ^= 1 << bit
    if found:
        break
assert found
open("corrupt-entry-garbage.xlsx", "wb").write(bytes(raw))
print("made the hostile files")
