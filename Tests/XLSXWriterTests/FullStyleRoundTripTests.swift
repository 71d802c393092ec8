import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader
import XLSXWriter

/// The style, view and print features added for copying workbooks, written and read back by our reader.
@Suite("Full styles, views and print setup read back")
struct FullStyleRoundTripTests {
    @Test func everyStyleFeatureReadsBack() throws {
        let folder = TestFolder()
        let url = folder.file("styles.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "样式")
        var style = CellStyle(fontName: "宋体", fontSize: 12)
        style.underlineStyle = .doubleAccounting
        style.strikethrough = true
        style.fontScript = .superscript
        style.fontFamily = 3
        style.fontOutline = true
        style.fillPattern = .darkTrellis
        style.fillForeground = RGBColor(hex: "FF0000")
        style.fillBackground = RGBColor(hex: "00FF00")
        style.borders = CellStyle.Borders(left: CellStyle.Border(.dashDot, color: RGBColor(hex: "0000FF")),
                                          diagonal: CellStyle.Border(.thin, color: .red), diagonalUp: true,
                                          diagonalDown: true)
        style.rotation = -45
        style.readingOrder = 2
        style.locked = false
        style.formulaHidden = true
        style.numberFormatID = 31
        try sheet.writeNumber(44562, row: 0, column: 0, style: style)
        var stacked = CellStyle(horizontalAlignment: .centerAcrossSelection)
        stacked.rotation = 270
        stacked.fillColor = .yellow
        stacked.fillBackground = RGBColor(hex: "123456")
        try sheet.writeText("竖排", row: 1, column: 0, style: stacked)
        try workbook.close()

        let read = try Workbook(contentsOf: url)
        let cells = read.sheets[0].cells
        let first = read.format(of: cells[0])
        #expect(first.font.underline == .doubleAccounting)
        #expect(first.font.strike && first.font.outline)
        #expect(first.font.verticalAlign == "superscript")
        #expect(first.font.family == 3)
        #expect(first.fill.pattern == .darkTrellis)
        #expect(first.fill.foreground?.hexARGB == "FFFF0000")
        #expect(first.fill.background?.hexARGB == "FF00FF00")
        #expect(first.border.left.style == .dashDot && first.border.left.color?.hexARGB == "FF0000FF")
        #expect(first.border.diagonal.style == .thin && first.border.diagonalUp && first.border.diagonalDown)
        #expect(first.alignment.textRotation == 135)
        #expect(first.alignment.readingOrder == 2)
        #expect(first.protection == Protection(locked: false, hidden: true))
        #expect(first.numberFormat.id == 31)
        #expect(first.numberFormat.isDate)
        let second = read.format(of: cells[1])
        #expect(second.alignment.textRotation == 255)
        #expect(second.alignment.horizontal == .centerContinuous)
        #expect(second.fill.pattern == .solid)
        #expect(second.fill.foreground?.hexARGB == "FFFFFF00")
        #expect(second.fill.background?.hexARGB == "FF123456")
    }

    @Test func viewAndPrintSetupReadBack() throws {
        let folder = TestFolder()
        let url = folder.file("page.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        _ = try workbook.addWorksheet(named: "封面")
        let sheet = try workbook.addWorksheet(named: "自评表")
        let hidden = try workbook.addWorksheet(named: "参数")
        try sheet.writeText("x", row: 0, column: 0)
        try sheet.setDefaultRowHeight(18)
        try sheet.setRowHeight(15, row: 5, hidden: true, outlineLevel: 2)
        try sheet.setColumnWidth(12, columns: 1...2, outlineLevel: 1, collapsed: true)
        try sheet.setView(ViewSetup(zoom: 85, showsGridlines: false, showsZeros: false, tabColor: .red,
                                    frozen: .init(row: 3, column: 1), selection: CellRect("C8")))
        var setup = PrintSetup(paper: .code(11), orientation: .landscape,
                               margins: .init(left: 0.5, right: 0.5, top: 1, bottom: 1, header: 0.4, footer: 0.2),
                               printArea: CellRect("A1:F20"))
        setup.scale = 85
        setup.header = "&C第 &P 页"
        setup.footer = "&R&D"
        setup.firstPageNumber = 3
        setup.overThenDown = true
        setup.printsGridlines = true
        setup.printsHeadings = true
        setup.rowBreaks = [20, 40]
        setup.columnBreaks = [4]
        setup.repeatColumns = 0...1
        try sheet.setPrintSetup(setup)
        try sheet.protect()
        try sheet.activate()
        try hidden.hide()
        try workbook.close()

        let read = try Workbook(contentsOf: url)
        #expect(read.sheets.map(\.state) == [.visible, .visible, .hidden])
        let layout = read.sheets[1].layout
        #expect(layout.defaultRowHeight == 18)
        #expect(layout.rowInfo(5)?.height == 15 && layout.rowInfo(5)?.hidden == true && layout.rowInfo(5)?.outlineLevel == 2)
        #expect(layout.columns.first?.outlineLevel == 1 && layout.columns.first?.collapsed == true)
        let view = try #require(layout.views.first)
        #expect(view.tabSelected && view.zoomScale == 85 && !view.showGridLines && !view.showZeros)
        #expect(view.pane?.isFrozen == true && view.pane?.ySplit == 3 && view.pane?.xSplit == 1)
        #expect(view.activeCell?.description == "C8")
        #expect(layout.tabColor?.hexARGB == "FFFF0000")
        let printed = layout.printSetup
        #expect(printed.paperSize == 11 && printed.orientation == "landscape" && printed.scale == 85)
        #expect(printed.margins == PageMargins(left: 0.5, right: 0.5, top: 1, bottom: 1, header: 0.4, footer: 0.2))
        #expect(printed.headerFooter?.oddHeader == "&C第 &P 页" && printed.headerFooter?.oddFooter == "&R&D")
        #expect(printed.useFirstPageNumber && printed.firstPageNumber == 3)
        #expect(printed.pageOrder == "overThenDown" && printed.printGridLines && printed.printHeadings)
        #expect(printed.rowBreaks == [20, 40] && printed.columnBreaks == [4])
        #expect(printed.printArea.map(\.description) == ["A1:F20"] && printed.titleColumns == 0...1)
        #expect(layout.isProtected)
    }

    @Test func statedValidationsReadBackAsWritten() throws {
        let folder = TestFolder()
        let url = folder.file("rules.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "规则")
        try sheet.addValidation(DataValidation(.stated(.list, .between, "\"优,良,中,差\"", nil)), to: CellRect("A1:A9")!)
        var length = DataValidation(.stated(.textLength, .lessThanOrEqual, "10", nil), errorStyle: .information)
        length.showsErrorMessage = false
        try sheet.addValidation(length, to: CellRect("B1")!)
        try sheet.addValidation(DataValidation(.stated(.date, .between, "DATE(2021,1,1)", "DATE(2021,12,31)")),
                                to: CellRect("C1")!)
        try sheet.addValidation(DataValidation(.stated(.custom, .between, "ISNUMBER(D1)", nil)), to: CellRect("D1")!)
        #expect(throws: XLSXWriterError.self) {
            try sheet.addValidation(DataValidation(.stated(.whole, .between, "1", nil)), to: CellRect("E1")!)
        }
        try workbook.close()
        let rules = try Workbook(contentsOf: url).sheets[0].layout.dataValidations
        #expect(rules.map(\.type) == ["list", "textLength", "date", "custom"])
        #expect(rules.map(\.formula1) == ["\"优,良,中,差\"", "10", "DATE(2021,1,1)", "ISNUMBER(D1)"])
        #expect(rules[1].operator == "lessThanOrEqual" && rules[1].errorStyle == "information" && !rules[1].showErrorMessage)
        #expect(rules[2].formula2 == "DATE(2021,12,31)")
    }
}
