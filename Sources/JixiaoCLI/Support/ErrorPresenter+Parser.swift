import ArgumentParser
import Foundation

/// Words for the command-line errors ArgumentParser finds (an unknown option, a bad value, a missing
/// argument): it has no localisation, so its English messages are matched here and said in Chinese. The
/// patterns are those of swift-argument-parser 1.8's `UsageGenerator.swift` that jixiao's commands can meet;
/// a message matching none (a `ValidationError` of a command, already in the user's language) is kept as it is.
extension ErrorPresenter {
    /// ArgumentParser's error messages, as regular expressions over the whole message, and theirs in Chinese
    /// (`$1` for what the first group matched); the first that matches is used. `list`: the last group is a
    /// list ArgumentParser quotes (`'text', 'json' or 'csv'`), said as `text、json、csv`.
    static let parserMessages: [(pattern: String, zh: String, list: Bool)] = [
        (#"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?$"#, "未知选项 $1；是否想输入 $2？", false),
        (#"^Unknown option '([^']*)'$"#, "未知选项 $1", false),
        (#"^Invalid option: (.*)$"#, "无效的选项 $1", false),
        (#"^Missing value for '([^']*)'$"#, "$1 缺少取值", false),
        (#"^Missing expected argument '([^']*)'$"#, "缺少参数 $1", false),
        (#"^Unexpected argument '(.*)'$"#, "多余的参数「$1」", false),
        (#"^(\d+) unexpected arguments: (.*)$"#, "$1 个多余的参数：$2", true),
        (#"^The option '([^']*)' does not take any value, but '(.*)' was specified\.$"#, "$1 不带取值，却给了「$2」", false),
        (#"^The value '(.*)' is invalid for '([^']*)'\. Please provide one of (.*)\.$"#, "$2 的取值「$1」无效；可选：$3", true),
        (#"^The value '(.*)' is invalid for '([^']*)'$"#, "$2 的取值「$1」无效", false),
    ]

    /// One item of a quoted list: `'json', ` or `'json' or ` or `'csv'`.
    static let listItemPattern = #"'([^']*)'(?:, | or | and |$)"#

    /// The message of a command-line error in `language`.
    ///
    /// ```swift
    /// ErrorPresenter.parserMessage("Unknown option '--nope'", language: .zh)   // "未知选项 --nope"
    /// ```
    static func parserMessage(_ message: String, language: Language) -> String {
        guard language == .zh else { return message }
        let whole = NSRange(message.startIndex..., in: message)
        for entry in parserMessages {
            guard let expression = try? NSRegularExpression(pattern: entry.pattern),
                  let match = expression.firstMatch(in: message, range: whole) else { continue }
            let translated = expression.replacementString(for: match, in: message, offset: 0, template: entry.zh)
            guard entry.list, let range = Range(match.range(at: match.numberOfRanges - 1), in: message) else {
                return translated
            }
            // The list ends the message: each item said without its quotes.
            let list = String(message[range])
            let items = (try? NSRegularExpression(pattern: listItemPattern))?
                .matches(in: list, range: NSRange(list.startIndex..., in: list))
                .compactMap { Range($0.range(at: 1), in: list).map { String(list[$0]) } } ?? []
            return String(translated.dropLast(list.count)) + items.joined(separator: "、")
        }
        return message
    }

    /// A command-line error as ArgumentParser reports it (`fullText`: `Error: ` and `message`, the option's
    /// help, the usage line, where to find help), in `language`. Exit code 2.
    ///
    /// ```swift
    /// ErrorPresenter.usageError(message: "Unknown option '--nope'", fullText: Jixiao.fullMessage(for: error), language: .zh)
    /// // 错误：未知选项 --nope
    /// // 用法：jixiao validate [<paths> ...] …
    /// // 运行 jixiao validate -h 查看帮助。
    /// ```
    static func usageError(message: String, fullText: String, language: Language) -> String {
        guard language == .zh else { return fullText }
        let opening = "Error: " + message
        guard fullText.hasPrefix(opening) else { return HelpWords.translate(fullText, to: language) }
        return "错误：" + parserMessage(message, language: language)
            + HelpWords.translate(String(fullText.dropFirst(opening.count)), to: language)
    }

    /// A `ValidationError` a command throws when it runs (a check ArgumentParser's `validate()` would make
    /// before reporting an unknown option) in the words ArgumentParser gives those it finds while parsing:
    /// the message, the command's usage line, where to find help.
    static func usageError(_ error: ValidationError, command: ParsableCommand.Type, language: Language) -> String {
        let name = ["jixiao", command.configuration.commandName].compactMap { $0 }.joined(separator: " ")
        let english = "Error: \(error.message)\nUsage: \(Jixiao.usageString(for: command))\n"
            + "  See '\(name) --help' for more information."
        return usageError(message: error.message, fullText: english, language: language)
    }
}
