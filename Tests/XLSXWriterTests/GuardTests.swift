import JixiaoTestSupport
import Foundation
import Testing
import XLSXReader
@testable import XLSXWriter

/// Every guard against libxlsxwriter 1.1.4's pitfalls: the call throws a clear error, the process does not
/// abort, a workbook dropped after the error leaves no file (and no temporary file), and one closed after the
/// error is still a valid workbook without the refused content.
@Suite("Guards")
struct GuardTests {
    /// Runs `attempt` on a fresh sheet twice: once dropping the workbook, once closing it.
    @discardableResult
    func expectRefusal(_ kind: XLSXWriterError.Kind, sourceLocation: SourceLocation = #_sourceLocation,
                       _ attempt: (WorkbookWriter, WorksheetWriter) throws(XLSXWriterError) -> Void) throws -> XLSXWriterError? {
        var caught: XLSXWriterError?
        let folder = TestFolder()
        do {
            let workbook = try WorkbookWriter(writingTo: folder.file("dropped.xlsx"))
            let sheet = try workbook.addWorksheet(named: "表")
            try sheet.writeText("before", row: 0, column: 0)
            do throws(XLSXWriterError) { try attempt(workbook, sheet) } catch { caught = error }
        }
        #expect(caught?.kind == kind, "\(caught.map(String.init(describing:)) ?? "no error")", sourceLocation: sourceLocation)
        #expect(folder.contents == [], "left behind: \(folder.contents)", sourceLocation: sourceLocation)

        let closedURL = folder.file("closed.xlsx")
        let workbook = try WorkbookWriter(writingTo: closedURL)
        let sheet = try workbook.addWorksheet(named: "表")
        try sheet.writeText("before", row: 0, column: 0)
        var again: XLSXWriterError?
        do throws(XLSXWriterError) { try attempt(workbook, sheet) } catch { again = error }
        #expect(again?.kind == kind, sourceLocation: sourceLocation)
        if !workbook.isClosed {
            try workbook.close()
            let read = try ReadBack(closedURL)
            #expect(read.cells()["A1"]?.value == .text("before"), sourceLocation: sourceLocation)
            #expect(folder.contents == ["closed.xlsx"], sourceLocation: sourceLocation)
        }
        return caught
    }

    // MARK: - The guards the brief names

    @Test func longChineseNumberFormatIsRefused() throws {
        let code = String(repeating: "元", count: 66) + "0.00"   // 202 UTF-8 bytes
        let error = try expectRefusal(.numberFormatTooLong) { _, sheet throws(XLSXWriterError) in
            try sheet.writeNumber(1, row: 1, column: 0, style: CellStyle(numberFormat: code))
        }
        #expect(error?.sheet == "表")
        #expect(error?.cell == "A2")
        #expect(error?.detail?.contains("202") == true)
    }

    @Test func numberFormatAtTheLimitIsKept() throws {
        let folder = TestFolder()
        let url = folder.file("format.xlsx")
        let code = "0.00" + String(repeating: "\"元\"", count: 24) + "0"   // 4 + 120 + 1 = 125 bytes
        #expect(code.utf8.count <= ExcelLimits.numberFormatBytes)
        let workbook = try WorkbookWriter(writingTo: url)
        try workbook.addWorksheet(named: "表").writeNumber(1, row: 0, column: 0, style: CellStyle(numberFormat: code))
        try workbook.close()
        #expect(try ReadBack(url).cells()["A1"]?.numberFormat.code == code)
    }

    @Test func longValidationListIsRefusedWithoutAborting() throws {
        let items = (1...30).map { "评价等级\($0)" }   // 30 items of 13–14 bytes: over 300 bytes joined
        #expect(items.joined(separator: ",").utf8.count > 300)
        let error = try expectRefusal(.validationListTooLong) { _, sheet throws(XLSXWriterError) in
            try sheet.addValidation(DataValidation(.list(items)), to: CellRect("B2:B9")!)
        }
        #expect(error?.cell == "B2:B9")
    }

    @Test func validationListOfExactly255BytesIsWritten() throws {
        let folder = TestFolder()
        let url = folder.file("list.xlsx")
        let items = Array(repeating: String(repeating: "优", count: 20), count: 4)
            + [String(repeating: "良", count: 4) + "abc"]   // 4×60 + 15 + 4 commas = 259 → trim below
        let fitting = Array(items.prefix(4)) + ["abcdefghijk"]   // 240 + 11 + 4 = 255 bytes
        #expect(fitting.joined(separator: ",").utf8.count == 255)
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "表")
        try sheet.addValidation(DataValidation(.list(fitting)), to: CellRect("A1:A5")!)
        #expect(throws: XLSXWriterError.self) {
            try sheet.addValidation(DataValidation(.list(items)), to: CellRect("B1:B5")!)
        }
        try workbook.close()
        let xml = try PackageParts.text("xl/worksheets/sheet1.xml", in: url)
        #expect(xml.contains("<formula1>\"\(fitting.joined(separator: ","))\"</formula1>"))
    }

    @Test func rowBeyondTheGridIsRefused() throws {
        let error = try expectRefusal(.cellOutOfRange) { _, sheet throws(XLSXWriterError) in
            try sheet.writeNumber(1, row: 2_000_000, column: 0)
        }
        #expect(error?.cell == "A2000001")
        try expectRefusal(.cellOutOfRange) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("x", row: ExcelLimits.rowCount, column: 0)
        }
        try expectRefusal(.cellOutOfRange) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("x", row: -1, column: 0)
        }
    }

    @Test func columnBeyondTheGridIsRefused() throws {
        try expectRefusal(.cellOutOfRange) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("x", row: 0, column: 20_000)
        }
        try expectRefusal(.cellOutOfRange) { _, sheet throws(XLSXWriterError) in
            try sheet.mergeCells(CellRect(firstRow: 0, firstColumn: 16_000, lastRow: 1, lastColumn: 70_000))
        }
        try expectRefusal(.cellOutOfRange) { _, sheet throws(XLSXWriterError) in
            try sheet.setColumnWidth(10, columns: 0...Int(UInt16.max) + 1)
        }
    }

    @Test func nonFiniteNumbersAreRefused() throws {
        for value in [Double.nan, .infinity, -.infinity] {
            try expectRefusal(.nonFiniteNumber) { _, sheet throws(XLSXWriterError) in
                try sheet.writeNumber(value, row: 1, column: 0)
            }
            try expectRefusal(.nonFiniteNumber) { _, sheet throws(XLSXWriterError) in
                try sheet.writeFormula("A1*2", cachedNumber: value, row: 1, column: 0)
            }
        }
        try expectRefusal(.nonFiniteNumber) { _, sheet throws(XLSXWriterError) in
            try sheet.writeNumber(Decimal.nan, row: 1, column: 0)
        }
    }

    @Test func badSheetNamesAreRefused() throws {
        let names = ["", "汇总[1]", "a:b", "a*b", "a?b", "a/b", "a\\b", "'quoted'", "history", "tab\tname",
                     String(repeating: "表", count: 32)]
        for name in names {
            try expectRefusal(.invalidSheetName) { workbook, _ throws(XLSXWriterError) in
                try workbook.addWorksheet(named: name)
            }
        }
        let thirtyOne = String(repeating: "表", count: 31)
        let folder = TestFolder()
        let workbook = try WorkbookWriter(writingTo: folder.file("ok.xlsx"))
        try workbook.addWorksheet(named: thirtyOne)
        #expect(workbook.sheetNames == [thirtyOne])
    }

    @Test func duplicateSheetNamesAreRefusedIgnoringCase() throws {
        for (first, second) in [("汇总", "汇总"), ("Summary", "SUMMARY"), ("été", "ÉTÉ")] {
            let error = try expectRefusal(.duplicateSheetName) { workbook, _ throws(XLSXWriterError) in
                try workbook.addWorksheet(named: first)
                try workbook.addWorksheet(named: second)
            }
            #expect(error?.sheet == second)
        }
    }

    @Test func everyCallAfterCloseIsAnError() throws {
        let folder = TestFolder()
        let url = folder.file("closed.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "表")
        try sheet.writeText("kept", row: 0, column: 0)
        try workbook.close()
        #expect(workbook.isClosed)
        let before = try Data(contentsOf: url)
        let attempts: [(String, () throws -> Void)] = [
            ("writeText", { try sheet.writeText("x", row: 1, column: 0) }),
            ("writeNumber", { try sheet.writeNumber(1, row: 1, column: 0) }),
            ("writeFormula", { try sheet.writeFormula("A1", cachedNumber: 1, row: 1, column: 0) }),
            ("mergeCells", { try sheet.mergeCells(CellRect("A3:B3")!) }),
            ("addComment", { try sheet.addComment("x", row: 1, column: 0) }),
            ("setColumnWidth", { try sheet.setColumnWidth(10, columns: 0...0) }),
            ("freezePanes", { try sheet.freezePanes(row: 1, column: 0) }),
            ("setPrintSetup", { try sheet.setPrintSetup(PrintSetup()) }),
            ("addWorksheet", { try workbook.addWorksheet(named: "新") }),
            ("defineName", { try workbook.defineName("总额", refersTo: "=表!$A$1") }),
            ("setProperties", { try workbook.setProperties(DocumentProperties(title: "x")) }),
            ("close", { try workbook.close() }),
        ]
        for (label, attempt) in attempts {
            var caught: XLSXWriterError?
            do { try attempt() } catch { caught = error as? XLSXWriterError }
            #expect(caught?.kind == .workbookClosed, "\(label)")
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(folder.contents == ["closed.xlsx"])
    }

    // MARK: - The other guards

    @Test func textOverExcelsCellLimitIsRefusedNotCut() throws {
        // 20,000 emoji are 20,000 code points (libxlsxwriter's count) but 40,000 UTF-16 units (Excel's).
        let emoji = String(repeating: "😀", count: 20_000)
        let error = try expectRefusal(.textTooLong) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText(emoji, row: 1, column: 0)
        }
        #expect(error?.detail?.contains("40000") == true)
        try expectRefusal(.textTooLong) { _, sheet throws(XLSXWriterError) in
            try sheet.addComment(String(repeating: "注", count: 32_768), row: 1, column: 0)
        }
    }

    @Test func forbiddenCharactersAreRefusedWhereTheLibraryWritesThemRaw() throws {
        try expectRefusal(.forbiddenCharacter) { _, sheet throws(XLSXWriterError) in
            try sheet.addComment("批注\u{1}", row: 1, column: 0)
        }
        try expectRefusal(.forbiddenCharacter) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("nul\u{0}inside", row: 1, column: 0)
        }
        try expectRefusal(.forbiddenCharacter) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("not a character \u{FFFF}", row: 1, column: 0)
        }
        try expectRefusal(.forbiddenCharacter) { workbook, _ throws(XLSXWriterError) in
            try workbook.setProperties(DocumentProperties(title: "标题\u{1}"))
        }
        try expectRefusal(.forbiddenCharacter) { _, sheet throws(XLSXWriterError) in
            try sheet.writeFormula("\"a\u{2}\"", row: 1, column: 0)
        }
    }

    @Test func fontNamesAndStyleValuesAreChecked() throws {
        try expectRefusal(.fontNameTooLong) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("x", row: 1, column: 0, style: CellStyle(fontName: String(repeating: "宋", count: 43)))
        }
        try expectRefusal(.invalidStyle) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("x", row: 1, column: 0, style: CellStyle(fontSize: 1000))
        }
        try expectRefusal(.invalidStyle) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("x", row: 1, column: 0, style: CellStyle(indent: 16))
        }
        try expectRefusal(.invalidStyle) { _, sheet throws(XLSXWriterError) in
            try sheet.writeText("x", row: 1, column: 0, style: CellStyle(numberFormat: ""))
        }
    }

    @Test func overlappingAndSingleCellMergesAreRefused() throws {
        let error = try expectRefusal(.overlappingMerge) { _, sheet throws(XLSXWriterError) in
            try sheet.mergeCells(CellRect("A4:C5")!)
            try sheet.mergeCells(CellRect("B5:D6")!)
        }
        #expect(error?.detail?.contains("A4:C5") == true)
        try expectRefusal(.invalidMerge) { _, sheet throws(XLSXWriterError) in
            try sheet.mergeCells(CellRect("C3")!)
        }
    }

    @Test func definedNamesFollowExcelsRules() throws {
        for name in ["bad name", "A1", "TAX2021", "R1C1", "r", "1st", "总额(元)"] {
            try expectRefusal(.invalidDefinedName) { workbook, _ throws(XLSXWriterError) in
                try workbook.defineName(name, refersTo: "=表!$A$1")
            }
        }
        try expectRefusal(.invalidDefinedName) { workbook, _ throws(XLSXWriterError) in
            try workbook.defineName("预算总额", refersTo: "=表!$A$1")
            try workbook.defineName("预算总额", refersTo: "=表!$A$2")
        }
        try expectRefusal(.sheetNotFound) { workbook, _ throws(XLSXWriterError) in
            try workbook.defineName("预算总额", refersTo: "=表!$A$1", sheet: "没有")
        }
    }

    @Test func malformedFormulasAreRefused() throws {
        for formula in ["", "=", "SUM(A1:A3", "SUM(A1))", "SUM（A1:A3）", "\"open", "'sheet!A1"] {
            try expectRefusal(.invalidFormula) { _, sheet throws(XLSXWriterError) in
                try sheet.writeFormula(formula, cachedNumber: 0, row: 1, column: 0)
            }
        }
    }

    @Test func dimensionsAreChecked() throws {
        try expectRefusal(.invalidDimension) { _, sheet throws(XLSXWriterError) in
            try sheet.setColumnWidth(300, columns: 0...0)
        }
        try expectRefusal(.invalidDimension) { _, sheet throws(XLSXWriterError) in
            try sheet.setColumnWidth(-5, columns: 0...0)
        }
        try expectRefusal(.invalidDimension) { _, sheet throws(XLSXWriterError) in
            try sheet.setRowHeight(500, row: 0)
        }
        try expectRefusal(.invalidDimension) { _, sheet throws(XLSXWriterError) in
            try sheet.setPrintSetup(PrintSetup(margins: PrintSetup.Margins(left: -1, right: 0.5, top: 0.5, bottom: 0.5)))
        }
        try expectRefusal(.invalidDimension) { _, sheet throws(XLSXWriterError) in
            try sheet.addComment("x", row: 1, column: 0, options: CommentOptions(width: 0))
        }
    }

    @Test func hyperlinksAreChecked() throws {
        try expectRefusal(.invalidHyperlink) { _, sheet throws(XLSXWriterError) in
            try sheet.writeHyperlink(.web("javascript:alert(1)"), row: 1, column: 0)
        }
        try expectRefusal(.invalidHyperlink) { _, sheet throws(XLSXWriterError) in
            try sheet.writeHyperlink(.sheet("表", cell: "not a cell"), row: 1, column: 0)
        }
        try expectRefusal(.invalidHyperlink) { _, sheet throws(XLSXWriterError) in
            try sheet.writeHyperlink(.web("https://example.com/" + String(repeating: "a", count: 2_100)), row: 1, column: 0)
        }
        try expectRefusal(.textTooLong) { _, sheet throws(XLSXWriterError) in
            try sheet.writeHyperlink(.web("https://example.com/"), row: 1, column: 0,
                                     tooltip: String(repeating: "提", count: 256))
        }
    }

    @Test func validationInputsAreChecked() throws {
        for items in [[String](), ["优", ""], ["a,b"], ["say \"hi\""]] {
            try expectRefusal(.invalidValidation) { _, sheet throws(XLSXWriterError) in
                try sheet.addValidation(DataValidation(.list(items)), to: CellRect("A2:A3")!)
            }
        }
        try expectRefusal(.invalidValidation) { _, sheet throws(XLSXWriterError) in
            try sheet.addValidation(DataValidation(.decimalBetween(10, 1)), to: CellRect("A2:A3")!)
        }
        try expectRefusal(.textTooLong) { _, sheet throws(XLSXWriterError) in
            try sheet.addValidation(DataValidation(.decimalBetween(0, 100), inputTitle: String(repeating: "标", count: 33)),
                                    to: CellRect("A2:A3")!)
        }
    }

    @Test func chartsAreChecked() throws {
        let values = Chart.DataRange(sheet: "表", range: CellRect("B2:B5")!)
        try expectRefusal(.invalidChart) { _, sheet throws(XLSXWriterError) in
            try sheet.insertChart(Chart(.column, series: []), row: 1, column: 3)
        }
        try expectRefusal(.sheetNotFound) { _, sheet throws(XLSXWriterError) in
            let elsewhere = Chart.DataRange(sheet: "没有", range: CellRect("B2:B5")!)
            try sheet.insertChart(Chart(.column, series: [Chart.Series(values: elsewhere)]), row: 1, column: 3)
        }
        try expectRefusal(.invalidChart) { _, sheet throws(XLSXWriterError) in
            try sheet.insertChart(Chart(.bar, title: "=A1", series: [Chart.Series(values: values)]), row: 1, column: 3)
        }
        try expectRefusal(.numberFormatTooLong) { _, sheet throws(XLSXWriterError) in
            try sheet.insertChart(Chart(.bar, series: [Chart.Series(values: values)],
                                        valueAxisNumberFormat: String(repeating: "元", count: 50)), row: 1, column: 3)
        }
        try expectRefusal(.invalidChart) { _, sheet throws(XLSXWriterError) in
            try sheet.insertChart(Chart(.bar, series: [Chart.Series(values: values)], widthScale: 0), row: 1, column: 3)
        }
    }

    @Test func styleCountIsCapped() throws {
        let folder = TestFolder()
        let workbook = try WorkbookWriter(writingTo: folder.file("many.xlsx"))
        let sheet = try workbook.addWorksheet(named: "表")
        var caught: XLSXWriterError?
        // Distinct styles by font size (1.00, 1.01, ...): 64,000 are allowed, the next is refused.
        for index in 0...ExcelLimits.cellStyleCount where caught == nil {
            let style = CellStyle(fontSize: 1 + Double(index) / 200)
            do throws(XLSXWriterError) {
                try sheet.writeNumber(1, row: index % 1000, column: 0, style: style)
            } catch {
                caught = error
            }
        }
        #expect(caught?.kind == .tooManyStyles)
        #expect(workbook.formats.count == ExcelLimits.cellStyleCount)
    }
}
