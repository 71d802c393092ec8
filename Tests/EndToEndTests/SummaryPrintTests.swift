import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// The summary workbook as an officer compares and prints it (issue 14): amounts in one unit, 预算完成率 stated
/// and computed, warnings-only rows marked, every sheet set up for A4 landscape one page wide with its header
/// repeated, the chart drawn top to bottom with value labels (a band chart and the lowest units for a large
/// round), and links that resolve beside the folder or name their file when they cannot.
@Suite("jixiao validate --summary prints and compares (end to end)")
struct SummaryPrintTests {
    /// `validate returned --summary 汇总.xlsx` over copies of fixtures in `returned/`, plus `extra` arguments.
    private static func run(_ sources: [String], extra: [String] = [], folder: TestFolder) throws -> (CommandResult, Workbook) {
        let returned = folder.file("returned")
        try FileManager.default.createDirectory(at: returned, withIntermediateDirectories: true)
        for source in sources {
            try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent(source),
                                             to: returned.appendingPathComponent((source as NSString).lastPathComponent))
        }
        let result = try CommandRunner.run(["validate", "returned", "--summary", "汇总.xlsx", "--force", "--quiet"] + extra, in: folder.url)
        return (result, try Workbook(contentsOf: folder.file("汇总.xlsx")))
    }

    /// A sheet's cells by A1 reference.
    private static func cells(_ sheet: Sheet) -> [String: Cell] {
        Dictionary(sheet.cells.map { ($0.reference.description, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The column (0-based) whose header is `header` on a sheet's first row.
    private static func column(_ header: String, in sheet: Sheet) -> Int? {
        sheet.cells.first { $0.row == 0 && $0.value == .text(header) }?.column
    }

    private static func value(_ sheet: Sheet, row: Int, header: String) -> CellValue? {
        guard let column = column(header, in: sheet) else { return nil }
        return sheet.cells.first { $0.row == row && $0.column == column }?.value ?? .empty
    }

    @Test func everySheetPrintsA4LandscapeOnePageWideWithItsHeaderRepeated() throws {
        let folder = TestFolder()
        let (result, _) = try Self.run(["forms/huangpu-2021.xlsx", "forms/panyu-2021.xlsx"], folder: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = folder.file("汇总.xlsx")
        for index in 1...3 {
            let sheet = try PackageParts.text("xl/worksheets/sheet\(index).xml", in: summary)
            #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"), "sheet \(index)")
            // paperSize 9 is A4; fitToWidth defaults to 1, fitToHeight 0 is as many pages tall as needed.
            #expect(sheet.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"), "sheet \(index)")
        }
        let workbook = try PackageParts.text("xl/workbook.xml", in: summary)
        for (index, name) in ["汇总", "问题清单", "图表"].enumerated() {
            #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'\(name)'!$1:$1</definedName>"))
        }
    }

    @Test func amountsInOneUnitWithTheFormsOwnNotedAndBothRates() throws {
        let folder = TestFolder()
        let (result, workbook) = try Self.run(["forms/huangpu-2021.xlsx"], extra: ["--summary-unit", "元"], folder: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let sheet = workbook.sheets[0]
        // Huangpu states 万元: in a summary in 元 its amounts are ×10,000, exactly, and its unit is noted.
        #expect(Self.value(sheet, row: 1, header: "年度预算数（元）")?.asDecimal() == Decimal(string: "15050200"))
        #expect(Self.value(sheet, row: 1, header: "年初预算数（元）")?.asDecimal() == Decimal(string: "18590100"))
        #expect(Self.value(sheet, row: 1, header: "实际支出数（元）")?.asDecimal() == Decimal(string: "14724600"))
        #expect(Self.value(sheet, row: 1, header: "原单位") == .text("万元"))
        // As stated (97.8%) and as 1472.46 ÷ 1505.02 works out (97.84%): the two differ, and both are there.
        #expect(Self.value(sheet, row: 1, header: "预算完成率（填报）")?.asDouble() == 0.978)
        #expect(Self.value(sheet, row: 1, header: "预算完成率（计算）")?.asDouble() == 0.9784)
        // Every amount of the column shows two decimals with separators, whatever the form showed.
        let dump = try CommandRunner.run(["cells", "汇总.xlsx"], in: folder.url)
        #expect(dump.stdout.contains("F2      n  15050200   [#,##0.00]"))

        // The default is 万元, where Huangpu's own unit is the summary's: nothing to note.
        let (_, inTenThousands) = try Self.run([], folder: folder)
        #expect(Self.value(inTenThousands.sheets[0], row: 1, header: "年度预算数（万元）")?.asDouble() == 1505.02)
        #expect(Self.value(inTenThousands.sheets[0], row: 1, header: "原单位") == .empty)

        let refused = try CommandRunner.run(["validate", "returned", "--summary", "s.xlsx", "--summary-unit", "千元"],
                                            in: folder.url)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("错误：--summary-unit <summary-unit> 的取值「千元」无效；可选：元、万元\n"))
    }

    @Test func rowsWithOnlyWarningsAreMarkedApartFromErrorsAndUnreadable() throws {
        let folder = TestFolder()
        // Huangpu has warnings only; wrong-rates errors; panyu nothing; truncated cannot be read.
        let (_, workbook) = try Self.run(["forms/huangpu-2021.xlsx", "variants/wrong-rates.openpyxl.xlsx",
                                          "forms/panyu-2021.xlsx", "hostile/truncated.xlsx"], folder: folder)
        let sheet = workbook.sheets[0]
        let statuses = (1...4).map { Self.value(sheet, row: $0, header: "状态") }
        #expect(statuses == [.text("仅有警告"), .text("通过"), .text("无法读取"), .text("有问题")])
        let xml = try PackageParts.text("xl/worksheets/sheet1.xml", in: folder.file("汇总.xlsx"))
        let styles = (2...5).map { row in Self.style(of: "A\(row)", in: xml) }
        #expect(Set(styles).count == 4, "\(styles)")
        let stylesXML = try PackageParts.text("xl/styles.xml", in: folder.file("汇总.xlsx"))
        #expect(stylesXML.contains("FFFFF2CC"))
        // The unreadable file's reason: Chinese first, the technical detail after it.
        let note = Self.value(sheet, row: 3, header: "说明")?.text ?? ""
        #expect(note.hasPrefix("文件已损坏或不完整"))
        #expect(note.hasSuffix("[详情: libzip: no central directory (truncated?)]"))
    }

    @Test func theChartRunsTopDownWithValueLabelsFromTheComputedRate() throws {
        let folder = TestFolder()
        _ = try Self.run(["forms/huangpu-2021.xlsx", "variants/wrong-rates.openpyxl.xlsx", "forms/panyu-2021.xlsx"],
                         folder: folder)
        let chart = try PackageParts.text("xl/charts/chart1.xml", in: folder.file("汇总.xlsx"))
        #expect(chart.contains("<c:barDir val=\"bar\"/>"))
        // The category axis reversed (first row at the top), the value axis crossing at its end (kept below).
        #expect(chart.contains("<c:orientation val=\"maxMin\"/>"))
        #expect(chart.contains("<c:crosses val=\"max\"/>"))
        #expect(chart.contains("<c:min val=\"0\"/>"))
        #expect(chart.contains("<c:dLbls>"))
        #expect(chart.contains("<c:showVal val=\"1\"/>"))
        #expect(chart.contains("<c:numFmt formatCode=\"0.0%\" sourceLinked=\"0\"/>"))
        #expect(chart.contains("<c:f>'图表'!$A$2:$A$4</c:f>"))
        #expect(chart.contains("<c:f>'图表'!$B$2:$B$4</c:f>"))
        #expect(try PackageParts.names(in: folder.file("汇总.xlsx")).filter { $0.hasPrefix("xl/charts/") }.count == 1)
    }

    /// A round above the layout's 40 units: a chart of units per 完成率 band and one of the 20 lowest.
    @Test func aLargeRoundGetsABandChartAndTheLowestUnits() throws {
        let folder = TestFolder()
        // 45 units of 1,000 万元 each, spending 500, 700, 850, 950, 1,000 and 1,100 in turn.
        let spending = [500, 700, 850, 950, 1000, 1100]
        var csv = "部门名称,年度,整体支出年度预算数,整体支出年初预算数,实际支出数\n"
        for index in 0..<45 { csv += "测试局\(String(format: "%02d", index)),2022,1000,1000,\(spending[index % 6])\n" }
        try Data(csv.utf8).write(to: folder.file("units.csv"))
        let filled = try CommandRunner.run(["fill", "--data", "units.csv", "--out", "returned"], in: folder.url)
        #expect(filled.status == 0, "\(filled.stderr)")
        _ = try CommandRunner.run(["validate", "returned", "--summary", "汇总.xlsx", "--quiet"], in: folder.url)
        let url = folder.file("汇总.xlsx")
        let charts = try PackageParts.names(in: url).filter { $0.hasPrefix("xl/charts/") }.sorted()
        #expect(charts == ["xl/charts/chart1.xml", "xl/charts/chart2.xml"])
        let sheet = try Workbook(contentsOf: url).sheets[2]
        let cells = Self.cells(sheet)
        // The data (45 rows), a blank row, the band table: < 60% (8), 60–80% (8), 80–90% (8), 90–100% with 100%
        // itself (7 + 7), > 100% (7).
        #expect(cells["A48"]?.value == .text("完成率区间"))
        let bands = (49...53).map { (cells["A\($0)"]?.value, cells["B\($0)"]?.value.asDecimal()) }
        #expect(bands.map(\.0) == ["低于60%", "60%–80%", "80%–90%", "90%–100%", "高于100%"].map(CellValue.text))
        #expect(bands.map(\.1) == [8, 8, 8, 14, 7])
        #expect(cells["A54"] == nil)
        let bandChart = try PackageParts.text(charts[0], in: url)
        #expect(bandChart.contains("<c:barDir val=\"col\"/>"))
        #expect(bandChart.contains("<c:f>'图表'!$B$49:$B$53</c:f>"))
        #expect(bandChart.contains("<c:showVal val=\"1\"/>"))
        // The 20 lowest, lowest first, ties in the order of 汇总: the eight at 50%, the eight at 70%, four at 85%.
        #expect(cells["A55"]?.value == .text("部门"))
        let lowest = (56...75).compactMap { cells["A\($0)"]?.value.text }
        let expected = [0, 6, 12, 18, 24, 30, 36, 42, 1, 7, 13, 19, 25, 31, 37, 43, 2, 8, 14, 20]
            .map { "测试局" + String(format: "%02d", $0) }
        #expect(lowest == expected)
        #expect(cells["B56"]?.value.asDouble() == 0.5)
        #expect(cells["B75"]?.value.asDouble() == 0.85)
        let lowestChart = try PackageParts.text(charts[1], in: url)
        #expect(lowestChart.contains("预算完成率最低的 20 个单位"))
        #expect(lowestChart.contains("<c:f>'图表'!$A$56:$A$75</c:f>"))
        #expect(lowestChart.contains("<c:orientation val=\"maxMin\"/>"))
    }

    @Test func linksResolveBesideTheFolderAndNameTheirFileWhenTheyCannot() throws {
        let folder = TestFolder()
        let returned = folder.file("returned")
        try FileManager.default.createDirectory(at: returned.appendingPathComponent("番禺区"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.form("huangpu-2021.xlsx"), to: returned.appendingPathComponent("huangpu-2021.xlsx"))
        try FileManager.default.copyItem(at: Fixtures.form("panyu-2021.xlsx"),
                                         to: returned.appendingPathComponent("番禺区/panyu-2021.xlsx"))
        // A `#` in a name: Excel reads it as the start of a location, so no link can open the file.
        try FileManager.default.copyItem(at: Fixtures.form("huangpu-2021.xlsx"), to: returned.appendingPathComponent("第#2号.xlsx"))
        _ = try CommandRunner.run(["validate", "returned", "--summary", "汇总.xlsx", "--quiet"], in: folder.url)
        let sheet = try Workbook(contentsOf: folder.file("汇总.xlsx")).sheets[0]
        let links = sheet.cells.filter { $0.column == 1 && $0.row > 0 }.sorted { $0.row < $1.row }
        #expect(links.count == 3)
        for link in links {
            if let formula = link.formula {
                // The target, relative to the summary's folder, is a file that is there.
                let target = try #require(formula.split(separator: "\"").dropFirst().first.map(String.init))
                let path = String(target.split(separator: "#").first ?? "")
                #expect(FileManager.default.fileExists(atPath: folder.file(path).path), "\(formula)")
                #expect(link.value == .text("打开 " + (path as NSString).lastPathComponent))
            } else {
                // No link: the cell still says which file.
                #expect(link.value == .text("打开 第#2号.xlsx"))
            }
        }
        #expect(links.compactMap(\.formula).count == 2)
    }

    private static func style(of reference: String, in sheet: String) -> String? {
        guard let start = sheet.range(of: "<c r=\"\(reference)\" s=\"") else { return nil }
        return String(sheet[start.upperBound...].prefix { $0 != "\"" })
    }
}
