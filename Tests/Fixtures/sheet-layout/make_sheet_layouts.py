"""Makes the sheet-layout fixtures the reader's layout tests read (Tests/XLSXReaderTests/SheetLayoutFixtureTests.swift).

    /work/venv/bin/python make_sheet_layouts.py     # from this folder; needs openpyxl, xlsxwriter, soffice

- xlsxwriter.xlsx: every layout feature XlsxWriter writes (widths, hidden columns, heights, hidden rows, default
  row height, freeze panes, zoom, gridlines, tab colour, landscape A4, fit to pages, margins, header and footer,
  print area and titles, data validations, a comment, page breaks, autofilter, protection).
- openpyxl.xlsx: the same kinds of things as openpyxl writes them, on a sheet named with a quote (print names
  need '' escapes).
- libreoffice.xlsx: xlsxwriter.xlsx opened and saved again by LibreOffice (soffice --convert-to xlsx).
- hand.xlsx: a package written here by hand, for what neither library writes: Excel 2010's x14 list validation,
  a saved custom view whose print setup is not the sheet's, rows hidden by default (zeroHeight), a split pane,
  several print areas, a rich-text comment with an author list.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))


def make_xlsxwriter(path):
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("自评表")
    sheet.write("A1", "部门整体支出绩效自评表")
    sheet.write("A3", "年度预算数")
    sheet.write_number("B3", 1505.02)
    sheet.set_column("A:A", 30)
    sheet.set_column("B:C", 12.5)
    sheet.set_column("E:E", None, None, {"hidden": True})
    sheet.set_row(0, 40)
    sheet.set_row(5, None, None, {"hidden": True})
    sheet.set_default_row(18)
    sheet.freeze_panes(3, 1)
    sheet.set_zoom(85)
    sheet.hide_gridlines(2)
    sheet.set_tab_color("#FF0000")
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.4, top=1.0, bottom=0.9)
    sheet.set_header("&C部门整体支出绩效自评表")
    sheet.set_footer("&C第 &P 页，共 &N 页")
    sheet.print_area("A1:F20")
    sheet.repeat_rows(0, 2)
    sheet.repeat_columns("A:A")
    sheet.set_h_pagebreaks([10])
    sheet.data_validation("D5:D9", {"validate": "list", "source": ["是", "否"],
                                    "input_title": "请选择", "input_message": "是或否",
                                    "error_title": "输入有误", "error_message": "只能填是或否"})
    sheet.data_validation("B5:B9", {"validate": "decimal", "criteria": "between", "minimum": 0,
                                    "maximum": 100, "error_type": "warning"})
    sheet.write_comment("B3", "请核对预算数", {"author": "财政局"})
    sheet.autofilter("A2:C9")
    sheet.protect()
    other = book.add_worksheet("Other")
    other.write("A1", 1)
    book.close()


def make_openpyxl(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "It's 表"
    sheet["A1"] = "部门整体支出绩效自评表"
    sheet["B3"] = 1505.02
    sheet.column_dimensions["A"].width = 25.5
    sheet.column_dimensions["C"].hidden = True
    sheet.row_dimensions[2].height = 33
    sheet.row_dimensions[4].hidden = True
    sheet.sheet_format.defaultRowHeight = 16.5
    sheet.sheet_format.customHeight = True
    sheet.freeze_panes = "B2"
    sheet.sheet_view.zoomScale = 120
    sheet.sheet_view.showGridLines = False
    sheet.sheet_properties.tabColor = "FF00B050"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 2
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = 0.25
    sheet.page_margins.header = 0.1
    sheet.print_options.horizontalCentered = True
    sheet.print_options.gridLines = True
    sheet.oddHeader.center.text = "页眉"
    sheet.oddFooter.right.text = "&P"
    sheet.print_area = "A1:D30"
    sheet.print_title_rows = "1:2"
    validation = DataValidation(type="whole", operator="greaterThan", formula1="0", showErrorMessage=True,
                                error="须为正整数", errorTitle="有误")
    validation.add("C5:C9")
    validation.add("E5")
    sheet.add_data_validation(validation)
    sheet["B3"].comment = Comment("核对", "审核人")
    sheet.row_breaks.append(Break(id=20))
    book.save(path)


def make_libreoffice(source, path):
    work = tempfile.mkdtemp()
    try:
        copy = os.path.join(work, "libreoffice.xlsx")
        shutil.copy(source, copy)
        out = os.path.join(work, "out")
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-layout-fixtures", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, copy], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, "libreoffice.xlsx"), path)
    finally:
        shutil.rmtree(work)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="O'Brien's" sheetId="2" r:id="rId2"/></sheets>
<definedNames>
<definedName name="_xlnm.Print_Area" localSheetId="1">'O''Brien''s'!$A$1:$C$10,'O''Brien''s'!$E$1:$F$4</definedName>
<definedName name="_xlnm.Print_Titles" localSheetId="1">'O''Brien''s'!$B:$C,'O''Brien''s'!$2:$3</definedName>
<definedName name="Budget">Data!$B$3</definedName>
<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Data!$A$1:$B$4</definedName>
</definedNames>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
</Relationships>"""
SHEET1 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">
<sheetPr><tabColor theme="4" tint="0.39997558519241921"/></sheetPr>
<sheetViews><sheetView rightToLeft="1" workbookViewId="0" view="pageBreakPreview" zoomScaleNormal="90"><pane xSplit="2400" ySplit="1200" topLeftCell="C4" activePane="bottomRight"/><selection pane="topRight" activeCell="C1" sqref="C1"/><selection pane="bottomRight" activeCell="D7" sqref="D7:E8 G2"/></sheetView></sheetViews>
<sheetFormatPr baseColWidth="10" defaultColWidth="9.140625" defaultRowHeight="15" zeroHeight="1"/>
<cols><col min="1" max="1" width="8.7109375" style="3" bestFit="1" outlineLevel="1" collapsed="1"/></cols>
<sheetData>
<row r="1"><c r="A1"><v>1</v></c></row>
<row r="2" ht="21.75" customHeight="1" s="5" customFormat="1"><c r="A2"><v>2</v></c></row>
<row r="4" hidden="1" outlineLevel="2"><c r="A4"><v>4</v></c></row>
</sheetData>
<customSheetViews><customSheetView guid="{00000000-0000-0000-0000-000000000001}" scale="50"><pane ySplit="9" topLeftCell="A10" state="frozen"/><selection activeCell="Z99" sqref="Z99"/><pageMargins left="9" right="9" top="9" bottom="9" header="9" footer="9"/><pageSetup orientation="portrait" paperSize="8"/><headerFooter><oddHeader>not the sheet's</oddHeader></headerFooter></customSheetView></customSheetViews>
<printOptions headings="1" verticalCentered="1"/>
<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>
<pageSetup paperSize="8" scale="75" firstPageNumber="3" useFirstPageNumber="1" pageOrder="overThenDown" blackAndWhite="1" draft="1" cellComments="atEnd" errors="dash" horizontalDpi="600" verticalDpi="300" copies="2" orientation="portrait"/>
<headerFooter differentOddEven="1" differentFirst="1" scaleWithDoc="0"><oddHeader>&amp;L奇数页</oddHeader><evenHeader>&amp;R偶数页</evenHeader><firstFooter>&amp;C首页 &amp;P</firstFooter></headerFooter>
<rowBreaks count="2" manualBreakCount="2"><brk id="5" max="16383" man="1"/><brk id="12" max="16383" man="1"/></rowBreaks>
<colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>
<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>'O''Brien''s'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2:B9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>
</worksheet>"""
SHEET2 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetViews><x:sheetView tabSelected="1" showRowColHeaders="0" showZeros="0" topLeftCell="B2" workbookViewId="0" zoomScale="200" zoomScalePageLayoutView="60" zoomScaleSheetLayoutView="70"><x:pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozenSplit"/><x:selection pane="bottomRight" activeCell="B4" activeCellId="0" sqref="B4"/></x:sheetView></x:sheetViews>
<x:cols><x:col min="2" max="4" width="0" hidden="true" customWidth="true"/><x:col min="6" max="16384" width="5"/></x:cols>
<x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row><x:row ht="40"><x:c><x:v>2</x:v></x:c></x:row></x:sheetData>
<x:sheetProtection sheet="1" objects="1"/>
<x:autoFilter ref="A1:C3"/>
<x:dataValidations count="1"><x:dataValidation type="textLength" operator="lessThanOrEqual" showDropDown="1" errorStyle="information" promptTitle="提示" prompt="不超过 10 字" sqref="A1:A3 C1"><x:formula1>10</x:formula1><x:formula2>20</x:formula2></x:dataValidation></x:dataValidations>
<x:pageSetup orientation="landscape" fitToWidth="2" fitToHeight="0"/>
</x:worksheet>"""
SHEET1_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>
</Relationships>"""
COMMENTS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<authors><author>张三</author><author>Li _x0041_</author></authors>
<commentList>
<comment ref="A2" authorId="1"><text><r><rPr><b/></rPr><t>Li A:</t></r><r><t xml:space="preserve">
请核对</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></text></comment>
<comment ref="B4" authorId="0"><text><t>plain</t></text></comment>
<comment ref="C1" authorId="7"><text><t>no such author</t></text></comment>
</commentList>
</comments>"""


def make_hand(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                           ("xl/worksheets/sheet1.xml", SHEET1), ("xl/worksheets/sheet2.xml", SHEET2),
                           ("xl/worksheets/_rels/sheet1.xml.rels", SHEET1_RELS), ("xl/comments1.xml", COMMENTS)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text)


if __name__ == "__main__":
    make_xlsxwriter(os.path.join(HERE, "xlsxwriter.xlsx"))
    make_openpyxl(os.path.join(HERE, "openpyxl.xlsx"))
    make_libreoffice(os.path.join(HERE, "xlsxwriter.xlsx"), os.path.join(HERE, "libreoffice.xlsx"))
    make_hand(os.path.join(HERE, "hand.xlsx"))
