import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// Rounds of returned forms checked against a reference list (issue 16), built as the judges build them: the built
/// `jixiao validate ROUND --reference LIST` on each round of `Tests/Fixtures/rounds` (made by `make_rounds.py` with
/// openpyxl from the fixture forms), copied to a fresh folder with the modification times its `expected.json`
/// asks for; its exit code, its closing line, and the JSON, CSV and 收表情况 sheet it writes, against that truth:
/// every missing, duplicate, unknown and mismatched unit found, no false one, the right file counted.
@Suite("Rounds against a reference list (end to end)")
struct RoundCommandTests {
    static let rounds = ["round1-xlsx-yuan", "round2-csv-gb18030", "round3-codes"]
    static let fixtures = Fixtures.root.appendingPathComponent("rounds")

    /// The round rules, as JSON and CSV name them.
    static let roundRules: Set<String> = ["missing-submission", "duplicate-submission", "unknown-unit"]
    /// What the 收表情况 and the CSV call each status, in Chinese and English.
    static let statusWords: [String: (zh: String, en: String)] = [
        "passed": ("已交 · 通过", "returned · passed"), "findings": ("已交 · 有问题", "returned · findings"),
        "unreadable": ("无法读取", "unreadable"), "missing": ("未交", "not returned"),
        "duplicate": ("重复", "duplicate"), "unknown": ("名单外", "not on the list"),
    ]
    /// The 收表情况's words for the fields a round's lists change, and for how a form was matched.
    static let fieldNames = ["funds.annualBudget": "年度预算数", "funds.initialBudget": "年初预算数", "funds.actual": "实际支出数",
                             "funds.generalPublicBudget": "其中：一般公共预算"]
    static let matchWords = ["name": "名称", "fuzzy": "相近名称（请确认）", "fileName": "文件名（请确认）", "code": "单位编码"]

    /// A round's `expected.json`.
    struct Expected: Decodable {
        struct Counts: Decodable, Equatable {
            var expected, submitted, missing, duplicates, unknown: Int
        }

        struct Mismatch: Decodable {
            var path: String
            var sheet: String?
            var field: String
            var stated: String
            var expected: String
        }

        /// The list's file name in the round's folder.
        var reference: String
        var exitStatus: Int32
        /// Modification times to set, by file name: the truth of which duplicate is newer.
        var modified: [String: String]
        var counts: Counts
        /// The list's units in its order, then the units not on it in the order of their paths.
        var units: [Line]
        /// Every `reference-mismatch` finding of the round's files.
        var mismatches: [Mismatch]
        var skipped: [String]
        /// The text report's closing line, `{reference}` for the list's path.
        var summaryLine: String
        var summaryLineEnglish: String
    }

    /// A line of the 收表情况 as JSON's `summary.round.units` gives it (expected.json adds an unknown unit's closest
    /// names).
    struct Line: Decodable, Equatable {
        var row: Int?
        var unit: String?
        var code: String?
        var status: String
        var path: String?
        var sheet: String?
        var department: String?
        var match: String?
        var mismatches: [String]
        var others: [String]
        var unreadable: [String]
        var closest: [String]?

        /// The line with its paths in the copied round's folder.
        func inFolder(_ folder: String) -> Line {
            var line = self
            line.path = path.map { "\(folder)/\($0)" }
            line.others = others.map { "\(folder)/\($0)" }
            line.unreadable = unreadable.map { "\(folder)/\($0)" }
            line.closest = nil
            return line
        }
    }

    /// The parts of the JSON report the round is judged on.
    struct Report: Decodable {
        struct File: Decodable {
            var path: String
            var sheet: String?
            var findings: [Finding]
        }

        struct Finding: Decodable {
            var rule: String
            var field: String?
            var stated: Value?
            var expected: Value?
            var message: String
        }

        /// A finding's figure: a number as written (`480.00`), or a text.
        enum Value: Decodable, Equatable {
            case number(Decimal)
            case text(String)

            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let text = try? container.decode(String.self) { self = .text(text) } else { self = .number(try container.decode(Decimal.self)) }
            }
        }

        struct RoundFinding: Decodable, Equatable {
            var rule: String
            var row: Int?
            var unit: String?
            var paths: [String]
            var closest: [String]
        }

        struct Round: Decodable {
            var reference: String
            var expected, submitted, missing, duplicates, unknown: Int
            var units: [Line]
            var findings: [RoundFinding]

            var counts: Expected.Counts {
                Expected.Counts(expected: expected, submitted: submitted, missing: missing, duplicates: duplicates, unknown: unknown)
            }
        }

        struct Summary: Decodable {
            var skipped: Int
            var round: Round
        }

        var files: [File]
        var summary: Summary
    }

    /// One run over a round copied to a fresh folder (`round/`), the outputs beside it.
    struct Run {
        static let folderName = "round"
        let folder: TestFolder
        let expected: Expected
        let result: CommandResult

        /// - Parameters:
        ///   - reversingDates: the modification times the other way round (the older file made the newer).
        ///   - outputs: whether to write the JSON, CSV and summary (`out.json`, `out.csv`, `汇总.xlsx`).
        init(_ round: String, arguments: [String] = [], reversingDates: Bool = false, reference: URL? = nil,
             outputs: Bool = true, function: String = #function) throws {
            folder = TestFolder(function + round)
            let data = try Data(contentsOf: RoundCommandTests.fixtures.appendingPathComponent("\(round).expected.json"))
            expected = try JSONDecoder().decode(Expected.self, from: data)
            let copy = folder.file(Self.folderName)
            try FileManager.default.copyItem(at: RoundCommandTests.fixtures.appendingPathComponent(round), to: copy)
            // Git keeps no modification times: the round's truth about which duplicate is newer is set here.
            let dates = try expected.modified.mapValues { try #require(ISO8601DateFormatter().date(from: $0)) }
            let (earliest, latest) = (dates.values.min() ?? .distantPast, dates.values.max() ?? .distantPast)
            for (name, date) in dates {
                let set = reversingDates ? Date(timeIntervalSince1970: earliest.timeIntervalSince1970 + latest.timeIntervalSince1970
                                                                       - date.timeIntervalSince1970) : date
                try FileManager.default.setAttributes([.modificationDate: set], ofItemAtPath: copy.appendingPathComponent(name).path)
            }
            let list = reference?.path ?? "\(Self.folderName)/\(expected.reference)"
            let written = outputs ? ["--json", "out.json", "--csv", "out.csv", "--summary", "汇总.xlsx"] : []
            result = try CommandRunner.run(["validate", Self.folderName, "--reference", list] + written + arguments, in: folder.url)
        }

        /// A file of the round as the outputs name it.
        func path(_ name: String) -> String { "\(Self.folderName)/\(name)" }

        /// The expected lines with their paths in the copy.
        var lines: [Line] { expected.units.map { $0.inFolder(Self.folderName) } }

        var report: Report {
            get throws { try JSONDecoder().decode(Report.self, from: Data(contentsOf: folder.file("out.json"))) }
        }

        /// The line a round finding is about: the list's unit by its row, a unit not on the list by its file.
        func line(of finding: Report.RoundFinding) -> Line? {
            lines.first { $0.row == finding.row && (finding.row != nil || $0.path == finding.paths.first) }
        }

        /// The round findings the lines imply: 未交 (with the unit's unreadable files) and 重复 (the counted file
        /// first) in the list's order, then 名单外 with the closest names.
        var roundFindings: [Report.RoundFinding] {
            lines.enumerated().compactMap { index, line in
                switch line.status {
                case "missing", "unreadable":
                    Report.RoundFinding(rule: "missing-submission", row: line.row, unit: line.unit, paths: line.unreadable, closest: [])
                case "duplicate":
                    Report.RoundFinding(rule: "duplicate-submission", row: line.row, unit: line.unit,
                                        paths: [line.path ?? ""] + line.others, closest: [])
                case "unknown":
                    Report.RoundFinding(rule: "unknown-unit", row: nil, unit: nil, paths: [line.path ?? ""],
                                        closest: expected.units[index].closest ?? [])
                default: nil
                }
            }
        }
    }

    @Test(arguments: rounds)
    func everyUnitIsAccountedForInTheJSON(_ round: String) throws {
        let run = try Run(round)
        let expected = run.expected
        #expect(run.result.status == expected.exitStatus, "\(run.result.stderr)")
        let report = try run.report
        let summary = report.summary.round
        #expect(summary.reference == run.path(expected.reference))
        #expect(summary.counts == expected.counts)
        #expect(summary.units.count == expected.units.count)
        for (got, want) in zip(summary.units, run.lines) {
            #expect(got == want, "the 收表情况 line of \(want.unit ?? want.path ?? "?")")
        }
        #expect(summary.findings == run.roundFindings)
        #expect(report.summary.skipped == expected.skipped.count)

        // Every figure that differs from the list's, on every file (the one not counted too), and no other.
        let found = report.files.flatMap { file in
            file.findings.filter { $0.rule == "reference-mismatch" }.map { (file: file, finding: $0) }
        }
        #expect(found.count == expected.mismatches.count)
        for want in expected.mismatches {
            let matching = found.filter { $0.file.path == run.path(want.path) && $0.file.sheet == want.sheet && $0.finding.field == want.field }
            #expect(matching.count == 1, "\(want.path) \(want.field)")
            guard let finding = matching.first?.finding else { continue }
            #expect(finding.stated == .number(try #require(Decimal(string: want.stated))))
            #expect(finding.expected == .number(try #require(Decimal(string: want.expected))))
            // At the precision the form shows.
            #expect(finding.message.contains("表中填写 \(want.stated)，") && finding.message.contains("为 \(want.expected)。"), "\(finding.message)")
        }
    }

    @Test(arguments: rounds)
    func theTextReportClosesWithTheRound(_ round: String) throws {
        let run = try Run(round, outputs: false)
        #expect(run.result.status == run.expected.exitStatus)
        let lines = run.result.stdout.split(separator: "\n").map(String.init)
        let closing = run.expected.summaryLine.replacingOccurrences(of: "{reference}", with: run.path(run.expected.reference))
        #expect(lines.contains(closing), "\(lines.suffix(12))")
        // The list is skipped as the run's list wherever it lies, whatever its format.
        #expect(lines.contains { $0.hasSuffix("跳过 2 个文件（名单 1 个，非 Excel 文件 1 个）") })
        // Each round finding once, after the closing line, with its status word and rule.
        let after = lines.drop { $0 != closing }
        for finding in run.roundFindings {
            #expect(after.contains { $0.hasSuffix("[\(finding.rule)]") })
        }
        #expect(after.count { $0.hasSuffix("[missing-submission]") } == run.roundFindings.count { $0.rule == "missing-submission" })
        #expect(after.count { $0.hasSuffix("[duplicate-submission]") } == run.roundFindings.count { $0.rule == "duplicate-submission" })
        #expect(after.count { $0.hasSuffix("[unknown-unit]") } == run.roundFindings.count { $0.rule == "unknown-unit" })
        #expect(after.contains("  错误 未交  [missing-submission]"))
    }

    @Test(arguments: rounds)
    func theCSVHasARowPerRoundFinding(_ round: String) throws {
        let run = try Run(round)
        let rows = try ExcelCSVTests.rows(Array(Data(contentsOf: run.folder.file("out.csv"))))
        #expect(Array(rows.first?.prefix(6) ?? []) == ["文件", "部门", "工作表", "状态", "严重程度", "规则"])
        let roundRows = rows.dropFirst().filter { $0.count > 5 && Self.roundRules.contains($0[5]) }.map { Array($0[0...5]) }
        let expected = run.roundFindings.map { finding -> [String] in
            let line = run.line(of: finding)
            let status = line?.status ?? "?"
            let path = finding.paths.first ?? run.path(run.expected.reference)
            let unit = finding.unit ?? line?.department ?? ""
            return [path, unit, "", Self.statusWords[status]?.zh ?? status, finding.rule == "missing-submission" ? "错误" : "警告",
                    finding.rule]
        }
        #expect(roundRows == expected)
        // Each figure that differs, as the form shows it and as the list gives it.
        let mismatchRows = rows.filter { $0.count > 11 && $0[5] == "reference-mismatch" }.map { [$0[0], $0[7], $0[10], $0[11]] }
        #expect(Set(mismatchRows) == Set(run.expected.mismatches.map { [run.path($0.path), $0.field, $0.stated, $0.expected] }))
        #expect(mismatchRows.count == run.expected.mismatches.count)
    }

    @Test(arguments: rounds)
    func theSummaryListsEveryUnitInTheListsOrder(_ round: String) throws {
        let run = try Run(round)
        let workbook = try Workbook(contentsOf: run.folder.file("汇总.xlsx"))
        let sheet = try #require(workbook.sheet(named: "收表情况"))
        var grid: [Int: [Int: String]] = [:]
        for cell in sheet.cells {
            let text = cell.value.text ?? cell.value.asDecimal().map { "\($0)" } ?? ""
            grid[cell.reference.row, default: [:]][cell.reference.column] = text
        }
        #expect(grid[0].map { row in (0..<9).map { row[$0] ?? "" } }
                    == ["名单行号", "单位", "单位编码", "收表情况", "文件", "对应方式", "表中部门名称", "与名单不符", "说明"])
        #expect(grid.keys.max() == run.lines.count, "one row per line, nothing after")
        for (index, line) in run.lines.enumerated() {
            let row = grid[index + 1] ?? [:]
            let shown = (0..<8).map { row[$0] ?? "" }
            let file = line.path.map { path in path + (line.sheet.map { "（\($0)）" } ?? "") } ?? line.unreadable.first ?? ""
            let want = [line.row.map(String.init) ?? "", line.unit ?? line.department ?? "", line.code ?? "",
                        Self.statusWords[line.status]?.zh ?? line.status, file, line.match.flatMap { Self.matchWords[$0] } ?? "",
                        line.department ?? "", line.mismatches.map { Self.fieldNames[$0] ?? $0 }.joined(separator: "、")]
            #expect(shown == want, "row \(index + 2)")
            // The other files, with the round finding's words.
            for other in line.others { #expect(row[8]?.contains("另交：\(other)") == true, "row \(index + 2): \(row[8] ?? "")") }
        }
    }

    @Test func inEnglish() throws {
        let run = try Run("round1-xlsx-yuan", arguments: ["--lang", "en"])
        #expect(run.result.status == 2)
        let closing = run.expected.summaryLineEnglish.replacingOccurrences(of: "{reference}", with: run.path(run.expected.reference))
        #expect(run.result.stdout.split(separator: "\n").map(String.init).contains(closing), "\(run.result.stdout)")
        let text = try Run("round1-xlsx-yuan", arguments: ["--lang", "en"], outputs: false)
        let lines = text.result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains(closing))
        #expect(lines.contains("  error   not returned  [missing-submission]"))
        #expect(lines.contains("      “广州市白云区总工会” (row 9 of the reference list) has returned no readable form. Ask “广州市白云区总工会” for its form"))
        #expect(lines.contains("  warning not on the list  [unknown-unit]"))

        let workbook = try Workbook(contentsOf: run.folder.file("汇总.xlsx"))
        let sheet = try #require(workbook.sheet(named: "Returns"))
        #expect(sheet.cells.contains { $0.reference.row == 0 && $0.reference.column == 3 && $0.value.text == "Status" })
        let statuses = sheet.cells.filter { $0.reference.column == 3 && $0.reference.row > 0 }
            .sorted { $0.reference.row < $1.reference.row }.compactMap(\.value.text)
        #expect(statuses == run.lines.map { Self.statusWords[$0.status]?.en ?? $0.status })

        let rows = try ExcelCSVTests.rows(Array(Data(contentsOf: run.folder.file("out.csv"))))
        let roundStatuses = rows.filter { $0.count > 5 && Self.roundRules.contains($0[5]) }.map { $0[3] }
        #expect(roundStatuses == run.roundFindings.map { finding in
            let status = run.line(of: finding)?.status ?? "?"
            return Self.statusWords[status]?.en ?? status
        })
        #expect(roundStatuses.contains("unreadable") && roundStatuses.contains("not returned"))
    }

    /// Which duplicate counts follows the files' dates, except where a name says it is the later version.
    @Test func theNewerFileCountsUnlessANameSaysOtherwise() throws {
        for (round, unit) in [("round1-xlsx-yuan", "番禺区总工会"), ("round2-csv-gb18030", "某县教育局")] {
            let asSet = try Run(round, outputs: true)
            let reversed = try Run(round, reversingDates: true)
            let before = try #require(asSet.report.summary.round.units.first { $0.unit == unit })
            let after = try #require(reversed.report.summary.round.units.first { $0.unit == unit })
            #expect(before.status == "duplicate" && after.status == "duplicate")
            #expect(after.path == before.others.first && after.others == [before.path ?? ""], "\(round): the other file is now newer")
            // A 修改版 / 更正 counts whatever the dates.
            let marked = try asSet.report.summary.round.units.filter { $0.status == "duplicate" && $0.unit != unit }
            let markedAfter = try reversed.report.summary.round.units.filter { $0.status == "duplicate" && $0.unit != unit }
            #expect(marked.map(\.path) == markedAfter.map(\.path) && marked.count == 1)
        }
    }

    /// A list that cannot be used stops the run before any form is read: exit 2, the row and column named, and
    /// nothing written.
    @Test(arguments: [
        ("rounds/bad-not-a-number.openpyxl.xlsx", "不是金额：约500万。请填写数字（第 5 行，D 列「年度预算数」）",
         "not an amount: 约500万. Write a number (row 5, column D '年度预算数')"),
        ("rounds/bad-duplicate-unit.openpyxl.xlsx", "与第 2 行是同一单位，名单中每个单位只能有一行。请删去多余的一行（第 4 行，B 列「单位名称」）",
         "the same unit as row 2; a list has one row per unit. Remove the extra row (row 4, column B '单位名称')"),
        ("reference/bad-not-a-number.csv", "不是金额：约270。请填写数字（第 3 行，C 列「实际支出数」）",
         "not an amount: 约270. Write a number (row 3, column C '实际支出数')"),
    ])
    func aBadListIsRefusedBeforeAnyForm(_ list: String, _ chinese: String, _ english: String) throws {
        let url = Fixtures.root.appendingPathComponent(list)
        for (arguments, words) in [([String](), chinese), (["--lang", "en"], english)] {
            let run = try Run("round1-xlsx-yuan", arguments: arguments, reference: url)
            #expect(run.result.status == 2)
            #expect(run.result.stderr.contains(url.path) && run.result.stderr.contains(words), "\(run.result.stderr)")
            #expect(run.result.stdout.isEmpty)
            #expect(run.folder.contents == [Run.folderName], "no JSON, CSV or summary written")
        }
    }

    /// A list that is not there, or a 自评表 given where the list was meant, stops the run before any form is
    /// read, in words that say so (a form's labels would otherwise read as a list's header).
    @Test func aMissingListOrAFormGivenAsTheListIsRefused() throws {
        let missing = try CommandRunner.run(["validate", "Examples", "--reference", "Examples/没有这个名单.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "Examples/没有这个名单.csv：文件或文件夹不存在\n")
        let form = try CommandRunner.run(["validate", "Examples", "--reference", "Examples/huangpu-2021.xlsx", "--lang", "en"])
        #expect(form.status == 2)
        #expect(form.stdout.isEmpty)
        #expect(form.stderr == "Examples/huangpu-2021.xlsx: this is a form (广州市黄埔区总工会（广州开发区总工会）), not a reference list. "
                + "Give the list with --reference and the forms as the files to check\n")
    }
}
