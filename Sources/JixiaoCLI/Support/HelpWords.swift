import Foundation

/// ArgumentParser's own words in the help it makes: section titles, the help flag's line, the values and
/// default of an option, the pointer to `jixiao help`; and in the lines it puts under an error message (the
/// usage line, the option's help, where to find more). The error message itself is worded by
/// ``ErrorPresenter/parserMessage(_:language:)``. ArgumentParser has no localisation, so its help comes
/// out in English and is put into the run's language here, the one place that knows those words; the texts
/// of jixiao's own commands and options are already in it (``ArgumentHelp/pick(_:_:discussion:)``).
///
/// ```swift
/// HelpWords.translate("OPTIONS:\n  -h, --help              Show help information.", to: .zh)
/// // "选项：\n  -h, --help              显示帮助信息。"
/// ```
enum HelpWords {
    /// ArgumentParser's words and theirs in Chinese: a regular expression over the whole text and its
    /// replacement (`$1` for what the first group matched). Values and defaults may be wrapped onto the next
    /// line, hence `\s+` inside them.
    static let replacements: [(pattern: String, zh: String)] = [
        (#"(?m)^OVERVIEW: "#, "简介："),
        (#"(?m)^USAGE: "#, "用法："),
        (#"(?m)^ARGUMENTS:$"#, "参数："),
        (#"(?m)^OPTIONS:$"#, "选项："),
        (#"(?m)^SUBCOMMANDS:$"#, "子命令："),
        (#"(?m)^Usage: "#, "用法："),
        (#"(?m)^Help:  "#, "帮助："),
        (#"(?m)^  See '([^']*) --help' for more information\.$"#, "运行 $1 -h 查看帮助。"),
        (#"Show help information\."#, "显示帮助信息。"),
        (#"Show subcommand help information\."#, "显示子命令的帮助信息。"),
        (#"See '([^']*) <subcommand>' for detailed help\."#, "运行 $1 <subcommand> 查看某个命令的详细帮助。"),
        (#" ?\(values:\s+([^;)]*);\s+default:\s+([^)]*)\)"#, "（可选：$1；默认：$2）"),
        (#" ?\(values:\s+([^;)]*)\)"#, "（可选：$1）"),
        (#" ?\(default:\s+([^)]*)\)"#, "（默认：$1）"),
        (#"(?<=（可选：[^）；]{0,200}),\s+"#, "、"),
        (#"<subcommand>"#, "<子命令>"),
    ]

    /// `text` in the run's language; English is ArgumentParser's own and left as it is.
    static func translate(_ text: String, to language: Language) -> String {
        guard language == .zh else { return text }
        return replacing(replacements, in: text)
    }

    /// `text` with each pattern replaced in turn.
    static func replacing(_ table: [(pattern: String, zh: String)], in text: String) -> String {
        table.reduce(text) { text, entry in
            // A fixed pattern of the table: a test runs every one.
            guard let expression = try? NSRegularExpression(pattern: entry.pattern) else { return text }
            return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                       withTemplate: entry.zh)
        }
    }
}
