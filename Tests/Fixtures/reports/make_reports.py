#!/usr/bin/env python3
"""Makes the .docx files the DOCXReader tests read, and the broken and hostile ones it must refuse.

Run from this folder with the project's venv (python-docx 1.2.0, msoffcrypto-tool) and LibreOffice installed:
    /work/venv/bin/python make_reports.py
The seed report (panyu-2021-report.md/.docx/.pdf) is copied from shared/reports, not made here.
Each file is small and committed; the Swift tests do not need Python.
"""
import io, os, re, shutil, subprocess, tempfile, zipfile

import docx
from docx.enum.text import WD_BREAK

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def rewrite(path, part, change):
    """Rewrites one part of a package in place (python-docx cannot write revisions, fields or hand-made lists)."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            target.writestr(info.filename, data)


def structure():
    """python-docx: headings, a table with a nested table, breaks and tabs; then by hand: tracked changes,
    fields, hidden text, a text box, symbols and a Chinese outline list in numbering.xml."""
    document = docx.Document()
    document.add_heading("番禺区总工会 2021 年部门整体支出绩效自评报告", level=1)
    document.add_heading("一、基本情况", level=2)
    paragraph = document.add_paragraph("第一行")
    run = paragraph.add_run()
    run.add_break(WD_BREAK.LINE)
    paragraph.add_run("第二行")
    run = paragraph.add_run()
    run.add_tab()
    paragraph.add_run("制表符之后")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).text = "金额（万元）"
    table.cell(1, 0).text = "基本支出"
    cell = table.cell(1, 1)
    cell.text = "1006.64"
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "人员经费"
    inner.cell(0, 1).text = "934.97"
    cell.add_paragraph("合计在此")
    document.add_paragraph("MARK-REVISIONS")
    document.add_paragraph("MARK-FIELDS")
    document.add_paragraph("MARK-HIDDEN")
    document.add_paragraph("MARK-LIST-1")
    document.add_paragraph("MARK-LIST-2")
    document.add_paragraph("MARK-LIST-3")
    document.add_paragraph("MARK-LIST-4")
    document.add_paragraph("MARK-LIST-5")
    document.add_paragraph("结束", style="List Bullet")
    document.save("structure.docx")

    def run(text, props=""):
        return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'

    def paragraph_with(marker, body, ppr=""):
        return lambda xml: re.sub(r'<w:p>(?:<w:pPr>.*?</w:pPr>)?<w:r><w:t>' + marker + r'</w:t></w:r></w:p>',
                                  lambda _: f'<w:p>{ppr}{body}</w:p>', xml)

    def document_xml(xml):
        changes = [
            paragraph_with("MARK-REVISIONS",
                           run("总收入") +
                           '<w:del w:id="1" w:author="a" w:date="2022-01-01T00:00:00Z"><w:r><w:delText>1500</w:delText></w:r></w:del>' +
                           '<w:ins w:id="2" w:author="a" w:date="2022-01-01T00:00:00Z">' + run("1538.82") + '</w:ins>' +
                           run("万元") +
                           '<w:moveFrom w:id="3" w:author="a" w:date="2022-01-01T00:00:00Z">' + run("（旧位置）") + '</w:moveFrom>' +
                           '<w:moveTo w:id="4" w:author="a" w:date="2022-01-01T00:00:00Z">' + run("（新位置）") + '</w:moveTo>'),
            paragraph_with("MARK-FIELDS",
                           run("第") +
                           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("3") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
                           run("页，") +
                           '<w:fldSimple w:instr=" NUMPAGES ">' + run("12") + '</w:fldSimple>' + run("页") +
                           '<w:r><w:noBreakHyphen/></w:r>' + run("完") +
                           '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>' +
                           '<w:r><w:sym w:font="SimSun" w:char="2103"/></w:r>'),
            paragraph_with("MARK-HIDDEN",
                           run("看得见") + run("看不见", "<w:rPr><w:vanish/></w:rPr>") +
                           '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
                           '<w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>' +
                           run("的字")),
            paragraph_with("MARK-LIST-1", run("基本情况"), '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr></w:pPr>'),
            paragraph_with("MARK-LIST-2", run("部门概况"), '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="90"/></w:numPr></w:pPr>'),
            paragraph_with("MARK-LIST-3", run("人员经费"), '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="90"/></w:numPr></w:pPr>'),
            paragraph_with("MARK-LIST-4", run("年度目标"), '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="90"/></w:numPr></w:pPr>'),
            paragraph_with("MARK-LIST-5", run("绩效情况"), '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr></w:pPr>'),
        ]
        for change in changes:
            before = xml
            xml = change(xml)
            assert xml != before, "a marker paragraph was not found"
        return xml

    def numbering_xml(xml):
        levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
        abstract = '<w:abstractNum w:abstractNumId="90">' + "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels)) + '</w:abstractNum>'
        xml = xml.replace('<w:num ', abstract + '<w:num ', 1)
        return xml.replace('</w:numbering>', '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num></w:numbering>')

    rewrite("structure.docx", "word/document.xml", document_xml)
    rewrite("structure.docx", "word/numbering.xml", numbering_xml)


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>自评报告</title></head><body>
<h1>区总工会 2021 年度绩效自评报告</h1>
<h2>一、基本情况</h2>
<p>总收入1538.82万元，完成预算1576.21万元的97.63%。</p>
<ol><li>一般公共预算财政拨款收入1120.44万元</li><li>事业收入53.04万元</li></ol>
<table border="1"><tr><td>指标</td><td>分值</td></tr><tr><td>管理效能</td><td>45</td></tr></table>
<p>自评分96.39分。</p>
</body></html>
"""


def libreoffice():
    """LibreOffice's own .docx (and a real Word 97 .doc) from one HTML page."""
    work = tempfile.mkdtemp()
    source = os.path.join(work, "libreoffice.html")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write(HTML)
    profile = "-env:UserInstallation=file:///tmp/lo-reader"
    for target, name in [('docx:MS Word 2007 XML', "libreoffice.docx"), ('doc:MS Word 97', "libreoffice.doc")]:
        subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", work, source],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(work, name), name)
    shutil.rmtree(work)


def hostile():
    """Files the reader refuses, each with its own error."""
    with zipfile.ZipFile("structure.docx") as good:
        parts = {name: good.read(name) for name in good.namelist()}

    def package(name, document):
        with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as target:
            for part, data in parts.items():
                target.writestr(part, document if part == "word/document.xml" else data)

    body = f'<w:document {W}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>'
    # 80 MB of spaces inside the body: declares more than the 64 MiB entry cap, compresses about 1000 to 1.
    package("hostile-zip-bomb.docx", '<?xml version="1.0"?>' + body.replace("<w:body>", "<w:body>" + " " * (80 << 20)))
    package("hostile-dtd.docx", '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + body.replace(">x<", ">&b;<"))
    shutil.copy("libreoffice.doc", "hostile-doc-renamed.docx")
    with open("hostile-html-saved-as.doc", "w", encoding="utf-8") as handle:
        handle.write("\ufeff" + HTML)
    with open("hostile-rtf-renamed.docx", "w", encoding="ascii") as handle:
        handle.write("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 report\\par}")
    open("hostile-empty.docx", "wb").close()
    with open("structure.docx", "rb") as handle:
        data = handle.read()
    with open("hostile-truncated.docx", "wb") as handle:
        handle.write(data[: len(data) // 2])
    # A real password-encrypted .docx (ECMA-376 agile encryption in an OLE2 compound file), password "jixiao".
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open("structure.docx", "rb") as plain, open("hostile-encrypted.docx", "wb") as encrypted:
        OOXMLFile(plain).encrypt("jixiao", encrypted)
    # A zip that is no Word document.
    with zipfile.ZipFile("hostile-no-document.docx", "w") as target:
        target.writestr("hello.txt", "not a document")


TEXT = "## 一、基本情况\n\n区总工会 2021 年度总收入1538.82万元。\n"


def texts():
    """The same short report as text in the encodings a .txt may come in (a .md for its heading)."""
    for name, data in [("text-utf8-bom.md", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
                       ("text-utf16le.md", TEXT.encode("utf-16")),            # with its byte-order mark
                       ("text-utf16be.md", b"\xfe\xff" + TEXT.encode("utf-16-be")),
                       ("text-gb18030.md", TEXT.encode("gb18030")),
                       ("text-crlf.txt", TEXT.replace("\n", "\r\n").encode("utf-8")),
                       ("text-latin1.txt", b"\xff\xfe\xfd"[1:] + b"\x80\x80\xff")]:    # neither UTF-8 nor GB 18030
        with open(name, "wb") as handle:
            handle.write(data)


def pdfs():
    """A password-protected PDF (LibreOffice's export with an open password) and a damaged one."""
    work = tempfile.mkdtemp()
    source = os.path.join(work, "encrypted.html")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write(HTML)
    options = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
               '"DocumentOpenPassword":{"type":"string","value":"jixiao"}}')
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-reader", "--headless", "--convert-to", options,
                    "--outdir", work, source], check=True, capture_output=True)
    shutil.copy(os.path.join(work, "encrypted.pdf"), "hostile-encrypted.pdf")
    shutil.rmtree(work)
    with open("panyu-2021-report.pdf", "rb") as handle:
        data = handle.read()
    with open("hostile-damaged.pdf", "wb") as handle:
        handle.write(data[:2000])


if __name__ == "__main__":
    structure()
    libreoffice()
    hostile()
    texts()
    pdfs()
