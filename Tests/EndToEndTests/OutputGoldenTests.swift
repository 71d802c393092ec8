import Foundation
import JixiaoTestSupport
import Testing

/// The built tool's output, byte for byte, against goldens recorded from it (`Tests/Fixtures/goldens`): what
/// `validate` prints in each format and language over the examples and every fixture folder, and the cells of
/// what `fix`, `template`, `fill` and `validate --summary` write. A change in any message, number, column or cell
/// fails here; an intended one is recorded with `RECORD_GOLDENS=1` and reviewed in `git diff`.
@Suite("jixiao's output against its goldens (end to end)")
struct OutputGoldenTests {
    static let fixtureFolders = ["Tests/Fixtures/forms", "Tests/Fixtures/variants", "Tests/Fixtures/layouts",
                                 "Tests/Fixtures/workbooks"]

    /// `validate` over the examples in each format and language, and over every fixture folder (text in both
    /// languages: each finding's message; JSON: each form's values and each finding).
    @Test(arguments: [
        ("validate-examples.txt", ["validate", "Examples"], Int32(0)),
        ("validate-examples.en.txt", ["validate", "Examples", "--lang", "en"], 0),
        ("validate-examples.json", ["validate", "Examples", "--format", "json"], 0),
        ("validate-examples.csv", ["validate", "Examples", "--format", "csv", "--csv-keys"], 0),
        ("validate-examples.zh.csv", ["validate", "Examples", "--format", "csv"], 0),
        ("validate-examples.en.csv", ["validate", "Examples", "--format", "csv", "--lang", "en"], 0),
        // The round against the examples' list: a figure that differs, a unit that sent nothing.
        ("validate-examples-round.txt", ["validate", "Examples", "--reference", "Examples/名单.csv"], 1),
        ("validate-examples-round.en.txt", ["validate", "Examples", "--reference", "Examples/名单.csv", "--lang", "en"], 1),
        ("validate-examples-round.json", ["validate", "Examples", "--reference", "Examples/名单.csv", "--format", "json"], 1),
        ("validate-examples-round.csv", ["validate", "Examples", "--reference", "Examples/名单.csv", "--format", "csv"], 1),
        ("validate-fixtures.txt", ["validate"] + fixtureFolders, 2),
        ("validate-fixtures.en.txt", ["validate"] + fixtureFolders + ["--lang", "en"], 2),
        ("validate-fixtures.csv", ["validate"] + fixtureFolders + ["--format", "csv"], 2),
    ])
    func validate(_ golden: String, _ arguments: [String], _ status: Int32) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == status, "\(result.stderr)")
        let outcome = Golden.check(text: result.stdout, against: Golden.folder.appendingPathComponent(golden))
        #expect(outcome.problems.isEmpty, "\(outcome.problems.joined(separator: "\n"))")
    }

    /// What the writing commands write, as `jixiao cells` prints it: every cell, formula, format and merge.
    @Test(arguments: ["fix-examples", "template-2021", "fill-csv", "summary-examples"])
    func writtenWorkbooks(_ name: String) throws {
        let folder = TestFolder()
        for example in ["huangpu-2021.xlsx", "panyu-2021.xlsx"] {
            try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("Examples/\(example)"),
                                             to: folder.file(example))
        }
        let written: [String]
        switch name {
        case "fix-examples":
            let result = try CommandRunner.run(["fix", "huangpu-2021.xlsx", "panyu-2021.xlsx", "--out", "out"], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            written = ["out/huangpu-2021.corrected.xlsx", "out/panyu-2021.corrected.xlsx"]
        case "template-2021":
            let result = try CommandRunner.run(["template", "--out", "template.xlsx", "--year", "2021"], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            written = ["template.xlsx"]
        case "fill-csv":
            try Data("""
            部门名称,年度,整体支出年度预算数,整体支出年初预算数,实际支出数,关键指标1,预期实现值1,指标完成情况1,主要任务1,任务涉及资金1
            测试局,2022,"1,200.50",1000,1100.25,培训次数,10次,12次,业务培训,30.5

            """.utf8).write(to: folder.file("depts.csv"))
            let result = try CommandRunner.run(["fill", "--data", "depts.csv", "--out", "out"], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            written = ["out/测试局-2022.xlsx"]
        default:
            let result = try CommandRunner.run(["validate", ".", "--summary", "汇总.xlsx", "--quiet"], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            written = ["汇总.xlsx"]
        }
        var dump = ""
        for path in written {
            let cells = try CommandRunner.run(["cells", path], in: folder.url)
            #expect(cells.status == 0, "\(path): \(cells.stderr)")
            dump += cells.stdout
        }
        let outcome = Golden.check(text: dump, against: Golden.folder.appendingPathComponent("\(name).cells.txt"))
        #expect(outcome.problems.isEmpty, "\(outcome.problems.joined(separator: "\n"))")
    }
}
