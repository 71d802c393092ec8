import JixiaoTestSupport
import Foundation
import Testing
import XLSXReader
import XLSXWriter

/// Workbooks written through the layer and read back with our reader: the values, formulas, merges and
/// number formats must be exactly what was written.
@Suite("Round trip through XLSXReader")
struct RoundTripTests {
    @Test func valuesFormulasMergesAndFormats() throws {
        let folder = TestFolder()
        let url = folder.file("自评表.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "2021年 自评表")
        let amount = CellStyle(fontName: "宋体", fontSize: 11, borders: .all(.thin), numberFormat: "#,##0.00")
        let rate = CellStyle(fontName: "宋体", numberFormat: "0.0%")

        try sheet.mergeCells(CellRect("A1:F1")!, text: "部门整体支出绩效自评表",
                             style: CellStyle(fontName: "宋体", fontSize: 16, bold: true, horizontalAlignment: .center))
        try sheet.writeText("预算数", row: 4, column: 1)
        try sheet.writeNumber(Decimal(string: "1505.02")!, row: 4, column: 2, style: amount)
        try sheet.writeText("执行数", row: 5, column: 1)
        try sheet.writeNumber(Decimal(string: "1472.47")!, row: 5, column: 2, style: amount)
        try sheet.writeNumber(Decimal(string: "-353.99")!, row: 7, column: 2, style: CellStyle(numberFormat: "0.00"))
        try sheet.writeFormula("C6/C5", cachedNumber: 1472.47 / 1505.02, row: 6, column: 2, style: rate)
        try sheet.writeFormula("=IF(C7>=0.9,\"达标\",\"未达标\")", cachedText: "达标", row: 6, column: 3)
        try sheet.writeNumber(42, row: 8, column: 2)
        try sheet.writeBoolean(true, row: 8, column: 3)
        try sheet.writeBlank(row: 8, column: 4, style: CellStyle(borders: .all(.thin)))
        try sheet.mergeCells(CellRect("B10:D12")!, style: amount)
        try sheet.writeNumber(Decimal(string: "1151.03")!, row: 9, column: 1, style: amount)
        #expect(sheet.mergedRanges.map(\.description) == ["A1:F1", "B10:D12"])
        try workbook.close()

        let read = try ReadBack(url)
        #expect(read.sheetNames == ["2021年 自评表"])
        let cells = read.cells()
        #expect(cells["A1"]?.value == .text("部门整体支出绩效自评表"))
        #expect(cells["B5"]?.value == .text("预算数"))
        #expect(cells["C5"]?.value == .number("1505.02"))
        #expect(cells["C5"]?.numberFormat.code == "#,##0.00")
        #expect(cells["C6"]?.value == .number("1472.47"))
        #expect(cells["C8"]?.value == .number("-353.99"))
        #expect(cells["C8"]?.numberFormat.code == "0.00")
        #expect(cells["C7"]?.formula == "C6/C5")
        #expect(cells["C7"]?.numberFormat.code == "0.0%")
        #expect(cells["C7"]?.value.numberText?.hasPrefix("0.97837") == true)
        #expect(cells["D7"]?.formula == "IF(C7>=0.9,\"达标\",\"未达标\")")
        #expect(cells["D7"]?.value == .text("达标"))
        #expect(cells["C9"]?.value == .number("42"))
        #expect(cells["D9"]?.value == .boolean(true))
        #expect(cells["B10"]?.value == .number("1151.03"))
        #expect(read.merges() == ["A1:F1", "B10:D12"])
    }

    @Test func cachedRatioKeepsSixteenDigits() throws {
        let folder = TestFolder()
        let url = folder.file("ratio.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "Sheet1")
        try sheet.writeFormula("C6/C5", cachedNumber: 1472.47 / 1505.02, row: 6, column: 2)
        try workbook.close()
        let text = try #require(try ReadBack(url).cells()["C7"]?.value.numberText)
        #expect(Double(text) == 1472.47 / 1505.02)
        #expect(text.hasPrefix("0.978372"))
    }

    @Test func awkwardTextSurvives() throws {
        let folder = TestFolder()
        let url = folder.file("text.xlsx")
        let texts = ["a\u{1}b\u{B}c\u{1F}d\te\nf\rg", "_x0041_ literal", "多行\n文本", "  leading and trailing  ",
                     "<tag> & \"quotes\" 'apostrophes'", "😀 emoji 表情", ""]
        for constantMemory in [false, true] {
            let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(overwrite: true,
                                                                                      constantMemory: constantMemory))
            let sheet = try workbook.addWorksheet(named: "文本")
            for (row, text) in texts.enumerated() {
                try sheet.writeText(text, row: row, column: 0)
                try sheet.writeFormula("\"x\"", cachedText: text, row: row, column: 1)
            }
            try workbook.close()
            let cells = try ReadBack(url).cells()
            for (row, text) in texts.enumerated() where !text.isEmpty {
                #expect(cells["A\(row + 1)"]?.value == .text(text), "constantMemory \(constantMemory), row \(row)")
                #expect(cells["B\(row + 1)"]?.value == .text(text), "constantMemory \(constantMemory), row \(row)")
            }
        }
    }

    @Test func numbersAreExactForAmountsAndExtremes() throws {
        let folder = TestFolder()
        let url = folder.file("numbers.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "数")
        let decimals = ["1505.02", "-353.99", "0.1", "0.000001", "123456789012.34", "-0.01", "100", "0"]
        for (row, text) in decimals.enumerated() {
            try sheet.writeNumber(Decimal(string: text)!, row: row, column: 0)
        }
        let doubles: [Double] = [0.1 + 0.2, 1e300, -Double.leastNonzeroMagnitude, 1.0 / 3]
        for (row, value) in doubles.enumerated() {
            try sheet.writeNumber(value, row: row, column: 1)
        }
        try workbook.close()
        let cells = try ReadBack(url).cells()
        for (row, text) in decimals.enumerated() {
            #expect(cells["A\(row + 1)"]?.value.asDecimal() == Decimal(string: text), "row \(row)")
        }
        for (row, value) in doubles.enumerated() {
            let stored = try #require(cells["B\(row + 1)"]?.value.asDouble())
            #expect(abs(stored - value) <= abs(value) * 1e-15, "row \(row): \(stored) vs \(value)")
        }
    }

    @Test func sheetsKeepTheirOrderAndNames() throws {
        let folder = TestFolder()
        let url = folder.file("sheets.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        for name in ["汇总", "黄浦区 2021", "It's (1)", "A"] {
            try workbook.addWorksheet(named: name)
        }
        #expect(workbook.worksheet(named: "a")?.name == "A")
        #expect(workbook.worksheet(named: "missing") == nil)
        try workbook.worksheet(named: "黄浦区 2021")?.writeText("x", row: 0, column: 0)
        try workbook.close()
        let read = try ReadBack(url)
        #expect(read.sheetNames == ["汇总", "黄浦区 2021", "It's (1)", "A"])
        #expect(read.cells(1)["A1"]?.value == .text("x"))
    }

    @Test func constantMemoryWritesRowsInOrder() throws {
        let folder = TestFolder()
        let url = folder.file("big.xlsx")
        let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(constantMemory: true))
        let sheet = try workbook.addWorksheet(named: "明细")
        for row in 0..<2_000 {
            try sheet.writeText("项目\(row)", row: row, column: 0)
            try sheet.writeNumber(Decimal(row) + Decimal(string: "0.25")!, row: row, column: 1,
                                  style: CellStyle(numberFormat: "0.00"))
        }
        let error = #expect(throws: XLSXWriterError.self) { try sheet.writeText("late", row: 5, column: 0) }
        #expect(error?.kind == .rowAlreadyWritten)
        #expect(error?.cell == "A6")
        try workbook.close()
        let cells = try ReadBack(url).cells()
        #expect(cells.count == 4_000)
        #expect(cells["B1500"]?.value == .number("1499.25"))
        #expect(cells["B1500"]?.numberFormat.code == "0.00")
    }

    @Test func equalStylesShareOneFormat() throws {
        let folder = TestFolder()
        let url = folder.file("styles.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "样式")
        for row in 0..<50 {
            // A new but equal value each time.
            let style = CellStyle(fontName: "宋体", fontSize: 11, borders: .all(.thin), numberFormat: "#,##0.00")
            try sheet.writeNumber(Double(row), row: row, column: 0, style: style)
            try sheet.writeText("项目", row: row, column: 1, style: CellStyle(fontName: "宋体", bold: true))
        }
        try workbook.close()
        let styles = try PackageParts.text("xl/styles.xml", in: url)
        // The default format plus the two styles.
        #expect(styles.contains("<cellXfs count=\"3\">"))
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/>")
                || styles.contains("numFmtId=\"4\""))
    }
}
