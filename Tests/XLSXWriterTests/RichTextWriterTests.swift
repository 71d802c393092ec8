import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader
import XLSXWriter

/// Rich text written through `worksheet_write_rich_string` and read back with its runs.
@Suite("Rich text writing")
struct RichTextWriterTests {
    @Test func runsReadBackWithTheirTextAndFonts() throws {
        let folder = TestFolder()
        let url = folder.file("rich.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "自评表")
        var latin = CellStyle(fontName: "Times New Roman", fontSize: 11, bold: true)
        latin.fontColor = RGBColor(red: 0xC0, green: 0, blue: 0)
        latin.fontScript = .superscript
        latin.fontCharset = 134
        latin.fontScheme = "minor"
        latin.strikethrough = true
        latin.fontOutline = true
        latin.fontShadow = true
        latin.underlineStyle = .doubleAccounting
        latin.fontFamily = 1
        let cellStyle = CellStyle(fontName: "宋体", fontSize: 12, borders: .all(.thin))
        try sheet.writeRichText([("全年预算数", nil), ("(A)", latin), ("万元\u{1}", nil)], row: 4, column: 3,
                                style: cellStyle)
        try workbook.close()

        let read = try Workbook(contentsOf: url, options: .copying)
        let cell = try #require(read.sheets[0].cells.first)
        #expect(cell.reference.description == "D5" && cell.value == .text("全年预算数(A)万元\u{1}"))
        // The cell's own format: its borders and font.
        let format = read.cellFormats[cell.styleIndex]
        #expect(format.border.left.style == .thin && format.font.name == "宋体" && format.font.size == 12)
        let runs = try #require(read.sheets[0].richTexts[cell.reference])
        #expect(runs.map(\.text) == ["全年预算数", "(A)", "万元\u{1}"])
        // The first run states no font and shows in the cell's; a later one without a style is given the cell's.
        #expect(runs[0].font == nil)
        let second = try #require(runs[1].font)
        #expect(second.name == "Times New Roman" && second.size == 11 && second.bold)
        #expect(second.color?.hexARGB == "FFC00000" && second.verticalAlign == "superscript")
        #expect(second.strike && second.outline && second.shadow && second.underline == .doubleAccounting)
        #expect(second.family == 1)
        // libxlsxwriter 1.1.4 writes no charset or scheme in a run's font.
        #expect(second.charset == nil && second.scheme == nil)
        #expect(runs[2].font?.name == "宋体" && runs[2].font?.size == 12 && runs[2].font?.bold == false)
    }

    @Test func emptyAndSingleRunsBecomePlainText() throws {
        let folder = TestFolder()
        let url = folder.file("plain.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "S")
        let bold = CellStyle(bold: true)
        try sheet.writeRichText([("", bold), ("only", bold), ("", nil)], row: 0, column: 0,
                                style: CellStyle(fontName: "宋体"))
        try sheet.writeRichText([("", bold)], row: 1, column: 0, style: CellStyle(borders: .all(.thin)))
        try workbook.close()

        let read = try Workbook(contentsOf: url, options: .copying)
        #expect(read.sheets[0].cells.map(\.value) == [.text("only")])
        #expect(read.cellFormats[read.sheets[0].cells[0].styleIndex].font.name == "宋体")
        #expect(read.sheets[0].richTexts.isEmpty)
        // No text at all: a styled blank.
        #expect(read.sheets[0].styledBlanks.map(\.reference.description) == ["A2"])
    }

    @Test func theWholeTextKeepsTheCellLimits() throws {
        let folder = TestFolder()
        let workbook = try WorkbookWriter(writingTo: folder.file("long.xlsx"))
        let sheet = try workbook.addWorksheet(named: "S")
        let half = String(repeating: "字", count: 20_000)
        #expect(throws: XLSXWriterError.self) {
            try sheet.writeRichText([(half, nil), (half, CellStyle(bold: true))], row: 0, column: 0)
        }
        do {
            try sheet.writeRichText([(half, nil), (half, CellStyle(bold: true))], row: 0, column: 0)
        } catch {
            #expect(error.kind == .textTooLong && error.cell == "A1" && error.sheet == "S")
        }
        try workbook.close()
    }
}
