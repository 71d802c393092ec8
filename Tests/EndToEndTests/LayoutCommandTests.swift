import Foundation
import JixiaoTestSupport
import Testing

/// The layout corpus (`Tests/Fixtures/layouts`: funds grids with the total first, last, after a 其中 block or
/// missing, sources of funds as columns, goal labels merged down, texts below headers, units of measure) through
/// the built `jixiao`, as an officer runs it on a folder: every file's status as its expectation says, the grid
/// without a total told in both languages, and a corrected table that reads back without the injected error.
@Suite("Layouts (end to end)")
struct LayoutCommandTests {
    static let folder = "Tests/Fixtures/layouts"

    func files(_ result: CommandResult) throws -> [[String: Any]] {
        let document = try #require(try JSONDiff.parse(result.stdout) as? [String: Any])
        return try #require(document["files"] as? [[String: Any]])
    }

    @Test func aFolderOfLayoutsReadsAsExpected() throws {
        let result = try CommandRunner.run(["validate", Self.folder, "--format", "json"])
        #expect(result.status == 1, "the injected errors are errors")
        let files = try files(result)
        #expect(files.count >= 45)
        for file in files {
            let path = try #require(file["path"] as? String)
            // NAME.producer.xlsx → NAME.expected.json
            let stem = URL(fileURLWithPath: path).lastPathComponent.split(separator: ".").dropLast(2).joined(separator: ".")
            let expected = try #require(
                try JSONDiff.parse(contentsOf: Fixtures.packageRoot.appendingPathComponent("\(Self.folder)/\(stem).expected.json"))
                    as? [String: Any])
            #expect(file["status"] as? String == expected["status"] as? String, "\(path)")
            let rules = ((file["findings"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }.sorted()
            let expectedRules = ((expected["findings"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }.sorted()
            #expect(rules == expectedRules, "\(path)")
        }
    }

    @Test func aGridWithoutATotalRowIsToldInBothLanguages() throws {
        let path = "\(Self.folder)/sources-no-total.openpyxl.xlsx"
        let chinese = try CommandRunner.run(["validate", path])
        #expect(chinese.status == 1)
        #expect(chinese.stdout.contains("资金表只列出各项资金来源，没有合计行，读不到「年度预算数」"))
        #expect(chinese.stdout.contains("C4"))
        let english = try CommandRunner.run(["validate", path, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stdout.contains("the funds grid lists its sources of funds but no total row"))
    }

    @Test func theCorrectedTableCarriesTheTotalRowsFigures() throws {
        let folder = TestFolder()
        let input = "\(Self.folder)/sources-total-last-wrong-rate.xlsxwriter.xlsx"
        let before = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(input))
        let fixed = try CommandRunner.run(["fix", input, "--out", folder.url.path])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(input)) == before)
        let corrected = folder.file("sources-total-last-wrong-rate.xlsxwriter.corrected.xlsx")
        let again = try files(try CommandRunner.run(["validate", corrected.path, "--format", "json"]))
        let form = try #require(again.first?["form"] as? [String: Any])
        let funds = try #require(form["funds"] as? [String: Any])
        // The 合计 row's figures (not the first source's), the rate corrected to 1435 ÷ 1500.
        #expect((funds["annualBudget"] as? NSNumber)?.decimalValue == 1500)
        #expect((funds["actual"] as? NSNumber)?.decimalValue == 1435)
        #expect((funds["completionRate"] as? NSNumber)?.decimalValue == Decimal(string: "0.9567"))
        let rules = ((again.first?["findings"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
        #expect(rules == ["indicator-unmet"])
    }
}
