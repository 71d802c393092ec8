import Foundation
import JixiaoTestSupport
import Testing
@testable import XLSXReader

/// Rich text (a cell's text in runs with their own fonts) read with ``ReadOptions/keepsRichText``: the shared
/// string table and inline strings from hand-written XML, and files made by LibreOffice and openpyxl.
@Suite("Rich text")
struct RichTextTests {
    static let sharedStrings = """
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">\
        <si><t>plain</t></si>\
        <si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="WenQuanYi Micro Hei"/><family val="2"/>\
        <charset val="134"/><scheme val="minor"/></rPr><t>全年预算数</t></r>\
        <r><rPr><i val="true"/><u val="double"/><strike/><vertAlign val="superscript"/><sz val="9"/>\
        <color rgb="FFFF0000"/><rFont val="宋体"/></rPr><t xml:space="preserve">(A) </t></r>\
        <rPh sb="0" eb="1"><t>ヨサン</t></rPh><phoneticPr fontId="1"/></si>\
        <si><r><t>no properties</t></r><r><rPr><u/></rPr><t>_x000D_x</t></r></si>\
        </sst>
        """

    @Test func sharedRunsKeepTheirTextAndFontAndSkipPhonetics() throws {
        let table = try SharedStrings.parse(bytes: Array(Self.sharedStrings.utf8), keepsRuns: true)
        #expect(table.strings == ["plain", "全年预算数(A) ", "no properties\rx"])
        #expect(table.runs.keys.sorted() == [1, 2])
        var first = Font(name: "WenQuanYi Micro Hei", size: 11, bold: true, color: Color(stated: .theme(1), tint: 0))
        first.family = 2
        first.charset = 134
        first.scheme = "minor"
        var second = Font(name: "宋体", size: 9, italic: true, underline: .double, strike: true,
                          color: Color(stated: .rgb(0xFFFF_0000), tint: 0))
        second.verticalAlign = "superscript"
        #expect(table.runs[1] == [TextRun(text: "全年预算数", font: first), TextRun(text: "(A) ", font: second)])
        #expect(table.runs[2] == [TextRun(text: "no properties"), TextRun(text: "\rx", font: Font(underline: .single))])
    }

    @Test func runsAreNotKeptUnlessAsked() throws {
        let table = try SharedStrings.parse(bytes: Array(Self.sharedStrings.utf8))
        #expect(table.strings == ["plain", "全年预算数(A) ", "no properties\rx"])
        #expect(table.runs.isEmpty)
    }

    @Test func inlineRunsGoToTheCallbackAndSharedOnesByIndex() throws {
        let xml = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">\
            <c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>粗</t></r><r><t>细</t></r></is></c>\
            <c r="B1" t="inlineStr"><is><t>plain</t></is></c>\
            <c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c>\
            <c r="E1" t="str"><f>A1&amp;""</f><v>粗细</v></c></row></sheetData></worksheet>
            """
        var cells: [Cell] = []
        var rich: [CellReference: [TextRun]] = [:]
        let shared = [1: [TextRun(text: "a", font: Font(bold: true)), TextRun(text: "b")]]
        let parser = WorksheetParser(sheetName: "S", sharedStrings: ["zero", "ab"], formats: [], sharedRuns: shared,
                                     onRichText: { rich[$0] = $1 }) { cells.append($0) }
        try XMLPartParser.parse(bytes: Array(xml.utf8), part: "xl/worksheets/sheet1.xml", delegate: parser)
        #expect(cells.map(\.value.displayText) == ["粗细", "plain", "zero", "ab", "粗细"])
        #expect(rich == [CellReference(row: 0, column: 0): [TextRun(text: "粗", font: Font(bold: true)), TextRun(text: "细")],
                         CellReference(row: 0, column: 3): shared[1]!])
    }

    @Test func libreOfficeRunsAreReadFromTheSharedStrings() throws {
        let url = Fixtures.root.appendingPathComponent("own-layout/mof-grid-styled.libreoffice.xlsx")
        let sheet = try Workbook(contentsOf: url, options: .copying).sheets[0]
        let d5 = try #require(sheet.richTexts[CellReference(row: 4, column: 3)])
        #expect(d5.map(\.text) == ["全年预算数", "(A)"])
        #expect(d5.map(\.font?.name) == ["WenQuanYi Micro Hei", "宋体"])
        #expect(d5.map(\.font?.bold) == [true, true])
        #expect(d5.map(\.font?.size) == [11, 11])
        #expect(d5.map(\.font?.color?.hexARGB) == ["FF000000", "FF000000"])
        #expect(d5.map(\.font?.family) == [2, 0])
        #expect(d5.map(\.font?.charset) == [nil, 1])
        // The cell's text is the runs' texts joined, as without runs.
        let cell = try #require(sheet.cells.first { $0.row == 4 && $0.column == 3 })
        #expect(cell.value == .text("全年预算数(A)"))
        let b11 = try #require(sheet.richTexts[CellReference(row: 10, column: 1)])
        #expect(b11.count > 2 && b11.map(\.text).joined() == sheet.cells.first { $0.row == 10 && $0.column == 1 }?.value.displayText)
        #expect(try Workbook(contentsOf: url).sheets[0].richTexts.isEmpty)
    }

    @Test func openpyxlInlineRunsKeepEveryProperty() throws {
        let url = Fixtures.root.appendingPathComponent("rich-text/rich-text.openpyxl.xlsx")
        let sheet = try Workbook(contentsOf: url, options: .copying).sheets[0]
        #expect(sheet.richTexts.keys.sorted() == [CellReference(row: 0, column: 0), CellReference(row: 2, column: 1),
                                                  CellReference(row: 3, column: 2)])
        let title = try #require(sheet.richTexts[CellReference(row: 0, column: 0)])
        #expect(title.map(\.text) == ["2022", "年度部门整体支出绩效自评表"])
        #expect(title.map(\.font?.name) == ["黑体", "宋体"])
        #expect(title.allSatisfy { $0.font?.size == 16 && $0.font?.bold == true && $0.font?.charset == 134 })
        let heading = try #require(sheet.richTexts[CellReference(row: 2, column: 1)])
        #expect(heading == [TextRun(text: "全年预算数"), TextRun(text: "(A)", font: Font(name: "Times New Roman", size: 11))])
        let styled = try #require(sheet.richTexts[CellReference(row: 3, column: 2)])
        #expect(styled.map(\.text) == ["斜体双下划线", "删除线", "注1"])
        #expect(styled[0].font?.italic == true && styled[0].font?.underline == .double)
        // rgb="00FF0000": the alpha byte is ignored, as for cell fonts.
        #expect(styled[0].font?.color?.hexARGB == "FFFF0000")
        #expect(styled[1].font?.strike == true && styled[1].font?.color?.source == .theme(4))
        // Theme colours are resolved against the workbook's theme: accent 1 is 4F81BD, lightened by the tint.
        #expect(styled[1].font?.color?.argb == Theme.applyTint(0.4, to: 0xFF4F_81BD))
        #expect(styled[2].font?.verticalAlign == "superscript" && styled[2].font?.scheme == "minor"
                && styled[2].font?.size == 8)
    }
}
