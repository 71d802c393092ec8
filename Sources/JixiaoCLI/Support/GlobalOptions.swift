import ArgumentParser

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "输出语言 Language of messages: zh (中文, default) or en.")
    var lang: Language = .zh
}
