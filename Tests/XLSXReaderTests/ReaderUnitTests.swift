import Foundation
import Testing
import JixiaoTestSupport
@testable import XLSXReader

@Suite("Cell references and ranges")
struct CellReferenceTests {
    @Test func parsesAndPrints() throws {
        let ref = try #require(CellReference("C8"))
        #expect(ref.row == 7 && ref.column == 2)
        #expect(ref.description == "C8")
        #expect(CellReference("$AB$12")?.description == "AB12")
        #expect(CellReference("xfd1048576") == CellReference(row: 1_048_575, column: 16_383))
        #expect(CellReference(row: 0, column: 26).description == "AA1")
    }

    @Test(arguments: ["", "A", "1", "A0", "XFE1", "A1048577", "AAAA1", "1A", "A1B", "A-1"])
    func rejects(_ text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test func ranges() throws {
        let range = try #require(CellRange("D12:F12"))
        #expect(range.contains(CellReference("E12")!))
        #expect(!range.contains(CellReference("E13")!))
        #expect(range.columnCount == 3 && range.rowCount == 1)
        #expect(CellRange("B2")?.description == "B2")
        #expect(CellRange("F1:A1")?.description == "A1:F1")
        #expect(CellRange("$B$3:$C$4") == CellRange(first: CellReference("B3")!, last: CellReference("C4")!))
    }

    @Test(arguments: ["", ":", "A1:", ":A1", "A1:B2:C3", "A1::B2", "A1-B2", "A1:XFE1"])
    func rejectsRanges(_ text: String) {
        #expect(CellRange(text) == nil)
    }
}

@Suite("Worksheet element names")
struct WorksheetElementTests {
    @Test func localNamesWithAnyPrefix() {
        #expect(WorksheetElement("c") == .cell)
        #expect(WorksheetElement("x:c") == .cell)
        #expect(WorksheetElement("v") == .value)
        #expect(WorksheetElement("f") == .formula)
        #expect(WorksheetElement("x:is") == .inlineString)
        #expect(WorksheetElement("row") == .row)
        #expect(WorksheetElement("ss:sheetData") == .sheetData)
        #expect(WorksheetElement("mergeCell") == .mergeCell)
        for other in ["", "col", "cols", "C", "V", "rows", "mergeCells", "sheetDat", "x:", "t", "r", "rPh"] {
            #expect(WorksheetElement(other) == .other, "\(other)")
        }
    }
}

@Suite("Number formats")
struct NumberFormatTests {
    @Test func builtInCodes() {
        #expect(NumberFormat(builtInID: 0).isGeneral)
        #expect(NumberFormat(builtInID: 10).code == "0.00%")
        #expect(NumberFormat(builtInID: 10).decimalPlaces == 2)
        #expect(NumberFormat(builtInID: 14).isDate)
        #expect(NumberFormat(builtInID: 49).isText)
        for id in [27, 31, 36, 50, 58] { #expect(NumberFormat(builtInID: id).isDate, "CJK date id \(id)") }
        #expect(!NumberFormat(builtInID: 4).isDate)
    }

    @Test(arguments: [
        ("yyyy\\-mm\\-dd", true), ("[hh]:mm:ss", true), ("[h]", false), ("0.0%", false), ("\"年\"0", false),
        ("YYYY-MM-DD", true), ("#,##0.00_);[Red](#,##0.00)", false), ("General", false), ("0.00\\h", false),
        ("yyyy\"年\"m\"月\"d\"日\"", true),
    ])
    func dateRule(_ code: String, _ isDate: Bool) {
        #expect(NumberFormat(id: 200, customCode: code).isDate == isDate, "\(code)")
    }

    @Test(arguments: [("0.00", 2), ("#,##0.00", 2), ("0.0%", 1), ("0%", 0), ("#,##0", 0), ("0.000_ ", 3)])
    func decimals(_ code: String, _ places: Int) {
        #expect(NumberFormat(id: 200, customCode: code).decimalPlaces == places)
    }
}

@Suite("Dates, escapes and shared formulas")
struct ValueConversionTests {
    @Test(arguments: [
        (44562.0, false, "2022-01-01T00:00:00"), (1.0, false, "1900-01-01T00:00:00"),
        (59.0, false, "1900-02-28T00:00:00"), (61.0, false, "1900-03-01T00:00:00"),
        (42735.0, true, "2021-01-01T00:00:00"), (0.0, true, "1904-01-01T00:00:00"),
        (10.6320601851852, true, "1904-01-11T15:10:10"), (43831.5, false, "2020-01-01T12:00:00"),
    ])
    func serials(_ serial: Double, _ date1904: Bool, _ iso: String) {
        #expect(ExcelDate.isoText(serial: serial, date1904: date1904) == iso)
    }

    @Test func escapes() {
        #expect(ExcelEscapes.decode("a_x000D_b") == "a\rb")
        #expect(ExcelEscapes.decode("_x005F_x000D_") == "_x000D_")
        #expect(ExcelEscapes.decode("_xD83D__xDE00_") == "😀")
        #expect(ExcelEscapes.decode("plain_text_x") == "plain_text_x")
        #expect(ExcelEscapes.decode("_x00zz_") == "_x00zz_")
    }

    @Test(arguments: [
        ("A1*$B$1+SUM(C1:C3)", 2, 1, "B3*$B$1+SUM(D3:D5)"),
        ("LOG10(A1)", 1, 0, "LOG10(A2)"),
        ("Sheet2!A1+'My Sheet'!B2", 1, 1, "Sheet2!B2+'My Sheet'!C3"),
        ("\"A1\"&A1", 1, 0, "\"A1\"&A2"),
        ("SUM(A:A)+SUM(1:1)", 1, 1, "SUM(B:B)+SUM(2:2)"),
        ("$A1+A$1", 1, 1, "$A2+B$1"),
        ("A1", -1, 0, "#REF!"),
        ("1E5+A1", 1, 0, "1E5+A2"),
        ("Table1[[#This Row],[A1]]+A1", 1, 0, "Table1[[#This Row],[A1]]+A2"),
    ])
    func sharedFormulaShift(_ formula: String, _ rows: Int, _ columns: Int, _ expected: String) {
        #expect(FormulaTranslator.shift(formula, rows: rows, columns: columns) == expected)
    }

    @Test func relationshipTargets() {
        #expect(Relationships.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(Relationships.resolve("/xl/worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(Relationships.resolve("worksheets\\sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(Relationships.resolve("../xl/styles.xml", from: "xl") == "xl/styles.xml")
        #expect(Relationships.relationshipsPart(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(Relationships.relationshipsPart(of: "") == "_rels/.rels")
    }

    @Test func prologScanner() {
        func verdict(_ text: String) -> PrologScanner.Verdict {
            var scanner = PrologScanner()
            return Array(text.utf8).withUnsafeBufferPointer { scanner.scan($0) }
        }
        #expect(verdict("<?xml version=\"1.0\"?>\n<worksheet>") == .rootFound)
        #expect(verdict("<?xml version=\"1.0\"?><!-- made by hand --><sst>") == .rootFound)
        #expect(verdict("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x>") == .refused)
        #expect(verdict("<?xml version=\"1.0\"?><!ENTITY a \"b\">") == .refused)
        #expect(verdict("<?xml version=\"1.0\"") == .undecided)
    }
}

@Suite("Streaming")
struct StreamingTests {
    @Test func forEachCellSeesWhatReadSheetKeeps() throws {
        let url = Fixtures.form("huangpu-2021.xlsx")
        let reader = try WorkbookReader(contentsOf: url)
        var streamed: [Cell] = []
        let merges = try reader.forEachCell(inSheetAt: 0) { streamed.append($0) }
        let sheet = try reader.readSheet(at: 0)
        #expect(streamed == sheet.cells)
        #expect(merges == sheet.merges)
        #expect(reader.sheetIndex(named: " sheet1 ") == 0)
    }
}

@Suite("Grid")
struct GridTests {
    private func cell(_ reference: String, _ number: String) -> Cell {
        let position = CellReference(reference)!
        return Cell(row: position.row, column: position.column, value: .number(number))
    }

    /// A form-sized sheet (dense index) and the same cells with one far away (sparse index) answer alike.
    @Test(arguments: [false, true])
    func answersTheSameDenseOrSparse(withFarCell: Bool) throws {
        var cells = [cell("A1", "1"), cell("C5", "1505.02"), cell("F27", "3"), cell("C5", "1505.03")]
        if withFarCell { cells.append(cell("XFD1048576", "9")) }
        let sheet = Sheet(name: "表", cells: cells,
                          merges: [CellRange("A4:B4")!, CellRange("D12:F12")!, CellRange("A1:A1048576")!])
        let grid = sheet.grid
        #expect(grid[CellReference("C5")!]?.value == .number("1505.03"))   // the later of two cells at one place
        #expect(grid[row: 0, column: 0]?.value == .number("1"))
        #expect(grid[CellReference("B5")!] == nil)
        #expect(grid[row: -1, column: 0] == nil && grid[row: 0, column: 99] == nil && grid[row: 999, column: 0] == nil)
        #expect(grid.mergedRange(containing: CellReference("E12")!)?.description == "D12:F12")
        #expect(grid.mergedRange(containing: CellReference("B4")!)?.description == "A4:B4")
        #expect(grid.mergedRange(containing: CellReference("C4")!) == nil)
        #expect(grid.mergedRange(containing: CellReference("A500")!) == nil)   // too large to index
        #expect(grid.value(at: CellReference("F12")!) == nil)
        #expect(grid.lastRow == (withFarCell ? 1_048_575 : 26))
        #expect(grid.lastColumn == (withFarCell ? 16_383 : 5))
        if withFarCell { #expect(grid[CellReference("XFD1048576")!]?.value == .number("9")) }
    }
}

@Suite("Position map")
struct PositionMapTests {
    @Test func denseSparseAndOutside() {
        var dense = PositionMap(rows: 27, columns: 6, expectedEntries: 90)
        dense[4, 2] = 17
        dense[0, 0] = 0
        #expect(dense[CellReference("C5")!] == 17 && dense[0, 0] == 0 && dense[1, 1] == nil)
        #expect(dense[-1, 0] == nil && dense[27, 0] == nil && dense[0, 6] == nil)
        dense[4, 2] = nil
        #expect(dense[4, 2] == nil)
        // A position outside the rectangle, and a negative value, move it to the dictionary with what it held.
        dense[100, 100] = 3
        dense[1, 1] = -5
        #expect(dense[100, 100] == 3 && dense[0, 0] == 0 && dense[1, 1] == -5 && dense[4, 2] == nil)

        var sparse = PositionMap(rows: 1_048_576, columns: 16_384, expectedEntries: 2)
        sparse[1_048_575, 16_383] = 1
        sparse[0, 0] = 0
        #expect(sparse[CellReference("XFD1048576")!] == 1 && sparse[0, 0] == 0 && sparse[5, 5] == nil)
    }
}

@Suite("Shared string element names")
struct TextElementTests {
    @Test func localNamesWithAnyPrefix() {
        #expect(TextElement("sst") == .table && TextElement("x:sst") == .table)
        #expect(TextElement("si") == .item && TextElement("x:si") == .item)
        #expect(TextElement("t") == .text && TextElement("ss:t") == .text)
        #expect(TextElement("rPh") == .phonetic)
        for other in ["", "r", "rPr", "rph", "T", "s", "sis", "phoneticPr", "x:"] {
            #expect(TextElement(other) == .other, "\(other)")
        }
    }
}
