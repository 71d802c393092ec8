import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// A 主管部门's workbook holding its 下属单位' forms, and other budget tables, as a user meets them: the built
/// `jixiao` on the files of `Tests/Fixtures/workbooks` and `variants` (openpyxl and LibreOffice), its output,
/// the files it writes read back, and its exit code.
@Suite("Workbooks of several forms, other tables (end to end)")
struct MultiFormCommandsTests {
    static let threeUnits = "Tests/Fixtures/workbooks/three-units-scores.openpyxl.xlsx"
    static let fiveUnits = "Tests/Fixtures/workbooks/five-units.libreoffice.xlsx"
    static let huangpu = "Tests/Fixtures/forms/huangpu-2021.xlsx"

    @Test func jsonHasOneEntryPerFormNamingItsSheet() throws {
        let result = try CommandRunner.run(["validate", Self.threeUnits, Self.huangpu, "--format", "json"])
        #expect(result.status == 1, "信息中心 has a completion-rate error")
        let document = try #require(try JSONDiff.parse(result.stdout) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == [Self.huangpu, Self.threeUnits, Self.threeUnits, Self.threeUnits])
        #expect(files.map { $0["sheet"] as? String } == [nil, "机关", "信息中心", "执法大队"])
        #expect(files[0].keys.contains("sheet") == false, "a one-form file's entry is as it always was")
        #expect(files.map { $0["status"] as? String } == ["findings", "ok", "findings", "ok"])
        let findings = files[2]["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["rule"] as? String } == ["completion-rate"])
        #expect(findings.first?["sheet"] as? String == "信息中心")
        #expect((files[1]["form"] as? [String: Any])?["department"] as? String == "广州市某某局机关")
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 4)
        #expect(summary["ok"] as? Int == 2)
        #expect(summary["errors"] as? Int == 1)
    }

    @Test func textAndCSVNameEachFormsSheet() throws {
        let text = try CommandRunner.run(["validate", Self.threeUnits, Self.huangpu])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(Self.threeUnits)（工作表「机关」）  通过"))
        #expect(lines.contains("\(Self.threeUnits)（工作表「信息中心」）  1 个问题"))
        #expect(lines.contains("\(Self.threeUnits)（工作表「执法大队」）  通过"))
        #expect(lines.contains("共 4 份报告（2 个文件）：2 个通过，2 个有问题，0 个无法读取；错误 1 个，警告 2 个，提示 0 个"))
        let english = try CommandRunner.run(["validate", Self.threeUnits, "--lang", "en"])
        #expect(english.stdout.contains("\(Self.threeUnits) (sheet '机关')  ok"))
        #expect(english.stdout.contains("3 reports (1 file): 2 ok, 1 with findings"))

        let csv = try CommandRunner.run(["validate", Self.threeUnits, "--format", "csv", "--csv-keys"])
        let rows = csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.map { String($0[5]) } == ["机关", "信息中心", "执法大队"])
        #expect(rows.map { String($0[1]) } == ["ok", "findings", "ok"])
    }

    @Test func theSummaryHasARowPerFormLinkedToItsSheet() throws {
        let folder = TestFolder()
        let result = try CommandRunner.run(["validate", Self.fiveUnits, "--summary", folder.file("汇总.xlsx").path, "--quiet"])
        #expect(result.status == 1)
        let summary = try Workbook(contentsOf: folder.file("汇总.xlsx"))
        let cells = summary.sheets[0].cells
        let names = cells.filter { $0.reference.column == 0 && $0.reference.row > 0 }.compactMap(\.value.text)
        #expect(names == ["档案馆", "培训中心", "执法大队", "信息中心", "机关"].map { "\(Self.fiveUnits)（工作表「\($0)」）" })
        let links = cells.compactMap(\.formula).filter { $0.hasPrefix("HYPERLINK") }
        #expect(links.count == 5)
        #expect(links.contains { $0.contains("five-units.libreoffice.xlsx#'执法大队'!A1") })
        // The one finding: 执法大队's 评分表 (评分A), linked to its cell there.
        let findingLinks = summary.sheets[1].cells.compactMap(\.formula)
        #expect(findingLinks.count == 1 && findingLinks[0].contains("#'评分A'!E3"))
    }

    @Test func fixWritesOneWorkbookHoldingEveryForm() throws {
        let folder = TestFolder()
        let before = try Data(contentsOf: URL(fileURLWithPath: Self.fiveUnits))
        // The 主管部门's own workbook: every sheet as it came, 执法大队's 评分表 (评分A) corrected in place.
        let own = try CommandRunner.run(["fix", Self.fiveUnits, "--out", folder.url.path])
        #expect(own.status == 0, "\(own.stderr)")
        let ownWorkbook = try Workbook(contentsOf: folder.file("five-units.libreoffice.corrected.xlsx"))
        let original = try Workbook(contentsOf: URL(fileURLWithPath: Self.fiveUnits))
        #expect(ownWorkbook.sheets.map(\.name) == original.sheets.map(\.name) + ["校验结果"])
        let e3 = try #require(CellReference("E3"))
        let corrected = try #require(ownWorkbook.sheet(named: "评分A")?.grid[e3])
        #expect(corrected.formula == "E4+E5+E6" && corrected.value.asDecimal() == Decimal(string: "43.5"))
        let ownAgain = try CommandRunner.run(["validate", folder.file("five-units.libreoffice.corrected.xlsx").path])
        #expect(ownAgain.status == 0, "\(ownAgain.stdout)")

        // The official layout: each unit's form drawn afresh.
        let result = try CommandRunner.run(["fix", Self.fiveUnits, "--out", folder.url.path, "--force", "--layout", "official"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = folder.file("five-units.libreoffice.corrected.xlsx")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.contains("\(Self.fiveUnits)（工作表「执法大队」） → \(output.path)：更正 2 处，填写 0 处，需人工核对 0 项"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: Self.fiveUnits)) == before, "the input is never modified")
        #expect(folder.contents == ["five-units.libreoffice.corrected.xlsx"])

        // Each unit's sheet and its 评分表 under their own names, then one 校验结果 naming each cell's sheet.
        let workbook = try Workbook(contentsOf: output)
        #expect(workbook.sheets.map(\.name) == ["档案馆", "评分C", "培训中心", "执法大队", "评分A", "信息中心", "机关", "评分B", "校验结果"])
        let findings = try #require(workbook.sheet(named: "校验结果"))
        let row = findings.cells.filter { $0.reference.row == 1 }.compactMap(\.value.text)
        #expect(row.contains("score-total") && row.contains("评分A!E3"))
        let management = try #require(workbook.sheet(named: "评分A")?.cells.first { $0.formula == "E4+E5+E6" })
        #expect(management.value.asDecimal() == Decimal(string: "43.5"))

        // Validated again, every form is read from the corrected workbook and passes.
        let again = try CommandRunner.run(["validate", output.path, "--format", "json"])
        #expect(again.status == 0)
        let files = (try JSONDiff.parse(again.stdout) as? [String: Any])?["files"] as? [[String: Any]] ?? []
        #expect(files.map { $0["sheet"] as? String } == ["档案馆", "培训中心", "执法大队", "信息中心", "机关"])
        #expect(files.allSatisfy { $0["status"] as? String == "ok" })
    }

    @Test(arguments: [
        ("project-self-evaluation.libreoffice.xlsx", "工作表「项目自评」是项目支出绩效自评表，不是部门整体支出绩效自评表",
         "sheet '项目自评' is a project expenditure self-evaluation (项目支出绩效自评表), not the 部门整体 form"),
        ("project-list.openpyxl.xlsx", "工作表「项目明细」是项目支出明细表", "is a list of project expenditure (项目支出明细表)"),
        ("final-accounts.libreoffice.xlsx", "工作表「公开01表」是部门决算收支总表", "is a final accounts income and expenditure table"),
        ("budget-list-untitled.openpyxl.xlsx", "工作表「Sheet1」是预算表", "is a budget list (预算表)"),
    ])
    func otherTablesAreRefusedSayingWhatTheyAre(_ name: String, _ chinese: String, _ english: String) throws {
        let path = "Tests/Fixtures/variants/" + name
        let result = try CommandRunner.run(["validate", path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\(path)  无法读取"))
        #expect(result.stdout.contains("找不到部门整体支出绩效自评表：" + chinese))
        #expect(result.stdout.contains("查找的标签如 部门名称、年度整体目标、年度关键指标、主要任务"))
        #expect(!result.stdout.contains("required-field") && !result.stdout.contains("empty-text"))
        let inEnglish = try CommandRunner.run(["validate", path, "--lang", "en"])
        #expect(inEnglish.stdout.contains("no 部门整体支出绩效自评表 found: "))
        #expect(inEnglish.stdout.contains(english))
        let fix = try CommandRunner.run(["fix", path, "--out", TestFolder().url.path])
        #expect(fix.status == 2)
        #expect(fix.stderr.contains(chinese))
    }
}
