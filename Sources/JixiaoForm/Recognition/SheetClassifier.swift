/// Tells the 部门整体支出绩效自评表 from the other budget tables an officer's folder holds (a 项目支出明细表, a
/// 项目支出绩效自评表, a 决算收支总表, a budget list), which share its 预算数 / 执行数 / 执行率 labels. It decides
/// from evidence (form.json `recognition`): the sheet's title, how many of the form's distinctive blocks show
/// (部门名称, 年度整体目标, 年度关键指标, 主要任务, 存在问题 …) and labels only another table has (项目名称 and
/// 项目资金, 科目编码 …).
///
/// - A title naming the form (`部门整体支出绩效自评表`) makes the sheet the form.
/// - A title naming another table (`项目支出绩效自评表`, `项目支出明细表`) makes it that table.
/// - Otherwise (no title, or only `自评表`): another table when its own labels reach its minimum, else the form
///   when enough distinctive blocks show. So a real form with no title, or one block missing, is still read.
///
/// ```swift
/// let classifier = SheetClassifier(template: template, vocabulary: vocabulary)
/// let verdict = classifier.classify(labels)
/// verdict.isForm             // false
/// verdict.otherTable?.name   // "项目支出绩效自评表"
/// ```
struct SheetClassifier: Sendable {
    /// What a sheet is.
    struct Verdict {
        var isForm: Bool
        /// How many of the form's distinctive blocks show.
        var blocksFound: Int
        /// The other table the sheet is (or most looks like, when it is not the form), when it can be told.
        var otherTable: FormTemplate.Recognition.OtherTable?
    }

    /// What a sheet's title names.
    private enum TitleKind {
        case form, score, generic, other(Int)
    }

    /// A title is looked for among the cells before the first label, no further than this many.
    private static let titleSearchLimit = 30

    private let recognition: FormTemplate.Recognition
    /// Each distinctive block's role identity numbers (``LabelVocabulary/identityNumber(_:)``).
    private let blockIdentities: [[Int]]
    /// Compact forms (``TextForm/compact(_:)``) of the words a title may hold.
    private let titleKeywords: [CompactText]
    private let formTitleWords: [CompactText]
    private let scoreTitleWords: [CompactText]
    private let otherTitles: [[CompactText]]
    /// Normalised labels of the other tables, each with the tables showing it.
    private let otherLabels: [String: [Int]]
    private let maxTitleLength: Int

    init(template: FormTemplate, vocabulary: LabelVocabulary) {
        let recognition = template.recognition
        self.recognition = recognition
        blockIdentities = recognition.blocks.map { block in
            let fields = block.fields.map { LabelRole.field(FieldKey(rawValue: $0), rank: 0) }
            let sections = block.blocks.map { LabelRole.block($0) }
            let columns = block.columns.compactMap { key -> LabelRole? in
                guard let dot = key.firstIndex(of: ".") else { return nil }
                return .column(table: String(key[..<dot]), column: String(key[key.index(after: dot)...]), rank: 0)
            }
            return (fields + sections + columns).compactMap { vocabulary.identityNumber($0.identity) }
        }
        titleKeywords = template.title.keywords.map(CompactText.init)
        formTitleWords = recognition.formTitleWords.map(CompactText.init)
        scoreTitleWords = recognition.scoreTitleWords.map(CompactText.init)
        otherTitles = recognition.otherTables.map { $0.titles.map(CompactText.init) }
        var otherLabels: [String: [Int]] = [:]
        for (index, table) in recognition.otherTables.enumerated() {
            for label in table.labels {
                let normalised = vocabulary.normalizer.normalise(label)
                if !normalised.isEmpty, otherLabels[normalised]?.contains(index) != true { otherLabels[normalised, default: []].append(index) }
            }
        }
        self.otherLabels = otherLabels
        maxTitleLength = template.title.maxLength
    }

    func classify(_ labels: SheetLabels) -> Verdict {
        let blocks = blockIdentities.filter { $0.contains(where: labels.shows) }.count
        switch title(of: labels) {
        case .form?:
            return Verdict(isForm: true, blocksFound: blocks, otherTable: nil)
        case .other(let index)?:
            return Verdict(isForm: false, blocksFound: blocks, otherTable: recognition.otherTables[index])
        case .score?, .generic?, nil:
            let (table, hits) = otherTableByLabels(labels)
            if let table, hits >= table.minimumLabels { return Verdict(isForm: false, blocksFound: blocks, otherTable: table) }
            let isForm = blocks >= recognition.minimumBlocks
            return Verdict(isForm: isForm, blocksFound: blocks, otherTable: isForm ? nil : table)
        }
    }

    /// The first title line before the first label, read for what it names; nil when there is none.
    private func title(of labels: SheetLabels) -> TitleKind? {
        for anchor in labels.anchors.prefix(Self.titleSearchLimit) {
            if anchor.isLabel { break }
            guard anchor.cell.value.isText else { continue }
            let text = anchor.compact
            guard text.count <= maxTitleLength else { continue }
            func holds(_ word: CompactText) -> Bool { text.contains(word) }
            let other = otherTitles.firstIndex { $0.contains(where: holds) }
            guard other != nil || titleKeywords.contains(where: holds) || formTitleWords.contains(where: holds) else { continue }
            if scoreTitleWords.contains(where: holds) { return .score }
            if formTitleWords.contains(where: holds) { return .form }
            if let other { return .other(other) }
            return .generic
        }
        return nil
    }

    /// The other table whose own labels show most on the sheet, with how many (nil on a tie or none).
    private func otherTableByLabels(_ labels: SheetLabels) -> (FormTemplate.Recognition.OtherTable?, Int) {
        guard !otherLabels.isEmpty else { return (nil, 0) }
        var hits = [Int](repeating: 0, count: recognition.otherTables.count)
        var seen: Set<String> = []
        for anchor in labels.anchors where !anchor.normalised.isEmpty {
            guard let tables = otherLabels[anchor.normalised], seen.insert(anchor.normalised).inserted else { continue }
            for table in tables { hits[table] += 1 }
        }
        guard let best = hits.max(), best > 0, hits.filter({ $0 == best }).count == 1,
              let index = hits.firstIndex(of: best) else { return (nil, 0) }
        return (recognition.otherTables[index], best)
    }
}
