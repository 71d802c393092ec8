import Foundation
import JixiaoTestSupport
import Testing

/// `jixiao validate` as a user runs it: the built executable's stdout, stderr, exit code and output file.
@Suite("jixiao validate (end to end)")
struct ValidateCommandTests {
    static let huangpu = "Tests/Fixtures/forms/huangpu-2021.xlsx"
    static let blank = "Tests/Fixtures/forms/blank-form.xlsx"
    static let legacy = "Tests/Fixtures/variants/legacy-form.xls"

    func document(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONDiff.parse(result.stdout) as? [String: Any])
    }

    @Test func warningsOnlyExitZero() throws {
        let result = try CommandRunner.run(["validate", Self.huangpu, "--format", "json"])
        #expect(result.status == 0)
        let json = try document(result)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["path"] as? String == Self.huangpu)
        #expect(files[0]["status"] as? String == "findings")
        #expect(files[0]["error"] is NSNull)
        let findings = try #require(files[0]["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["adjustment-amount", "indicator-unmet"])
        #expect(findings[0]["cell"] as? String == "E6")
        #expect(findings[0]["kind"] as? String == "sign")
        #expect((findings[0]["expected"] as? NSNumber)?.decimalValue == Decimal(string: "-353.99"))
        #expect(findings[0]["message"] as? String
                == "年度调整额应为 年度预算数 − 年初预算数 = 1505.02 − 1859.01 = −353.99，表中填写 353.99（符号相反）。请将 E6 改为 −353.99")
        let form = try #require(files[0]["form"] as? [String: Any])
        let funds = try #require(form["funds"] as? [String: Any])
        #expect((funds["annualBudget"] as? NSNumber)?.decimalValue == Decimal(string: "1505.02"))
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 2)
        #expect(summary["errors"] as? Int == 0)
    }

    @Test func numbersAreWrittenAsTheSheetShowsThem() throws {
        let result = try CommandRunner.run(["validate", Self.huangpu, "--format", "json"])
        #expect(result.stdout.contains("\"adjustmentRate\": -0.190"))
        #expect(result.stdout.contains("\"completionRate\": 0.978,"))
        #expect(result.stdout.contains("\"funds\": 3.3\n"))
        let panyu = try CommandRunner.run(["validate", "Tests/Fixtures/forms/panyu-2021.xlsx", "--format", "json"])
        #expect(panyu.status == 0)
        #expect(panyu.stdout.contains("\"completionRate\": 0.9763,"))
        #expect(panyu.stdout.contains("\"score\": 4.00,"))
    }

    @Test func aFolderIsSearchedAndSortedAndErrorsExitOne() throws {
        let result = try CommandRunner.run(["validate", "Tests/Fixtures/forms", "--format", "json"])
        #expect(result.status == 1)
        let files = try #require(try document(result)["files"] as? [[String: Any]])
        let paths = files.compactMap { $0["path"] as? String }
        #expect(paths == ["Tests/Fixtures/forms/blank-form.xlsx", "Tests/Fixtures/forms/huangpu-2021.libreoffice.xlsx",
                          "Tests/Fixtures/forms/huangpu-2021.openpyxl.xlsx", "Tests/Fixtures/forms/huangpu-2021.xlsx",
                          "Tests/Fixtures/forms/panyu-2021.xlsx"])
        #expect(files.last?["status"] as? String == "ok")
        let summary = try #require(try document(result)["summary"] as? [String: Any])
        #expect(summary["ok"] as? Int == 1)
        #expect(summary["withFindings"] as? Int == 4)
        #expect(summary["errors"] as? Int == 3)
        #expect(result.stderr.contains("3"))
    }

    @Test func unreadableFilesExitTwoAndDoNotStopTheRun() throws {
        let result = try CommandRunner.run(["validate", Self.legacy, "no-such-file.xlsx", Self.huangpu, "--format", "json"])
        #expect(result.status == 2)
        let files = try #require(try document(result)["files"] as? [[String: Any]])
        #expect(files.count == 3)
        let legacy = try #require(files.first { $0["path"] as? String == Self.legacy })
        #expect(legacy["status"] as? String == "unreadable")
        #expect((legacy["error"] as? String)?.contains("另存为 .xlsx") == true)
        #expect((legacy["findings"] as? [Any])?.isEmpty == true)
        #expect(legacy["form"] is NSNull)
        let missing = try #require(files.first { $0["path"] as? String == "no-such-file.xlsx" })
        #expect(missing["status"] as? String == "unreadable")
        #expect(files.contains { $0["path"] as? String == Self.huangpu && $0["status"] as? String == "findings" })
        let summary = try #require(try document(result)["summary"] as? [String: Any])
        #expect(summary["unreadable"] as? Int == 2)
        #expect(result.stderr.contains("2 个文件无法读取"))
        let english = try CommandRunner.run(["validate", Self.legacy, Self.huangpu, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("1 file unreadable"))
        #expect(english.stdout.contains("2 files: 0 ok, 1 with findings, 1 unreadable"))
    }

    @Test func aFolderOfHostileFilesIsReportedFileByFile() throws {
        // Every file of the hostile folder (and its fuzz findings) is accounted for, with its own reason, and the
        // run goes on: none traps, none stops the others.
        let folder = Fixtures.root.appendingPathComponent("hostile")
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".xls") }
        let result = try CommandRunner.run(["validate", "Tests/Fixtures/hostile", "--format", "json", "--lang", "en"])
        #expect(result.status == 2)
        let files = try #require(try document(result)["files"] as? [[String: Any]])
        #expect(files.count == names.count)
        func error(_ name: String) -> String? {
            files.first { ($0["path"] as? String)?.hasSuffix("/" + name) == true }?["error"] as? String
        }
        #expect(error("utf8-namespace-prefix.xlsx")?.contains("not valid text (not UTF-8 or UTF-16)") == true)
        #expect(error("utf8-namespace-prefix.xlsx")?.contains("part xl/styles.xml") == true)
        #expect(error("sheet-names-differ-in-case.xlsx")?.contains("sheet 'SHEET1'") == true)
        #expect(error("duplicate-entry-backslash.xlsx")?.contains("name the same part") == true)
        #expect(error("rootless-shared-strings.xlsx")?.contains("is empty") == true)
        #expect(error("unclosed-3-bytes-sheet.xlsx")?.contains("the root element is not closed") == true)
        // Valid files at the limits read: they are only not a 自评表.
        #expect(error("nesting-64.xlsx")?.contains("no 部门整体支出绩效自评表 found") == true)
        #expect(error("utf16-part.xlsx")?.contains("no 部门整体支出绩效自评表 found") == true)
    }

    @Test func englishOnRequest() throws {
        let result = try CommandRunner.run(["validate", Self.huangpu, Self.legacy, "--format", "json", "--lang", "en"])
        #expect(result.status == 2)
        let files = try #require(try document(result)["files"] as? [[String: Any]])
        let findings = try #require(files.first { $0["path"] as? String == Self.huangpu }?["findings"] as? [[String: Any]])
        #expect((findings.first?["message"] as? String)?.contains("opposite sign") == true)
        let legacy = try #require(files.first { $0["path"] as? String == Self.legacy })
        #expect((legacy["error"] as? String)?.contains("save it as .xlsx") == true)
    }

    @Test func textGroupsFindingsPerFileWithoutColourInAPipe() throws {
        let result = try CommandRunner.run(["validate", Self.blank, Self.huangpu])
        #expect(result.status == 1)
        #expect(result.stdout.contains(Self.blank))
        #expect(result.stdout.contains("C4"))
        #expect(result.stdout.contains("[required-field department]"))
        #expect(result.stdout.contains("共 2 个文件"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    /// A form whose one task's funds pass actual spending: the message states the task's funds against the
    /// spending, not a sum of one (`900.00 = 900.00`), names the rule and ends with what to do.
    @Test func aSingleTaskReadsWithoutASumOfOne() throws {
        let folder = TestFolder()
        try Data(("部门名称,年度,单位,整体支出年度预算数,年初预算数,实际支出数,主要任务1,目标完成情况1,任务涉及资金1\n"
                  + "甲局,2022,万元,1000.00,1000.00,800.00,宣传,完成,900.00\n").utf8).write(to: folder.file("d.csv"))
        #expect(try CommandRunner.run(["fill", "--data", "d.csv", "--out", "out"], in: folder.url).status == 0)
        let result = try CommandRunner.run(["validate", "out/甲局-2022.xlsx"], in: folder.url)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let rule = try #require(lines.firstIndex { $0.contains("[task-funds-total tasks]") })
        #expect(lines[rule].contains("警告") && lines[rule].contains("主要任务资金核对"))
        #expect(lines[rule + 1].trimmingCharacters(in: .whitespaces).hasPrefix("主要任务涉及资金 900.00，超过实际支出数 800.00，多出 100.00。请核对各项任务资金 "))
        #expect(!result.stdout.contains("900.00 = 900.00"))
    }

    @Test func csvHasOneRowPerFinding() throws {
        let result = try CommandRunner.run(["validate", Self.huangpu, "--format", "csv", "--csv-keys"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "path,status,severity,rule,field,sheet,cell,stated,expected,kind,message")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("\(Self.huangpu),findings,warning,adjustment-amount,funds.adjustment,Sheet1,E6,353.99,-353.99,sign,"))
    }

    @Test func outputIsWrittenToAFileAndNeverOverAnInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json")
        let result = try CommandRunner.run(["validate", Self.huangpu, "--format", "json", "--output", report.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: report, encoding: .utf8)
        #expect(written.contains("\"summary\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])

        let input = folder.appendingPathComponent("copy.xlsx")
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent(Self.huangpu), to: input)
        let before = try Data(contentsOf: input)
        let refused = try CommandRunner.run(["validate", input.path, "--output", input.path])
        #expect(refused.status == 2)
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CommandRunner.run(["validate"]).status == 2)
        #expect(try CommandRunner.run(["validate", Self.huangpu, "--format", "xml"]).status == 2)
        let help = try CommandRunner.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("\n退出码：\n"))
        let english = try CommandRunner.run(["validate", "--help", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("\nExit codes:\n"))
    }
}
