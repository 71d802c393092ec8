import Foundation
import JixiaoTestSupport
import Testing

/// `jixiao validate` on a folder of tables and 绩效自评报告 as an officer gets them back: each report read (the
/// seed as python-docx's .docx, LibreOffice's PDF and markdown), paired with its unit's table, checked against it;
/// an error put into a copy found with the right rule, field and figures; a damaged report reported and the run
/// going on; inputs untouched.
@Suite("Reports beside the forms (end to end)")
struct ReportCommandTests {
    static let reports = Fixtures.root.appendingPathComponent("reports")

    func folderOfTablesAndReports() throws -> TestFolder {
        let folder = TestFolder()
        let round = folder.file("回收")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        for name in ["panyu-2021.xlsx", "huangpu-2021.xlsx"] {
            try FileManager.default.copyItem(at: Fixtures.form(name), to: round.appendingPathComponent(name))
        }
        for name in ["panyu-2021-report.docx", "panyu-2021-report.pdf", "panyu-2021-report.md"] {
            try FileManager.default.copyItem(at: Self.reports.appendingPathComponent(name), to: round.appendingPathComponent(name))
        }
        return folder
    }

    func files(_ json: String) throws -> [String: [String: Any]] {
        let document = try #require(try JSONDiff.parse(json) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as? String ?? "", $0) })
    }

    @Test func theSeedReportInEveryFormatIsPairedAndAgreesWithItsTable() throws {
        let folder = try folderOfTablesAndReports()
        let result = try CommandRunner.run(["validate", "回收", "--format", "json"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try files(result.stdout)
        for name in ["panyu-2021-report.docx", "panyu-2021-report.pdf", "panyu-2021-report.md"] {
            let report = try #require(files["回收/" + name])
            #expect(report["kind"] as? String == "report")
            #expect(report["status"] as? String == "ok", "\(name): \(report["findings"] ?? "")")
            #expect(report["pairedWith"] as? String == "回收/panyu-2021.xlsx")
            let statements = try #require(report["statements"] as? [[String: Any]])
            // README rows 1 and 16: 总收入 1538.82 万元 at 97.63%, and the total score 96.39 of 100.
            #expect(statements.contains { $0["label"] as? String == "总收入" && $0["value"] as? Double == 1538.82 && $0["unit"] as? String == "万元" })
            #expect(statements.contains { $0["kind"] as? String == "rate" && $0["value"] as? Double == 0.9763 })
            #expect(statements.contains { $0["kind"] as? String == "score" && $0["value"] as? Double == 96.39 })
            if name.hasSuffix(".pdf") { #expect(statements.allSatisfy { $0["page"] is Int }) }
        }
        // The table is told one report (the first in path order); the other unit's table none.
        #expect(files["回收/panyu-2021.xlsx"]?["pairedWith"] as? String == "回收/panyu-2021-report.docx")
        #expect(files["回收/panyu-2021.xlsx"]?["kind"] as? String == "form")
        #expect(files["回收/huangpu-2021.xlsx"]?["pairedWith"] is NSNull)
    }

    @Test func aWrongRateAndAWrongScoreAreFoundWithTheirSentences() throws {
        let folder = try folderOfTablesAndReports()
        let seed = try String(contentsOf: Self.reports.appendingPathComponent("panyu-2021-report.md"), encoding: .utf8)
        let edited = seed.replacingOccurrences(of: "97.63%", with: "97.36%")
        #expect(edited != seed)
        try Data(edited.utf8).write(to: folder.file("回收/番禺区总工会自评报告（修改）.md"))
        let before = try Data(contentsOf: folder.file("回收/番禺区总工会自评报告（修改）.md"))
        let result = try CommandRunner.run(["validate", "回收", "--format", "json"], in: folder.url)
        #expect(result.status == 1)
        let report = try #require(try files(result.stdout)["回收/番禺区总工会自评报告（修改）.md"])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["report-rate", "report-table-mismatch"])
        #expect(findings.allSatisfy { $0["field"] as? String == "funds.completionRate" })
        #expect(findings.allSatisfy { ($0["quote"] as? String)?.contains("97.36%") == true && $0["paragraph"] is Int })
        #expect(findings.first?["stated"] as? Double == 0.9736)
        #expect(findings.first?["expected"] as? Double == 0.9763)
        #expect(try Data(contentsOf: folder.file("回收/番禺区总工会自评报告（修改）.md")) == before)
        // The text report says where and quotes the sentence.
        let text = try CommandRunner.run(["validate", "回收/番禺区总工会自评报告（修改）.md", "回收/panyu-2021.xlsx"], in: folder.url)
        #expect(text.stdout.contains("与自评表 回收/panyu-2021.xlsx 核对"))
        #expect(text.stdout.contains("原文：区总工会2021年度总收入1538.82万元，完成预算1576.21万元的97.36%。"))
        // The CSV for a person: the paragraph in the cell's column, the sentence after the message.
        let csv = try CommandRunner.run(["validate", "回收/番禺区总工会自评报告（修改）.md", "回收/panyu-2021.xlsx", "--format", "csv"],
                                        in: folder.url)
        let row = try #require(csv.stdout.split(separator: "\n").first { $0.contains("report-rate") })
        #expect(row.contains(",第23段,0.9736,0.9763,"))
        #expect(row.hasSuffix("（原文：区总工会2021年度总收入1538.82万元，完成预算1576.21万元的97.36%。）"))
    }

    @Test func aDamagedReportIsReportedAndTheRunGoesOn() throws {
        let folder = try folderOfTablesAndReports()
        for name in ["hostile-zip-bomb.docx", "hostile-encrypted.pdf", "libreoffice.doc"] {
            try FileManager.default.copyItem(at: Self.reports.appendingPathComponent(name),
                                             to: folder.file("回收/" + name.replacingOccurrences(of: "hostile-", with: "报告-")))
        }
        let result = try CommandRunner.run(["validate", "回收", "--format", "json", "--lang", "en"], in: folder.url)
        #expect(result.status == 2)
        let files = try files(result.stdout)
        #expect(files["回收/panyu-2021-report.docx"]?["status"] as? String == "ok")
        #expect(files["回收/报告-zip-bomb.docx"]?["status"] as? String == "unreadable")
        #expect((files["回收/报告-encrypted.pdf"]?["error"] as? String)?.contains("password") == true)
        // An old .doc found under another name is not taken for a report.
        let skipped = try #require((try JSONDiff.parse(result.stdout) as? [String: Any])?["skipped"] as? [[String: Any]])
        #expect(skipped.contains { $0["path"] as? String == "回收/libreoffice.doc" })
    }

    @Test func returnNoticesCountTheFormsNotTheReports() throws {
        let folder = try folderOfTablesAndReports()
        _ = try CommandRunner.run(["validate", "回收", "--feedback", "退回", "--quiet"], in: folder.url)
        let summary = try String(contentsOf: folder.file("退回/退回意见汇总.txt"), encoding: .utf8)
        #expect(summary.contains("收到的文件    2 个"))
        #expect(summary.contains("读出的自评表  2 份"))
    }
}
