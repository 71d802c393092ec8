import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// `jixiao fix`, `fill` and `template` as a user runs them: the built executable, real fixture files, the
/// files it writes read back, inputs untouched, nothing overwritten without --force.
@Suite("jixiao fix, fill, template (end to end)")
struct WriteCommandsTests {
    static let huangpu = Fixtures.form("huangpu-2021.xlsx").path

    @Test func fixWritesTheCorrectedTable() throws {
        let folder = TestFolder()
        let before = try Data(contentsOf: URL(fileURLWithPath: Self.huangpu))
        let result = try CommandRunner.run(["fix", Self.huangpu, "--out", folder.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("更正 1 处"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: Self.huangpu)) == before, "the input is never modified")
        let output = folder.file("huangpu-2021.corrected.xlsx")
        // The unit's own workbook: its sheet as it came, 年度调整额 (E6) now a live formula, then 校验结果.
        let workbook = try Workbook(contentsOf: output)
        #expect(workbook.sheets.map(\.name) == ["Sheet1", "校验结果"])
        let e6 = try #require(CellReference("E6"))
        let adjustment = try #require(workbook.sheets[0].grid[e6])
        #expect(adjustment.formula == "C5-E5")
        #expect(adjustment.value.asDecimal() == Decimal(string: "-353.99"))
        #expect(folder.contents == ["huangpu-2021.corrected.xlsx"], "no temporary file is left")

        // Validating the corrected table leaves only what cannot be corrected.
        let again = try CommandRunner.run(["validate", output.path, "--format", "json"])
        let document = try #require(try JSONDiff.parse(again.stdout) as? [String: Any])
        let findings = (document["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["rule"] as? String } == ["indicator-unmet"])
    }

    @Test func fixRefusesToOverwriteWithoutForce() throws {
        let folder = TestFolder()
        #expect(try CommandRunner.run(["fix", Self.huangpu, "--out", folder.url.path]).status == 0)
        let output = folder.file("huangpu-2021.corrected.xlsx")
        let first = try Data(contentsOf: output)
        let second = try CommandRunner.run(["fix", Self.huangpu, "--out", folder.url.path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("已存在") && second.stderr.contains("--force"))
        #expect(try Data(contentsOf: output) == first)
        let english = try CommandRunner.run(["fix", Self.huangpu, "--out", folder.url.path, "--lang", "en"])
        #expect(english.stderr.contains("exists"))
        #expect(try CommandRunner.run(["fix", Self.huangpu, "--out", folder.url.path, "--force"]).status == 0)
    }

    @Test func fixReportsABadFileAndGoesOn() throws {
        let folder = TestFolder()
        let result = try CommandRunner.run(["fix", "Tests/Fixtures/legacy/not-a-workbook.xls",
                                            "Tests/Fixtures/forms/panyu-2021.xlsx", "--out", folder.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("另存为 .xlsx"))
        #expect(folder.contents == ["panyu-2021.corrected.xlsx"])
        let panyu = try Workbook(contentsOf: folder.file("panyu-2021.corrected.xlsx"))
        let original = try Workbook(contentsOf: Fixtures.form("panyu-2021.xlsx"))
        #expect(panyu.sheets.map(\.name) == original.sheets.map(\.name) + ["校验结果"])
        // In the official layout, the 评分表's sums and grade are formulas.
        #expect(try CommandRunner.run(["fix", "Tests/Fixtures/forms/panyu-2021.xlsx", "--out", folder.url.path, "--force",
                                       "--layout", "official"]).status == 0)
        let official = try Workbook(contentsOf: folder.file("panyu-2021.corrected.xlsx"))
        #expect(official.sheets.map(\.name) == ["自评表", "评分表", "校验结果"])
        let score = try #require(official.sheet(named: "评分表"))
        let total = try #require(score.cells.first { $0.formula == "E3+E10+E11" })
        #expect(total.value.asDecimal() == Decimal(string: "96.39"))
        #expect(score.cells.contains { $0.value == .text("优") && $0.formula?.hasPrefix("IF(") == true })
    }

    @Test func fillFromCSVWithChineseHeaders() throws {
        let folder = TestFolder()
        let csv = folder.file("depts.csv")
        try Data("""
        部门名称,年度,整体支出年度预算数,整体支出年初预算数,实际支出数,关键指标1,预期实现值1,指标完成情况1,主要任务1,任务涉及资金1
        测试局,2022,"1,200.50",1000,1100.25,培训次数,10次,12次,业务培训,30.5
        财政局,2022,500,500,480,,,,,

        """.utf8).write(to: csv)
        let result = try CommandRunner.run(["fill", "--data", csv.path, "--out", folder.file("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try #require(try Workbook(contentsOf: folder.file("out/测试局-2022.xlsx")).sheets.first)
        let grid = written.grid
        func value(_ ref: String) -> CellValue? { CellReference(ref).flatMap { grid[$0]?.value } }
        #expect(value("C4") == .text("测试局"))
        #expect(value("C5")?.asDecimal() == Decimal(string: "1200.5"))
        #expect(value("C9")?.asDecimal() == Decimal(string: "0.916"))      // 1100.25 ÷ 1200.50, as a live formula
        #expect(grid[CellReference("C9")!]?.formula == "ROUND(C6/C5,3)")
        #expect(value("E6")?.asDecimal() == Decimal(string: "200.5"))
        #expect(value("B13") == .text("培训次数"))
        #expect(FileManager.default.fileExists(atPath: folder.file("out/财政局-2022.xlsx").path))
    }

    @Test func fillFromValidateJSON() throws {
        let folder = TestFolder()
        let report = try CommandRunner.run(["validate", "Examples", "--format", "json"])
        let json = folder.file("report.json")
        try Data(report.stdout.utf8).write(to: json)
        let result = try CommandRunner.run(["fill", "--data", json.path, "--out", folder.file("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        let again = try CommandRunner.run(["validate", folder.file("out").path, "--format", "json"])
        let document = try #require(try JSONDiff.parse(again.stdout) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.count == 2)
        let forms = files.compactMap { $0["form"] as? [String: Any] }
        let funds = forms.compactMap { $0["funds"] as? [String: Any] }
        #expect(funds.contains { ($0["adjustment"] as? NSNumber)?.decimalValue == Decimal(string: "-353.99") })
    }

    @Test func fillExplainsBadData() throws {
        let folder = TestFolder()
        let csv = folder.file("bad.csv")
        try Data("部门名称,实际支出数\n测试局,一千\n".utf8).write(to: csv)
        let result = try CommandRunner.run(["fill", "--data", csv.path, "--out", folder.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("不是金额：一千") && result.stderr.contains("第 2 行"))
        let noDepartment = folder.file("none.csv")
        try Data("实际支出数\n100\n".utf8).write(to: noDepartment)
        let english = try CommandRunner.run(["fill", "--data", noDepartment.path, "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("no 部门名称"))
    }

    @Test func templateIsTheBlankForm() throws {
        let folder = TestFolder()
        let output = folder.file("blank.xlsx")
        let result = try CommandRunner.run(["template", "--out", output.path, "--year", "2021"])
        #expect(result.status == 0)
        let check = try CommandRunner.run(["validate", output.path, "--format", "json"])
        #expect(check.status == 1)
        let document = try #require(try JSONDiff.parse(check.stdout) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        let rules = (file["findings"] as? [[String: Any]] ?? []).map { "\($0["rule"] ?? "") \($0["field"] ?? "")" }
        // The same six findings as the blank form a 财政局 sends out (fixtures/README.md).
        #expect(Set(rules) == ["required-field department", "required-field funds.annualBudget",
                               "required-field funds.actual", "empty-text overallGoalResult",
                               "empty-text problems", "empty-text improvements"])
        #expect((file["form"] as? [String: Any])?["year"] as? Int == 2021)
        #expect(try Workbook(contentsOf: output).sheets.map(\.name) == ["自评表", "评分表"])
        #expect(try CommandRunner.run(["template", "--out", output.path]).status == 2)
    }
}
