import Foundation
import JixiaoTestSupport
import Testing
@testable import JixiaoWeb

@Suite("A round's report as HTML tables")
struct RoundTableTests {
    let words: PageWords
    init() throws { words = try PageWords.standard(.zh) }

    /// The CLI's own JSON for Examples/ with its reference list, made by the built `jixiao` as the server makes it.
    static func examplesReport() throws -> ValidationReportJSON {
        let folder = TestFolder("examples-report")
        let json = folder.file("report.json")
        let result = try CommandRunner.run(["validate", "Examples", "--reference", "Examples/名单.csv",
                                            "--json", json.path, "--quiet", "--force"])
        #expect(result.status == 1, "\(result.stderr)")
        return try ValidationReportJSON.decode(Data(contentsOf: json))
    }

    let link: (String) -> FileLink = { path in
        FileLink(name: URL(fileURLWithPath: path).lastPathComponent, url: "/rounds/r1/files/" + URL(fileURLWithPath: path).lastPathComponent)
    }

    /// The rows of table#id: each row's opening tag and its cells' texts (tags stripped).
    func rows(of id: String, in html: String) -> [(tag: String, cells: [String])] {
        guard let table = html.range(of: "<table id=\"\(id)\""),
              let body = html.range(of: "<tbody>", range: table.upperBound..<html.endIndex),
              let end = html.range(of: "</tbody>", range: body.upperBound..<html.endIndex) else { return [] }
        return html[body.upperBound..<end.lowerBound].components(separatedBy: "</tr>").dropLast().map { row in
            let tag = String(row.prefix { $0 != ">" }) + ">"
            let cells = row.components(separatedBy: "<td").dropFirst().map { cell in
                cell.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                    .drop { $0 != ">" }.dropFirst().description
            }
            return (tag, cells)
        }
    }

    /// A 绩效自评报告 beside the tables, as the built `jixiao` reports it: its row says what it is and which table it
    /// was held against (or that none was found), in place of a department.
    @Test func aReportsRowSaysItIsOneAndNamesItsTable() throws {
        let folder = TestFolder("report-row")
        for name in ["panyu-2021.xlsx"] {
            try FileManager.default.copyItem(at: Fixtures.form(name), to: folder.file(name))
        }
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("reports/panyu-2021-report.docx"),
                                         to: folder.file("番禺区总工会自评报告.docx"))
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("reports/panyu-2021-report.md"),
                                         to: folder.file("某单位自评报告.md"))
        try Data("# 某局2021年度部门整体支出绩效自评报告\n总收入100万元，完成预算200万元的50%。\n".utf8).write(to: folder.file("某局自评报告.md"))
        let json = folder.file("report.json")
        let result = try CommandRunner.run(["validate", folder.url.path, "--json", json.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try ValidationReportJSON.decode(Data(contentsOf: json))
        let rows = rows(of: "files", in: RoundTable.html(report, link: link, words: words))
        let byFile = Dictionary(uniqueKeysWithValues: rows.map { ($0.cells[0], $0.cells) })
        #expect(byFile["番禺区总工会自评报告.docx"]?[1] == "绩效自评报告，与 panyu-2021.xlsx 核对")
        #expect(byFile["某局自评报告.md"]?[1] == "绩效自评报告，未找到对应的自评表")
        #expect(byFile["panyu-2021.xlsx"]?[1] == "广州市番禺区总工会")
    }

    @Test("汇总 from the CLI's JSON of Examples: one row per file, statuses, counts and rates as the CLI reports")
    func summary() throws {
        let report = try Self.examplesReport()
        let html = RoundTable.html(report, link: link, words: words)
        #expect(html.hasPrefix("<p class=\"totals\">共 2 个文件：通过 0 个，有问题 2 个，无法读取 0 个；错误 1 条，警告 2 条，提示 0 条</p>"))
        let headers = RoundTable.columns.map { words.summaryHeader($0, unit: "万元") }
        #expect(headers.prefix(4) == ["文件", "部门", "年度", "年度预算数（万元）"])
        for header in headers { #expect(html.contains(">" + header + "</th>")) }
        let rows = rows(of: "files", in: html)
        try #require(rows.count == 2)
        // Huangpu: two warnings and no error, so 仅有警告; Panyu: the list's figure differs, an error.
        #expect(rows[0].tag == "<tr data-status=\"warningsOnly\">")
        #expect(rows[0].cells == ["huangpu-2021.xlsx", "广州市黄埔区总工会（广州开发区总工会）", "2021", "1505.02", "1472.46",
                                  "97.8%", "97.84%", "0", "2", "0", "仅有警告",
                                  "涉及规则：" + words.ruleName("adjustment-amount") + "、" + words.ruleName("indicator-unmet")])
        #expect(rows[1].tag == "<tr data-status=\"findings\">")
        #expect(rows[1].cells.prefix(11) == ["panyu-2021.xlsx", "广州市番禺区总工会", "2021", "1576.21", "1538.82",
                                             "97.63%", "97.63%", "1", "0", "0", "有问题"])
        #expect(html.contains("<a href=\"/rounds/r1/files/huangpu-2021.xlsx\">huangpu-2021.xlsx</a>"))
        #expect(html.contains("<td class=\"num\" data-sort=\"0.978\">97.8%</td>"))
        // The filter bar counts each status.
        #expect(html.contains("data-filter=\"warningsOnly\" aria-pressed=\"false\">仅有警告 <span class=\"n\">1</span>"))
        #expect(html.contains("data-filter=\"ok\" aria-pressed=\"false\" disabled=\"disabled\">通过 <span class=\"n\">0</span>"))
    }

    @Test("收表情况 from the same JSON: every unit of the list with its status, the missing unit's finding")
    func round() throws {
        let report = try Self.examplesReport()
        let html = RoundTable.roundHTML(report, link: link, words: words)
        #expect(html.hasPrefix("<h2>收表情况</h2><p class=\"totals\">名单 3 个单位：已交 2，未交 1，重复 0，名单外 0</p>"))
        let rows = rows(of: "units", in: html)
        try #require(rows.count == 3)
        #expect(rows.map(\.tag) == ["<tr data-status=\"findings\">", "<tr data-status=\"findings\">", "<tr data-status=\"missing\">"])
        #expect(rows[0].cells.prefix(6) == ["2", "黄埔区总工会", "440112001", "已交 · 有问题", "huangpu-2021.xlsx", "名称"])
        #expect(rows[1].cells[7] == "实际支出数")
        #expect(rows[2].cells.prefix(5) == ["4", "广州市白云区总工会", "440111001", "未交", ""])
        #expect(html.contains("没有交表") && html.contains("class=\"finding-item error\""))
        let skipped = RoundTable.skippedHTML(report, link: link, words: words)
        #expect(skipped.contains("<span class=\"file-name\">名单.csv</span>：本次核对所用的名单（--reference），不是自评表"))
        #expect(RoundTable.roundHTML(try self.report(files: []), link: link, words: words) == "")
    }

    /// A report made by hand, for what the CLI cannot be made to write (hostile names).
    func report(files: [String]) throws -> ValidationReportJSON {
        let json = "{\"files\": [" + files.joined(separator: ",") + "], \"summary\": {\"files\": \(files.count), \"ok\": 0, "
            + "\"withFindings\": 0, \"unreadable\": 0, \"errors\": 0, \"warnings\": 0}}"
        return try ValidationReportJSON.decode(Data(json.utf8))
    }

    @Test("hostile file names, departments and messages show as text")
    func hostile() throws {
        let report = try self.report(files: ["""
            {"path": "<img src=x onerror=alert(1)>.xlsx", "status": "findings", "error": null,
             "form": {"department": "<script>alert(1)</script>", "year": 2021, "unit": "元",
                      "funds": {"annualBudget": 100, "actual": 50.5, "completionRate": 0.505}},
             "findings": [{"rule": "completion-rate", "severity": "error", "field": "funds.completionRate", "sheet": "S",
                           "cell": "C8", "stated": "<b>x</b>", "expected": 0.505, "kind": null,
                           "message": "<a href=javascript:alert(1)>点</a>"}]}
            """, """
            {"path": "bad.xlsx", "status": "unreadable", "error": "<svg onload=alert(1)>", "form": null, "findings": []}
            """])
        let html = RoundTable.html(report, link: { FileLink(name: $0, url: "/f?p=" + $0) }, words: words)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<a href=\"/f?p=&lt;img src=x onerror=alert(1)&gt;.xlsx\">&lt;img src=x onerror=alert(1)&gt;.xlsx</a>"))
        #expect(html.contains("&lt;svg onload=alert(1)&gt;"))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<svg"))
        // The one form in 元 among none in 万元: its unit is the column's.
        #expect(html.contains("年度预算数（元）"))
        let list = FindingList.html(report.files[0], words: words)
        #expect(list.contains("<p class=\"message\">&lt;a href=javascript:alert(1)&gt;点&lt;/a&gt;</p>"))
        #expect(list.contains("<dd>&lt;b&gt;x&lt;/b&gt;</dd>"))
        #expect(!list.contains("<a href=javascript"))
        #expect(FindingList.html(report.files[1], words: words)
            == "<p class=\"unreadable\">无法读取：&lt;svg onload=alert(1)&gt;</p>")
    }

    @Test("仅有警告 as the summary workbook has it: warnings without an error; notes alone are 有问题")
    func warningsOnly() throws {
        func file(_ severities: [String]) throws -> ValidationReportJSON.File {
            let findings = severities.map { "{\"rule\": \"r\", \"severity\": \"\($0)\", \"message\": \"m\"}" }
            let json = "{\"path\": \"a.xlsx\", \"status\": \"\(severities.isEmpty ? "ok" : "findings")\", \"form\": null, "
                + "\"findings\": [" + findings.joined(separator: ",") + "]}"
            return try JSONDecoder().decode(ValidationReportJSON.File.self, from: Data(json.utf8))
        }
        #expect(try file(["warning", "info"]).shownStatus == "warningsOnly")
        #expect(try file(["warning", "error"]).shownStatus == "findings")
        #expect(try file(["info"]).shownStatus == "findings")
        #expect(try file([]).shownStatus == "ok")
    }

    @Test("an unreadable file's reason without the server's path the CLI's message opens with")
    func unreadableReason() throws {
        let folder = TestFolder("unreadable-reason")
        try Data("not a zip".utf8).write(to: folder.file("x.xlsx"))
        let json = folder.file("report.json")
        let result = try CommandRunner.run(["validate", folder.file("x.xlsx").path, "--json", json.path, "--quiet", "--force"])
        #expect(result.status == 2, "\(result.stderr)")
        let file = try #require(try ValidationReportJSON.decode(Data(contentsOf: json)).files.first)
        let reason = try #require(file.reason)
        #expect(file.error == file.path + "：" + reason)
        #expect(reason.hasPrefix("不是 Excel 工作簿（.xlsx）"))
        #expect(FindingList.html(file, words: words) == "<p class=\"unreadable\">无法读取：" + HTML.text(reason) + "</p>")
    }

    @Test("a file's findings: each links its cell and carries its number, stated and expected beside the message")
    func findings() throws {
        let report = try Self.examplesReport()
        let html = FindingList.html(report.files[0], words: words)
        #expect(html.contains("<li class=\"finding-item warning\" id=\"f-0\" data-finding=\"0\">"))
        #expect(html.contains("<a class=\"cell-link\" href=\"#c-E6\" data-cell=\"c-E6\" title=\"查看 E6\">E6</a>"))
        #expect(html.contains("<dt>表中填写</dt><dd>353.99</dd><dt>应为</dt><dd>-353.99</dd>"))
        #expect(html.contains(HTML.text(report.files[0].findings[0].message)))
        #expect(html.contains("href=\"#c-D12\""))
        // Highlights carry the same numbers.
        #expect(CellHighlight.all(in: report.files[0]) == [
            CellHighlight(sheet: "Sheet1", cell: "E6", severity: "warning", finding: 0),
            CellHighlight(sheet: "Sheet1", cell: "D12", severity: "warning", finding: 1),
        ])
        // A page listing a second form after this one numbers on; a second sheet's cells have their own ids.
        let second = FindingList.html(report.files[0], words: words, numberedFrom: 5,
                                      cellID: SheetTable.cellIDs(drawing: ["封面", "Sheet1"]))
        #expect(second.hasPrefix("<ol class=\"findings\" start=\"6\"><li class=\"finding-item warning\" id=\"f-5\" data-finding=\"5\">"))
        #expect(second.contains("href=\"#s2-E6\" data-cell=\"s2-E6\""))
        #expect(CellHighlight.all(in: report.files[0], numberedFrom: 5).map(\.finding) == [5, 6])
        let ids = SheetTable.cellIDs(drawing: ["自评表", "评分表"], limits: SheetTable.Limits(rows: 100, columns: 10))
        #expect(ids("自评表", "E6") == "c-E6" && ids("评分表", "D9") == "s2-D9")
        #expect(ids("说明", "A1") == nil && ids("自评表", "K1") == nil && ids("自评表", "<x>") == nil)
        // A cell the page does not draw is named, not linked.
        let undrawn = FindingList.html(report.files[0], words: words) { _, cell in cell == "E6" ? "c-E6" : nil }
        #expect(undrawn.contains("<span class=\"cell-link\">D12（D12 不在所显示的范围内）</span>"))
    }
}
