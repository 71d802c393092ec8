import ArgumentParser
import Foundation
@testable import JixiaoCLI
import Testing

/// Help and the parser's errors in one language: every command's help in each, ArgumentParser's words put
/// into Chinese (``HelpWords``), each of its error messages jixiao's commands can meet worded in Chinese
/// (``ErrorPresenter/parserMessage(_:language:)``), and the language chosen before parsing.
@Suite("Command line in Chinese and English")
struct CommandLineLanguageTests {
    static let commands: [ParsableCommand.Type] = [Jixiao.self] + Jixiao.configuration.subcommands

    /// Chinese words English help may hold: names the user sees in files and sheets, and the labels a CSV
    /// header may use (fill). Anything else in Chinese is a text left untranslated.
    static let literalChinese: Set<String> = [
        "部门整体支出绩效自评表", "回收表格", "汇总", "结果", "校验结果", "评分表",
        "部门名称", "整体支出年度预算数", "关键指标1", "预期实现值1", "指标完成情况1", "主要任务1", "预期目标1",
        "目标完成情况1", "任务关键指标1", "任务指标完成情况1", "任务涉及资金1", "万元", "元",
        // A reference list's headers and unit line, as the help of validate --reference and fill --data names them.
        "单位名称", "单位编码", "预算单位", "决算数", "年初预算数", "年度预算数", "实际支出数", "单位", "序号", "备注",
    ]

    /// The help `jixiao help COMMAND` prints, 100 columns wide.
    static func help(_ command: ParsableCommand.Type, _ language: Language) -> String {
        Language.$current.withValue(language) {
            HelpWords.translate(Jixiao.helpMessage(for: command, columns: 100), to: language)
        }
    }

    /// Runs of three English words in a line of Chinese help, once options (`--format`), placeholders
    /// (`<paths>`), the usage line's brackets and dotted names (`funds.annualBudget`, `.xlsx`) are left out.
    static func englishSentences(in text: String) -> [String] {
        text.split(separator: "\n").flatMap { line -> [String] in
            var rest = String(line)
            for token in [#"\[[^\]]*\]"#, #"<[^>]*>"#, #"(?<![\w.])--?[A-Za-z][\w-]*"#, #"[\w/]*[.\[_][\w.\[\]/]*"#] {
                rest = rest.replacingOccurrences(of: token, with: " ", options: .regularExpression)
            }
            let expression = try! NSRegularExpression(pattern: #"[A-Za-z']+(?:[ ,]+[A-Za-z']+){2,}"#)
            return expression.matches(in: rest, range: NSRange(rest.startIndex..., in: rest)).map {
                (rest as NSString).substring(with: $0.range) + "   ← " + line
            }
        }
    }

    /// Each run of Chinese characters (with the digits after it) in `text`.
    static func chineseWords(in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: #"\p{Han}[\p{Han}0-9]*"#)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .map { (text as NSString).substring(with: $0.range) }
    }

    @Test(arguments: commands.map { String(describing: $0) })
    func chineseHelpHasNoEnglishSentence(_ name: String) throws {
        let command = try #require(Self.commands.first { String(describing: $0) == name })
        let help = Self.help(command, .zh)
        #expect(Self.englishSentences(in: help) == [])
        for word in ["OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "(default", "(values", "See '"] {
            #expect(!help.contains(word), "\(word) left in \(name)'s help")
        }
        #expect(help.contains("用法：jixiao"))
        #expect(help.contains("-h, --help              显示帮助信息。"))
    }

    @Test(arguments: commands.map { String(describing: $0) })
    func englishHelpHasNoChineseButLiteralNames(_ name: String) throws {
        let command = try #require(Self.commands.first { String(describing: $0) == name })
        let help = Self.help(command, .en)
        #expect(Self.chineseWords(in: help).filter { !Self.literalChinese.contains($0) } == [])
        #expect(help.contains("USAGE: jixiao"))
        #expect(help.contains("Show help information."))
    }

    /// The checks above find what they look for.
    @Test func theScriptChecksCatchAWrongText() {
        #expect(Self.englishSentences(in: "  --force                 Replace existing output files.") != [])
        #expect(Self.englishSentences(in: "  --summary <summary>     写出汇总工作簿（.xlsx）；见 jixiao help <子命令>") == [])
        #expect(Self.chineseWords(in: "Write 汇总.xlsx and 关键指标1 (覆盖)") == ["汇总", "关键指标1", "覆盖"])
    }

    @Test func argumentParsersWordsInChinese() {
        let validate = Self.help(ValidateCommand.self, .zh)
        #expect(validate.hasPrefix("简介：校验绩效自评表"))
        #expect(validate.contains("\n参数：\n  <paths>                 要校验的 .xlsx 文件或文件夹\n"))
        #expect(validate.contains("\n选项：\n"))
        #expect(validate.contains("  --format <format>       标准输出（或 --output）的格式（可选：text、json、csv）\n"))
        #expect(validate.contains("单个文件的大小上限（MB），超过则报告为无法读取（默认：100.0）\n"))
        #expect(validate.contains("（可选：zh、en；默认：zh）"))
        let root = Self.help(Jixiao.self, .zh)
        #expect(root.contains("\n子命令：\n"))
        #expect(root.hasSuffix("  运行 jixiao help <子命令> 查看某个命令的详细帮助。"))
        #expect(HelpWords.translate("OPTIONS:\n  -h, --help  Show help information.", to: .en)
                == "OPTIONS:\n  -h, --help  Show help information.")
    }

    @Test func everyHelpPatternIsAValidExpression() {
        for entry in HelpWords.replacements {
            #expect((try? NSRegularExpression(pattern: entry.pattern)) != nil, "\(entry.pattern)")
        }
        for entry in ErrorPresenter.parserMessages {
            #expect((try? NSRegularExpression(pattern: entry.pattern)) != nil, "\(entry.pattern)")
        }
    }

    // MARK: - Parser errors

    /// What ArgumentParser says about `arguments`: its message and its full text.
    static func parserError(_ arguments: [String], _ language: Language) -> (message: String, full: String)? {
        Language.$current.withValue(language) {
            do {
                _ = try Jixiao.parseAsRoot(arguments)
                return nil
            } catch {
                return (Jixiao.message(for: error), Jixiao.fullMessage(for: error))
            }
        }
    }

    /// A command line for every error message of ArgumentParser's that jixiao's commands can meet, with the
    /// English it gives and the Chinese jixiao says.
    static let parserCases: [(arguments: [String], english: String, chinese: String)] = [
        (["validate", "x.xlsx", "--forma", "json"], "Unknown option '--forma'. Did you mean '--format'?",
         "未知选项 --forma；是否想输入 --format？"),
        (["validate", "x.xlsx", "--zzzzzz"], "Unknown option '--zzzzzz'", "未知选项 --zzzzzz"),
        (["validate", "x.xlsx", "-q"], "Unknown option '-q'", "未知选项 -q"),
        (["validate", "---x"], "Invalid option: ---x", "无效的选项 ---x"),
        (["validate", "x.xlsx", "--format"], "Missing value for '--format <format>'", "--format <format> 缺少取值"),
        (["fill"], "Missing expected argument '--data <data>'", "缺少参数 --data <data>"),
        (["cells"], "Missing expected argument '<file>'", "缺少参数 <file>"),
        (["cells", "a.xlsx", "b.xlsx"], "Unexpected argument 'b.xlsx'", "多余的参数「b.xlsx」"),
        (["nope"], "Unexpected argument 'nope'", "多余的参数「nope」"),
        (["cells", "a.xlsx", "b.xlsx", "c.xlsx"], "2 unexpected arguments: 'b.xlsx', 'c.xlsx'", "2 个多余的参数：b.xlsx、c.xlsx"),
        (["validate", "x.xlsx", "--quiet=3"], "The option '--quiet' does not take any value, but '3' was specified.",
         "--quiet 不带取值，却给了「3」"),
        (["validate", "x.xlsx", "--format", "xml"],
         "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'csv'.",
         "--format <format> 的取值「xml」无效；可选：text、json、csv"),
        (["cells", "a.xlsx", "--lang", "fr"], "The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'zh' and 'en'.",
         "--lang <lang> 的取值「fr」无效；可选：zh、en"),
        (["template", "--year", "abc"], "The value 'abc' is invalid for '--year <year>'", "--year <year> 的取值「abc」无效"),
    ]

    @Test(arguments: parserCases.indices)
    func parserMessageInChinese(_ index: Int) throws {
        let (arguments, english, chinese) = Self.parserCases[index]
        let error = try #require(Self.parserError(arguments, .zh))
        #expect(error.message == english, "ArgumentParser's words changed")
        #expect(ErrorPresenter.parserMessage(error.message, language: .zh) == chinese)
        #expect(ErrorPresenter.parserMessage(error.message, language: .en) == english)
    }

    /// Every pattern of the table is met by some command line above: none is there for nothing.
    @Test func everyParserPatternIsMet() {
        let met = Set(Self.parserCases.compactMap { entry in
            ErrorPresenter.parserMessages.firstIndex { pattern in
                entry.english.range(of: pattern.pattern, options: .regularExpression) != nil
            }
        })
        #expect(met == Set(ErrorPresenter.parserMessages.indices))
    }

    @Test func usageErrorKeepsTheUsageLineAndPointsToHelp() throws {
        let zh = try #require(Self.parserError(["validate", "x.xlsx", "--format", "xml"], .zh))
        let text = ErrorPresenter.usageError(message: zh.message, fullText: zh.full, language: .zh)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "错误：--format <format> 的取值「xml」无效；可选：text、json、csv")
        #expect(lines[1] == "帮助：--format <format>  标准输出（或 --output）的格式")
        #expect(lines[2] == "用法：jixiao validate [<options>] [<paths> ...]")
        #expect(lines[3] == "运行 jixiao validate -h 查看帮助。")
        let en = try #require(Self.parserError(["validate", "x.xlsx", "--format", "xml"], .en))
        #expect(ErrorPresenter.usageError(message: en.message, fullText: en.full, language: .en) == en.full)
        #expect(en.full.contains("Help:  --format <format>  Format of standard output (or --output).\n"))
    }

    @Test func aCommandsOwnCheckIsWordedLikeTheParsers() {
        let text = Language.$current.withValue(.zh) {
            ErrorPresenter.usageError(ValidationError("请至少给出一个文件或文件夹"), command: FixCommand.self, language: .zh)
        }
        #expect(text == """
            错误：请至少给出一个文件或文件夹
            用法：jixiao fix [<paths> ...] [--out <out>] [--force] [--layout <layout>] [--quiet] [--lang <lang>]
            运行 jixiao fix -h 查看帮助。
            """)
    }

    // MARK: - Choosing the language

    @Test func theLanguageIsChosenBeforeParsing() {
        #expect(Language.requested(by: ["validate", "-h"], environment: [:]) == .zh)
        #expect(Language.requested(by: ["validate", "-h", "--lang", "en"], environment: [:]) == .en)
        #expect(Language.requested(by: ["--lang=en", "help", "validate"], environment: [:]) == .en)
        #expect(Language.requested(by: ["validate", "--lang", "en", "--lang", "zh"], environment: [:]) == .zh)
        #expect(Language.requested(by: ["validate", "--lang", "fr"], environment: [:]) == .zh)
        #expect(Language.requested(by: ["validate"], environment: ["JIXIAO_LANG": "en"]) == .en)
        #expect(Language.requested(by: ["validate", "--lang", "zh"], environment: ["JIXIAO_LANG": "en"]) == .zh)
        #expect(Language.requested(by: ["validate", "--", "--lang", "en"], environment: [:]) == .zh)
    }

    @Test func aChosenLanguageLeavesTheCommandLine() {
        #expect(Language.removingChoices(from: ["help", "validate", "--lang=en"]) == ["help", "validate"])
        #expect(Language.removingChoices(from: ["--lang", "en"]) == [])
        #expect(Language.removingChoices(from: ["validate", "a", "--lang", "fr"]) == ["validate", "a", "--lang", "fr"])
        #expect(Language.removingChoices(from: ["validate", "--", "--lang", "en"]) == ["validate", "--", "--lang", "en"])
    }
}
