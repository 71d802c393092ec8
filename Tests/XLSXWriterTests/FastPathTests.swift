import JixiaoTestSupport
import Testing
@testable import XLSXWriter

/// The byte-level fast paths of the guards must never pass what the full checks refuse, and the per-cell
/// prepared styles must behave as the styles themselves.
@Suite("Guard fast paths")
struct FastPathTests {
    /// Strings from pieces that matter to the guards: quotes, brackets, full-width punctuation, control
    /// characters, `_x`, U+FFFE/U+FFFF, combining and prepended marks next to ASCII, CJK text.
    static func randomTexts(count: Int, pieces: [String], seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...14, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    static let trickyPieces = ["\"", "'", "[", "]", "(", ")", "=", "a", "1", " ", "\t", "\n", "\r", "\r\n",
                               "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "（", "）", "，", "：", "中", "打开", "、",
                               "\u{301}", "\u{600}", "\u{302A}", "\u{FF9E}", "\u{200D}", "\u{FFFE}", "\u{FFFF}",
                               "\u{7FFE}", "_", "x", "_x0041_", "👍🏽", "é", "#", ",", ":", "!"]

    @Test func standaloneNeighboursNeverJoinASCII() {
        let ranges: [ClosedRange<UInt32>] = [0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E]
        for range in ranges {
            for value in range {
                #expect(FormulaRules.isStandaloneNeighbour(value))
                let scalar = String(Unicode.Scalar(value)!)
                for ascii in ["\"", "'", "[", "]", "(", ")", "="] where (scalar + ascii + scalar).count != 3 {
                    Issue.record("U+\(String(value, radix: 16)) joins \(ascii)")
                }
            }
        }
        #expect(!FormulaRules.isStandaloneNeighbour(0x302A))
        #expect(!FormulaRules.isStandaloneNeighbour(0xFF9E))
    }

    @Test func formulaFastPathNeverPassesWhatTheFullCheckRefuses() {
        let texts = Self.randomTexts(count: 40_000, pieces: Self.trickyPieces, seed: 20_210_301)
            + Self.randomTexts(count: 20_000, pieces: ["\"", "'", "(", ")", "[", "]", "中", "a", "="], seed: 7)
        var proved = 0
        for formula in texts where FormulaRules.passesOnBytes(formula) {
            proved += 1
            #expect(throws: Never.self, "\(formula.unicodeScalars.map { String($0.value, radix: 16) })") {
                try FormulaRules.checkInFull(formula, label: "formula")
            }
        }
        #expect(proved > 1_000)
    }

    @Test func formulaFastPathProvesTheSummaryFormulas() {
        for formula in ["HYPERLINK(\"../退回/黄浦区 财政局.xlsx#'自评表'!E6\",\"打开\")",
                        "HYPERLINK(\"a \"\"b\"\".xlsx\",\"Open\")", "=IF(C7>=0.9,\"达标（好）\",\"未达标\")",
                        "='黄浦区 (1)'!A1*2", "=Table1[[#This Row],[金额]]*2", "SUM(C5:C9)"] {
            #expect(FormulaRules.passesOnBytes(formula), "\(formula)")
        }
        // Left to the full check, which words the error.
        for formula in ["", "=", " ", "SUM(", "SUM())", "=SUM（A1）", "=A1，B1", "=\"open", "=Table1[x", "=\"\u{301}\"",
                        "=A1\u{1}", "=\"\u{FFFE}\""] {
            #expect(!FormulaRules.passesOnBytes(formula), "\(formula)")
        }
    }

    @Test func plainCellTextPassesTheCheckAndEncodesToItself() throws {
        let texts = Self.randomTexts(count: 40_000, pieces: Self.trickyPieces, seed: 42)
        var proved = 0
        for text in texts where CellTextEncoding.isPlain(text) {
            proved += 1
            #expect(throws: Never.self, "\(text.unicodeScalars.map { String($0.value, radix: 16) })") {
                try TextRules.check(text, label: "cell text", maxLength: ExcelLimits.cellTextLength, placement: .cell)
            }
            #expect(CellTextEncoding.encode(text) == text)
        }
        #expect(proved > 1_000)
        #expect(CellTextEncoding.isPlain("部门整体支出绩效自评表\t1505.02 元\n（注）"))
        #expect(!CellTextEncoding.isPlain("a\rb"))
        #expect(!CellTextEncoding.isPlain("_x0041_"))
        #expect(!CellTextEncoding.isPlain("a\u{FFFF}"))
        #expect(!CellTextEncoding.isPlain(String(repeating: "a", count: ExcelLimits.cellTextLength + 1)))
        #expect(throws: XLSXWriterError.self) { try CellTextEncoding.checked("a\u{0}", label: "cell text") }
        #expect(try CellTextEncoding.checked("a\u{1}b", label: "cell text") == "a_x0001_b")
    }

    @Test func preparedStylesShareFormatsAndBelongToTheirWorkbook() throws {
        let folder = TestFolder()
        let workbook = try WorkbookWriter(writingTo: folder.file("prepared.xlsx"))
        let sheet = try workbook.addWorksheet(named: "表")
        let amount = CellStyle(numberFormat: "#,##0.00")
        try sheet.writeNumber(1505.02, row: 0, column: 0, style: amount)
        let prepared = try workbook.prepare(amount)
        try sheet.writeNumber(1472.55, row: 1, column: 0, style: prepared)
        try sheet.writeText("打开", row: 2, column: 0, style: prepared)
        #expect(workbook.formats.count == 1)

        let other = try WorkbookWriter(writingTo: folder.file("other.xlsx"))
        let otherSheet = try other.addWorksheet(named: "表")
        #expect(throws: XLSXWriterError.self) { try otherSheet.writeText("x", row: 0, column: 0, style: prepared) }
        do throws(XLSXWriterError) {
            try otherSheet.writeBlank(row: 0, column: 0, style: prepared)
            Issue.record("a style prepared for another workbook was accepted")
        } catch {
            #expect(error.kind == .invalidStyle)
            #expect(error.cell == "A1")
        }

        try workbook.close()
        do throws(XLSXWriterError) {
            try sheet.writeNumber(1, row: 3, column: 0, style: prepared)
            Issue.record("a write after close was accepted")
        } catch {
            #expect(error.kind == .workbookClosed)
        }
        #expect(throws: XLSXWriterError.self) { try workbook.prepare(amount) }

        let read = try ReadBack(folder.file("prepared.xlsx"))
        #expect(read.cells()["A2"]?.value == .number("1472.55"))
        #expect(read.cells()["A3"]?.value == .text("打开"))
    }
}
