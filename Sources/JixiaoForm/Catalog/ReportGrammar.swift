/// How the figures of a 绩效自评报告 are found (`Templates/report-grammar.json`, issue 18): the units of amounts,
/// the marks of rates and scores, the words that tie figures into relations (完成预算…的, 其中, 具体情况如下, 分值,
/// 自评分, 自评等级为), and which table field a figure states. Words are compact (NFKC, no whitespace), as
/// ``TextForm/compact(_:)`` leaves a sentence.
///
/// ```swift
/// let grammar = try ReportGrammar.standard.get()
/// grammar.amountUnits["万元"]   // 4: 10^4 元
/// grammar.tableFields.first?.field   // "funds.annualBudget"
/// ```
public struct ReportGrammar: Sendable, Decodable {
    /// Which table field a report figure states: a figure of kind `figure` (amount, budget, rate, score, grade)
    /// whose label, or whose relation's subject, ends with one of the words; or, with `byName`, matched by the
    /// table's own names (`tasks`, `scoreTotal`, `scoreRows`, `grade`).
    public struct TableField: Sendable, Decodable {
        /// The table's field key or key pattern (`funds.actual`, `tasks[].funds`, `score.rows[]`).
        public var field: String
        /// `amount`, `budget` (the base of a stated rate), `rate`, `score` or `grade`.
        public var figure: String
        /// Words the figure's own label ends with.
        public var labels: [String]?
        /// Words the subject of the figure's rate relation ends with (总收入 for 完成预算 1576.21 万元的 97.63%).
        public var subjects: [String]?
        /// Matched by the table's names instead of words.
        public var byName: String?
    }

    /// How a report is paired with its unit's table (``ReportPairing``): where its title names the unit, and
    /// what a file's name holds besides the unit.
    public struct Pairing: Sendable, Decodable {
        /// How many of the first paragraphs may hold the title.
        public var titleParagraphs: Int
        /// Words a title holds (自评报告, 报告).
        public var titleWords: [String]
        /// Words the unit's name ends before (部门整体支出, 年度), besides a year.
        public var titleCuts: [String]
        /// Words dropped from the start of a title (关于).
        public var titleStarts: [String]
        /// Labels of a line naming the unit (单位名称：…).
        public var unitLabels: [String]
        /// Words dropped from a file's name, longest first (自评报告, 自评表).
        public var fileWords: [String]
        /// The fewest characters a unit's name or a file's stem needs to pair on.
        public var shortestName: Int
    }

    /// How a report is paired with its table.
    public var pairing: Pairing

    /// Amount units by their size in 元 as a power of ten (万元 → 4).
    public var amountUnits: [String: Int]
    /// Units that are amounts only when no other character of a word follows (`114 万。`).
    public var looseAmountUnits: [String: Int]
    /// Signs after a number that make it a rate.
    public var percentSigns: [String]
    /// What stands for a rate that cannot be computed (`--%`).
    public var notApplicableRate: [String]
    /// Words right after a rate that say it cannot be computed (基数为0, 不可比).
    public var notApplicableWords: [String]
    /// The unit of a score (分).
    public var scoreUnit: String
    /// Characters after 分 that make it another word (分钟, 分别), not a score's unit.
    public var notScoreAfterUnit: [String]
    /// Characters that end a sentence.
    public var sentenceEnds: [String]
    /// Characters that end a clause: a label is read back to the nearest.
    public var clauseBreaks: [String]
    /// Words dropped from a label's end (为, 是, 约).
    public var trailingFillers: [String]
    /// Words dropped from a label's start (完成, 其中, 涉及).
    public var leadingWords: [String]
    /// Year marks: a label starts after the last of these that follows digits (区总工会2021年度总收入 → 总收入).
    public var yearMarks: [String]
    /// Words that open the parts of the amount stated before them (其中).
    public var partMarkers: [String]
    /// Labels of a budget figure, the base of a rate (预算, 预算数, 年初预算).
    public var budgetLabels: [String]
    /// Words between a budget figure and its rate (的).
    public var rateLinks: [String]
    /// Labels of a rate stated on its own (预算执行率).
    public var rateLabels: [String]
    /// Words that open a numbered list of the parts of the figure stated before them (具体情况如下).
    public var listIntroductions: [String]
    /// Labels that name no subject (本年度支出): the figure takes its item's name (一是基层组织建设。).
    public var genericLabels: [String]
    /// What ends an item's name at its start (一是基层组织建设。).
    public var itemNameEnds: [String]
    /// The longest sentence, in characters, that is an item's name rather than a statement.
    public var itemNameAtMost: Int
    /// Words after a Chinese numeral that open an item (一是).
    public var itemWords: [String]
    /// The Chinese numerals one to nine, in order, and ten: how 一、 (三) 十二、 are read.
    public var numerals: [String]
    public var numeralTen: String
    /// Words before a score that make it a weight (分值).
    public var weightWords: [String]
    /// Words before a score that make it a self score (自评分, 得分).
    public var scoreWords: [String]
    /// Words dropped from a scored indicator's name's end (指标).
    public var nameTrims: [String]
    /// Words before a grade (自评等级).
    public var gradeWords: [String]
    /// Words between them and the grade (为).
    public var gradeLinks: [String]
    /// Which table field a figure states.
    public var tableFields: [TableField]

    /// The grammar bundled with the library, read once.
    public static let standard: Result<ReportGrammar, TemplateLoadError> =
        TemplateCatalog.standard(\.reportGrammar, as: ReportGrammar.self) { $0.problems() }

    /// What is wrong with the grammar: empty lists the finder cannot do without, figures it does not know,
    /// field keys that are no table's.
    func problems() -> [String] {
        var problems: [String] = []
        let required: [(String, [String])] = [
            ("amountUnits", Array(amountUnits.keys)), ("percentSigns", percentSigns), ("sentenceEnds", sentenceEnds),
            ("clauseBreaks", clauseBreaks), ("budgetLabels", budgetLabels), ("rateLinks", rateLinks),
            ("partMarkers", partMarkers), ("listIntroductions", listIntroductions), ("weightWords", weightWords),
            ("scoreWords", scoreWords), ("gradeWords", gradeWords),
        ]
        let pairingLists: [(String, [String])] = [
            ("pairing.titleWords", pairing.titleWords), ("pairing.titleCuts", pairing.titleCuts),
            ("pairing.fileWords", pairing.fileWords),
        ]
        if pairing.titleParagraphs < 1 || pairing.shortestName < 1 {
            problems.append("pairing: titleParagraphs and shortestName must be at least 1")
        }
        for (name, list) in required + pairingLists where list.isEmpty || list.contains(where: \.isEmpty) {
            problems.append("\(name): empty, or holds an empty word")
        }
        if scoreUnit.isEmpty { problems.append("scoreUnit: empty") }
        if numerals.count != 9 || numerals.contains(where: { $0.unicodeScalars.count != 1 }) {
            problems.append("numerals: not the nine numerals one to nine, one character each")
        }
        for (unit, power) in amountUnits.merging(looseAmountUnits, uniquingKeysWith: { first, _ in first })
        where power < 0 || power > 12 || unit.isEmpty {
            problems.append("amountUnits: \(unit) has the power \(power), not 0–12")
        }
        let figures: Set<String> = ["amount", "budget", "rate", "score", "grade"]
        let names: Set<String> = ["tasks", "scoreTotal", "scoreRows", "grade"]
        for (index, entry) in tableFields.enumerated() {
            if !figures.contains(entry.figure) { problems.append("tableFields[\(index)]: unknown figure \(entry.figure)") }
            if !FieldKey.allModelKeys.contains(FieldKey(rawValue: entry.field)) {
                problems.append("tableFields[\(index)]: \(entry.field) is not a field key of the form")
            }
            if let name = entry.byName, !names.contains(name) {
                problems.append("tableFields[\(index)]: unknown byName \(name)")
            }
            if entry.byName == nil && (entry.labels ?? []).isEmpty && (entry.subjects ?? []).isEmpty {
                problems.append("tableFields[\(index)]: neither labels, subjects nor byName")
            }
        }
        return problems
    }
}
