import JixiaoForm

/// Words for files a run skipped, in Chinese and English: why one file was skipped, and the tally of a run
/// ("跳过 2 个文件（jixiao 的汇总表 1 个，更正表 1 个）"). The one place a ``SkipReason`` becomes words.
enum SkipWords {
    /// Per reason: the whole reason for one file, and the short name counted in a tally (English singular and
    /// plural).
    static let words: [SkipReason: (zh: String, en: String, zhShort: String, enOne: String, enMany: String)] = [
        .summary: ("jixiao 写出的汇总表（validate --summary），不是自评表",
                   "a summary workbook jixiao wrote (validate --summary), not a form",
                   "汇总表", "summary workbook", "summary workbooks"),
        .correctedTable: ("jixiao 写出的更正表（fix），不是报送的表，不重复计入；如需校验，请直接指定该文件",
                          "a corrected table jixiao wrote (fix), not a submission, so not counted twice; name the file to check it",
                          "更正表", "corrected table", "corrected tables"),
        .report: ("jixiao 写出的 JSON 或 CSV 报告，不是工作簿", "a JSON or CSV report jixiao wrote, not a workbook",
                  "报告", "report", "reports"),
        .referenceList: ("本次核对所用的名单（--reference），不是自评表", "the run's reference list (--reference), not a form",
                         "名单", "reference list", "reference lists"),
        .notAWorkbook: ("不是 Excel 工作簿（只读取 .xlsx 和 .xls）", "not an Excel workbook (only .xlsx and .xls are read)",
                        "非 Excel 文件", "file that is not a workbook", "files that are not workbooks"),
    ]

    /// The order reasons are counted in: jixiao's own outputs first.
    private static let order: [SkipReason] = [.summary, .correctedTable, .report, .referenceList, .notAWorkbook]
    /// The reasons that are jixiao's own outputs.
    private static let own: Set<SkipReason> = [.summary, .correctedTable, .report]

    /// Why `file` was skipped: `回收表格/汇总.xlsx：跳过：jixiao 写出的汇总表……`.
    static func message(for reason: SkipReason, file: String, language: Language) -> String {
        file + language.pick("：跳过：", ": skipped: ") + Self.reason(reason, language: language)
    }

    /// The reason alone.
    static func reason(_ reason: SkipReason, language: Language) -> String {
        words[reason].map { language.pick($0.zh, $0.en) } ?? reason.rawValue
    }

    /// `跳过 3 个文件（jixiao 的汇总表 1 个，更正表 1 个，非 Excel 文件 1 个）`,
    /// `3 files skipped (jixiao's own: 1 summary workbook, 1 corrected table; 1 file that is not a workbook)`.
    static func tally(_ summary: ValidationSummary, language: Language) -> String {
        let counted = order.compactMap { reason -> (SkipReason, Int)? in summary.skipped[reason].map { (reason, $0) } }
        let ownCounts = counted.filter { own.contains($0.0) }
        let others = counted.filter { !own.contains($0.0) }
        var zhParts: [String] = []
        var enParts: [String] = []
        if !ownCounts.isEmpty {
            zhParts.append("jixiao 的" + ownCounts.map { "\(words[$0.0]?.zhShort ?? $0.0.rawValue) \($0.1) 个" }.joined(separator: "，"))
            enParts.append("jixiao's own: " + ownCounts.map { "\($0.1) " + englishNoun($0.0, $0.1) }.joined(separator: ", "))
        }
        for (reason, number) in others {
            zhParts.append("\(words[reason]?.zhShort ?? reason.rawValue) \(number) 个")
            enParts.append("\(number) " + englishNoun(reason, number))
        }
        let count = summary.skippedCount
        return language.pick("跳过 \(count) 个文件（\(zhParts.joined(separator: "，"))）",
                             "\(Language.englishFiles(count)) skipped (\(enParts.joined(separator: "; ")))")
    }

    /// Paths joined for a message, the first `limit` of them and how many more.
    static func list(_ paths: [String], language: Language, limit: Int = 20) -> String {
        var text = paths.prefix(limit).joined(separator: language.pick("、", ", "))
        if paths.count > limit {
            text += language.pick(" 等 \(paths.count) 个", " and \(paths.count - limit) more")
        }
        return text
    }

    private static func englishNoun(_ reason: SkipReason, _ count: Int) -> String {
        guard let entry = words[reason] else { return reason.rawValue }
        return count == 1 ? entry.enOne : entry.enMany
    }
}
