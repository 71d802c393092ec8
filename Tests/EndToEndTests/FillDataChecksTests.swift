import Foundation
import JixiaoTestSupport
import Testing

/// `fill` never drops data silently: a column or key naming no field is an error naming it and the closest
/// known header (exit 2, nothing written) unless `--ignore-unknown`, which lists what it ignored; two rows for
/// one department are an error naming both rows unless `--duplicates first|last`; `template --year` and the
/// data's years are plausible years only.
@Suite("fill and template refuse doubtful data (end to end)")
struct FillDataChecksTests {
    static let withUnknown = "部门名称,年度,年度预算（万元）,实际支出数,备注\n甲局,2022,100,90,说明\n乙局,2022,50,40,\n"

    @Test func anUnknownColumnIsAnErrorNamingTheClosestHeader() throws {
        let folder = TestFolder()
        try Data(Self.withUnknown.utf8).write(to: folder.file("d.csv"))
        let result = try CommandRunner.run(["fill", "--data", "d.csv", "--out", "out"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr == "d.csv：以下列不对应任何字段：「年度预算（万元）」（最接近的已知名称：年度预算数）、"
                + "「备注」（没有相近的已知名称）。请改正表头，或加 --ignore-unknown 忽略这些列\n")
        #expect(result.stdout.isEmpty)
        #expect(folder.contents == ["d.csv"], "nothing written")
        let english = try CommandRunner.run(["fill", "--data", "d.csv", "--out", "out", "--lang", "en"], in: folder.url)
        #expect(english.status == 2)
        #expect(english.stderr.contains("columns that name no field: '年度预算（万元）' (closest known: 年度预算数), '备注'"))
    }

    @Test func ignoreUnknownWritesAndListsWhatItIgnored() throws {
        let folder = TestFolder()
        try Data(Self.withUnknown.utf8).write(to: folder.file("d.csv"))
        let result = try CommandRunner.run(["fill", "--data", "d.csv", "--out", "out", "--ignore-unknown"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "d.csv：注意：已忽略不对应任何字段的列：「年度预算（万元）」（最接近的已知名称：年度预算数）、"
                + "「备注」（没有相近的已知名称）\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path).sorted()
                == ["乙局-2022.xlsx", "甲局-2022.xlsx"])
    }

    /// A column of a worked-out figure (预算完成率) is known but not used: the form computes it by formula, and
    /// fill says that the data's values were left aside rather than dropping them unsaid.
    @Test func aWorkedOutColumnIsNamedAsComputedByTheForm() throws {
        let folder = TestFolder()
        try Data("部门名称,年度,整体支出年度预算数,实际支出数,预算完成率,年度调整额\n甲局,2022,100,90,95%,\n".utf8)
            .write(to: folder.file("d.csv"))
        let result = try CommandRunner.run(["fill", "--data", "d.csv", "--out", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "d.csv：注意：「预算完成率」由表中公式计算，数据中的值未使用\n")
        let check = try CommandRunner.run(["validate", "out/甲局-2022.xlsx", "--format", "json"], in: folder.url)
        #expect(check.stdout.contains("\"completionRate\": 0.9"), "the formula's 90%, not the data's 95%")
    }

    @Test func anUnknownJSONKeyIsAnErrorNamingTheClosestKey() throws {
        let folder = TestFolder()
        try Data("""
        [{"department": "甲局", "yeer": 2022, "funds": {"annualBudgt": 100, "actual": 90},
          "keyIndicators": [{"name": "培训", "targt": "10次"}]}]
        """.utf8).write(to: folder.file("d.json"))
        let result = try CommandRunner.run(["fill", "--data", "d.json", "--out", "out"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr == "d.json：以下键不对应任何字段：「yeer」（最接近的已知名称：year）、"
                + "「funds.annualBudgt」（最接近的已知名称：funds.annualBudget）、"
                + "「keyIndicators[0].targt」（最接近的已知名称：keyIndicators[0].target）。请改正键名，或加 --ignore-unknown 忽略这些键\n")
        #expect(folder.contents == ["d.json"])
        let ignoring = try CommandRunner.run(["fill", "--data", "d.json", "--out", "out", "--ignore-unknown"], in: folder.url)
        #expect(ignoring.status == 0, "\(ignoring.stderr)")
        #expect(ignoring.stderr.hasPrefix("d.json：注意：已忽略不对应任何字段的键：「yeer」"))
        #expect(FileManager.default.fileExists(atPath: folder.file("out/甲局.xlsx").path))
    }

    @Test func twoRowsForOneDepartmentAreAnErrorUnlessTheUserSaysWhichWins() throws {
        let folder = TestFolder()
        try Data("部门名称,年度,实际支出数\n甲局,2022,90\n乙局,2022,40\n甲局,2022,91\n".utf8).write(to: folder.file("d.csv"))
        let refused = try CommandRunner.run(["fill", "--data", "d.csv", "--out", "out"], in: folder.url)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("d.csv：第 2、4 行是同一部门同一年度「甲局」"))
        #expect(refused.stderr.contains("--duplicates first 或 --duplicates last"))
        #expect(folder.contents == ["d.csv"])
        for (choice, actual) in [("first", "90.00"), ("last", "91.00")] {
            let result = try CommandRunner.run(["fill", "--data", "d.csv", "--out", choice, "--duplicates", choice], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            let kept = choice == "first" ? 2 : 4
            #expect(result.stderr.contains("按 --duplicates 取第 \(kept) 行"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file(choice).path).sorted()
                    == ["乙局-2022.xlsx", "甲局-2022.xlsx"])
            let cells = try CommandRunner.run(["cells", "\(choice)/甲局-2022.xlsx", "--format", "csv", "--csv-keys"], in: folder.url)
            #expect(cells.stdout.contains(",n,\(actual.dropLast(3)),") || cells.stdout.contains(",n,\(actual),"),
                    "\(choice): 实际支出数 \(actual)")
        }
        // The same department in two years is two forms, not a duplicate.
        try Data("部门名称,年度,实际支出数\n甲局,2022,90\n甲局,2023,91\n".utf8).write(to: folder.file("y.csv"))
        #expect(try CommandRunner.run(["fill", "--data", "y.csv", "--out", "years"], in: folder.url).status == 0)
    }

    @Test(arguments: ["20250", "1850"])
    func templateRefusesAnImplausibleYear(_ year: String) throws {
        let folder = TestFolder()
        let result = try CommandRunner.run(["template", "--year", year], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--year 应为 2000 到 \(Calendar(identifier: .gregorian).component(.year, from: Date()) + 1) 之间的年度：\(year)"))
        #expect(folder.contents.isEmpty)
        let english = try CommandRunner.run(["template", "--year", year, "--lang", "en"], in: folder.url)
        #expect(english.status == 2 && english.stderr.contains("--year must be a year from 2000 to"))
    }

    @Test func fillRefusesAnImplausibleYear() throws {
        let folder = TestFolder()
        try Data("部门名称,年度,实际支出数\n甲局,20250,90\n".utf8).write(to: folder.file("d.csv"))
        let result = try CommandRunner.run(["fill", "--data", "d.csv", "--out", "out"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("之间的年度：20250（第 2 行，列「年度」）"))
        #expect(folder.contents == ["d.csv"])
    }
}
