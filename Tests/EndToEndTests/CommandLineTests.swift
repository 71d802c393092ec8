import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// The command line itself, as a user meets it: help and the parser's errors in Chinese (English with
/// `--lang en`), `jixiao` alone, `--quiet`, an existing summary kept unless `--force`, and the JSON summary's
/// count of notes.
@Suite("jixiao's command line (end to end)")
struct CommandLineTests {
    static let huangpu = "Tests/Fixtures/forms/huangpu-2021.xlsx"
    /// Two notes (number-as-text) and one warning, no error.
    static let minusSigns = "Tests/Fixtures/variants/minus-signs.openpyxl.xlsx"
    static let commands = ["cells", "validate", "fix", "fill", "template"]
    /// Help is wrapped to the terminal's width: a fixed one, so the goldens do not depend on where tests run.
    static let width = ["COLUMNS": "100"]

    // MARK: - Help

    /// Every command's help, each language a golden (`help.txt`, `help.en.txt`), for reading in review.
    @Test(arguments: [("help.txt", [String]()), ("help.en.txt", ["--lang", "en"])])
    func helpOfEveryCommand(_ golden: String, _ language: [String]) throws {
        var text = ""
        for command in [[]] + Self.commands.map({ [$0] }) {
            let result = try CommandRunner.run(command + ["-h"] + language, environment: Self.width)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            text += "$ jixiao \((command + ["-h"] + language).joined(separator: " "))\n" + result.stdout + "\n"
        }
        let outcome = Golden.check(text: text, against: Golden.folder.appendingPathComponent(golden))
        #expect(outcome.problems.isEmpty, "\(outcome.problems.joined(separator: "\n"))")
    }

    @Test func validateHelpIsInOneLanguage() throws {
        let zh = try CommandRunner.run(["validate", "-h"], environment: Self.width)
        #expect(zh.status == 0)
        #expect(zh.stdout.hasPrefix("简介：校验绩效自评表：按表格规则检查每个文件，报告问题。\n"))
        #expect(zh.stdout.contains("\n选项：\n"))
        #expect(zh.stdout.contains("  --force                 覆盖已存在的汇总工作簿\n"))
        #expect(!zh.stdout.contains("Replace"))
        let en = try CommandRunner.run(["validate", "-h", "--lang", "en"], environment: Self.width)
        #expect(en.status == 0)
        #expect(en.stdout.hasPrefix("OVERVIEW: Check 部门整体支出绩效自评表 workbooks against the form's rules.\n"))
        #expect(en.stdout.contains("  --force                 Replace an existing summary workbook.\n"))
        #expect(!en.stdout.contains("覆盖"))
        // The same help however it is asked for.
        #expect(try CommandRunner.run(["help", "validate"], environment: Self.width).stdout == zh.stdout)
        #expect(try CommandRunner.run(["validate", "--help"], environment: Self.width).stdout == zh.stdout)
        #expect(try CommandRunner.run(["help", "validate", "--lang", "en"], environment: Self.width).stdout == en.stdout)
        #expect(try CommandRunner.run(["--lang=en", "validate", "-h"], environment: Self.width).stdout == en.stdout)
        #expect(try CommandRunner.run(["help", "help"]).stdout.hasPrefix("简介：显示子命令的帮助信息。\n"))
        var english = Self.width
        english["JIXIAO_LANG"] = "en"
        #expect(try CommandRunner.run(["validate", "-h"], environment: english).stdout == en.stdout)
    }

    /// `jixiao` with no subcommand is a usage error: the help on standard error, exit 2.
    @Test func noSubcommandShowsHelpAndExitsTwo() throws {
        let zh = try CommandRunner.run([], environment: Self.width)
        #expect(zh.status == 2)
        #expect(zh.stdout.isEmpty)
        #expect(zh.stderr.hasPrefix("简介：绩效自评表校验工具"))
        #expect(zh.stderr.contains("\n用法：jixiao <子命令>\n"))
        #expect(zh.stderr.hasSuffix("  运行 jixiao help <子命令> 查看某个命令的详细帮助。\n"))
        let en = try CommandRunner.run(["--lang", "en"], environment: Self.width)
        #expect(en.status == 2)
        #expect(en.stdout.isEmpty)
        #expect(en.stderr.contains("\nUSAGE: jixiao <subcommand>\n"))
        #expect(en.stderr.hasSuffix("  See 'jixiao help <subcommand>' for detailed help.\n"))
    }

    // MARK: - Errors of the command line

    @Test func anUnknownOptionIsNamedInChineseOrEnglish() throws {
        let zh = try CommandRunner.run(["validate", "--nope"])
        #expect(zh.status == 2)
        #expect(zh.stdout.isEmpty)
        let lines = zh.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "错误：未知选项 --nope；是否想输入 --force？")
        #expect(lines.dropFirst().first == "用法：jixiao validate [<options>] [<paths> ...]")
        #expect(lines.last == "运行 jixiao validate -h 查看帮助。")
        let en = try CommandRunner.run(["validate", "--nope", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr.hasPrefix("Error: Unknown option '--nope'. Did you mean '--force'?\nUsage: jixiao validate "))
        #expect(en.stderr.hasSuffix("\n  See 'jixiao validate --help' for more information.\n"))
    }

    @Test func aBadValueNamesTheAllowedOnes() throws {
        let zh = try CommandRunner.run(["validate", Self.huangpu, "--format", "xml"])
        #expect(zh.status == 2)
        #expect(zh.stderr.hasPrefix("错误：--format <format> 的取值「xml」无效；可选：text、json、csv\n帮助：--format <format>  标准输出（或 --output）的格式\n用法："))
        let en = try CommandRunner.run(["validate", Self.huangpu, "--format", "xml", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'csv'.\n"))
    }

    @Test func aMissingArgumentOrValueAndAnExtraOne() throws {
        let noFile = try CommandRunner.run(["cells"])
        #expect(noFile.status == 2)
        #expect(noFile.stderr.hasPrefix("错误：缺少参数 <file>\n帮助：<file>  要读取的 .xlsx 文件\n用法：jixiao cells <file>"))
        let noValue = try CommandRunner.run(["fill", "--data"])
        #expect(noValue.stderr.hasPrefix("错误：--data <data> 缺少取值\n"))
        let extra = try CommandRunner.run(["cells", "a.xlsx", "b.xlsx"])
        #expect(extra.stderr.hasPrefix("错误：多余的参数「b.xlsx」\n"))
        let noPaths = try CommandRunner.run(["fix", "--lang", "en"])
        #expect(noPaths.status == 2)
        #expect(noPaths.stderr == """
            Error: give at least one file or folder
            Usage: jixiao fix [<paths> ...] [--out <out>] [--force] [--layout <layout>] [--quiet] [--lang <lang>]
              See 'jixiao fix --help' for more information.

            """)
        for result in [noValue, extra] { #expect(result.status == 2) }
    }

    // MARK: - --quiet

    @Test func quietPrintsNothingOnSuccess() throws {
        let folder = TestFolder()
        let plain = try CommandRunner.run(["validate", Self.huangpu, "--quiet"])
        #expect(plain.status == 0)   // two warnings, no error
        #expect(plain.stdout.isEmpty)
        #expect(plain.stderr.isEmpty)
        let withSummary = try CommandRunner.run(["validate", Self.huangpu, "--quiet", "--summary", folder.file("s.xlsx").path,
                                                 "--json", folder.file("r.json").path])
        #expect(withSummary.status == 0)
        #expect(withSummary.stdout.isEmpty && withSummary.stderr.isEmpty)
        #expect(folder.contents == ["r.json", "s.xlsx"])
        // A report asked for with --format still comes.
        let asked = try CommandRunner.run(["validate", Self.huangpu, "--quiet", "--format", "json"])
        #expect(asked.status == 0)
        #expect(asked.stdout.hasPrefix("{\n  \"files\": ["))
        #expect(asked.stderr.isEmpty)
    }

    @Test func quietSaysWhyOnFailureInOneLine() throws {
        let errors = try CommandRunner.run(["validate", "Tests/Fixtures/forms", "--quiet"])
        #expect(errors.status == 1)
        #expect(errors.stdout.isEmpty)
        #expect(errors.stderr == "发现 3 个错误级问题\n")
        let unreadable = try CommandRunner.run(["validate", Self.huangpu, "no-such-file.xlsx", "--quiet", "--lang", "en"])
        #expect(unreadable.status == 2)
        #expect(unreadable.stdout.isEmpty)
        #expect(unreadable.stderr == "1 file unreadable\n")
    }

    @Test func fixQuietPrintsOnlyFailures() throws {
        let folder = TestFolder()
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent(Self.huangpu),
                                         to: folder.file("huangpu-2021.xlsx"))
        let quiet = try CommandRunner.run(["fix", "huangpu-2021.xlsx", "--quiet"], in: folder.url)
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        #expect(folder.contents == ["huangpu-2021.corrected.xlsx", "huangpu-2021.xlsx"])
        let again = try CommandRunner.run(["fix", "huangpu-2021.xlsx", "--quiet"], in: folder.url)
        #expect(again.status == 2)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.hasSuffix("1 个文件未能写出\n"))
        #expect(again.stderr.contains("输出文件已存在，未覆盖；如需覆盖请加 --force"))
    }

    // MARK: - An existing summary

    @Test func anExistingSummaryIsKeptUnlessForce() throws {
        let folder = TestFolder()
        let summary = folder.file("汇总.xlsx")
        try Data("an officer's own notes".utf8).write(to: summary)
        let refused = try CommandRunner.run(["validate", Self.huangpu, "--summary", summary.path, "--json", folder.file("r.json").path])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "无法写出 --summary \(summary.path)：输出文件已存在，未覆盖；如需覆盖请加 --force\n")
        #expect(try Data(contentsOf: summary) == Data("an officer's own notes".utf8))
        #expect(folder.contents == ["汇总.xlsx"], "refused before anything is read or written")
        let english = try CommandRunner.run(["validate", Self.huangpu, "--summary", summary.path, "--lang", "en"])
        #expect(english.stderr == "cannot write --summary \(summary.path): the output file exists and was not overwritten; add --force to replace it\n")

        let forced = try CommandRunner.run(["validate", Self.huangpu, "--summary", summary.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.hasSuffix("汇总已写入 \(summary.path)\n"))
        let workbook = try Workbook(contentsOf: summary)
        #expect(workbook.sheets.map(\.name) == ["汇总", "问题清单", "图表"])
        // The reports are written afresh each run, without --force.
        let report = folder.file("r.json")
        try Data("old".utf8).write(to: report)
        let json = try CommandRunner.run(["validate", Self.huangpu, "--json", report.path])
        #expect(json.status == 0)
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("{\n  \"files\": ["))
    }

    // MARK: - JSON counts notes

    @Test func theJSONSummaryCountsNotes() throws {
        let result = try CommandRunner.run(["validate", Self.minusSigns, "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONDiff.parse(result.stdout) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["infos"] as? Int == 2)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["errors"] as? Int == 0)
        // Beside errors and warnings, before skipped.
        #expect(result.stdout.contains("    \"errors\": 0,\n    \"warnings\": 1,\n    \"infos\": 2,\n    \"skipped\": 0\n  }"))
    }
}
