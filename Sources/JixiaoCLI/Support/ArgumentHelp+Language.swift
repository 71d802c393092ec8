import ArgumentParser

extension ArgumentHelp {
    /// An option's help in the language of the run (``Language/current``): both texts are written where the
    /// option is declared, and one is shown. ArgumentParser makes the help when it makes the command, which
    /// is after the language is chosen.
    ///
    /// ```swift
    /// @Flag(help: .pick("覆盖已存在的输出文件", "Replace existing output files."))
    /// var force = false
    /// ```
    static func pick(_ zh: String, _ en: String, discussion: (zh: String, en: String)? = nil) -> ArgumentHelp {
        let language = Language.current
        return ArgumentHelp(language.pick(zh, en), discussion: discussion.map { language.pick($0.zh, $0.en) } ?? "")
    }
}
