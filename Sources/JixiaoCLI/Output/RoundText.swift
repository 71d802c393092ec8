import JixiaoForm

/// The text report's closing lines for a round checked against a reference list: the five counts, each round
/// finding (未交, 重复, 名单外) with its message, the matches an officer should confirm (a close name, a file's
/// name), and the signals for 抽查.
///
/// ```swift
/// RoundText.lines(round, vocabulary: vocabulary, language: .zh)
/// // "名单 名单.xlsx：应交 7 个单位，已交 6 个，未交 1 个，重复 1 个，名单外 1 个\n  错误 未交  …"
/// ```
enum RoundText {
    static func lines(_ round: RoundReport, language: Language, paint: Painter = Painter(enabled: false)) -> String {
        var out = summaryLine(round, language: language) + "\n"
        let words = try? ReferenceVocabulary.standard.get()
        for item in round.outcome.findings {
            let label = ValidationText.severityLabel(item.finding.severity, language: language)
            let coloured = item.finding.severity == .error ? paint.red(label) : paint.yellow(label)
            let status = item.status
            out += "  " + coloured + " " + (words?.words(for: status, in: language.messages) ?? status.rawValue)
                + "  " + paint.dim("[\(item.finding.rule.rawValue)]") + "\n"
            out += "      " + item.finding.message + "\n"
        }
        for line in round.outcome.units {
            guard let counted = line.counted, let unit = round.listUnit(of: line),
                  let match = round.outcome.entries[counted].match, match.kind == .fuzzy || match.kind == .fileName else { continue }
            let entry = round.outcome.entries[counted]
            let label = ValidationText.severityLabel(.info, language: language)
            let how = match.kind == .fuzzy
                ? language.pick("表中「\(entry.department ?? "")」名称与名单第 \(unit.row) 行「\(unit.name)」相近，按该单位核对，请确认",
                                "“\(entry.department ?? "")” is close to “\(unit.name)” (row \(unit.row) of the list) and was checked as that unit: confirm")
                : language.pick("表中没有可用的部门名称，按文件名归入名单第 \(unit.row) 行「\(unit.name)」，请确认",
                                "the form names no unit; its file name puts it under “\(unit.name)” (row \(unit.row) of the list): confirm")
            out += "  " + paint.blue(label) + " " + language.pick("近似匹配", "close match") + "  " + paint.dim(entry.path) + "\n"
            out += "      " + how + "\n"
        }
        if !round.signals.isEmpty {
            out += language.pick("抽查建议 \(round.signals.count) 条：\n", "\(round.signals.count) suggestion(s) for sampling:\n")
            for signal in round.signals {
                out += "  · " + signal.message.text(in: language.messages) + "  "
                    + paint.dim(files(of: signal).joined(separator: language.pick("、", ", "))) + "\n"
            }
        }
        return out
    }

    /// The files a signal involves, each once, in order.
    static func files(of signal: RoundSignal) -> [String] {
        var seen = Set<String>()
        return signal.members.map(\.path).filter { seen.insert($0).inserted }
    }

    /// `名单 名单.xlsx：应交 7 个单位，已交 6 个，未交 1 个，重复 1 个，名单外 1 个`.
    static func summaryLine(_ round: RoundReport, language: Language) -> String {
        let summary = round.outcome.summary
        return language.pick(
            "名单 \(round.reference)：应交 \(summary.expected) 个单位，已交 \(summary.submitted) 个，未交 \(summary.missing) 个，重复 \(summary.duplicates) 个，名单外 \(summary.unknown) 个",
            "list \(round.reference): \(summary.expected) units expected, \(summary.submitted) returned, \(summary.missing) missing, \(summary.duplicates) duplicated, \(summary.unknown) not on the list")
    }
}
