import ArgumentParser

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    /// Chosen before parsing too (``Language/requested(by:environment:)``), so help and the parser's errors are
    /// in it; the default follows `JIXIAO_LANG`.
    @Option(name: .long, help: .pick("提示和帮助的语言：zh 中文，en 英文；也可用环境变量 JIXIAO_LANG 设定",
                                     "Language of messages and help: zh Chinese, en English; JIXIAO_LANG sets it too."))
    var lang: Language = .current
}
