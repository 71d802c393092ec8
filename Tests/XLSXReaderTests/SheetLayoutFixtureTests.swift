import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// Each sheet's layout read from files made by XlsxWriter, openpyxl, LibreOffice and by hand
/// (`Tests/Fixtures/sheet-layout/make_sheet_layouts.py`), every value as the file states it.
@Suite("Sheet layout from real producers")
struct SheetLayoutFixtureTests {
    static func workbook(_ name: String) throws -> Workbook {
        try Workbook(contentsOf: Fixtures.root.appendingPathComponent("sheet-layout/\(name).xlsx"))
    }

    @Test func xlsxWriter() throws {
        let workbook = try Self.workbook("xlsxwriter")
        let layout = workbook.sheets[0].layout
        #expect(layout.columns == [
            ColumnInfo(firstColumn: 0, lastColumn: 0, width: 30.7109375, customWidth: true),
            ColumnInfo(firstColumn: 1, lastColumn: 2, width: 13.28515625, customWidth: true),
            ColumnInfo(firstColumn: 4, lastColumn: 4, width: 0, customWidth: true, hidden: true),
        ])
        #expect(layout.rows == [
            RowInfo(row: 0, height: 39.75, customHeight: true),
            RowInfo(row: 2, height: 18, customHeight: true),
            RowInfo(row: 5, height: 15, customHeight: true, hidden: true),
        ])
        #expect(layout.isRowHidden(5) && !layout.isRowHidden(4) && layout.isColumnHidden(4) && !layout.isColumnHidden(3))
        #expect(layout.defaultRowHeight == 18 && layout.customDefaultRowHeight && layout.defaultColumnWidth == nil)
        let view = try #require(layout.views.first)
        #expect(view.tabSelected && view.zoomScale == 85 && view.zoomScaleNormal == 85 && !view.showGridLines)
        #expect(view.pane == SheetPane(xSplit: 1, ySplit: 3, topLeftCell: CellReference("B4"),
                                       activePane: "bottomRight", state: "frozen"))
        #expect(view.pane?.isFrozen == true)
        #expect(view.selections.map(\.pane) == ["topRight", "bottomLeft", "bottomRight"])
        #expect(view.selections[1] == SheetSelection(pane: "bottomLeft", activeCell: CellReference("A4"),
                                                     ranges: [CellRange("A4")!]))
        #expect(view.activeCell == nil)   // the bottom-right pane's selection names no cell
        #expect(layout.tabColor == Color(rgb: 0xFFFF_0000))
        let setup = layout.printSetup
        #expect(setup.orientation == "landscape" && setup.paperSize == 9 && setup.fitToPage)
        #expect(setup.fitToWidth == nil && setup.fitToHeight == 0 && setup.scale == nil)
        #expect(setup.margins == PageMargins(left: 0.5, right: 0.4, top: 1, bottom: 0.9, header: 0.3, footer: 0.3))
        #expect(setup.headerFooter == HeaderFooter(oddHeader: "&C部门整体支出绩效自评表", oddFooter: "&C第 &P 页，共 &N 页"))
        #expect(setup.rowBreaks == [10] && setup.columnBreaks.isEmpty)
        #expect(setup.printArea == [CellRange("A1:F20")!])
        #expect(setup.titleRows == 0...2 && setup.titleColumns == 0...0)
        #expect(layout.dataValidations == [
            DataValidation(type: "list", allowBlank: true, showInputMessage: true, showErrorMessage: true,
                           promptTitle: "请选择", prompt: "是或否", errorTitle: "输入有误", error: "只能填是或否",
                           formula1: "\"是,否\"", ranges: [CellRange("D5:D9")!]),
            DataValidation(type: "decimal", allowBlank: true, showInputMessage: true, showErrorMessage: true,
                           errorStyle: "warning", formula1: "0", formula2: "100", ranges: [CellRange("B5:B9")!]),
        ])
        #expect(layout.comments == [Comment(cell: CellReference("B3")!, author: "财政局", text: "请核对预算数")])
        #expect(layout.autoFilter == CellRange("A2:C9") && layout.isProtected)
        #expect(workbook.definedNames.map(\.name) == ["_xlnm._FilterDatabase", "_xlnm.Print_Area", "_xlnm.Print_Titles"])
        #expect(workbook.definedNames[2] == DefinedName(name: "_xlnm.Print_Titles", sheetIndex: 0,
                                                        text: "自评表!$A:$A,自评表!$1:$3"))
        // The second sheet has none of it.
        let other = workbook.sheets[1].layout
        #expect(other.columns.isEmpty && other.rows.isEmpty && other.comments.isEmpty && other.printSetup.printArea.isEmpty)
        #expect(other.views == [SheetView()])
    }

    @Test func openpyxl() throws {
        let workbook = try Self.workbook("openpyxl")
        let layout = workbook.sheets[0].layout
        #expect(workbook.sheets[0].name == "It's 表")
        #expect(layout.columns == [
            ColumnInfo(firstColumn: 0, lastColumn: 0, width: 25.5, customWidth: true),
            ColumnInfo(firstColumn: 2, lastColumn: 2, width: 13, customWidth: true, hidden: true),
        ])
        #expect(layout.rows == [RowInfo(row: 1, height: 33, customHeight: true), RowInfo(row: 3, hidden: true)])
        #expect(layout.baseColumnWidth == 8 && layout.defaultRowHeight == 16.5)
        let view = try #require(layout.views.first)
        #expect(view.zoomScale == 120 && !view.showGridLines && !view.tabSelected)
        #expect(view.pane?.topLeftCell == CellReference("B2") && view.pane?.ySplit == 1)
        #expect(view.activeCell == CellReference("A1"))
        #expect(layout.tabColor?.source == .rgb(0xFF00_B050))
        let setup = layout.printSetup
        #expect(setup.fitToPage && setup.fitToWidth == 1 && setup.fitToHeight == 2)
        #expect(setup.printGridLines && setup.horizontalCentered && !setup.verticalCentered && !setup.printHeadings)
        #expect(setup.margins == PageMargins(left: 0.25, right: 0.75, top: 1, bottom: 1, header: 0.1, footer: 0.5))
        // openpyxl writes empty even and first texts: they are kept as the file states them.
        #expect(setup.headerFooter == HeaderFooter(oddHeader: "&C页眉", oddFooter: "&R&P", evenHeader: "",
                                                   evenFooter: "", firstHeader: "", firstFooter: ""))
        #expect(setup.printArea == [CellRange("A1:D30")!] && setup.titleRows == 0...1 && setup.titleColumns == nil)
        #expect(setup.rowBreaks == [20])
        #expect(layout.dataValidations == [
            DataValidation(type: "whole", operator: "greaterThan", showErrorMessage: true, errorTitle: "有误",
                           error: "须为正整数", formula1: "0", ranges: [CellRange("C5:C9")!, CellRange("E5")!]),
        ])
        #expect(layout.comments.map(\.cell) == [CellReference("B3")!])
        #expect(layout.comments.first?.author == "审核人" && layout.comments.first?.text == "核对")
        #expect(!layout.isProtected && layout.autoFilter == nil)
    }

    @Test func libreOffice() throws {
        let workbook = try Self.workbook("libreoffice")
        let layout = workbook.sheets[0].layout
        // LibreOffice rounds widths to its own units and restates every default.
        #expect(layout.columns == [
            ColumnInfo(firstColumn: 0, lastColumn: 0, width: 30.72, customWidth: true, style: 0),
            ColumnInfo(firstColumn: 1, lastColumn: 2, width: 13.29, customWidth: true, style: 0),
            ColumnInfo(firstColumn: 4, lastColumn: 4, width: 9.14, customWidth: true, hidden: true, style: 0),
        ])
        #expect(layout.rows == [
            RowInfo(row: 0, height: 39.75, customHeight: true),
            RowInfo(row: 2, height: 18, customHeight: true),
            RowInfo(row: 5, height: 15, customHeight: true, hidden: true),
        ])
        #expect(layout.defaultColumnWidth == 8.5390625 && layout.defaultRowHeight == 18)
        let setup = layout.printSetup
        #expect(setup.orientation == "landscape" && setup.paperSize == 9 && setup.scale == 100)
        #expect(setup.fitToPage && setup.fitToWidth == 1 && setup.fitToHeight == 0 && setup.copies == 1)
        #expect(setup.pageOrder == "downThenOver" && setup.cellComments == "none" && setup.horizontalDpi == 300)
        #expect(setup.headerFooter?.oddFooter == "&C第 &P 页，共 &N 页" && setup.headerFooter?.differentFirst == false)
        #expect(setup.printArea == [CellRange("A1:F20")!] && setup.titleRows == 0...2 && setup.titleColumns == 0...0)
        #expect(setup.rowBreaks == [10])
        #expect(layout.dataValidations.map(\.formula1) == ["\"是,否\"", "0"])
        #expect(layout.dataValidations.map(\.errorStyle) == ["stop", "warning"])
        #expect(layout.comments.map(\.text) == ["请核对预算数"])
        #expect(layout.isProtected && layout.autoFilter == CellRange("A2:C9"))
        let view = try #require(layout.views.first)
        #expect(view.view == "normal" && view.topLeftCell == CellReference("A1") && view.activeCell == CellReference("A1"))
    }

    @Test func handWrittenPackage() throws {
        let workbook = try Self.workbook("hand")
        let data = workbook.sheets[0].layout
        #expect(data.tabColor?.source == .theme(4) && data.tabColor?.tint == 0.39997558519241921)
        #expect(data.baseColumnWidth == 10 && data.defaultColumnWidth == 9.140625 && data.defaultRowHeight == 15)
        #expect(data.rowsHiddenByDefault)
        // Rows hidden by default: every row present is recorded, the others are hidden.
        #expect(data.rows == [
            RowInfo(row: 0),
            RowInfo(row: 1, height: 21.75, customHeight: true, style: 5, customFormat: true),
            RowInfo(row: 3, hidden: true, outlineLevel: 2),
        ])
        #expect(!data.isRowHidden(0) && data.isRowHidden(2) && data.isRowHidden(3) && data.isRowHidden(99))
        #expect(data.columns == [ColumnInfo(firstColumn: 0, lastColumn: 0, width: 8.7109375, bestFit: true, style: 3,
                                            outlineLevel: 1, collapsed: true)])
        let view = try #require(data.views.first)
        #expect(view.rightToLeft && view.view == "pageBreakPreview" && view.zoomScale == nil && view.zoomScaleNormal == 90)
        #expect(view.pane == SheetPane(xSplit: 2400, ySplit: 1200, topLeftCell: CellReference("C4"),
                                       activePane: "bottomRight"))
        #expect(view.pane?.isFrozen == false)
        #expect(view.activeCell == CellReference("D7"))
        #expect(view.selections.last?.ranges == [CellRange("D7:E8")!, CellRange("G2")!])
        // The custom view's own print setup, pane and header are not the sheet's.
        let setup = data.printSetup
        #expect(setup.margins == PageMargins(left: 0.75, right: 0.75, top: 1, bottom: 1, header: 0.5, footer: 0.5))
        #expect(setup == PrintSetup(orientation: "portrait", paperSize: 8, scale: 75, firstPageNumber: 3,
                                    useFirstPageNumber: true, pageOrder: "overThenDown", blackAndWhite: true,
                                    draft: true, cellComments: "atEnd", errors: "dash", horizontalDpi: 600,
                                    verticalDpi: 300, copies: 2, printHeadings: true, verticalCentered: true,
                                    margins: setup.margins,
                                    headerFooter: HeaderFooter(oddHeader: "&L奇数页", evenHeader: "&R偶数页",
                                                               firstFooter: "&C首页 &P", differentOddEven: true,
                                                               differentFirst: true, scaleWithDocument: false),
                                    rowBreaks: [5, 12], columnBreaks: [3]))
        #expect(data.dataValidations == [
            DataValidation(type: "list", allowBlank: true, showInputMessage: true, showErrorMessage: true,
                           formula1: "'O''Brien''s'!$A$1:$A$3", ranges: [CellRange("B2:B9")!]),
        ])
        #expect(data.comments == [
            Comment(cell: CellReference("A2")!, author: "Li A", text: "Li A:\n请核对"),
            Comment(cell: CellReference("B4")!, author: "张三", text: "plain"),
            Comment(cell: CellReference("C1")!, author: nil, text: "no such author"),
        ])

        let quoted = workbook.sheets[1].layout
        #expect(workbook.sheets[1].name == "O'Brien's")
        #expect(quoted.printSetup.printArea == [CellRange("A1:C10")!, CellRange("E1:F4")!])
        #expect(quoted.printSetup.titleColumns == 1...2 && quoted.printSetup.titleRows == 1...2)
        #expect(quoted.printSetup.orientation == "landscape" && quoted.printSetup.fitToWidth == 2
                && quoted.printSetup.fitToHeight == 0 && !quoted.printSetup.fitToPage)
        #expect(quoted.columns == [
            ColumnInfo(firstColumn: 1, lastColumn: 3, width: 0, customWidth: true, hidden: true),
            ColumnInfo(firstColumn: 5, lastColumn: 16383, width: 5),
        ])
        #expect(quoted.rows == [RowInfo(row: 1, height: 40)])
        let view2 = try #require(quoted.views.first)
        #expect(view2.tabSelected && !view2.showRowColHeaders && !view2.showZeros && view2.zoomScale == 200)
        #expect(view2.zoomScalePageLayoutView == 60 && view2.zoomScaleSheetLayoutView == 70)
        #expect(view2.topLeftCell == CellReference("B2") && view2.pane?.state == "frozenSplit" && view2.pane?.isFrozen == true)
        #expect(view2.selections == [SheetSelection(pane: "bottomRight", activeCell: CellReference("B4"), activeCellID: 0,
                                                    ranges: [CellRange("B4")!])])
        #expect(quoted.isProtected && quoted.autoFilter == CellRange("A1:C3"))
        #expect(quoted.dataValidations == [
            DataValidation(type: "textLength", operator: "lessThanOrEqual", showDropDown: true, errorStyle: "information",
                           promptTitle: "提示", prompt: "不超过 10 字", formula1: "10", formula2: "20",
                           ranges: [CellRange("A1:A3")!, CellRange("C1")!]),
        ])
        #expect(workbook.definedNames == [
            DefinedName(name: "_xlnm.Print_Area", sheetIndex: 1,
                        text: "'O''Brien''s'!$A$1:$C$10,'O''Brien''s'!$E$1:$F$4"),
            DefinedName(name: "_xlnm.Print_Titles", sheetIndex: 1, text: "'O''Brien''s'!$B:$C,'O''Brien''s'!$2:$3"),
            DefinedName(name: "Budget", text: "Data!$B$3"),
            DefinedName(name: "_xlnm._FilterDatabase", sheetIndex: 0, text: "Data!$A$1:$B$4", hidden: true),
        ])
    }

    @Test func layoutWithoutCellsMatchesTheWholeRead() throws {
        let url = Fixtures.root.appendingPathComponent("sheet-layout/hand.xlsx")
        let reader = try WorkbookReader(contentsOf: url)
        let whole = try Workbook(reading: reader)
        for index in reader.sheets.indices {
            #expect(try reader.layout(ofSheetAt: index) == whole.sheets[index].layout)
        }
    }
}
