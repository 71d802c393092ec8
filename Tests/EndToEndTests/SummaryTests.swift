import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// `jixiao validate DIR --summary s.xlsx --json r.json --csv r.csv` on a folder that mixes good forms, forms
/// with errors, broken and hostile files and a workbook that is not a form: every file is accounted for, the
/// summary read back with our own reader says what the JSON says, and the links, filter, frozen header and
/// chart are in the package.
@Suite("jixiao validate --summary (end to end)")
struct SummaryTests {
    /// Files copied into the folder, by where they come from in Tests/Fixtures.
    static let sources = [
        "forms/huangpu-2021.xlsx", "forms/panyu-2021.xlsx", "forms/blank-form.xlsx",
        "variants/wrong-rates.openpyxl.xlsx", "variants/numbers-as-text.libreoffice.xlsx",
        "variants/not-a-form.openpyxl.xlsx", "variants/legacy-form.xls",
        "hostile/truncated.xlsx", "hostile/html-named-xlsx.xlsx", "hostile/doctype-entity.xlsx",
        "hostile/malformed-sheet.xlsx",
    ]

    /// A run over a fresh folder: the forms in `returned/`, the outputs beside it.
    struct Run {
        let folder: TestFolder
        let result: CommandResult
        let json: [String: Any]
        let files: [[String: Any]]
        let summary: Workbook

        var summaryURL: URL { folder.file("汇总.xlsx") }

        init(extraArguments: [String] = [], function: String = #function) throws {
            folder = TestFolder(function)
            let returned = folder.file("returned")
            try FileManager.default.createDirectory(at: returned.appendingPathComponent("番禺区"),
                                                    withIntermediateDirectories: true)
            for (index, source) in SummaryTests.sources.enumerated() {
                let name = (source as NSString).lastPathComponent
                // Some files in a district folder: folders are searched recursively.
                let target = index % 3 == 1 ? returned.appendingPathComponent("番禺区").appendingPathComponent(name)
                                            : returned.appendingPathComponent(name)
                try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent(source), to: target)
            }
            result = try CommandRunner.run(["validate", "returned", "--summary", "汇总.xlsx", "--json", "结果.json",
                                            "--csv", "结果.csv"] + extraArguments, in: folder.url)
            json = try #require(try JSONDiff.parse(contentsOf: folder.file("结果.json")) as? [String: Any])
            files = try #require(json["files"] as? [[String: Any]])
            summary = try Workbook(contentsOf: folder.file("汇总.xlsx"))
        }

        /// A sheet's cells by A1 reference.
        func cells(_ sheet: Int) -> [String: Cell] {
            Dictionary(summary.sheets[sheet].cells.map { ($0.reference.description, $0) }, uniquingKeysWith: { a, _ in a })
        }

        /// Row `row` (1-based, as in Excel) of a sheet by header text.
        func row(_ row: Int, sheet: Int) -> [String: CellValue] {
            let cells = cells(sheet)
            var values: [String: CellValue] = [:]
            for column in 0..<30 {
                guard case .text(let header)? = cells[CellReference(row: 0, column: column).description]?.value else { continue }
                values[header] = cells[CellReference(row: row - 1, column: column).description]?.value ?? .empty
            }
            return values
        }
    }

    @Test func everyFileIsAccountedForAndTheExitCodeSaysUnreadable() throws {
        let run = try Run()
        #expect(run.result.status == 2)
        #expect(run.files.count == Self.sources.count)
        let paths = run.files.compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
        #expect(paths.contains("returned/番禺区/panyu-2021.xlsx"))
        let statuses = Dictionary(grouping: run.files) { $0["status"] as? String ?? "" }.mapValues(\.count)
        #expect(statuses["unreadable"] == 6)
        #expect((statuses["ok"] ?? 0) + (statuses["findings"] ?? 0) == 5)
        // Standard output gets the tally and where the outputs went; standard error why the exit code is 2.
        #expect(run.result.stdout.contains("共 11 个文件"))
        #expect(run.result.stdout.contains("汇总已写入 汇总.xlsx"))
        #expect(run.result.stderr.contains("6 个文件无法读取"))
        // Nothing but the three outputs (no temporary files) beside the inputs.
        #expect(run.folder.contents == ["returned", "汇总.xlsx", "结果.csv", "结果.json"])
    }

    @Test func summaryRowsSayWhatTheJSONSays() throws {
        let run = try Run()
        #expect(run.summary.sheets.map(\.name) == ["汇总", "问题清单", "图表"])
        let header = run.row(1, sheet: 0)
        #expect(header.isEmpty == false)
        for (index, file) in run.files.enumerated() {
            let row = run.row(index + 2, sheet: 0)
            let path = try #require(file["path"] as? String)
            #expect(row["文件"] == .text(path))
            // The link names the file it opens.
            #expect(row["原表"] == .text("打开 " + (path as NSString).lastPathComponent))
            let findings = try #require(file["findings"] as? [[String: Any]])
            func count(_ severity: String) -> Int { findings.filter { $0["severity"] as? String == severity }.count }
            #expect(row["错误"]?.asDecimal() == Decimal(count("error")), "\(path)")
            #expect(row["警告"]?.asDecimal() == Decimal(count("warning")), "\(path)")
            #expect(row["提示"]?.asDecimal() == Decimal(count("info")), "\(path)")
            let status = try #require(file["status"] as? String)
            // Findings without an error but with a warning: a status of their own.
            let label = status == "findings" && count("error") == 0 && count("warning") > 0
                ? "仅有警告" : ["ok": "通过", "findings": "有问题", "unreadable": "无法读取"][status] ?? "?"
            #expect(row["状态"] == .text(label), "\(path)")
            guard let form = file["form"] as? [String: Any] else {
                // Unreadable: the reason, as the JSON gives it without the leading path.
                let error = try #require(file["error"] as? String)
                #expect(row["说明"] == .text(String(error.dropFirst(path.count + 1))), "\(path)")
                #expect(row["部门"] == .empty)
                continue
            }
            #expect(row["部门"] == (form["department"] as? String).map(CellValue.text) ?? .empty, "\(path)")
            #expect(row["年度"]?.asDecimal() == (form["year"] as? NSNumber)?.decimalValue, "\(path)")
            // Every form here states 万元, the summary's unit: no note of a unit of its own.
            #expect(form["unit"] as? String == "万元", "\(path)")
            #expect(row["原单位"] == .empty, "\(path)")
            let funds = try #require(form["funds"] as? [String: Any])
            #expect(row["预算完成率（计算）"]?.asDouble() == Self.computedRate(funds), "\(path)")
            for (header, key) in [("年度预算数（万元）", "annualBudget"), ("年初预算数（万元）", "initialBudget"),
                                  ("实际支出数（万元）", "actual"), ("预算完成率（填报）", "completionRate"),
                                  ("预算调整率", "adjustmentRate")] {
                // The same double Excel holds: libxlsxwriter writes 16 significant digits (0.9763 as
                // 0.9762999999999999), which reads back as the double nearest the JSON's decimal.
                let expected = (funds[key] as? NSNumber)?.doubleValue
                #expect(row[header]?.asDouble() == expected, "\(path) \(header)")
            }
            let indicators = try #require(form["keyIndicators"] as? [Any])
            let met = row["关键指标达成"]?.asDecimal() ?? -1, unmet = row["关键指标未达成"]?.asDecimal() ?? -1
            let notComparable = row["关键指标不可比"]?.asDecimal() ?? -1
            #expect(met + unmet + notComparable == Decimal(indicators.count), "\(path)")
            #expect(unmet == Decimal(findings.filter { $0["rule"] as? String == "indicator-unmet" }.count), "\(path)")
        }
        #expect(run.cells(0)[CellReference(row: run.files.count + 1, column: 0).description] == nil)
    }

    @Test func findingRowsSayWhatTheJSONSays() throws {
        let run = try Run()
        var line = 2
        var total = 0
        for file in run.files {
            let path = try #require(file["path"] as? String)
            let department = (file["form"] as? [String: Any])?["department"] as? String
            for finding in try #require(file["findings"] as? [[String: Any]]) {
                let row = run.row(line, sheet: 1)
                #expect(row["文件"] == .text(path))
                #expect(row["部门"] == department.map(CellValue.text) ?? .empty)
                // The rule's and field's names (rules.json) beside their ids, which stay for filtering.
                let rule = try #require(finding["rule"] as? String)
                let field = try #require(finding["field"] as? String)
                #expect(row["规则编号"] == .text(rule))
                #expect(row["规则"] == .text(try Self.catalogName(rule: rule)))
                #expect(row["字段键"] == .text(field))
                #expect(row["字段"] == .text(try Self.catalogName(field: field)), "\(field)")
                #expect(row["级别"] == .text(["error": "错误", "warning": "警告", "info": "提示"][finding["severity"] as? String ?? ""] ?? "?"))
                #expect(row["说明"] == (finding["message"] as? String).map(CellValue.text))
                if let cell = finding["cell"] as? String { #expect(row["单元格"]?.text?.hasSuffix(cell) == true) }
                for (header, key) in [("表中填写", "stated"), ("应为", "expected")] {
                    switch finding[key] {
                    case let number as NSNumber: #expect(row[header]?.asDouble() == number.doubleValue, "\(path) \(key)")
                    case let text as String: #expect(row[header] == .text(text))
                    default: #expect(row[header] == .empty)
                    }
                }
                #expect(row["原表"] == .text("打开 " + (path as NSString).lastPathComponent))
                line += 1
                total += 1
            }
        }
        #expect(total > 0)
        #expect(run.summary.sheets[1].cells.filter { $0.row == line - 1 }.isEmpty)
    }

    @Test func linksFilterFrozenHeaderAndChartAreInThePackage() throws {
        let run = try Run()
        let summarySheet = try PackageParts.text("xl/worksheets/sheet1.xml", in: run.summaryURL)
        let lastRow = run.files.count + 1
        #expect(summarySheet.contains("<autoFilter ref=\"A1:S\(lastRow)\"/>"))
        #expect(summarySheet.contains("state=\"frozen\""))
        // One link per file, to the file by a path relative to the summary: a HYPERLINK formula, so memory does
        // not grow with the number of links.
        let links = run.cells(0).values.filter { $0.column == 1 && $0.row > 0 }.sorted { $0.row < $1.row }
        #expect(links.count == run.files.count)
        #expect(links.allSatisfy { $0.value.text?.hasPrefix("打开 ") == true })
        let formulas = links.compactMap(\.formula)
        #expect(formulas.count == run.files.count)
        #expect(formulas.contains("HYPERLINK(\"returned/huangpu-2021.xlsx\",\"打开 huangpu-2021.xlsx\")"))
        #expect(formulas.contains("HYPERLINK(\"returned/番禺区/panyu-2021.xlsx\",\"打开 panyu-2021.xlsx\")"))
        // Finding links open the file at the finding's cell.
        let findingLinks = run.summary.sheets[1].cells.compactMap(\.formula)
        #expect(findingLinks.contains("HYPERLINK(\"returned/huangpu-2021.xlsx#'Sheet1'!E6\",\"打开 huangpu-2021.xlsx\")"))
        // Rows with errors are filled red; a row without is not.
        let styles = try PackageParts.text("xl/styles.xml", in: run.summaryURL)
        #expect(styles.contains("FFFFC7CE"))
        let errorRow = try #require(run.files.firstIndex {
            ($0["findings"] as? [[String: Any]])?.contains { $0["severity"] as? String == "error" } == true
        })
        let cleanRow = try #require(run.files.firstIndex {
            $0["status"] as? String != "unreadable"
                && ($0["findings"] as? [[String: Any]])?.allSatisfy { $0["severity"] as? String != "error" } == true
        })
        let errorStyle = try #require(style(of: "A\(errorRow + 2)", in: summarySheet))
        #expect(errorStyle != style(of: "A\(cleanRow + 2)", in: summarySheet))
        // The chart: the computed 预算完成率 of every readable form, from the 图表 sheet's own data, in 汇总's order.
        let readable = run.files.filter { $0["form"] is [String: Any] }
        let names = try PackageParts.names(in: run.summaryURL)
        #expect(names.contains("xl/charts/chart1.xml"))
        let chart = try PackageParts.text("xl/charts/chart1.xml", in: run.summaryURL)
        #expect(chart.contains("<c:barChart>"))
        #expect(chart.contains("<c:f>'图表'!$B$2:$B$\(readable.count + 1)</c:f>"))
        #expect(chart.contains("各部门预算完成率（计算）"))
        let chartData = run.summary.sheets[2]
        let rates = try readable.map { Self.computedRate(try #require(($0["form"] as? [String: Any])?["funds"] as? [String: Any])) }
        #expect(chartData.cells.filter { $0.column == 1 && $0.row > 0 }.sorted { $0.row < $1.row }.map { $0.value.asDouble() }
                == rates.filter { $0 != nil })
        // Each bar named by its department, or by its file's name (not its path) when the form gives none.
        let labels = chartData.cells.filter { $0.column == 0 && $0.row > 0 }.sorted { $0.row < $1.row }.map(\.value)
        let expectedLabels = readable.map { file -> CellValue in
            let department = (file["form"] as? [String: Any])?["department"] as? String
            return .text(department ?? ((file["path"] as? String ?? "") as NSString).lastPathComponent)
        }
        #expect(labels == expectedLabels)
        #expect(expectedLabels.contains(.text("blank-form.xlsx")))
    }

    /// 实际支出数 ÷ 年度预算数 from the JSON's figures, kept to a hundredth of a percent (four places), as the
    /// double a cell holds; nil when either is missing or the budget is zero.
    static func computedRate(_ funds: [String: Any]) -> Double? {
        guard let actual = (funds["actual"] as? NSNumber)?.decimalValue,
              let budget = (funds["annualBudget"] as? NSNumber)?.decimalValue, budget != 0 else { return nil }
        var quotient = actual / budget
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 4, .plain)
        return Double(rounded.description)
    }

    /// The catalogue's (rules.json) own words: a rule's name, a field's display name by its key or key pattern.
    static var catalog: [String: Any] {
        let url = Fixtures.packageRoot.appendingPathComponent("Sources/JixiaoForm/Templates/rules.json")
        return (try? JSONSerialization.jsonObject(with: Data(contentsOf: url))) as? [String: Any] ?? [:]
    }

    static func catalogName(rule: String) throws -> String {
        let rules = try #require(catalog["rules"] as? [[String: Any]])
        let entry = try #require(rules.first { $0["id"] as? String == rule })
        return try #require((entry["name"] as? [String: String])?["zh"])
    }

    static func catalogName(field: String) throws -> String {
        let names = try #require(catalog["fieldNames"] as? [String: [String: String]])
        let pattern = field.replacingOccurrences(of: #"\[\d+\]"#, with: "[]", options: .regularExpression)
        return try #require((names[field] ?? names[pattern])?["zh"])
    }

    private func style(of reference: String, in sheet: String) -> String? {
        guard let start = sheet.range(of: "<c r=\"\(reference)\" s=\"") else { return nil }
        return String(sheet[start.upperBound...].prefix { $0 != "\"" })
    }

    @Test func theJSONFileIsTheJSONFormatAndTheCSVHasEveryFinding() throws {
        let run = try Run()
        let stdout = try CommandRunner.run(["validate", "returned", "--format", "json"], in: run.folder.url)
        #expect(stdout.status == 2)
        #expect(try String(contentsOf: run.folder.file("结果.json"), encoding: .utf8) == stdout.stdout)
        let csv = try String(contentsOf: run.folder.file("结果.csv"), encoding: .utf8)
        let findings = run.files.reduce(0) { $0 + max(1, ($1["findings"] as? [Any])?.count ?? 0) }
        #expect(csv.split(separator: "\n").count == findings + 1)
    }

    @Test func inputsAreNeverChangedAndAnEarlierSummaryBesideThemIsNotAnInput() throws {
        let folder = TestFolder()
        let returned = folder.file("returned")
        try FileManager.default.createDirectory(at: returned, withIntermediateDirectories: true)
        let form = returned.appendingPathComponent("huangpu-2021.xlsx")
        try FileManager.default.copyItem(at: Fixtures.form("huangpu-2021.xlsx"), to: form)
        let before = try Data(contentsOf: form)
        for replacing in [false, true] {
            // The summary is saved in the folder it summarises; the second run (replacing it, --force) must not
            // read it as a form.
            let result = try CommandRunner.run(["validate", "returned", "--summary", "returned/汇总.xlsx", "--quiet"]
                                                   + (replacing ? ["--force"] : []), in: folder.url)
            #expect(result.status == 0)
            #expect(result.stdout.isEmpty)
            let summary = try Workbook(contentsOf: returned.appendingPathComponent("汇总.xlsx"))
            #expect(summary.sheets[0].cells.filter { $0.column == 0 }.count == 2)
        }
        #expect(try Data(contentsOf: form) == before)
        // Named as an input, an output is refused and nothing is written.
        let refused = try CommandRunner.run(["validate", "returned/huangpu-2021.xlsx", "--json", "returned/huangpu-2021.xlsx"],
                                            in: folder.url)
        #expect(refused.status == 2)
        #expect(try Data(contentsOf: form) == before)
    }

    @Test func englishSummary() throws {
        let run = try Run(extraArguments: ["--lang", "en"])
        #expect(run.summary.sheets.map(\.name) == ["Summary", "Findings", "Chart"])
        let first = run.row(2, sheet: 0)
        #expect(first["Status"] != nil)
        // The unit named in English in the headers.
        #expect(first["Annual budget (10,000 yuan)"] != nil)
        #expect(run.result.stdout.contains("summary written to 汇总.xlsx"))
    }

    @Test func perFileBudgetsReportTheFileAndTheRunGoesOn() throws {
        let folder = TestFolder()
        try FileManager.default.copyItem(at: Fixtures.form("huangpu-2021.xlsx"), to: folder.file("a.xlsx"))
        try FileManager.default.copyItem(at: Fixtures.form("panyu-2021.xlsx"), to: folder.file("b.xlsx"))
        let small = try CommandRunner.run(["validate", ".", "--max-file-size", "0.001", "--format", "json"], in: folder.url)
        #expect(small.status == 2)
        let files = try #require(try JSONDiff.parse(small.stdout) as? [String: Any])["files"] as? [[String: Any]]
        #expect(files?.count == 2)
        #expect(files?.allSatisfy { ($0["error"] as? String)?.contains("文件过大") == true } == true)
        let slow = try CommandRunner.run(["validate", ".", "--time-limit", "0.000001", "--format", "json", "--lang", "en"],
                                         in: folder.url)
        #expect(slow.status == 2)
        #expect(slow.stdout.contains("time limit"))
        let usage = try CommandRunner.run(["validate", ".", "--summary", "s.csv"], in: folder.url)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains(".xlsx"))
    }

    @Test func anUnwritableSummaryFailsBeforeAnyFileIsRead() throws {
        let folder = TestFolder()
        try FileManager.default.copyItem(at: Fixtures.form("huangpu-2021.xlsx"), to: folder.file("a.xlsx"))
        let result = try CommandRunner.run(["validate", "a.xlsx", "--summary", "no-such-folder/s.xlsx", "--json", "r.json"],
                                           in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-folder/s.xlsx"))
        #expect(folder.contents == ["a.xlsx"])
    }
}
