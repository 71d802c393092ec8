import JixiaoTestSupport
import Foundation
import Testing
import XLSXReader
import XLSXWriter

/// Features our reader does not model, checked in the written package's XML.
@Suite("Sheet and workbook features")
struct FeatureTests {
    @Test func commentsCarryTextAuthorAndVisibility() throws {
        let folder = TestFolder()
        let url = folder.file("comments.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "表")
        try sheet.writeNumber(1, row: 4, column: 2)
        try sheet.addComment("与上年决算不一致\n请核对", row: 4, column: 2,
                             options: CommentOptions(author: "jixiao 检查", isVisible: true, width: 300, height: 100))
        try sheet.addComment("第二条", row: 5, column: 2)
        try workbook.close()

        let comments = try PackageParts.text("xl/comments1.xml", in: url)
        #expect(comments.contains("<author>jixiao 检查</author>"))
        #expect(comments.contains("与上年决算不一致"))
        #expect(comments.contains("请核对"))
        #expect(comments.contains("<comment ref=\"C5\""))
        #expect(comments.contains("<comment ref=\"C6\""))
        let drawing = try PackageParts.text("xl/drawings/vmlDrawing1.vml", in: url)
        #expect(drawing.contains("visibility:visible"))
        #expect(drawing.contains("width:225pt"))   // 300 px
    }

    @Test func hyperlinksOfEachKind() throws {
        let folder = TestFolder()
        let url = folder.file("links.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "汇总")
        try workbook.addWorksheet(named: "黄浦区 2021")
        try sheet.writeHyperlink(.web("https://www.mof.gov.cn/"), row: 0, column: 0, text: "财政部", tooltip: "打开网站")
        try sheet.writeHyperlink(.sheet("黄浦区 2021", cell: "C5"), row: 1, column: 0, text: "黄浦区")
        try sheet.writeHyperlink(.file("forms/黄浦区.xlsx", location: "'自评表'!A1"), row: 2, column: 0)
        try workbook.close()

        let cells = try ReadBack(url).cells()
        #expect(cells["A1"]?.value == .text("财政部"))
        #expect(cells["A2"]?.value == .text("黄浦区"))
        let xml = try PackageParts.text("xl/worksheets/sheet1.xml", in: url)
        #expect(xml.contains("location=\"'黄浦区 2021'!C5\""))
        #expect(xml.contains("tooltip=\"打开网站\""))
        let relationships = try PackageParts.text("xl/worksheets/_rels/sheet1.xml.rels", in: url)
        #expect(relationships.contains("Target=\"https://www.mof.gov.cn/\""))
        #expect(relationships.contains("黄浦区.xlsx"))
    }

    @Test func layoutAndPrintSetup() throws {
        let folder = TestFolder()
        let url = folder.file("layout.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "汇总")
        try sheet.setColumnWidth(36, columns: 0...0)
        try sheet.setColumnWidth(nil, columns: 3...4, hidden: true)
        try sheet.setRowHeight(30, row: 0)
        try sheet.setRowHeight(nil, row: 7, hidden: true)
        try sheet.freezePanes(row: 1, column: 1)
        try sheet.setAutofilter(CellRect("A1:F20")!)
        try sheet.setPrintSetup(PrintSetup(orientation: .landscape, fitToPagesWide: 1,
                                           margins: PrintSetup.Margins(left: 0.5, right: 0.5, top: 0.6, bottom: 0.6),
                                           repeatRows: 0...1, printArea: CellRect("A1:F20")!,
                                           centersHorizontally: true))
        try sheet.writeText("x", row: 0, column: 0)
        try workbook.close()

        let xml = try PackageParts.text("xl/worksheets/sheet1.xml", in: url)
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"36.7109375\" customWidth=\"1\"/>"))
        #expect(xml.contains("<col min=\"4\" max=\"5\" width=\"0\" hidden=\"1\" customWidth=\"1\"/>"))
        #expect(xml.contains("<row r=\"1\" spans=\"1:1\" ht=\"30\" customHeight=\"1\">"))
        #expect(xml.contains("<row r=\"8\" hidden=\"1\"/>"))
        #expect(xml.contains("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" state=\"frozen\"/>"))
        #expect(xml.contains("<autoFilter ref=\"A1:F20\"/>"))
        #expect(xml.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"))
        #expect(xml.contains("<printOptions horizontalCentered=\"1\"/>"))
        #expect(xml.contains("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\""))
        #expect(xml.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        let book = try PackageParts.text("xl/workbook.xml", in: url)
        #expect(book.contains("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'汇总'!$A$1:$F$20</definedName>"))
        #expect(book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'汇总'!$1:$2</definedName>"))
        #expect(book.contains("_xlnm._FilterDatabase"))
    }

    @Test func definedNamesAndDocumentProperties() throws {
        let folder = TestFolder()
        let url = folder.file("names.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        try workbook.addWorksheet(named: "汇总 2021")
        try workbook.defineName("预算总额", refersTo: "='汇总 2021'!$C$5")
        try workbook.defineName("汇率", refersTo: "=0.96", sheet: "汇总 2021")
        let created = Date(timeIntervalSince1970: 1_640_995_200)   // 2022-01-01T00:00:00Z
        try workbook.setProperties(DocumentProperties(title: "2021年度部门整体支出绩效自评表", author: "jixiao",
                                                      company: "黄浦区财政局", comments: "第一行\n第二行",
                                                      created: created))
        try workbook.close()

        let book = try PackageParts.text("xl/workbook.xml", in: url)
        #expect(book.contains("<definedName name=\"预算总额\">'汇总 2021'!$C$5</definedName>"))
        #expect(book.contains("<definedName name=\"汇率\" localSheetId=\"0\">0.96</definedName>"))
        let core = try PackageParts.text("docProps/core.xml", in: url)
        #expect(core.contains("<dc:title>2021年度部门整体支出绩效自评表</dc:title>"))
        #expect(core.contains("<dc:creator>jixiao</dc:creator>"))
        #expect(core.contains("<dc:description>第一行\n第二行</dc:description>"))
        #expect(core.contains("2022-01-01T00:00:00Z"))
        let app = try PackageParts.text("docProps/app.xml", in: url)
        #expect(app.contains("<Company>黄浦区财政局</Company>"))
    }

    @Test func dataValidation() throws {
        let folder = TestFolder()
        let url = folder.file("validation.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "表")
        try sheet.addValidation(DataValidation(.list(["优", "良", "中", "差"]), inputTitle: "评价等级",
                                               errorMessage: "请从下拉列表中选择"), to: CellRect("F5:F40")!)
        try sheet.addValidation(DataValidation(.decimalBetween(0, 100), errorStyle: .warning), to: CellRect("E5:E40")!)
        try sheet.addValidation(DataValidation(.wholeNumberBetween(1, 12)), to: CellRect("G5")!)
        try sheet.addValidation(DataValidation(.listFromRange("=$H$1:$H$4")), to: CellRect("I5:I9")!)
        try workbook.close()

        let xml = try PackageParts.text("xl/worksheets/sheet1.xml", in: url)
        #expect(xml.contains("<dataValidations count=\"4\">"))
        #expect(xml.contains("<formula1>\"优,良,中,差\"</formula1>"))
        #expect(xml.contains("promptTitle=\"评价等级\""))
        #expect(xml.contains("error=\"请从下拉列表中选择\""))
        #expect(xml.contains("type=\"decimal\" errorStyle=\"warning\""))
        #expect(xml.contains("<formula1>0</formula1><formula2>100</formula2>"))
        #expect(xml.contains("type=\"whole\""))
        #expect(xml.contains("<formula1>$H$1:$H$4</formula1>"))
    }

    @Test func columnAndBarCharts() throws {
        let folder = TestFolder()
        let url = folder.file("chart.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "It's 汇总")
        for row in 0..<5 {
            try sheet.writeText("部门\(row + 1)", row: row + 1, column: 0)
            try sheet.writeNumber(Double(80 + row), row: row + 1, column: 1)
            try sheet.writeNumber(Double(90 - row), row: row + 1, column: 2)
        }
        let categories = Chart.DataRange(sheet: "It's 汇总", range: CellRect("A2:A6")!)
        let series = [
            Chart.Series(name: "自评", categories: categories,
                         values: Chart.DataRange(sheet: "It's 汇总", range: CellRect("B2:B6")!)),
            Chart.Series(name: "复核", categories: categories,
                         values: Chart.DataRange(sheet: "it's 汇总", range: CellRect("C2:C6")!)),
        ]
        try sheet.insertChart(Chart(.column, title: "各部门得分", categoryAxisTitle: "部门", valueAxisTitle: "得分",
                                    series: series), row: 1, column: 4)
        try sheet.insertChart(Chart(.bar, title: "横向", categoryAxisTitle: "部门", valueAxisTitle: "得分",
                                    series: [series[0]], showsLegend: false, widthScale: 1.5,
                                    valueAxisNumberFormat: "0%"), row: 20, column: 4)
        try workbook.close()

        let column = try PackageParts.text("xl/charts/chart1.xml", in: url)
        #expect(column.contains("<c:barDir val=\"col\"/>"))
        #expect(column.contains("<c:f>'It''s 汇总'!$A$2:$A$6</c:f>"))
        #expect(column.contains("<c:f>'It''s 汇总'!$C$2:$C$6</c:f>"))
        #expect(column.contains("各部门得分"))
        #expect(column.contains("<c:v>自评</c:v>"))
        let bar = try PackageParts.text("xl/charts/chart2.xml", in: url)
        #expect(bar.contains("<c:barDir val=\"bar\"/>"))
        #expect(!bar.contains("<c:legend>"))
        #expect(bar.contains("<c:numFmt formatCode=\"0%\""))
        // In a bar chart the category axis is the vertical one.
        let categoryAxis = try #require(bar.range(of: "<c:catAx>").flatMap { start in
            bar.range(of: "</c:catAx>").map { String(bar[start.lowerBound..<$0.upperBound]) }
        })
        #expect(categoryAxis.contains("部门"))
        #expect(categoryAxis.contains("<c:axPos val=\"l\"/>"))
    }

    /// A bar chart read top-down (its category axis reversed, the value axis kept at the bottom), bars labelled
    /// with their values, the value axis from 0; a label format libxlsxwriter would cut is refused.
    @Test func barsTopDownWithValueLabels() throws {
        let folder = TestFolder()
        let url = folder.file("labels.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "图表")
        for row in 0..<3 {
            try sheet.writeText("部门\(row + 1)", row: row, column: 0)
            try sheet.writeNumber(0.5 + Double(row) / 10, row: row, column: 1)
        }
        let series = Chart.Series(categories: Chart.DataRange(sheet: "图表", range: CellRect("A1:A3")!),
                                  values: Chart.DataRange(sheet: "图表", range: CellRect("B1:B3")!), valueLabelFormat: "0.0%")
        try sheet.insertChart(Chart(.bar, series: [series], valueAxisMinimum: 0, categoriesTopDown: true, categoryLabelSize: 8),
                              row: 0, column: 3)
        var tooLong = series
        tooLong.valueLabelFormat = String(repeating: "0", count: 128)
        #expect(throws: XLSXWriterError.self) { try sheet.insertChart(Chart(.bar, series: [tooLong]), row: 20, column: 3) }
        try workbook.close()
        let bar = try PackageParts.text("xl/charts/chart1.xml", in: url)
        let categoryAxis = try #require(bar.range(of: "<c:catAx>").flatMap { start in
            bar.range(of: "</c:catAx>").map { String(bar[start.lowerBound..<$0.upperBound]) }
        })
        #expect(categoryAxis.contains("<c:orientation val=\"maxMin\"/>"))
        #expect(categoryAxis.contains("<a:defRPr sz=\"800\" b=\"0\" i=\"0\" baseline=\"0\"/>"))
        // The value axis crosses the reversed category axis at its last category: at the bottom.
        let valueAxis = try #require(bar.range(of: "<c:valAx>").flatMap { start in
            bar.range(of: "</c:valAx>").map { String(bar[start.lowerBound..<$0.upperBound]) }
        })
        #expect(valueAxis.contains("<c:crosses val=\"max\"/>"))
        #expect(bar.contains("<c:dLbls><c:numFmt formatCode=\"0.0%\" sourceLinked=\"0\"/>"))
        #expect(bar.contains("<c:showVal val=\"1\"/>"))
        #expect(bar.contains("<c:min val=\"0\"/>"))
        #expect(try PackageParts.names(in: url).filter { $0.hasPrefix("xl/charts/") } == ["xl/charts/chart1.xml"])
    }

    @Test func aCommentOnTheSameCellTwiceIsOneComment() throws {
        let folder = TestFolder()
        let url = folder.file("twice.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "表")
        try sheet.addComment("first", row: 0, column: 0)
        try sheet.addComment("second", row: 0, column: 0)
        try workbook.close()
        let comments = try PackageParts.text("xl/comments1.xml", in: url)
        #expect(comments.components(separatedBy: "<comment ref=\"A1\"").count == 2)
    }
}
