import Foundation

/// The language of a run is chosen before the command line is parsed: help and the parser's own errors are
/// made while parsing, before any `--lang` option has a value.
extension Language {
    /// The language of this run: what ``requested(by:environment:)`` found, bound by ``Jixiao/runAndExit(_:)``
    /// for the whole run. Help texts (``ArgumentHelp/pick(_:_:discussion:)``), command configurations and the
    /// default of `--lang` read it.
    ///
    /// ```swift
    /// Language.$current.withValue(.en) { Jixiao.helpMessage(for: ValidateCommand.self) }   // English help
    /// ```
    @TaskLocal static var current: Language = .zh

    /// The variable that chooses the language when the command line does not: `JIXIAO_LANG=en`.
    static let environmentVariable = "JIXIAO_LANG"

    /// The language asked for: the last `--lang X` or `--lang=X` before a `--` whose value is a language, else
    /// `JIXIAO_LANG`, else Chinese. A value that is no language is left for the parser to report.
    ///
    /// ```swift
    /// Language.requested(by: ["validate", "-h", "--lang", "en"], environment: [:])   // .en
    /// Language.requested(by: ["validate", "--lang=fr"], environment: ["JIXIAO_LANG": "en"])   // .en
    /// ```
    static func requested(by arguments: [String],
                          environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        var chosen: Language?
        for choice in choices(in: arguments) {
            if let language = Language(rawValue: choice.value) { chosen = language }
        }
        return chosen ?? environment[environmentVariable].flatMap(Language.init(rawValue:)) ?? .zh
    }

    /// The arguments without the `--lang` options that name a language, which are then taken as the default
    /// of every command's `--lang` (``current``): so `--lang en` may stand anywhere (`jixiao help validate
    /// --lang en`, `jixiao --lang en validate …`), and `jixiao --lang en` is `jixiao` alone. A `--lang` naming
    /// no language is left for the parser to report.
    ///
    /// ```swift
    /// Language.removingChoices(from: ["help", "validate", "--lang=en"])   // ["help", "validate"]
    /// ```
    static func removingChoices(from arguments: [String]) -> [String] {
        var dropped = Set<Int>()
        for choice in choices(in: arguments) where Language(rawValue: choice.value) != nil {
            dropped.insert(choice.index)
            if arguments[choice.index] == "--lang" { dropped.insert(choice.index + 1) }
        }
        return arguments.indices.filter { !dropped.contains($0) }.map { arguments[$0] }
    }

    /// Each `--lang` option before a `--`: where it starts and its value.
    private static func choices(in arguments: [String]) -> [(index: Int, value: String)] {
        var found: [(index: Int, value: String)] = []
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                found.append((index, arguments[index + 1]))
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found.append((index, String(argument.dropFirst("--lang=".count))))
            }
            index += 1
        }
        return found
    }
}
